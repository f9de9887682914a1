package org.tagbench.ui.dashboard.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.dicom.DicomFile;
import org.tagbench.dicom.DicomPixels;
import org.tagbench.dicom.DicomReaders;
import org.tagbench.dicom.GreyRenderer;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.LabelClasses;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.store.testing.LabelInOtherProcess;
import org.tagbench.ui.dashboard.DashboardEditor;
import org.tagbench.ui.dashboard.DashboardEditorInput;
import org.tagbench.ui.dashboard.ItemPages;
import org.tagbench.ui.dashboard.ItemTable;
import org.tagbench.ui.dashboard.ProjectFigures.Progress;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * The item list's Classes, Labelers and DICOM columns, filters checked against the rows shown, sorting by a real
 * header click, thumbnails as painted, and live updates from another process.
 */
class ItemListColumnsTest {

	private static final int ITEMS = 300;

	private final List<Path> folders = new ArrayList<>();
	private IWorkbenchPage page;
	private Display display;

	@BeforeEach
	void showWorkbench() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		display = shell.getDisplay();
		shell.setBounds(0, 0, 1400, 900);
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
		for (Path folder : folders) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private Path workspaceFolder(String name) throws Exception {
		Path folder = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL())).resolve(name);
		folders.add(folder);
		return folder;
	}

	private DashboardEditor open(Path folder) throws Exception {
		DashboardEditor dashboard = (DashboardEditor) page.openEditor(new DashboardEditorInput(folder, null),
				DashboardEditor.ID);
		join(dashboard.refreshJob());
		join(dashboard.listJob());
		return dashboard;
	}

	/** Waits (10 s at most) until the list shows {@code expected} rows: a filter's new list may be scheduled late. */
	private void awaitRows(DashboardEditor dashboard, long expected) {
		UiTestSupport.waitUntil(display, 10_000, () -> dashboard.itemTable().selectionLayer().getRowCount() == expected);
	}

	private void join(Job job) throws InterruptedException {
		while (job != null && !job.join(50, null)) {
			UiTestSupport.flush(display);
		}
		UiTestSupport.flush(display);
	}

	/** The cell texts of a column for every row shown (reading pages as they are painted). */
	private List<String> column(DashboardEditor dashboard, int column) {
		ItemTable table = dashboard.itemTable();
		long rows = table.selectionLayer().getRowCount();
		List<String> texts = new ArrayList<>();
		for (long row = 0; row < rows; row++) {
			long r = row;
			assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> !table.cellText(ItemTable.PATH_COLUMN, r).isEmpty()),
					"row " + row + " is read");
			texts.add(table.cellText(column, row));
		}
		return texts;
	}

	private void select(Combo combo, String text) {
		int index = Arrays.asList(combo.getItems()).indexOf(text);
		assertTrue(index > 0, text + " offered");
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void classAndLabelerFiltersShowOnlyRowsWithThatClassOrLabelerAndAHeaderClickSortsByStatus() throws Exception {
		Path folder = workspaceFolder("columns-test-project");
		SyntheticProjects.create(folder, "Columns Test", ITEMS).close();
		DashboardEditor dashboard = open(folder);
		ItemTable table = dashboard.itemTable();
		try (ProjectStore store = LocalProjectStore.open(folder)) {
			// every row shows its classes and labelers as the store has them (item i: class i % 3 by alice or bob,
			// every fifth labeled one also a pre-label of the next class by "model")
			List<String> paths = column(dashboard, ItemTable.PATH_COLUMN);
			List<String> classes = column(dashboard, ItemTable.CLASSES_COLUMN);
			List<String> labelers = column(dashboard, ItemTable.LABELERS_COLUMN);
			for (int row = 0; row < paths.size(); row++) {
				int i = Integer.parseInt(paths.get(row).substring(paths.get(row).indexOf("img") + 3, paths.get(row).indexOf('.')));
				if (SyntheticProjects.STATUSES[i % SyntheticProjects.STATUSES.length] == ItemStatus.UNLABELED) {
					assertEquals("", classes.get(row));
					assertEquals("", labelers.get(row));
				} else {
					String expectedClasses = SyntheticProjects.CLASSES.get(i % 3)
							+ (i % 5 == 0 ? ", " + SyntheticProjects.CLASSES.get((i + 1) % 3) : "");
					assertEquals(expectedClasses, classes.get(row), "classes of " + paths.get(row));
					assertEquals((i % 2 == 0 ? "alice" : "bob") + (i % 5 == 0 ? ", model" : ""), labelers.get(row));
				}
			}

			select(dashboard.classFilter(), "dog");
			join(dashboard.listJob());
			String dogId = store.project().getLabelClasses().get(1).getId();
			awaitRows(dashboard, store.count(ItemQuery.all().labelClass(dogId)));
			List<String> dogRows = column(dashboard, ItemTable.CLASSES_COLUMN);
			assertEquals(store.count(ItemQuery.all().labelClass(dogId)), dogRows.size());
			assertTrue(dogRows.size() > 10 && dogRows.size() < ITEMS, "a real subset: " + dogRows.size());
			assertTrue(dogRows.stream().allMatch(text -> Arrays.asList(text.split(", ")).contains("dog")), dogRows.toString());

			dashboard.classFilter().select(0); // All
			dashboard.classFilter().notifyListeners(SWT.Selection, new Event());
			dashboard.labelerFilter().setText("bob");
			dashboard.labelerFilter().notifyListeners(SWT.DefaultSelection, new Event());
			join(dashboard.listJob());
			awaitRows(dashboard, store.count(ItemQuery.all().author("bob")));
			List<String> bobRows = column(dashboard, ItemTable.LABELERS_COLUMN);
			assertEquals(store.count(ItemQuery.all().author("bob")), bobRows.size());
			assertTrue(bobRows.size() > 10 && bobRows.size() < ITEMS, "a real subset: " + bobRows.size());
			assertTrue(bobRows.stream().allMatch(text -> text.startsWith("bob")), bobRows.toString());
			assertFalse(bobRows.stream().anyMatch(text -> text.contains("alice")));
			UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "dashboard-classes-labelers");

			// sort by status: a real click on the Status header
			dashboard.labelerFilter().setText("All");
			dashboard.labelerFilter().notifyListeners(SWT.DefaultSelection, new Event());
			join(dashboard.listJob());
			List<String> statuses = sortByHeader(dashboard, ItemTable.STATUS_COLUMN, ItemPages.Sort.STATUS);
			assertEquals(ITEMS, statuses.size());
			for (int row = 1; row < statuses.size(); row++) {
				assertTrue(ItemStatus.get(statuses.get(row - 1)).ordinal() <= ItemStatus.get(statuses.get(row)).ordinal(),
						"rows " + (row - 1) + " and " + row + ": " + statuses.get(row - 1) + ", " + statuses.get(row));
			}
			assertEquals(ItemStatus.values()[0].getLiteral(), statuses.get(0));
			assertEquals(ItemStatus.values()[ItemStatus.values().length - 1].getLiteral(), statuses.get(ITEMS - 1));
			List<String> descending = sortByHeader(dashboard, ItemTable.STATUS_COLUMN, ItemPages.Sort.STATUS_DESCENDING);
			List<String> reversed = new ArrayList<>(statuses);
			java.util.Collections.reverse(reversed);
			assertEquals(reversed, descending);

			// sort by path, done by the store: a real click on the Path header, then another for the reverse
			List<String> pathsByStatus = column(dashboard, ItemTable.PATH_COLUMN);
			List<String> byPath = sortByHeader(dashboard, ItemTable.PATH_COLUMN, ItemPages.Sort.PATH);
			List<String> expectedPaths = new ArrayList<>(pathsByStatus);
			java.util.Collections.sort(expectedPaths);
			assertEquals(ITEMS, byPath.size());
			assertEquals(expectedPaths, byPath);
			assertTrue(!byPath.equals(pathsByStatus), "the status order was not the path order already");
			UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "dashboard-sorted-by-path");
			java.util.Collections.reverse(expectedPaths);
			assertEquals(expectedPaths, sortByHeader(dashboard, ItemTable.PATH_COLUMN, ItemPages.Sort.PATH_DESCENDING));
		}
	}

	@Test
	void aClickOnTheClassesOrLabelersHeaderSortsByTheFirstClassOrLabelerShownWithoutLabelsLast() throws Exception {
		Path folder = workspaceFolder("sort-classes-test-project");
		SyntheticProjects.create(folder, "Sort Classes Test", ITEMS).close();
		DashboardEditor dashboard = open(folder);
		List<String> inProjectOrder = column(dashboard, ItemTable.CLASSES_COLUMN);
		List<String> byName = List.of("bird", "cat", "dog"); // SyntheticProjects.CLASSES by name

		List<String> byClass = sortByHeader(dashboard, ItemTable.CLASSES_COLUMN, ItemPages.Sort.CLASS);
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "dashboard-sorted-by-class");
		assertRunsInOrder(byClass, byName, inProjectOrder);
		List<String> descendingNames = new ArrayList<>(byName);
		java.util.Collections.reverse(descendingNames);
		assertRunsInOrder(sortByHeader(dashboard, ItemTable.CLASSES_COLUMN, ItemPages.Sort.CLASS_DESCENDING),
				descendingNames, inProjectOrder);

		List<String> labelersInProjectOrder = new ArrayList<>();
		sortByHeader(dashboard, ItemTable.CLASSES_COLUMN, ItemPages.Sort.ORDER); // the third click: back to the project's
		labelersInProjectOrder.addAll(column(dashboard, ItemTable.LABELERS_COLUMN));
		assertRunsInOrder(sortByHeader(dashboard, ItemTable.LABELERS_COLUMN, ItemPages.Sort.LABELER),
				List.of("alice", "bob"), labelersInProjectOrder);
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "dashboard-sorted-by-labeler");
		assertRunsInOrder(sortByHeader(dashboard, ItemTable.LABELERS_COLUMN, ItemPages.Sort.LABELER_DESCENDING),
				List.of("bob", "alice"), labelersInProjectOrder);
	}

	@Test
	void aClickOnTheSuggestionHeaderSortsByTheBestPrelabelScoreLowestFirstWithItemsWithoutOneLast() throws Exception {
		Path folder = workspaceFolder("sort-suggestion-test-project");
		List<ItemSummary> stored;
		java.util.Map<String, Double> best = new java.util.HashMap<>();
		try (ProjectStore store = SyntheticProjects.create(folder, "Sort Suggestion Test", ITEMS)) {
			// the assist's pre-labels on unlabeled items, scores spread out, one item with two of them
			List<org.tagbench.model.LabelClass> classes = store.project().getLabelClasses();
			List<ItemSummary> unlabeled = store.items(ItemQuery.withStatus(ItemStatus.UNLABELED), 0, 12);
			for (int k = 0; k < unlabeled.size(); k++) {
				List<org.tagbench.model.Annotation> prelabels = new ArrayList<>();
				prelabels.add(prelabel(classes.get(k % 3), 0.05 + 0.08 * ((k * 5) % 12)));
				if (k == 3) {
					prelabels.add(prelabel(classes.get(1), 0.97));
				}
				assertEquals(org.tagbench.store.PrelabelWrite.WRITTEN, store.replacePrelabels(unlabeled.get(k).id(), prelabels));
			}
			stored = store.items(ItemQuery.all(), 0, ITEMS);
			for (ItemSummary row : stored) {
				store.item(row.id()).orElseThrow().getAnnotations().stream()
						.filter(a -> a.getSource() == org.tagbench.model.AnnotationSource.PRELABEL)
						.mapToDouble(org.tagbench.model.Annotation::getScore).max().ifPresent(score -> best.put(row.id(), score));
			}
		}
		DashboardEditor dashboard = open(folder);
		Comparator<ItemSummary> byScore = Comparator.comparingDouble(row -> best.get(row.id()));
		for (ItemPages.Sort sort : List.of(ItemPages.Sort.SUGGESTION, ItemPages.Sort.SUGGESTION_DESCENDING)) {
			List<String> cells = sortByHeader(dashboard, ItemTable.SUGGESTION_COLUMN, sort);
			List<ItemSummary> expected = new ArrayList<>(stored.stream().filter(row -> best.containsKey(row.id()))
					.sorted((sort == ItemPages.Sort.SUGGESTION ? byScore : byScore.reversed())
							.thenComparingLong(ItemSummary::orderKey))
					.toList());
			expected.addAll(stored.stream().filter(row -> !best.containsKey(row.id())).toList());
			assertEquals(expected.stream().map(ItemSummary::path).toList(), column(dashboard, ItemTable.PATH_COLUMN),
					sort + ": the store's best scores, ties in the project's order, items without a suggestion last");
			assertEquals("", cells.get(ITEMS - 1), "no suggestion: last");
			if (sort == ItemPages.Sort.SUGGESTION_DESCENDING) {
				assertEquals("dog 0.97 +1", cells.get(0), "the best of two, and how many more");
				UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "dashboard-sorted-by-suggestion");
			} else {
				assertTrue(cells.get(0).endsWith(" 0.00"), "the synthetic project's unscored suggestions first: " + cells.get(0));
			}
		}
		sortByHeader(dashboard, ItemTable.SUGGESTION_COLUMN, ItemPages.Sort.ORDER); // the third click
		assertEquals(stored.stream().map(ItemSummary::path).toList(), column(dashboard, ItemTable.PATH_COLUMN));
	}

	private static org.tagbench.model.Annotation prelabel(org.tagbench.model.LabelClass labelClass, double score) {
		org.tagbench.model.Annotation label = SyntheticProjects.label(labelClass, "model",
				org.tagbench.model.AnnotationSource.PRELABEL, 1);
		label.setScore(score);
		return label;
	}

	@Test
	void aClickOnTheAnnotationsHeaderSortsByTheCountEitherWayWithTiesInTheProjectOrder() throws Exception {
		Path folder = workspaceFolder("sort-annotations-test-project");
		List<ItemSummary> stored;
		java.util.Map<String, Integer> annotations = new java.util.HashMap<>(); // counted from each item's annotations
		try (ProjectStore store = SyntheticProjects.create(folder, "Sort Annotations Test", ITEMS)) {
			// a few items with more labels than the generator gives (0, 1, or 2 with a pre-label)
			for (String id : List.of("item-00000008", "item-00000123", "item-00000299")) {
				DataItem item = store.item(id).orElseThrow();
				for (int k = 0; k < 3; k++) {
					item.getAnnotations().add(SyntheticProjects.label(store.project().getLabelClasses().get(k), "carol",
							org.tagbench.model.AnnotationSource.HUMAN, k));
				}
				store.commit(item);
			}
			stored = store.items(ItemQuery.all(), 0, ITEMS);
			for (ItemSummary row : stored) {
				annotations.put(row.id(), store.item(row.id()).orElseThrow().getAnnotations().size());
			}
		}
		DashboardEditor dashboard = open(folder);
		Comparator<ItemSummary> byCount = Comparator.comparingInt((ItemSummary row) -> annotations.get(row.id()))
				.thenComparingLong(ItemSummary::orderKey);
		for (ItemPages.Sort sort : List.of(ItemPages.Sort.ANNOTATIONS, ItemPages.Sort.ANNOTATIONS_DESCENDING)) {
			List<String> paths = sortByHeader(dashboard, ItemTable.ANNOTATIONS_COLUMN, sort);
			List<String> expected = stored.stream()
					.sorted(sort == ItemPages.Sort.ANNOTATIONS ? byCount : byCount.reversed()).map(ItemSummary::path).toList();
			assertEquals(expected, column(dashboard, ItemTable.PATH_COLUMN), sort + ": the store's counts, ties in the"
					+ " project's order");
			assertEquals(sort == ItemPages.Sort.ANNOTATIONS ? "0" : "4", paths.get(0));
			if (sort == ItemPages.Sort.ANNOTATIONS_DESCENDING) {
				UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "dashboard-sorted-by-annotations");
			}
		}
		sortByHeader(dashboard, ItemTable.ANNOTATIONS_COLUMN, ItemPages.Sort.ORDER); // the third click
		assertEquals(stored.stream().map(ItemSummary::path).toList(), column(dashboard, ItemTable.PATH_COLUMN));
		// the Agreement column of a project without consensus is empty: its header does not sort
		dashboard.itemTable().revealColumn(ItemTable.AGREEMENT_COLUMN);
		UiTestSupport.flush(display);
		Rectangle header = dashboard.itemTable().headerBounds(ItemTable.AGREEMENT_COLUMN);
		UiTestSupport.click(dashboard.itemTable().natTable(), header.x + header.width / 2, header.y + header.height / 2);
		join(dashboard.listJob());
		assertEquals(ItemPages.Sort.ORDER, dashboard.itemTable().requestedSort());
	}

	/**
	 * Checks that the rows' cells, by their first name, come in runs of {@code names} in that order, then the empty
	 * cells, and that they are the cells of the unsorted list, only moved.
	 */
	private static void assertRunsInOrder(List<String> cells, List<String> names, List<String> unsorted) {
		assertEquals(unsorted.stream().sorted().toList(), cells.stream().sorted().toList(), "the same rows, moved");
		int run = 0;
		for (int row = 0; row < cells.size(); row++) {
			String first = cells.get(row).isEmpty() ? "" : cells.get(row).split(", ")[0];
			int rank = first.isEmpty() ? names.size() : names.indexOf(first);
			assertTrue(rank >= run, "row " + row + " (" + cells.get(row) + ") after a row of " + (run < names.size()
					? names.get(run) : "none"));
			run = rank;
		}
		assertEquals(names.size(), run, "rows without labels come last");
		assertTrue(cells.stream().anyMatch(cell -> cell.startsWith(names.get(names.size() - 1))), "every run is there");
	}

	/** Sorts by a real click on the header of {@code column}; the sort it asked for, and that column of every row. */
	private List<String> sortByHeader(DashboardEditor dashboard, int column, ItemPages.Sort expected) throws Exception {
		clickHeader(dashboard.itemTable(), column);
		join(dashboard.listJob());
		assertEquals(expected, dashboard.itemTable().requestedSort());
		return column(dashboard, column);
	}

	/** A real click (mouse down and up) in the middle of a column header, scrolled into view first. */
	private void clickHeader(ItemTable table, int column) {
		table.revealColumn(column);
		UiTestSupport.flush(display);
		Rectangle cell = table.headerBounds(column);
		assertTrue(cell != null, ItemTable.COLUMNS[column] + " header shown");
		UiTestSupport.click(table.natTable(), cell.x + cell.width / 2, cell.y + cell.height / 2);
	}

	/** What the table shows on the screen: a copy of its pixels, taken from the display. */
	private ImageData painted(NatTable natTable) {
		natTable.getShell().forceActive();
		natTable.redraw();
		natTable.update();
		UiTestSupport.flush(display);
		Rectangle size = natTable.getClientArea();
		org.eclipse.swt.graphics.Point origin = natTable.toDisplay(0, 0);
		Image copy = new Image(display, size.width, size.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(copy, origin.x, origin.y);
			return copy.getImageData();
		} finally {
			gc.dispose();
			copy.dispose();
		}
	}

	@Test
	void photoAndDicomThumbnailsArePaintedAndDicomRowsShowPatientStudyAndSeries() throws Exception {
		Path data = workspaceFolder("columns-test-data");
		Files.createDirectories(data);
		Path corpus = Path.of(System.getProperty("user.dir")).resolveSibling("org.tagbench.dicom.tests").resolve("corpus");
		Files.copy(corpus.resolve("ct12.ele.dcm"), data.resolve("ct12.ele.dcm"));
		Files.copy(corpus.resolve("mono1_8.ele.dcm"), data.resolve("mono1_8.ele.dcm"));
		java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(80, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = photo.createGraphics();
		g.setColor(new java.awt.Color(20, 200, 40));
		g.fillRect(0, 0, 80, 40);
		g.dispose();
		javax.imageio.ImageIO.write(photo, "png", data.resolve("green.png").toFile());
		Path folder = workspaceFolder("columns-test-dicom");
		createProject(folder, data, List.of("green.png", "ct12.ele.dcm", "mono1_8.ele.dcm"));

		DashboardEditor dashboard = open(folder);
		ItemTable table = dashboard.itemTable();
		assertEquals(List.of("green.png", "ct12.ele.dcm", "mono1_8.ele.dcm"), column(dashboard, ItemTable.PATH_COLUMN));
		assertTrue(UiTestSupport.waitUntil(display, 10_000, table::dicomColumnsShown), "a DICOM project shows the header columns");
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> !table.cellText(ItemTable.PATIENT_COLUMN, 1).isEmpty()),
				"the header is read in the background");
		assertEquals("Test Corpus", table.cellText(ItemTable.PATIENT_COLUMN, 1), "Test^Corpus, as a name");
		assertEquals("Corpus study", table.cellText(ItemTable.STUDY_COLUMN, 1));
		assertEquals("CT 12 bit", table.cellText(ItemTable.SERIES_COLUMN, 1));
		assertEquals("", table.cellText(ItemTable.PATIENT_COLUMN, 0), "a photo has no DICOM header");

		// the DICOM thumbnail is the first frame through the reader's default window (32 x 24: not enlarged)
		assertTrue(UiTestSupport.waitUntil(display, 10_000,
				() -> table.natTable().getDataValueByPosition(ItemTable.PREVIEW_COLUMN + 1, 2) instanceof Image),
				"the DICOM thumbnail arrives");
		ImageData thumbnail = ((Image) table.natTable().getDataValueByPosition(ItemTable.PREVIEW_COLUMN + 1, 2)).getImageData();
		DicomFile dicom = DicomReaders.standard().read(data.resolve("ct12.ele.dcm"));
		byte[] expected = GreyRenderer.render(dicom, DicomPixels.decode(dicom, 0));
		assertEquals(32, thumbnail.width);
		assertEquals(24, thumbnail.height);
		byte[] shown = new byte[expected.length];
		for (int y = 0; y < 24; y++) {
			for (int x = 0; x < 32; x++) {
				shown[y * 32 + x] = (byte) thumbnail.palette.getRGB(thumbnail.getPixel(x, y)).red;
			}
		}
		assertArrayEquals(expected, shown, "the grey values the viewer shows first");
		assertTrue(UiTestSupport.waitUntil(display, 10_000,
				() -> table.natTable().getDataValueByPosition(ItemTable.PREVIEW_COLUMN + 1, 1) instanceof Image),
				"the photo's thumbnail arrives");

		// painted: the photo's green and the CT's greys are on screen inside their Preview cells
		// read from the screen: on a loaded machine the window may not be on top or repainted at the first try
		Rectangle photoCell = table.natTable().getBoundsByPosition(ItemTable.PREVIEW_COLUMN + 1, 1);
		ImageData[] screens = new ImageData[1];
		RGB[] photoPixels = new RGB[1];
		UiTestSupport.waitUntil(display, 5_000, () -> {
			screens[0] = painted(table.natTable());
			photoPixels[0] = screens[0].palette.getRGB(
					screens[0].getPixel(photoCell.x + photoCell.width / 2, photoCell.y + photoCell.height / 2));
			return Math.abs(photoPixels[0].red - 20) < 16 && Math.abs(photoPixels[0].green - 200) < 16
					&& Math.abs(photoPixels[0].blue - 40) < 16;
		});
		ImageData screen = screens[0];
		RGB photoPixel = photoPixels[0];
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "dashboard-dicom-thumbnails");
		assertTrue(Math.abs(photoPixel.red - 20) < 16 && Math.abs(photoPixel.green - 200) < 16 && Math.abs(photoPixel.blue - 40) < 16,
				"the green photo is painted in its cell: " + photoPixel);
		Rectangle dicomCell = table.natTable().getBoundsByPosition(ItemTable.PREVIEW_COLUMN + 1, 2);
		boolean greyPainted = false; // the 32 x 24 grey values, pixel for pixel, somewhere inside the cell
		for (int oy = dicomCell.y; oy + 24 <= dicomCell.y + dicomCell.height && !greyPainted; oy++) {
			for (int ox = dicomCell.x; ox + 32 <= dicomCell.x + dicomCell.width && !greyPainted; ox++) {
				greyPainted = shows(screen, ox, oy, expected, 32, 24);
			}
		}
		assertTrue(greyPainted, "the CT's grey thumbnail is painted in its cell");

		// a project without DICOM never shows (nor reads) the header columns
		Path photos = workspaceFolder("columns-test-photos");
		createProject(photos, data, List.of("green.png"));
		DashboardEditor photoDashboard = open(photos);
		assertEquals(List.of("green.png"), column(photoDashboard, ItemTable.PATH_COLUMN));
		UiTestSupport.flush(display);
		assertFalse(photoDashboard.itemTable().dicomColumnsShown());
	}

	/** Whether {@code screen} shows the grey image {@code grey} ({@code width} x {@code height}) at x, y. */
	private static boolean shows(ImageData screen, int x, int y, byte[] grey, int width, int height) {
		for (int row = 0; row < height; row++) {
			for (int column = 0; column < width; column++) {
				RGB pixel = screen.palette.getRGB(screen.getPixel(x + column, y + row));
				int value = grey[row * width + column] & 0xFF;
				if (Math.abs(pixel.red - value) > 2 || Math.abs(pixel.green - value) > 2 || Math.abs(pixel.blue - value) > 2) {
					return false;
				}
			}
		}
		return true;
	}

	/** A multi-class project over {@code files} of {@code data} (DICOM by name, here), in the listed order. */
	private static void createProject(Path folder, Path data, List<String> files) throws Exception {
		TagbenchFactory factory = TagbenchFactory.eINSTANCE;
		LabelingProject project = factory.createLabelingProject();
		project.setId("p-" + folder.getFileName());
		project.setName(folder.getFileName().toString());
		project.setType(ProjectType.MULTI_CLASS);
		DataSource source = factory.createDataSource();
		source.setId("data");
		source.setRootUri(data.toUri().toString());
		project.getDataSources().add(source);
		project.getLabelClasses().add(LabelClasses.create(project.getLabelClasses(), "normal"));
		try (ProjectStore store = LocalProjectStore.create(folder, project)) {
			List<DataItem> items = new ArrayList<>();
			for (int i = 0; i < files.size(); i++) {
				DataItem item = factory.createDataItem();
				item.setId("item-" + i);
				item.setDataSource(source);
				item.setPath(files.get(i));
				item.setMediaType(files.get(i).endsWith(".dcm") ? MediaType.DICOM : MediaType.IMAGE);
				item.setOrderKey(i);
				item.setStatus(ItemStatus.UNLABELED);
				items.add(item);
			}
			store.addItems(items);
		}
	}

	@Test
	void aCommitInAnotherProcessShowsInTheOpenDashboardWithoutRefreshNow() throws Exception {
		Path folder = workspaceFolder("columns-test-live");
		SyntheticProjects.create(folder, "Live Test", ITEMS).close();
		DashboardEditor dashboard = open(folder);
		long labeledBefore = dashboard.progressChart().values()[Progress.LABELED.ordinal()];
		long birdsBefore = dashboard.classChart().values()[2];
		String unlabeled;
		try (ProjectStore store = LocalProjectStore.open(folder)) {
			unlabeled = store.items(ItemQuery.withStatus(ItemStatus.UNLABELED), 0, 1).get(0).id();
		}
		int changesBefore = dashboard.liveUpdates().changes();

		LabelInOtherProcess.run(folder, unlabeled, 2, "olga", ItemStatus.LABELED);

		assertTrue(UiTestSupport.waitUntil(display, 30_000,
				() -> dashboard.progressChart().values()[Progress.LABELED.ordinal()] == labeledBefore + 1
						&& dashboard.classChart().values()[2] == birdsBefore + 1
						&& Arrays.stream(dashboard.labelerTable().getItems()).anyMatch(r -> r.getText(0).equals("olga"))),
				"the other process's label shows by itself: " + Arrays.toString(dashboard.progressChart().values()));
		assertTrue(dashboard.liveUpdates().changes() > changesBefore, "through a live update");
		// and the list: the item now shows its new class and labeler
		join(dashboard.listJob());
		List<String> paths = new ArrayList<>();
		try (ProjectStore store = LocalProjectStore.open(folder)) {
			ItemSummary item = store.items(ItemQuery.all(), 0, ITEMS).stream().filter(s -> s.id().equals(unlabeled))
					.findFirst().orElseThrow();
			paths.add(item.path());
		}
		List<String> shownPaths = column(dashboard, ItemTable.PATH_COLUMN);
		int row = shownPaths.indexOf(paths.get(0));
		assertEquals(ItemStatus.LABELED.getLiteral(), dashboard.itemTable().cellText(ItemTable.STATUS_COLUMN, row));
		assertEquals("bird", dashboard.itemTable().cellText(ItemTable.CLASSES_COLUMN, row));
		assertEquals("olga", dashboard.itemTable().cellText(ItemTable.LABELERS_COLUMN, row));
	}
}
