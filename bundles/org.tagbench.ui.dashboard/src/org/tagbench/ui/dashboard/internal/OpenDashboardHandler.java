package org.tagbench.ui.dashboard.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.dashboard.DashboardEditor;
import org.tagbench.ui.dashboard.DashboardEditorInput;
import org.tagbench.ui.views.ProjectRow;

/** Opens the dashboard of each project selected in the Projects view (or activates the open one). */
public class OpenDashboardHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.tagbench.ui.dashboard.commands.open";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return null;
		}
		for (Object element : selection) {
			if (element instanceof ProjectRow row && row.problem() == null) {
				try {
					page.openEditor(new DashboardEditorInput(row.folder(), row.name()), DashboardEditor.ID);
				} catch (PartInitException e) {
					throw new ExecutionException("Cannot open the dashboard of " + row.name() + ": " + e.getMessage(), e);
				}
			}
		}
		return null;
	}
}
