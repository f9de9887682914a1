package org.tagbench.ui.labeling;

import java.nio.file.Path;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.tagbench.model.ProjectType;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.local.LocalProjectStore;

/** Opens a project in the editor for its type: the classification editor or the {@link LabelingEditor}. */
public final class LabelingEditors {

	/** By id, so that this bundle does not depend on the classification bundle. */
	public static final String CLASSIFICATION_EDITOR_ID = "org.tagbench.ui.classification.editor";

	private LabelingEditors() {
	}

	/** The classification editor (when installed) for multi-class and multi-label projects, else the labeling editor. */
	public static String editorIdFor(Path folder, IWorkbenchPage page) {
		if (page.getWorkbenchWindow().getWorkbench().getEditorRegistry().findEditor(CLASSIFICATION_EDITOR_ID) == null) {
			return LabelingEditor.ID;
		}
		try (ProjectStore store = LocalProjectStore.open(folder)) {
			ProjectType type = store.project().getType();
			return type == ProjectType.MULTI_CLASS || type == ProjectType.MULTI_LABEL ? CLASSIFICATION_EDITOR_ID
					: LabelingEditor.ID;
		} catch (StoreException e) {
			return LabelingEditor.ID; // the editor reports the problem when it opens
		}
	}

	public static IEditorPart open(IWorkbenchPage page, Path folder, String name) throws PartInitException {
		return page.openEditor(new ProjectEditorInput(folder, name), editorIdFor(folder, page));
	}

	/** Opens (or activates) the project's labeling editor and shows the item there; false if it has no such item. */
	public static boolean openItem(IWorkbenchPage page, Path folder, String name, String itemId) throws PartInitException {
		return open(page, folder, name) instanceof ItemShowing editor && editor.showItem(itemId);
	}
}
