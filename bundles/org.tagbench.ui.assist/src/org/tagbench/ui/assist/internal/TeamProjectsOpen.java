package org.tagbench.ui.assist.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.tagbench.ui.assist.AssistEditorInput;
import org.tagbench.ui.assist.ProjectAssist;

/**
 * Keeps a team project's assist following the labelers' commits while any editor of the project is open on this
 * desktop — its dashboard, a labeling or classification editor, or its assist panel — so the model retrains in the
 * background after N more labels without the panel being open ({@link ProjectAssist#heldOpenBy}). Started with the
 * workbench ({@code org.eclipse.ui.startup}): the editors do not know the assist.
 */
public class TeamProjectsOpen implements IStartup, IWindowListener, IPartListener2 {

	/** The assist each open editor of a team project holds, until the editor closes (UI thread only). */
	private final Map<IWorkbenchPartReference, ProjectAssist> held = new HashMap<>();

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			if (workbench.isClosing()) {
				return;
			}
			workbench.addWindowListener(this);
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				windowOpened(window);
			}
		});
	}

	@Override
	public void windowOpened(IWorkbenchWindow window) {
		window.getPartService().addPartListener(this);
		for (IWorkbenchPage page : window.getPages()) { // editors opened before the workbench started this
			for (IEditorReference editor : page.getEditorReferences()) {
				if (editor.getPart(false) != null) {
					partOpened(editor);
				}
			}
		}
	}

	@Override
	public void windowClosed(IWorkbenchWindow window) {
		window.getPartService().removePartListener(this);
	}

	@Override
	public void windowActivated(IWorkbenchWindow window) {
		// only editors opening and closing matter
	}

	@Override
	public void windowDeactivated(IWorkbenchWindow window) {
		// only editors opening and closing matter
	}

	@Override
	public void partOpened(IWorkbenchPartReference part) {
		if (!(part instanceof IEditorReference editor) || held.containsKey(part)) {
			return;
		}
		AssistEditorInput project;
		try {
			project = AssistEditorInput.of(editor.getEditorInput());
		} catch (PartInitException e) {
			return; // an editor that could not open holds nothing
		}
		if (project != null && project.folder() == null) {
			ProjectAssist assist = project.assist();
			held.put(part, assist);
			assist.heldOpenBy(part);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference part) {
		ProjectAssist assist = held.remove(part);
		if (assist != null) {
			assist.releasedBy(part);
		}
	}
}
