package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.Reservations;
import org.tagbench.store.local.LocalProjectStore;

/**
 * The folder project's task queue seen from the labeling editor: an item another editor holds (here a second
 * store on the folder, as another process would open it) is not handed out; the shown item is held for this
 * editor until it is submitted; closing the editor gives everything back.
 */
class ReservationQueueTest extends EditorTestBase {

	private LocalProjectStore otherStore;
	private Reservations bob;
	private String bobsItem;

	@Override
	void prepare(ProjectStore store) throws Exception {
		otherStore = LocalProjectStore.open(projectFolder);
		bob = otherStore.reservations("bob", Duration.ofMinutes(5));
		bobsItem = store.items(ItemQuery.all(), 0, 1).get(0).id(); // first in the project's order
		assertTrue(bob.reserve(bobsItem));
	}

	@AfterEach
	void closeOtherStore() throws Exception {
		if (otherStore != null) {
			otherStore.close();
		}
	}

	@Test
	void anItemHeldByAnotherEditorIsSkippedAndTheShownItemIsHeldUntilSubmitted() throws Exception {
		String shown = editor.item().getId();
		assertNotEquals(bobsItem, shown, "the first item is being labeled by bob");
		assertEquals(Set.of(shown), bob.heldByOthers(), "the shown item is reserved for this editor");

		drag(5, 5, 60, 60);
		key(SWT.CR, SWT.CR);
		String second = editor.item().getId();
		assertNotEquals(shown, second);
		assertEquals(Set.of(second), bob.heldByOthers(), "submitted: given back; the next one is held");
		assertEquals(ItemStatus.LABELED, otherStore.item(shown).orElseThrow().getStatus());

		key('s', 's');
		assertEquals(second, editor.item().getId(), "nothing else free: the skipped item comes back at the end");
		key('s', 's');
		assertNull(editor.item(), "skipped again (once per session); bob's item is not handed out");
		assertTrue(bob.heldByOthers().isEmpty(), "skipped: given back");
		screenshot("labeling-editor-held-by-others");
		assertTrue(editor.canvas().placeholder().contains("being labeled in other editors"), editor.canvas().placeholder());

		page.closeAllEditors(false);
		try (LocalProjectStore third = LocalProjectStore.open(projectFolder)) {
			Reservations carol = third.reservations("carol", Duration.ofMinutes(5));
			assertEquals(Set.of(bobsItem), carol.heldByOthers(), "the closed editor holds nothing");
			carol.close();
		}
	}
}
