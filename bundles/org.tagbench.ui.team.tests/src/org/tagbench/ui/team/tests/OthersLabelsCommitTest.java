package org.tagbench.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.store.postgres.ProjectRole;
import org.tagbench.store.testing.TestProjects;
import org.tagbench.ui.classification.ClassificationEditor;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjects;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * A labeler may not change another person's labels (the server's row-level security): when her commit of an item a
 * reviewer sent back with another labeler's boxes moved one of them and deleted another, the labeling editor's bar
 * says that the moved one was stored as her own copy and the deleted one is still on the item, and her labels are
 * all stored; the same in the classification editor, for another labeler's class.
 */
class OthersLabelsCommitTest extends TeamServerTest {

	private static final String PROJECT = "team_others_labels";
	private static final String CLASSES = "team_others_classes";
	private static final String ITEM = "item-0000000";

	@BeforeAll
	static void seed() throws Exception {
		createUser("fay", "fay-pw");
		createBoxProject(PROJECT, "Others Labels", 3, "fay");
		// gil's two boxes, left on the item when a reviewer sent it back; the admin assigns it to fay
		try (Connection c = owner().dataSource().getConnection(); Statement statement = c.createStatement()) {
			statement.execute("INSERT INTO " + PROJECT + ".annotation (id, item_id, kind, class_id, author, created, source,"
					+ " geometry) VALUES ('gils-first', '" + ITEM + "', 'BOX', 'class-cat', 'gil', 0, 'HUMAN', '{10,10,50,40}'),"
					+ " ('gils-second', '" + ITEM + "', 'BOX', 'class-cat', 'gil', 0, 'HUMAN', '{200,200,50,40}')");
		}
		try (PostgresProjectStore admin = PostgresProjectStore.open(owner(), PROJECT)) {
			admin.assign(ITEM, "fay", Duration.ofMinutes(10));
		}
		// the same in a multi-class project: gil's class "cat" on the item assigned to fay
		LabelingProject classes = TestProjects.project(ProjectType.MULTI_CLASS, "cat", "dog");
		classes.setName("Others Classes");
		try (PostgresProjectStore admin = PostgresProjectStore.create(owner(), CLASSES, classes)) {
			admin.addItems(TestProjects.items(classes, 3));
			admin.addMember("fay", ProjectRole.LABELER);
			admin.assign(ITEM, "fay", Duration.ofMinutes(10));
		}
		try (Connection c = owner().dataSource().getConnection(); Statement statement = c.createStatement()) {
			statement.execute("INSERT INTO " + CLASSES + ".annotation (id, item_id, kind, class_id, author, created, source)"
					+ " VALUES ('gils-cat', '" + ITEM + "', 'LABEL', 'class-cat', 'gil', 0, 'HUMAN')");
		}
	}

	@Test
	void givingAnotherClassThanAnotherLabelersInTheClassificationEditorKeepsTheirsAndTheBarSaysSo() throws Exception {
		TeamLogin login = new TeamLogin(cluster.url(), "fay", CLASSES);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		page.getWorkbenchWindow().getShell().setBounds(0, 0, 1400, 900);
		page.openEditor(TeamProjects.labelingInput(login, "fay-pw", "Others Classes"), ClassificationEditor.ID);
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> page.getActiveEditor() instanceof ClassificationEditor e
				&& e.page().stream().anyMatch(item -> item.getId().equals(ITEM))), "the page holds the assigned item");
		ClassificationEditor editor = (ClassificationEditor) page.getActiveEditor();
		editor.selectAll(); // every image of the page: dog
		editor.applyClass(((LabelingProject) editor.page().get(0).getDataSource().eContainer()).getLabelClasses().get(1));
		editor.submitPage();
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> editor.draftNoticeText() != null
				&& editor.draftNoticeText().contains("not yours to change")), "the bar says so: " + editor.draftNoticeText());
		assertEquals("Committed folder0/img0000000.jpg, but the labels of gil there are not yours to change: 1 label you"
				+ " removed is still on the item. A reviewer can correct or remove them.", editor.draftNoticeText());
		assertEquals(List.of("gil class-cat", "fay class-dog"), labels(CLASSES), "gil's class stays, fay's is stored");
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "team-others-classes-commit");
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
	}

	/** The item's labels on the server: author and class, in written order. */
	private static List<String> labels(String schema) throws Exception {
		List<String> labels = new ArrayList<>();
		try (Connection c = owner().dataSource().getConnection(); Statement statement = c.createStatement();
				ResultSet rows = statement.executeQuery("SELECT author, class_id FROM " + schema + ".annotation WHERE item_id = '"
						+ ITEM + "' ORDER BY seq")) {
			while (rows.next()) {
				labels.add(rows.getString(1) + " " + rows.getString(2));
			}
		}
		return labels;
	}

	@Test
	void movingAndDeletingAnotherLabelersBoxesIsCommittedAndTheBarSaysWhatBecameOfThem() throws Exception {
		TeamLogin login = new TeamLogin(cluster.url(), "fay", PROJECT);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		page.getWorkbenchWindow().getShell().setBounds(0, 0, 1400, 900);
		page.openEditor(TeamProjects.labelingInput(login, "fay-pw", "Others Labels"), LabelingEditor.ID);
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> page.getActiveEditor() instanceof LabelingEditor e
				&& e.item() != null), "the labeling editor shows the assigned item");
		LabelingEditor editor = (LabelingEditor) page.getActiveEditor();
		assertEquals(ITEM, editor.item().getId());
		assertEquals(2, editor.boxes().size(), "gil's two boxes are shown");

		key(editor, SWT.TAB); // gil's first box
		for (int i = 0; i < 5; i++) {
			key(editor, SWT.ARROW_RIGHT);
		}
		key(editor, SWT.TAB); // gil's second box
		key(editor, SWT.DEL);
		assertEquals(1, editor.boxes().size());
		assertEquals(15.0, editor.boxes().get(0).getX(), "the first box moved by five pixels");
		Event enter = new Event();
		enter.character = SWT.CR;
		enter.keyCode = SWT.CR;
		editor.canvas().notifyListeners(SWT.KeyDown, enter); // submit

		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> editor.draftNoticeText() != null
				&& editor.draftNoticeText().contains("not yours to change")), "the bar says so: " + editor.draftNoticeText());
		String notice = editor.draftNoticeText();
		assertEquals("Committed folder0/img0000000.jpg, but the labels of gil there are not yours to change: 1 label you"
				+ " changed was stored as your own beside the original; 1 label you removed is still on the item."
				+ " A reviewer can correct or remove them.", notice);
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "team-others-labels-commit");
		assertEquals(List.of("gils-first gil HUMAN 10.0", "gils-second gil HUMAN 200.0", "copy fay HUMAN 15.0"),
				storedBoxes(), "gil's boxes as they were, fay's moved copy; nothing of hers lost");
		assertEquals("LABELED", status());

		editor.submit(); // her next commit (the next item): the bar has been read
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> editor.draftNoticeText() == null),
				"the notice goes with her next commit: " + editor.draftNoticeText());
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
	}

	private static void key(LabelingEditor editor, int keyCode) {
		Event event = new Event();
		event.keyCode = keyCode;
		editor.canvas().notifyListeners(SWT.KeyDown, event);
		UiTestSupport.flush(editor.canvas().getDisplay());
	}

	/** The item's boxes as the server holds them: id (or "copy"), author, source, x, in written order. */
	private static List<String> storedBoxes() throws Exception {
		List<String> boxes = new ArrayList<>();
		try (Connection c = owner().dataSource().getConnection(); Statement statement = c.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, author, source, geometry[1] FROM " + PROJECT
						+ ".annotation WHERE item_id = '" + ITEM + "' ORDER BY seq")) {
			while (rows.next()) {
				String id = rows.getString(1).startsWith("gils") ? rows.getString(1) : "copy";
				boxes.add(id + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getDouble(4));
			}
		}
		return boxes;
	}

	private static String status() throws Exception {
		try (Connection c = owner().dataSource().getConnection(); Statement statement = c.createStatement();
				ResultSet rows = statement.executeQuery("SELECT status FROM " + PROJECT + ".item WHERE id = '" + ITEM + "'")) {
			rows.next();
			return rows.getString(1);
		}
	}
}
