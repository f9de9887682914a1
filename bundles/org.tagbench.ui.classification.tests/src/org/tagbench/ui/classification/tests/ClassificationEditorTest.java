package org.tagbench.ui.classification.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.project.ProjectSetup;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.classification.ClassificationEditor;
import org.tagbench.ui.classification.ClassificationPreferences;
import org.tagbench.ui.classification.GridSize;
import org.tagbench.ui.classification.internal.ClassAssignment;
import org.tagbench.ui.labeling.ProjectEditorInput;
import org.tagbench.ui.testing.RealInput;
import org.tagbench.ui.testing.UiTestSupport;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/**
 * Drives the real classification editor, opened by a double-click in the Projects view, with real X events
 * ({@link RealInput}: clicks on tiles, Ctrl+clicks, keys) going through the widgets and the workbench's key
 * bindings.
 */
class ClassificationEditorTest {

	private static final Color[] COLOURS = { Color.ORANGE, Color.CYAN, Color.PINK, Color.GREEN, Color.MAGENTA,
			Color.YELLOW, Color.LIGHT_GRAY };

	private Path projectFolder;
	private Path images;
	private IWorkbenchPage page;
	private Display display;
	private ClassificationEditor editor;

	private void open(ProjectType type, int imageCount) throws Exception {
		open(type, imageCount, List.of("cat", "dog", "bird"));
	}

	private void open(ProjectType type, int imageCount, List<String> classNames) throws Exception {
		InstanceScope.INSTANCE.getNode(ClassificationPreferences.NODE).putInt(ClassificationPreferences.GRID_SIZE, 4);
		Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		images = Files.createTempDirectory("tagbench-classification-images");
		for (int i = 0; i < imageCount; i++) {
			BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(COLOURS[i % COLOURS.length]);
			g.fillRect(0, 0, 320, 240);
			g.setColor(Color.DARK_GRAY);
			g.fillOval(40 + 30 * i, 60, 120, 100);
			g.dispose();
			ImageIO.write(image, "png", images.resolve("img" + i + ".png").toFile());
		}
		projectFolder = workspace.resolve("classification-test-" + type.getName());
		ProjectSetup.create(new ProjectSetup.Request(projectFolder, "Animals", type, classNames,
				List.of(images), true, 11L), null).store().close();

		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		display = shell.getDisplay();
		shell.setBounds(0, 0, 1200, 800);
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		view.refresh();
		view.getRefreshJob().join();
		Table table = view.getViewer().getTable();
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> rowOf(table) != null), "project listed");
		TableItem row = rowOf(table);
		view.getViewer().setSelection(new StructuredSelection(row.getData()), true);
		Event doubleClick = new Event();
		doubleClick.item = row;
		table.notifyListeners(SWT.DefaultSelection, doubleClick);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> page.getActiveEditor() instanceof ClassificationEditor),
				"a double-click on a " + type + " project opens the classification editor");
		editor = (ClassificationEditor) page.getActiveEditor();
		focusGrid();
		waitForImages();
	}

	private TableItem rowOf(Table table) {
		for (TableItem item : table.getItems()) {
			if (item.getData() instanceof ProjectRow row && row.folder().equals(projectFolder)) {
				return item;
			}
		}
		return null;
	}

	private void focusGrid() {
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.forceActive();
		page.activate(editor);
		editor.grid().setFocus();
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.grid().isFocusControl()), "grid has focus");
	}

	private void waitForImages() {
		assertTrue(UiTestSupport.waitUntil(display, 10_000,
				() -> editor.page().stream().allMatch(editor::isDecoded)), "the page's images are decoded");
		settle();
	}

	@Test
	void ctrlClickTwoTilesAClassKeyAndEnterLabelBothInTheStore() throws Exception {
		open(ProjectType.MULTI_CLASS, 6);
		assertEquals(GridSize.FOUR, editor.gridSize(), "grid size from the preference");
		assertEquals(4, editor.page().size());
		assertTrue(editor.statusText().startsWith("Page 1 · 4 images · 0 of 6 labeled (0 %) · 0:0"), editor.statusText());
		assertTrue(editor.statusText().contains("1 selected"), editor.statusText());

		clickTile(1, false);
		clickTile(3, true);
		assertEquals(List.of(1, 3), editor.grid().selection().selected(), "click, then Ctrl+click");
		postKey('2');
		DataItem first = editor.page().get(1);
		DataItem third = editor.page().get(3);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> classesOf(first).equals(List.of("dog"))), "key 2 applies dog");
		assertEquals(List.of("dog"), classesOf(third));
		assertEquals(List.of(), classesOf(editor.page().get(0)));
		assertEquals(List.of(), classesOf(editor.page().get(2)));
		assertTrue(editor.isDirty());
		assertTrue(editor.statusText().contains("2 selected · unsaved changes"), editor.statusText());

		// multi-class: another key replaces the class
		postKey('1');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> classesOf(first).equals(List.of("cat"))), "key 1 replaces");
		postCtrlKey('z');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> classesOf(first).equals(List.of("dog"))), "Ctrl+Z undoes");
		assertEquals(List.of("dog"), classesOf(third));
		settle();
		Path screenshot = UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "classification-grid");
		assertTrue(Files.size(screenshot) > 10_000, "a screenshot with content");

		Set<String> pageOne = ids(editor.page());
		postKey(SWT.CR);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> !ids(editor.page()).equals(pageOne)), "Enter shows the next page");
		assertEquals(2, editor.page().size(), "the 2 images left");
		assertFalse(editor.isDirty());
		assertTrue(editor.statusText().startsWith("Page 2 · 2 images · 2 of 6 labeled (33 %)"), editor.statusText());
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			for (DataItem labeled : List.of(first, third)) {
				DataItem stored = store.item(labeled.getId()).orElseThrow();
				assertEquals(ItemStatus.LABELED, stored.getStatus(), stored.getPath());
				assertEquals(List.of("dog"), classesOf(stored));
				assertTrue(stored.getTimeSpentMillis() > 0, "time on the page is recorded");
			}
			for (String other : pageOne) {
				if (!other.equals(first.getId()) && !other.equals(third.getId())) {
					DataItem stored = store.item(other).orElseThrow();
					assertEquals(ItemStatus.UNLABELED, stored.getStatus(), "no class: stays to do");
					assertTrue(stored.getAnnotations().isEmpty());
				}
			}
		}
	}

	@Test
	void unsubmittedClassesOfThePageAreRestoredFromDraftsAfterTheProcessDied() throws Exception {
		open(ProjectType.MULTI_CLASS, 6);
		List<String> pageIds = editor.page().stream().map(DataItem::getId).toList();
		editor.selectAll();
		editor.applyClassByKey("2");
		assertTrue(editor.page().stream().allMatch(item -> classesOf(item).equals(List.of("dog"))));
		assertTrue(editor.drafts().flush(5_000));
		java.util.Map<Path, byte[]> leftByTheDeadProcess = new java.util.HashMap<>();
		for (String id : pageIds) {
			Path draft = editor.drafts().file(id);
			assertTrue(Files.isRegularFile(draft), "a draft per image of the page: " + draft);
			leftByTheDeadProcess.put(draft, Files.readAllBytes(draft));
		}
		page.closeEditor(editor, false);
		for (Path draft : leftByTheDeadProcess.keySet()) {
			assertFalse(Files.exists(draft), "closing without saving gives the changes up");
			Files.write(draft, leftByTheDeadProcess.get(draft)); // what a killed process leaves
		}

		editor = (ClassificationEditor) page.openEditor(new ProjectEditorInput(projectFolder, null), ClassificationEditor.ID);
		assertEquals(pageIds, editor.page().stream().map(DataItem::getId).toList(), "the same page again");
		assertTrue(editor.page().stream().allMatch(item -> classesOf(item).equals(List.of("dog"))), "its classes restored");
		assertTrue(editor.isDirty());
		assertTrue(editor.draftNoticeText() != null
				&& editor.draftNoticeText().startsWith("Restored the unsubmitted labels of 4 images"), editor.draftNoticeText());
		editor.submitPage();
		assertTrue(editor.drafts().flush(5_000));
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			for (String id : pageIds) {
				DataItem stored = store.item(id).orElseThrow();
				assertEquals(ItemStatus.LABELED, stored.getStatus());
				assertEquals(List.of("dog"), classesOf(stored));
				assertFalse(Files.exists(editor.drafts().file(id)), "submitted: no draft");
			}
		}
	}

	@Test
	void multiLabelKeysToggleClassesOnTheSelectionAndUndoRemovesThem() throws Exception {
		open(ProjectType.MULTI_LABEL, 4);
		assertTrue(editor.isMultiLabel());
		postCtrlKey('a');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.grid().selection().selected().size() == 4), "Ctrl+A");
		postKey('1');
		postKey('3');
		assertTrue(UiTestSupport.waitUntil(display, 3_000,
				() -> editor.page().stream().allMatch(item -> classesOf(item).equals(List.of("cat", "bird")))),
				"1 and 3 add cat and bird to every image");
		clickTile(1, false);
		postKey('1');
		DataItem second = editor.page().get(1);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> classesOf(second).equals(List.of("bird"))), "1 toggles cat off");
		assertEquals(List.of("cat", "bird"), classesOf(editor.page().get(0)));
		settle();
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "classification-multi-label");

		postCtrlKey('z');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> classesOf(second).equals(List.of("cat", "bird"))), "undo");
		postCtrlKey('z');
		postCtrlKey('z');
		assertTrue(UiTestSupport.waitUntil(display, 3_000,
				() -> editor.page().stream().allMatch(item -> classesOf(item).isEmpty())), "undo removes every class");
		assertFalse(editor.isDirty(), "undone back to the stored state");
		postCtrlKey('y');
		assertTrue(UiTestSupport.waitUntil(display, 3_000,
				() -> editor.page().stream().allMatch(item -> classesOf(item).equals(List.of("cat")))), "Ctrl+Y redoes");

		List<DataItem> shown = new ArrayList<>(editor.page());
		postKey(SWT.CR);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.page().isEmpty()), "every image done");
		assertTrue(editor.statusText().startsWith("No image left to do · 4 of 4 labeled (100 %)"), editor.statusText());
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			for (DataItem item : shown) {
				DataItem stored = store.item(item.getId()).orElseThrow();
				assertEquals(ItemStatus.LABELED, stored.getStatus());
				assertEquals(List.of("cat"), classesOf(stored));
			}
		}
	}

	@Test
	void skipBackForwardAndGridSizes() throws Exception {
		open(ProjectType.MULTI_CLASS, 7);
		// the help line names the paging keys and the frame keys of multi-frame DICOM tiles
		assertTrue(editor.keyHintText().contains("Alt+←/→ pages back and forth"), editor.keyHintText());
		assertTrue(editor.keyHintText().contains("Shift+Page Down/Up shows the next/previous frame"), editor.keyHintText());
		List<DataItem> first = new ArrayList<>(editor.page());
		postKey('s');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.statusText().startsWith("Page 2 · 3 images")),
				editor.statusText());
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			for (DataItem item : first) {
				assertEquals(ItemStatus.SKIPPED, store.item(item.getId()).orElseThrow().getStatus());
			}
		}
		// the second page was prefetched while the first one was shown
		assertTrue(editor.page().stream().allMatch(editor::isDecoded), "prefetched images are there at once");

		// Alt+Left: back to the skipped page, read again from the store; classify one image, Enter labels it
		postAltKey(SWT.ARROW_LEFT);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.statusText().startsWith("Page 1 · 4 images")),
				editor.statusText());
		assertEquals(ids(first), ids(editor.page()));
		assertEquals(ItemStatus.SKIPPED, editor.page().get(0).getStatus());
		postKey('3');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> classesOf(editor.page().get(0)).equals(List.of("bird"))));
		postKey(SWT.CR);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.statusText().startsWith("Page 2 · 3 images")),
				"Enter on an earlier page goes to the next page of the session: " + editor.statusText());
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			assertEquals(ItemStatus.LABELED, store.item(first.get(0).getId()).orElseThrow().getStatus());
			assertEquals(ItemStatus.SKIPPED, store.item(first.get(1).getId()).orElseThrow().getStatus());
		}
		postAltKey(SWT.ARROW_LEFT);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.statusText().startsWith("Page 1")));
		postAltKey(SWT.ARROW_RIGHT);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.statusText().startsWith("Page 2")));

		// Alt+1 and Alt+9 rebuild the newest page (no unsaved change) with another number of images
		postAltKey('1');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.gridSize() == GridSize.ONE && editor.page().size() == 1),
				"one image per page");
		waitForImages();
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "classification-single");
		postAltKey('9');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.page().size() == 3), "the three images left");
		assertEquals(GridSize.NINE, editor.grid().gridSize());
	}

	@Test
	void keysAreBoundOnlyWhileTheEditorIsActiveAndNotWhileTypingInTheFilter() throws Exception {
		open(ProjectType.MULTI_CLASS, 4);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals("org.tagbench.ui.classification.commands.submitPage",
				bindings.getPerfectMatch(KeySequence.getInstance("CR")).getParameterizedCommand().getId());
		assertEquals("org.tagbench.ui.classification.commands.applyClass",
				bindings.getPerfectMatch(KeySequence.getInstance("2")).getParameterizedCommand().getId());

		// typing "do" in the filter leaves the context: the keys type, the list shows dog, Enter applies it
		editor.focusFilter();
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.classFilter().isFocusControl()));
		postKey('d');
		postKey('o');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> "do".equals(editor.classFilter().getText())),
				"typed into the filter: " + editor.classFilter().getText());
		assertEquals(1, editor.classTable().getItemCount());
		assertEquals("dog", editor.classTable().getItem(0).getText(2));
		postKey('s'); // would skip the page if the bindings were active
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> "dos".equals(editor.classFilter().getText())),
				"S typed into the filter: " + editor.classFilter().getText());
		editor.classFilter().setText("do");
		postKey(SWT.CR);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> classesOf(editor.page().get(0)).equals(List.of("dog"))),
				"Enter in the filter applies the class shown");
		assertTrue(editor.grid().isFocusControl(), "and returns to the grid");
		assertEquals("Page 1", editor.statusText().substring(0, 6), "the page was not submitted");

		// Save (Ctrl+S, or Save when closing) keeps the work as IN_PROGRESS
		editor.doSave(null);
		assertFalse(editor.isDirty());
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			DataItem stored = store.item(editor.page().get(0).getId()).orElseThrow();
			assertEquals(ItemStatus.IN_PROGRESS, stored.getStatus());
			assertEquals(List.of("dog"), classesOf(stored));
		}

		// the bindings belong to the editor
		page.activate(page.findView(ProjectsView.ID));
		var enter = bindings.getPerfectMatch(KeySequence.getInstance("CR"));
		assertTrue(enter == null || !enter.getParameterizedCommand().getId().startsWith("org.tagbench.ui.classification"));

		// a new editor starts with the saved image first, its class shown
		String saved = editor.page().get(0).getId();
		page.closeEditor(editor, false);
		editor = (ClassificationEditor) page.openEditor(new ProjectEditorInput(projectFolder, null), ClassificationEditor.ID);
		assertEquals(saved, editor.page().get(0).getId());
		assertEquals(List.of("dog"), classesOf(editor.page().get(0)));
		assertNotEquals(0, editor.page().size());
	}

	@Test
	void classesAfterNineHaveLettersThatApplyThemAndTheFilterFindsThem() throws Exception {
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= 14; i++) {
			names.add("class" + i);
		}
		open(ProjectType.MULTI_CLASS, 4, names);
		assertEquals("a", editor.classTable().getItem(9).getText(0), "the 10th class's key is shown");
		assertEquals("class10", editor.classTable().getItem(9).getText(2));
		Set<String> letters = new java.util.HashSet<>();
		for (int i = 9; i < 14; i++) {
			letters.add(editor.classTable().getItem(i).getText(0));
		}
		assertFalse(letters.contains("s"), "S stays Skip Page: " + letters);
		assertEquals(5, letters.size(), "five different letters: " + letters);

		clickTile(2, false);
		postKey('b');
		DataItem third = editor.page().get(2);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> classesOf(third).equals(List.of("class11"))),
				"the posted key b applies class11: " + classesOf(third));
		assertEquals("Page 1", editor.statusText().substring(0, 6), "no page was skipped or submitted");

		// the filter finds a class by its letter as well as by its name
		editor.focusFilter();
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.classFilter().isFocusControl()));
		postKey('c');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> "c".equals(editor.classFilter().getText())));
		List<String> shown = new ArrayList<>();
		for (var row : editor.classTable().getItems()) {
			shown.add(row.getText(2));
		}
		assertTrue(shown.contains("class12") && shown.size() == 14, "every name has a c; " + shown);
		editor.classFilter().setText("class13");
		assertEquals(1, editor.classTable().getItemCount());
		assertEquals("d", editor.classTable().getItem(0).getText(0));
		editor.classFilter().setText("d");
		assertEquals(List.of("class13"), java.util.Arrays.stream(editor.classTable().getItems()).map(r -> r.getText(2)).toList(),
				"the key d alone finds class13");
	}

	private static Set<String> ids(List<DataItem> items) {
		return items.stream().map(DataItem::getId).collect(Collectors.toSet());
	}

	private static List<String> classesOf(DataItem item) {
		return ClassAssignment.labels(item).stream().map(label -> label.getLabelClass().getName()).toList();
	}

	/** A real click in the middle of a tile, Ctrl held if asked; waits until it has landed. */
	private void clickTile(int tile, boolean ctrl) throws Exception {
		boolean wasSelected = editor.grid().selection().isSelected(tile);
		RealInput.click(display, editor.grid().tileCentreOnDisplay(tile), ctrl);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> ctrl ? editor.grid().selection().isSelected(tile) != wasSelected
				: editor.grid().selection().selected().equals(List.of(tile))), "click on tile " + tile);
	}

	private void postKey(int key) {
		RealInput.key(display, key);
	}

	private void postCtrlKey(char key) {
		RealInput.key(display, SWT.CTRL, key);
	}

	private void postAltKey(int key) {
		RealInput.key(display, SWT.ALT, key);
	}

	/** Lets GTK paint (it paints on its frame clock, not on readAndDispatch alone). */
	private void settle() {
		page.getWorkbenchWindow().getShell().update();
		long end = System.currentTimeMillis() + 400;
		UiTestSupport.waitUntil(display, 400, () -> System.currentTimeMillis() >= end);
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		InstanceScope.INSTANCE.getNode(ClassificationPreferences.NODE).remove(ClassificationPreferences.GRID_SIZE);
		if (page != null) {
			page.closeAllEditors(false);
			if (page.findView(ProjectsView.ID) instanceof ProjectsView view && view.getRefreshJob() != null) {
				view.getRefreshJob().join();
			}
		}
		for (Path folder : new Path[] { projectFolder, images }) {
			if (folder != null && Files.exists(folder)) {
				try (Stream<Path> files = Files.walk(folder)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
		}
	}
}
