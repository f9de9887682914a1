package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.testing.UiTestSupport;

/** A rejected item comes back first with the reviewer's comment shown; Edit (showItem) jumps to any item. */
class ReviewNoteTest extends EditorTestBase {

	private String rejectedId;

	@Override
	void prepare(ProjectStore store) throws Exception {
		DataItem first = store.item(store.items(ItemQuery.all(), 0, 1).get(0).id()).orElseThrow();
		BoundingBox box = TagbenchFactory.eINSTANCE.createBoundingBox();
		box.setId("box-1");
		box.setLabelClass(store.project().getLabelClasses().get(0));
		box.setX(10);
		box.setY(10);
		box.setW(30);
		box.setH(30);
		first.getAnnotations().add(box);
		first.setStatus(ItemStatus.REJECTED);
		first.setReviewComment("Too loose: include the ears");
		store.commit(first);
		rejectedId = first.getId();
	}

	@Test
	void rejectedItemShowsTheReviewersCommentUntilSubmitted() throws Exception {
		assertEquals(rejectedId, editor.item().getId(), "the rejected item is still to do, first in order");
		assertEquals(1, editor.boxes().size(), "with its labels");
		assertEquals("Rejected by the reviewer: Too loose: include the ears", editor.reviewNoteText());
		screenshot("labeling-editor-review-note");

		drag(5, 5, 60, 60);
		key(SWT.CR, SWT.CR);
		assertNotEquals(rejectedId, editor.item().getId());
		assertEquals("", editor.reviewNoteText(), "no note on an item nobody rejected");
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			assertEquals(ItemStatus.LABELED, store.item(rejectedId).orElseThrow().getStatus());
		}

		// Edit from the review list: the editor shows a given item, even a labeled one
		DataItem second = editor.item();
		assertTrue(editor.showItem(rejectedId));
		UiTestSupport.flush(display);
		assertEquals(rejectedId, editor.item().getId());
		assertEquals(2, editor.boxes().size());
		assertFalse(editor.showItem("no-such-item"));
		assertEquals(rejectedId, editor.item().getId(), "an unknown id changes nothing");
		assertTrue(editor.showItem(second.getId()));
		assertEquals(second.getId(), editor.item().getId());
	}

	@Test
	void everyRejectionIsShownNewestFirstWithWhoAndWhen() throws Exception {
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			String[] comments = { "first", "second", "", "fourth" };
			for (int i = 0; i < comments.length; i++) {
				store.addReviewNote(rejectedId, new org.tagbench.store.ReviewNote("rita", 1_000_000L * (i + 1), comments[i]));
			}
		}
		assertEquals(rejectedId, editor.item().getId());
		key(SWT.CR, SWT.CR); // leave the item (submitted), then come back to it as Edit from the dashboard does
		DataItem rejected;
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			rejected = store.item(rejectedId).orElseThrow();
			rejected.setStatus(ItemStatus.REJECTED);
			store.commit(rejected);
		}
		assertTrue(editor.showItem(rejectedId));
		UiTestSupport.flush(display);
		String[] lines = editor.reviewNoteText().split("\n");
		assertEquals(4, lines.length, editor.reviewNoteText());
		assertTrue(lines[0].startsWith("Rejected by rita, ") && lines[0].endsWith(": fourth"), lines[0]);
		assertTrue(lines[1].endsWith(" (no comment)"), lines[1]);
		assertTrue(lines[2].endsWith(": second"), lines[2]);
		assertEquals("(and 1 earlier rejection)", lines[3]);
		screenshot("labeling-editor-review-history");
	}
}
