package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.store.DataRoots;
import org.tagbench.store.ProjectStore;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * A shared project's data source root (as another desktop pushed it) is not a folder here: the editor says so,
 * naming the stored root and where to map it; mapped in this desktop's preferences, the images are shown.
 */
class MappedDataFolderTest extends EditorTestBase {

	private final String teamRoot = "file:/mnt/team-" + System.nanoTime() + "/photos/";

	@Override
	void prepare(ProjectStore store) throws Exception {
		store.project().getDataSources().get(0).setRootUri(teamRoot);
		store.saveProject();
	}

	@AfterEach
	void forgetOverride() throws Exception {
		DataRoots.savePreferences(List.of());
	}

	@Test
	void anItemIsShownFromTheFolderItsStoredRootIsMappedTo() throws Exception {
		String placeholder = editor.canvas().placeholder();
		assertNull(editor.canvas().image());
		assertTrue(placeholder != null && placeholder.contains("stored root " + teamRoot)
				&& placeholder.contains(DataRoots.WHERE_TO_MAP), placeholder);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> editor.noticeText() != null
				&& editor.noticeText().contains("stored root " + teamRoot) && editor.noticeText().contains(DataRoots.WHERE_TO_MAP)),
				"the notice bar says which folder is not here and where to map it: " + editor.noticeText());

		DataRoots.savePreferences(List.of(new DataRoots.RootOverride(teamRoot, images.toString())));
		page.closeAllEditors(false);
		openEditorByDoubleClick();
		assertNotNull(editor.canvas().image(), () -> "shown from " + images + ", not: " + editor.canvas().placeholder());
		assertNull(editor.canvas().placeholder());
		UiTestSupport.waitUntil(display, 2_000, () -> editor.noticeText() != null);
		assertNull(editor.noticeText(), "mapped: nothing to say");
	}
}
