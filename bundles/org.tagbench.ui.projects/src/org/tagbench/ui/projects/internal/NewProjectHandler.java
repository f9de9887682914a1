package org.tagbench.ui.projects.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.projects.NewProjectDialog;

/** File > New Project… (Ctrl+N): opens the New Project wizard on the workspace folder. */
public class NewProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		new NewProjectDialog(HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell(), workspace()).open();
		return null;
	}

	public static Path workspace() throws ExecutionException {
		try {
			return Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		} catch (URISyntaxException e) {
			throw new ExecutionException("The workspace folder cannot be found: " + e.getMessage(), e);
		}
	}
}
