package org.tagbench.ui.assist.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.assist.AssistEditorInput;
import org.tagbench.ui.assist.AssistPanel;
import org.tagbench.ui.views.ProjectRow;

/**
 * Opens the assist panel of the project in the active dashboard or labeling editor (a folder or a team project),
 * or of each folder project selected in the Projects view.
 */
public class OpenAssistHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.tagbench.ui.assist.commands.open";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof IEditorPart editor && AssistEditorInput.of(editor.getEditorInput()) != null) {
			open(page, AssistEditorInput.of(editor.getEditorInput()));
			return null;
		}
		boolean opened = false;
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				if (element instanceof ProjectRow row && row.problem() == null) {
					open(page, new AssistEditorInput(row.folder(), row.name()));
					opened = true;
				}
			}
		}
		if (!opened) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Assist",
					"Select a project in the Projects view, or open its dashboard, then open the assist panel.");
		}
		return null;
	}

	private static void open(IWorkbenchPage page, AssistEditorInput input) throws ExecutionException {
		try {
			page.openEditor(input, AssistPanel.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the assist panel of " + input.location() + ": " + e.getMessage(), e);
		}
	}
}
