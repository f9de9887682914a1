package org.tagbench.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.store.ItemDrafts;
import org.tagbench.store.Lease;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.store.postgres.ProjectRole;
import org.tagbench.store.postgres.ServerConnection;
import org.tagbench.store.testing.TestProjects;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjects;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * A draft left on disk for an item whose lease ran out and that another labeler then committed can never be
 * submitted: the labeling editor drops it when the project is opened, says so, and keeps the drafts of items the
 * labeler still holds.
 */
class DraftsOfLostItemsTest extends TeamServerTest {

	private static final String PROJECT = "team_lost_drafts";

	@BeforeAll
	static void seed() throws Exception {
		createUser("dora", "dora-pw");
		createUser("eve", "eve-pw");
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		project.setName("Lost Drafts");
		try (PostgresProjectStore store = PostgresProjectStore.create(owner(), PROJECT, project)) {
			store.addItems(TestProjects.items(project, 6));
			store.addMember("dora", ProjectRole.LABELER);
			store.addMember("eve", ProjectRole.LABELER);
		}
	}

	private static PostgresProjectStore open(String user) throws Exception {
		return PostgresProjectStore.open(new ServerConnection(cluster.url(), user, user + "-pw"), PROJECT);
	}

	/** The item with one box of dora's, as her editor kept it in its draft. */
	private static DataItem withBox(PostgresProjectStore store, String itemId, double x) throws Exception {
		DataItem item = store.item(itemId).orElseThrow();
		Annotation box = TestProjects.box(store.project().getLabelClasses().get(0), x, 10, 40, 30);
		box.setAuthor("dora");
		item.getAnnotations().add(box);
		return item;
	}

	@Test
	void theDraftOfAnItemCommittedByAnotherLabelerIsDroppedWithANotice() throws Exception {
		TeamLogin login = new TeamLogin(cluster.url(), "dora", PROJECT);
		Path draftsFolder = TeamProjects.outboxFolder(login).resolve("drafts");
		String lost;
		String held;
		Path lostDraft;
		Path heldDraft;
		try (PostgresProjectStore dora = open("dora"); PostgresProjectStore eve = open("eve");
				ItemDrafts drafts = new ItemDrafts(draftsFolder, dora.project())) {
			// dora draws a box on the first item, and her workbench dies: the draft stays on disk
			lost = dora.queue().lease(1, Duration.ofSeconds(1)).get(0).itemId();
			drafts.save(withBox(dora, lost, 10));
			// her lease runs out; eve takes the item and commits it
			Thread.sleep(1_500);
			Lease taken = eve.queue().lease(1, Duration.ofMinutes(5)).get(0);
			assertEquals(lost, taken.itemId(), "the item went to eve");
			DataItem evesItem = eve.item(lost).orElseThrow();
			Annotation evesBox = TestProjects.box(eve.project().getLabelClasses().get(0), 1, 2, 3, 4);
			evesBox.setAuthor(null);
			evesItem.getAnnotations().add(evesBox);
			evesItem.setStatus(ItemStatus.LABELED);
			eve.queue().commit(taken, evesItem, UUID.randomUUID().toString());
			// an item dora still holds, with a draft too
			held = dora.queue().lease(1, Duration.ofMinutes(10)).get(0).itemId();
			drafts.save(withBox(dora, held, 20));
			assertTrue(drafts.flush(5_000));
			lostDraft = drafts.file(lost);
			heldDraft = drafts.file(held);
			assertEquals(Map.of(lost, List.of("eve")), dora.queue().committedByOthers(List.of(lost, held)),
					"the server tells which of her items went to whom");
			assertEquals(Map.of(), eve.queue().committedByOthers(List.of(lost, held)), "eve lost nothing");
		}
		assertTrue(Files.isRegularFile(lostDraft) && Files.isRegularFile(heldDraft));

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		page.getWorkbenchWindow().getShell().setBounds(0, 0, 1400, 900);
		page.openEditor(TeamProjects.labelingInput(login, "dora-pw", "Lost Drafts"), LabelingEditor.ID);
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> page.getActiveEditor() instanceof LabelingEditor e
				&& e.item() != null), "the labeling editor shows a leased item");
		LabelingEditor editor = (LabelingEditor) page.getActiveEditor();
		assertEquals(held, editor.item().getId(), "her running lease comes first");
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> !Files.exists(lostDraft)
				&& editor.draftNoticeText() != null && editor.draftNoticeText().contains("Dropped")),
				"the lost item's draft is dropped and the bar says so: " + editor.draftNoticeText());
		String notice = editor.draftNoticeText();
		assertTrue(notice.startsWith("Restored the unsubmitted labels of"), "her held item's draft is restored: " + notice);
		assertTrue(notice.contains("Dropped the unsubmitted labels of " + pathOf(lost) + " (1 annotation(s)")
				&& notice.contains("committed by eve"), notice);
		assertEquals(1, editor.boxes().size(), "the held item shows its restored box");
		assertTrue(Files.isRegularFile(heldDraft), "the draft of the held item stays until she submits it");
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "team-lost-draft-dropped");

		editor.submit(); // her next commit: the notice has been seen
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> editor.draftNoticeText() == null
				|| !editor.draftNoticeText().contains("Dropped")), "the notice goes with her next commit");
		assertFalse(Files.exists(lostDraft));
		assertEquals(1, count("SELECT count(*) FROM " + PROJECT + ".annotation WHERE item_id = '" + lost + "'"),
				"eve's label is the item's only one");
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
	}

	/** The path of an item of {@link TestProjects#items}: "item-0000013" is "folder3/img0000013.jpg". */
	private static String pathOf(String itemId) {
		int i = Integer.parseInt(itemId.substring("item-".length()));
		return String.format("folder%d/img%07d.jpg", i % 10, i);
	}
}
