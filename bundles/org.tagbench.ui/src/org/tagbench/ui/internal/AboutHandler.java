package org.tagbench.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the About Tagbench dialog. */
public class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new AboutTagbenchDialog(HandlerUtil.getActiveShell(event)).open();
		return null;
	}
}
