package org.tagbench.ui.labeling.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.labeling.LabelingEditors;
import org.tagbench.ui.views.ProjectRow;

/**
 * Opens the labeling editor on each project selected in the Projects view: the classification editor (bundle
 * org.tagbench.ui.classification, when installed) for multi-class and multi-label projects, else the
 * {@link LabelingEditor}.
 */
public class OpenLabelingEditorHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.tagbench.ui.labeling.commands.label";

	/** By id, so that this bundle does not depend on the classification bundle. */
	public static final String CLASSIFICATION_EDITOR_ID = LabelingEditors.CLASSIFICATION_EDITOR_ID;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return null;
		}
		for (Object element : selection) {
			if (element instanceof ProjectRow row && row.problem() == null) {
				try {
					LabelingEditors.open(page, row.folder(), row.name());
				} catch (PartInitException e) {
					throw new ExecutionException("Cannot open the project " + row.name() + ": " + e.getMessage(), e);
				}
			}
		}
		return null;
	}
}
