package org.tagbench.ui.labeling.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.labeling.ProjectEditorInput;
import org.tagbench.ui.views.ProjectRow;

/** Opens the labeling editor on each project selected in the Projects view. */
public class OpenLabelingEditorHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.tagbench.ui.labeling.commands.label";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return null;
		}
		for (Object element : selection) {
			if (element instanceof ProjectRow row && row.problem() == null) {
				try {
					page.openEditor(new ProjectEditorInput(row.folder(), row.name()), LabelingEditor.ID);
				} catch (PartInitException e) {
					throw new ExecutionException("Cannot open the project " + row.name() + ": " + e.getMessage(), e);
				}
			}
		}
		return null;
	}
}
