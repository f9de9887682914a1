package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.local.LocalProjectStore;

/**
 * The shown item's unsubmitted boxes survive the process dying: a draft is written on every change, and an editor
 * that finds it (the next session, here simulated by putting back the draft that a killed process would have left)
 * restores the boxes with a notice.
 */
class DraftRestoreTest extends EditorTestBase {

	@Test
	void unsubmittedBoxesAreRestoredFromTheDraftAfterTheProcessDied() throws Exception {
		DataItem shown = editor.item();
		assertNotNull(shown);
		Path draft = editor.drafts().file(shown.getId());
		assertFalse(Files.exists(draft), "no draft before a change");

		drag(20, 10, 80, 60);
		key('2', 0);
		drag(110, 40, 150, 90);
		assertEquals(2, editor.boxes().size());
		assertTrue(editor.drafts().flush(5_000));
		assertTrue(Files.isRegularFile(draft), "every change writes the draft: " + draft);
		byte[] leftByTheDeadProcess = Files.readAllBytes(draft);

		// undoing back to the stored state drops the draft; redoing writes it again
		editor.editingDomain().getCommandStack().undo();
		editor.editingDomain().getCommandStack().undo();
		assertFalse(editor.isDirty());
		assertTrue(editor.drafts().flush(5_000));
		assertFalse(Files.exists(draft), "no unsubmitted change: no draft");
		editor.editingDomain().getCommandStack().redo();
		assertTrue(editor.drafts().flush(5_000));
		assertTrue(Files.isRegularFile(draft));

		// a normal close that gives the changes up removes the draft ...
		page.closeEditor(editor, false);
		assertFalse(Files.exists(draft), "closing without saving gives the changes up");
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			assertTrue(store.item(shown.getId()).orElseThrow().getAnnotations().isEmpty(), "nothing was committed");
		}
		// ... a killed process does not: its draft is what the next session finds
		Files.write(draft, leftByTheDeadProcess);

		openEditorByDoubleClick();
		assertEquals(shown.getId(), editor.item().getId(), "the same item comes first again");
		assertEquals(2, editor.boxes().size(), "the boxes of the draft are restored");
		assertBox(editor.boxes().get(0), 20, 10, 60, 50, "cat");
		assertBox(editor.boxes().get(1), 110, 40, 40, 50, "dog");
		assertTrue(editor.isDirty(), "restored labels are unsubmitted changes");
		assertNotNull(editor.draftNoticeText(), "a notice says so");
		assertTrue(editor.draftNoticeText().contains("Restored the unsubmitted labels of " + shown.getPath()),
				editor.draftNoticeText());
		screenshot("draft-restored");

		// Ctrl+Z undoes the restore as one change
		editor.editingDomain().getCommandStack().undo();
		assertTrue(editor.boxes().isEmpty());
		editor.editingDomain().getCommandStack().redo();
		assertEquals(2, editor.boxes().size());

		editor.submit();
		assertNull(editor.draftNoticeText(), "the notice belongs to the restored item");
		assertTrue(editor.drafts().flush(5_000));
		assertFalse(Files.exists(draft), "submitting removes the draft");
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			DataItem stored = store.item(shown.getId()).orElseThrow();
			assertEquals(ItemStatus.LABELED, stored.getStatus());
			assertEquals(2, stored.getAnnotations().size());
			assertBox((BoundingBox) stored.getAnnotations().get(0), 20, 10, 60, 50, "cat");
			assertBox((BoundingBox) stored.getAnnotations().get(1), 110, 40, 40, 50, "dog");
		}
	}

	@Test
	void aDamagedDraftIsSetAsideAndTheItemShownAsStored() throws Exception {
		DataItem shown = editor.item();
		Path draft = editor.drafts().file(shown.getId());
		page.closeEditor(editor, false);
		Files.createDirectories(draft.getParent());
		Files.writeString(draft, "<not xmi");

		openEditorByDoubleClick();
		assertEquals(shown.getId(), editor.item().getId());
		assertTrue(editor.boxes().isEmpty());
		assertNull(editor.draftNoticeText());
		assertFalse(editor.isDirty());
		assertFalse(Files.exists(draft));
		assertTrue(Files.isRegularFile(draft.resolveSibling("set-aside").resolve(draft.getFileName())),
				"kept for a person to look at, never deleted");
	}
}
