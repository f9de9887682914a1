package org.tagbench.ui.labeling.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.labeling.InstructionsShowing;

/** Show Instructions: the active labeling editor shows its project's instructions again. */
public class ShowInstructionsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof InstructionsShowing editor) {
			editor.showInstructions();
		}
		return null;
	}
}
