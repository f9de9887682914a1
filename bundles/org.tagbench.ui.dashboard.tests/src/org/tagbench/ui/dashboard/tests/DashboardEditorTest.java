package org.tagbench.ui.dashboard.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.classification.ClassificationEditor;
import org.tagbench.ui.dashboard.DashboardEditor;
import org.tagbench.ui.dashboard.RejectDialog;
import org.tagbench.ui.dashboard.ProjectFigures;
import org.tagbench.ui.dashboard.ProjectFigures.Progress;
import org.tagbench.ui.testing.UiTestSupport;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/** Opens the dashboard from the Projects view on a generated project and checks it against the store. */
class DashboardEditorTest {

	private static final int ITEMS = 700;

	private Path projectFolder;
	private Path images;
	private IWorkbenchPage page;
	private Display display;
	private DashboardEditor dashboard;

	@BeforeEach
	void openDashboard() throws Exception {
		Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		projectFolder = workspace.resolve("dashboard-test-project");
		images = Files.createTempDirectory("tagbench-dashboard-images");
		SyntheticProjects.writeImages(images, ITEMS);
		SyntheticProjects.create(projectFolder, "Dashboard Test", ITEMS, images).close();

		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		display = shell.getDisplay();
		shell.setBounds(0, 0, 1400, 900);
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		view.refresh();
		view.getRefreshJob().join();
		Table table = view.getViewer().getTable();
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> rowOf(table) != null), "project listed");
		view.getViewer().setSelection(new StructuredSelection(rowOf(table).getData()), true);
		UiTestSupport.flush(display);

		// the real path: the Open Dashboard command on the Projects view's selection
		IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand("org.tagbench.ui.dashboard.commands.open", null);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> page.getActiveEditor() instanceof DashboardEditor),
				"Open Dashboard opens the dashboard");
		dashboard = (DashboardEditor) page.getActiveEditor();
		waitForRefresh();
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
		for (Path folder : new Path[] { projectFolder, images }) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private TableItem rowOf(Table table) {
		for (TableItem item : table.getItems()) {
			if (item.getData() instanceof ProjectRow row && row.folder().equals(projectFolder)) {
				return item;
			}
		}
		return null;
	}

	private void waitForRefresh() throws InterruptedException {
		join(dashboard.refreshJob());
		join(dashboard.listJob());
		UiTestSupport.flush(display);
	}

	private void join(Job job) throws InterruptedException {
		if (job != null) {
			while (!job.join(50, null)) {
				UiTestSupport.flush(display);
			}
		}
		UiTestSupport.flush(display);
	}

	/** What the progress chart must show, from the store. */
	private long[] expectedProgress(ProjectStore store) throws Exception {
		long[] expected = new long[Progress.values().length];
		for (Map.Entry<ItemStatus, Long> entry : store.countByStatus().entrySet()) {
			expected[Progress.of(entry.getKey()).ordinal()] += entry.getValue();
		}
		return expected;
	}

	private long[] expectedClasses(ProjectStore store) throws Exception {
		Map<String, Long> byClass = store.countAnnotationsByClass();
		return store.project().getLabelClasses().stream().mapToLong(c -> byClass.getOrDefault(c.getId(), 0L)).toArray();
	}

	@Test
	void aCommitThroughAnotherStoreShowsWithoutRefreshNow() throws Exception {
		try (ProjectStore store = LocalProjectStore.open(projectFolder)) {
			long[] before = dashboard.progressChart().values();
			long birdsBefore = dashboard.classChart().values()[2];
			// like a labeling editor of this workbench committing: a store of its own on the same folder
			ItemSummary unlabeled = store.items(ItemQuery.withStatus(ItemStatus.UNLABELED), 0, 1).get(0);
			DataItem item = store.item(unlabeled.id()).orElseThrow();
			item.getAnnotations().add(SyntheticProjects.label(store.project().getLabelClasses().get(2), "dora",
					AnnotationSource.HUMAN, 5));
			item.setStatus(ItemStatus.LABELED);
			store.commit(item);
			long[] expected = expectedProgress(store);
			assertTrue(UiTestSupport.waitUntil(display, 30_000,
					() -> Arrays.equals(expected, dashboard.progressChart().values())
							&& dashboard.classChart().values()[2] == birdsBefore + 1
							&& Arrays.stream(dashboard.labelerTable().getItems()).anyMatch(r -> r.getText(0).equals("dora"))),
					"the dashboard shows the commit by itself: " + Arrays.toString(dashboard.progressChart().values()));
			assertEquals(before[Progress.LABELED.ordinal()] + 1, dashboard.progressChart().values()[Progress.LABELED.ordinal()]);
			assertTrue(dashboard.liveUpdates().changes() >= 1, "through a live update");
			assertTrue(dashboard.refreshedLabel().getText().endsWith(" · live"), dashboard.refreshedLabel().getText());
			UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "dashboard-live-update");
		}
	}

	@Test
	void chartsAndLabelersShowTheStoreCountsAndRefreshAfterACommit() throws Exception {
		try (ProjectStore store = LocalProjectStore.open(projectFolder)) {
			assertArrayEquals(expectedProgress(store), dashboard.progressChart().values());
			assertArrayEquals(new String[] { "Labeled", "Skipped", "Needs review", "Accepted", "Rejected", "Remaining" },
					dashboard.progressChart().labels());
			assertArrayEquals(expectedClasses(store), dashboard.classChart().values());
			assertArrayEquals(new String[] { "cat", "dog", "bird" }, dashboard.classChart().labels());
			assertTrue(dashboard.refreshedLabel().getText().startsWith("Last refresh "), dashboard.refreshedLabel().getText());

			// labelers: computed here independently from the generator's rule
			List<Long> aliceTimes = new ArrayList<>();
			for (int i = 0; i < ITEMS; i += 2) {
				if (SyntheticProjects.STATUSES[i % SyntheticProjects.STATUSES.length] != ItemStatus.UNLABELED) {
					aliceTimes.add(1000 + 10L * i);
				}
			}
			long[] sorted = aliceTimes.stream().mapToLong(Long::longValue).sorted().toArray();
			long median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
					: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
			ProjectFigures.LabelerFigures alice = dashboard.figures().labelers().stream()
					.filter(l -> l.name().equals("alice")).findFirst().orElseThrow();
			assertEquals(aliceTimes.size(), alice.items());
			assertEquals(median, alice.medianMillis());
			double perHour = aliceTimes.size() * 3_600_000.0 / aliceTimes.stream().mapToLong(Long::longValue).sum();
			assertEquals(perHour, alice.itemsPerHour(), 1e-9);
			Table labelers = dashboard.labelerTable();
			assertEquals(2, labelers.getItemCount(), "alice and bob; the pre-labelling model is no labeler");
			assertEquals("alice", labelers.getItem(0).getText(0));
			assertEquals(String.format("%.1f s", median / 1000.0), labelers.getItem(0).getText(3));
			UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "dashboard");

			// a labeler commits an item elsewhere; Refresh now shows it
			ItemSummary unlabeled = store.items(ItemQuery.withStatus(ItemStatus.UNLABELED), 0, 1).get(0);
			DataItem item = store.item(unlabeled.id()).orElseThrow();
			LabelClass bird = store.project().getLabelClasses().get(2);
			item.getAnnotations().add(SyntheticProjects.label(bird, "carol", AnnotationSource.HUMAN, 5));
			item.getAnnotations().add(SyntheticProjects.label(bird, "carol", AnnotationSource.HUMAN, 6));
			item.setTimeSpentMillis(4_000);
			item.setStatus(ItemStatus.LABELED);
			store.commit(item);
			long[] before = dashboard.progressChart().values();
			long birdsBefore = dashboard.classChart().values()[2];
			// and another labeler's editor holds two items of the task queue (a second store: another process)
			org.tagbench.store.Reservations dave = store.reservations("dave", java.time.Duration.ofMinutes(5));
			List<String> unlabeledIds = store.items(ItemQuery.withStatus(ItemStatus.UNLABELED), 0, 2).stream()
					.map(ItemSummary::id).toList();
			for (String held : unlabeledIds) {
				assertTrue(dave.reserve(held));
			}

			Button refreshNow = findButton(dashboard.progressChart().getParent().getParent(), "Refresh now");
			refreshNow.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			waitForRefresh();
			long[] after = dashboard.progressChart().values();
			assertEquals(before[Progress.LABELED.ordinal()] + 1, after[Progress.LABELED.ordinal()]);
			assertEquals(before[Progress.REMAINING.ordinal()] - 1, after[Progress.REMAINING.ordinal()]);
			assertArrayEquals(expectedProgress(store), after);
			assertEquals(birdsBefore + 2, dashboard.classChart().values()[2]);
			assertTrue(Arrays.stream(labelers.getItems()).anyMatch(row -> row.getText(0).equals("carol")
					&& row.getText(1).equals("1") && row.getText(3).equals("4.0 s")), "carol's one item of 4 s");
			assertTrue(dashboard.refreshedLabel().getText().endsWith(" · 2 being labeled now"),
					dashboard.refreshedLabel().getText());
			dave.close();
		}
	}

	@Test
	void itemListShowsEveryItemFiltersAndReviewCommitsToTheStore() throws Exception {
		assertEquals(ITEMS, dashboard.itemTable().selectionLayer().getRowCount());
		assertTrue(UiTestSupport.waitUntil(display, 5_000,
				() -> String.valueOf(dashboard.itemTable().natTable().getDataValueByPosition(3, 1)).startsWith("d0")),
				"the first page arrives and is painted");

		try (ProjectStore store = LocalProjectStore.open(projectFolder)) {
			// the first row is the store's first item in the project order
			ItemSummary first = store.items(ItemQuery.all(), 0, 1).get(0);
			assertEquals(first.path(), dashboard.itemTable().natTable().getDataValueByPosition(3, 1));
			// its preview: the 64 x 32 image scaled to 40 x 20, decoded in the background
			assertTrue(UiTestSupport.waitUntil(display, 10_000,
					() -> dashboard.itemTable().natTable().getDataValueByPosition(2, 1) instanceof Image),
					"the thumbnail arrives");
			Image thumbnail = (Image) dashboard.itemTable().natTable().getDataValueByPosition(2, 1);
			assertEquals(40, thumbnail.getBounds().width);
			assertEquals(20, thumbnail.getBounds().height);

			select(dashboard.statusFilter(), ItemStatus.LABELED.getLiteral());
			join(dashboard.listJob());
			long labeled = store.count(ItemQuery.withStatus(ItemStatus.LABELED));
			assertEquals(labeled, dashboard.itemTable().selectionLayer().getRowCount());
			assertTrue(labeled < ITEMS);

			select(dashboard.classFilter(), "dog");
			join(dashboard.listJob());
			LabelClass dog = store.project().getLabelClasses().get(1);
			long labeledDogs = store.count(ItemQuery.withStatus(ItemStatus.LABELED).labelClass(dog.getId()));
			assertEquals(labeledDogs, dashboard.itemTable().selectionLayer().getRowCount());
			assertTrue(labeledDogs < labeled && labeledDogs > 0);

			dashboard.labelerFilter().setText("bob");
			dashboard.labelerFilter().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
			join(dashboard.listJob());
			long bobsDogs = store.count(ItemQuery.withStatus(ItemStatus.LABELED).labelClass(dog.getId()).author("bob"));
			assertEquals(bobsDogs, dashboard.itemTable().selectionLayer().getRowCount());
			assertTrue(bobsDogs < labeledDogs && bobsDogs > 0);

			// Accept the first row through its key binding's command; the row is selected by a real click on its
			// Path cell (a click anywhere in a row selects the row, not only on the row header)
			String id = dashboard.pages().getNow(0).id();
			var natTable = dashboard.itemTable().natTable();
			org.eclipse.swt.graphics.Rectangle cell = natTable.getBoundsByPosition(3, 1);
			natTable.forceFocus();
			UiTestSupport.click(natTable, cell.x + cell.width / 2, cell.y + cell.height / 2);
			assertTrue(UiTestSupport.waitUntil(display, 5_000,
					() -> java.util.Arrays.equals(new long[] { 0 }, dashboard.itemTable().selectedRows())),
					"a click on a cell selects its row");
			IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
			assertEquals(KeySequence.getInstance("A"),
					bindings.getBestActiveBindingFor("org.tagbench.ui.dashboard.commands.accept"),
					"A accepts while the dashboard is active");
			IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
			handlers.executeCommand("org.tagbench.ui.dashboard.commands.accept", null);
			assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> statusOf(store, id) == ItemStatus.ACCEPTED),
					"Accept commits ACCEPTED to the store");
			DataItem accepted = store.item(id).orElseThrow();
			assertEquals(1, accepted.getAnnotations().stream().filter(a -> a.getSource() == AnnotationSource.HUMAN).count(),
					"review keeps the labels");
			assertTrue(UiTestSupport.waitUntil(display, 10_000,
					() -> dashboard.itemTable().selectionLayer().getRowCount() == bobsDogs - 1),
					"the accepted item leaves the LABELED list");
			waitForRefresh();
			UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "dashboard-filtered");

			// Reject the (new) first row
			String second = dashboard.pages().getNow(0).id();
			dashboard.itemTable().natTable().doCommand(
					new SelectRowsCommand(dashboard.itemTable().selectionLayer(), 0, new int[] { 0 }, false, false, 0));
			// the R key, typed for real: the workbench's key binding filter sees it (Display.post)
			page.getWorkbenchWindow().getShell().forceActive();
			dashboard.itemTable().natTable().forceFocus();
			UiTestSupport.flush(display);
			for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
				org.eclipse.swt.widgets.Event key = new org.eclipse.swt.widgets.Event();
				key.type = type;
				key.character = 'r';
				key.keyCode = 'r';
				assertTrue(display.post(key));
			}
			// R asks for an optional comment for the labeler
			assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> rejectShell() != null), "R opens the Reject dialog");
			Shell rejectShell = rejectShell();
			RejectDialog rejectDialog = (RejectDialog) rejectShell.getData(); // JFace windows are their shell's data
			rejectDialog.commentField().setText("Wrong class: this one is a cat");
			UiTestSupport.screenshot(rejectShell, "reject-dialog");
			assertEquals(ItemStatus.LABELED, statusOf(store, second), "nothing is committed before Reject is pressed");
			findButton(rejectShell, "&Reject").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> statusOf(store, second) == ItemStatus.REJECTED),
					"Reject commits REJECTED to the store");
			DataItem rejected = store.item(second).orElseThrow();
			assertEquals("Wrong class: this one is a cat", rejected.getReviewComment(), "the comment is stored with the item");
			assertEquals(1, rejected.getAnnotations().stream().filter(a -> a.getSource() == AnnotationSource.HUMAN).count(),
					"rejecting keeps the labels");
			// the review history: every rejection with who and when
			assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> reviewNotes(store, second).size() == 1),
					"the rejection is recorded in the item's review history");
			org.tagbench.store.ReviewNote note = reviewNotes(store, second).get(0);
			assertEquals("Wrong class: this one is a cat", note.comment());
			assertEquals(org.tagbench.ui.TagbenchPreferences.labelerName(), note.author());
			assertTrue(Math.abs(System.currentTimeMillis() - note.time()) < 600_000, "recorded now: " + note.time());
			waitForRefresh();

			// Edit: the rejected item, listed by its status, opens in its labeling editor, which shows the comment
			select(dashboard.statusFilter(), ItemStatus.REJECTED.getLiteral());
			join(dashboard.listJob());
			int rejectedRow = -1;
			for (int row = 0; row < dashboard.itemTable().selectionLayer().getRowCount() && rejectedRow < 0; row++) {
				ItemSummary summary = dashboard.pages().getNow(row);
				if (summary != null && summary.id().equals(second)) {
					rejectedRow = row;
				}
			}
			assertTrue(rejectedRow >= 0, "the rejected item is listed under REJECTED");
			dashboard.itemTable().natTable().doCommand(new SelectRowsCommand(dashboard.itemTable().selectionLayer(), 0,
					new int[] { rejectedRow }, false, false, rejectedRow));
			UiTestSupport.flush(display);
			assertEquals(KeySequence.getInstance("E"),
					bindings.getBestActiveBindingFor("org.tagbench.ui.dashboard.commands.edit"));
			handlers.executeCommand("org.tagbench.ui.dashboard.commands.edit", null);
			assertTrue(UiTestSupport.waitUntil(display, 10_000,
					() -> page.getActiveEditor() instanceof ClassificationEditor), "Edit opens the labeling editor");
			ClassificationEditor editor = (ClassificationEditor) page.getActiveEditor();
			assertEquals(List.of(second), editor.page().stream().map(DataItem::getId).toList(), "showing that item");
			assertTrue(editor.reviewNoteText().contains("Wrong class: this one is a cat"), editor.reviewNoteText());
			assertTrue(editor.reviewNoteText().contains("Rejected by " + note.author() + ", "), editor.reviewNoteText());
			UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "review-edit-in-editor");
		}
	}

	private static List<org.tagbench.store.ReviewNote> reviewNotes(ProjectStore store, String id) {
		try {
			return store.reviewNotes(id);
		} catch (org.tagbench.store.StoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private Shell rejectShell() {
		return UiTestSupport.findShell(display, s -> s.getText().startsWith("Reject Item"));
	}

	private static ItemStatus statusOf(ProjectStore store, String id) {
		try {
			return store.item(id).map(DataItem::getStatus).orElse(null);
		} catch (Exception e) {
			return null;
		}
	}

	private void select(Combo combo, String text) {
		int index = Arrays.asList(combo.getItems()).indexOf(text);
		assertTrue(index > 0, text + " offered");
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private static Button findButton(Control root, String text) {
		if (root instanceof Button button && text.equals(button.getText())) {
			return button;
		}
		if (root instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = findButton(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
