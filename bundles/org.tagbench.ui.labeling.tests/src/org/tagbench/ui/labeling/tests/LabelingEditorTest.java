package org.tagbench.ui.labeling.tests;

import org.tagbench.ui.testing.UiTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.jface.bindings.Binding;
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
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.project.ProjectSetup;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.labeling.ProjectEditorInput;
import org.tagbench.ui.labeling.ViewTransform;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/** Drives the real labeling editor, opened by a double-click in the Projects view, with SWT events. */
class LabelingEditorTest extends EditorTestBase {

	@Test
	void drawsBoxesInImagePixelsWithTheSelectedClassAndUndoesThem() throws Exception {
		DataItem item = editor.item();
		assertNotNull(item);
		assertNotNull(editor.canvas().image(), "the PNG is shown");
		assertTrue(editor.statusText().startsWith("Item 1 of 3 · 0 labeled · class: cat"), editor.statusText());
		assertFalse(editor.isDirty());

		drag(20, 10, 80, 60);
		List<BoundingBox> boxes = editor.boxes();
		assertEquals(1, boxes.size());
		assertBox(boxes.get(0), 20, 10, 60, 50, "cat");
		assertTrue(editor.isDirty());

		key('2', 0);
		assertEquals("dog", editor.currentClass().getName());
		assertTrue(editor.statusText().endsWith("class: dog · unsaved changes"), editor.statusText());
		drag(150, 90, 110, 40); // dragged up and left
		assertEquals(2, editor.boxes().size());
		assertBox(editor.boxes().get(1), 110, 40, 40, 50, "dog");

		// a one-pixel drag is a click: it creates nothing
		drag(100, 20, 101, 21);
		assertEquals(2, editor.boxes().size());
		// Esc cancels a box in progress
		press(60, 70);
		move(90, 95);
		key(SWT.ESC, SWT.ESC);
		release(90, 95);
		assertEquals(2, editor.boxes().size());

		settle();
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "labeling-editor");

		// undo and redo through the workbench's Undo/Redo commands (Ctrl+Z, Ctrl+Shift+Z)
		page.activate(editor);
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		assertEquals(1, editor.boxes().size());
		assertEquals("cat", editor.boxes().get(0).getLabelClass().getName());
		handlers.executeCommand("org.eclipse.ui.edit.redo", null);
		assertEquals(2, editor.boxes().size());
		assertBox(editor.boxes().get(1), 110, 40, 40, 50, "dog");

		// click selects, Delete removes, undo brings it back
		drag(20, 30, 20, 30);
		assertEquals("cat", editor.canvas().selected().getLabelClass().getName());
		key(0, SWT.DEL);
		assertEquals(1, editor.boxes().size());
		assertEquals("dog", editor.boxes().get(0).getLabelClass().getName());
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		assertEquals(2, editor.boxes().size());
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		assertTrue(editor.boxes().isEmpty());
		assertFalse(editor.isDirty(), "undone back to the stored state");
	}

	@Test
	void enterCommitsTheItemAndShowsTheNextOneSkipSkips() throws Exception {
		DataItem first = editor.item();
		drag(20, 10, 80, 60);
		key('2', 0);
		drag(110, 40, 150, 90);
		key(SWT.CR, SWT.CR);

		DataItem second = editor.item();
		assertNotNull(second);
		assertNotEquals(first.getId(), second.getId(), "Enter shows the next item");
		assertTrue(editor.boxes().isEmpty());
		assertFalse(editor.isDirty());
		assertEquals("Item 2 of 3 · 1 labeled · class: dog", editor.statusText());
		settle();
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "labeling-editor-next-item");

		key('s', 0);
		DataItem third = editor.item();
		assertNotNull(third);
		assertNotEquals(second.getId(), third.getId());
		assertEquals("Item 3 of 3 · 1 labeled · class: dog", editor.statusText());

		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			DataItem stored = store.item(first.getId()).orElseThrow();
			assertEquals(ItemStatus.LABELED, stored.getStatus());
			assertTrue(stored.getTimeSpentMillis() > 0, "time spent is recorded");
			assertEquals(2, stored.getAnnotations().size());
			assertBox((BoundingBox) stored.getAnnotations().get(0), 20, 10, 60, 50, "cat");
			assertBox((BoundingBox) stored.getAnnotations().get(1), 110, 40, 40, 50, "dog");
			assertEquals(ItemStatus.SKIPPED, store.item(second.getId()).orElseThrow().getStatus());
			assertEquals(ItemStatus.UNLABELED, store.item(third.getId()).orElseThrow().getStatus());
		}

		// a new editor on the same project starts at the first item still to do
		page.closeEditor(editor, false);
		editor = (LabelingEditor) page.openEditor(new ProjectEditorInput(projectFolder, null),
				LabelingEditor.ID);
		assertEquals(third.getId(), editor.item().getId());
		key(SWT.CR, SWT.CR);
		assertEquals(second.getId(), editor.item().getId(), "skipped items come back at the end");
		assertEquals("Skipped earlier of 3 · 2 labeled · class: cat", editor.statusText());
		key('s', 0);
		assertNull(editor.item(), "every item done (a skipped one comes back once per session)");
		assertEquals("No item left of 3 · 2 labeled · class: cat", editor.statusText());
	}

	@Test
	void anotherStoresCommitUpdatesTheProgressLineWithoutReloading() throws Exception {
		DataItem shown = editor.item();
		assertEquals("Item 1 of 3 · 0 labeled · class: cat", editor.statusText());
		// like a second editor (or the command line) labeling another item of the same project
		try (LocalProjectStore other = LocalProjectStore.open(projectFolder)) {
			String otherId = other.items(org.tagbench.store.ItemQuery.all(), 0, 3).stream()
					.map(summary -> summary.id()).filter(id -> !id.equals(shown.getId())).findFirst().orElseThrow();
			DataItem item = other.item(otherId).orElseThrow();
			item.setStatus(ItemStatus.LABELED);
			other.commit(item);
		}
		assertTrue(UiTestSupport.waitUntil(display, 30_000,
				() -> editor.statusText().equals("Item 2 of 3 · 1 labeled · class: cat")), editor.statusText());
		assertEquals(shown.getId(), editor.item().getId(), "the shown item stays");
		assertTrue(editor.liveUpdates().changes() >= 1);
	}

	@Test
	void saveCommitsTheBoxesAsInProgress() throws Exception {
		DataItem first = editor.item();
		drag(30, 20, 60, 50);
		assertTrue(editor.isDirty());
		editor.doSave(null);
		assertFalse(editor.isDirty());
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			DataItem stored = store.item(first.getId()).orElseThrow();
			assertEquals(ItemStatus.IN_PROGRESS, stored.getStatus());
			assertEquals(1, stored.getAnnotations().size());
		}
	}

	@Test
	void keysAreBoundInTheLabelingContextAndRunTheEditorsCommands() throws Exception {
		page.activate(editor);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals("org.tagbench.ui.labeling.commands.submit",
				bindings.getPerfectMatch(KeySequence.getInstance("CR")).getParameterizedCommand().getId());
		assertEquals("org.tagbench.ui.labeling.commands.skip",
				bindings.getPerfectMatch(KeySequence.getInstance("S")).getParameterizedCommand().getId());
		ParameterizedCommand two = bindings.getPerfectMatch(KeySequence.getInstance("2")).getParameterizedCommand();
		assertEquals("org.tagbench.ui.labeling.commands.selectClass", two.getId());
		assertEquals("org.eclipse.ui.edit.redo",
				bindings.getPerfectMatch(KeySequence.getInstance("M1+Y")).getParameterizedCommand().getId());

		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		handlers.executeCommand(two, null);
		assertEquals("dog", editor.currentClass().getName());
		DataItem first = editor.item();
		drag(10, 10, 50, 50);
		handlers.executeCommand("org.tagbench.ui.labeling.commands.submit", null);
		assertNotEquals(first.getId(), editor.item().getId());
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			DataItem stored = store.item(first.getId()).orElseThrow();
			assertEquals(ItemStatus.LABELED, stored.getStatus());
			assertBox((BoundingBox) stored.getAnnotations().get(0), 10, 10, 40, 40, "dog");
		}

		// the bindings belong to the editor: with the Projects view active, Enter is not Submit
		page.activate(page.findView(ProjectsView.ID));
		Binding enter = bindings.getPerfectMatch(KeySequence.getInstance("CR"));
		assertTrue(enter == null || !enter.getParameterizedCommand().getId().startsWith("org.tagbench.ui.labeling"));
	}

	/** Real X key events (Display.post) through the workbench's key bindings: 2 selects dog, Enter submits. */
	@Test
	void realKeyEventsSelectTheClassAndSubmit() throws Exception {
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.forceActive();
		page.activate(editor);
		editor.canvas().setFocus();
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.canvas().isFocusControl()), "canvas has focus");

		postKey('2', '2');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> "dog".equals(editor.currentClass().getName())),
				"key 2 selects dog");

		// The mouse is driven through the canvas's listeners: under Xvfb, GTK reports posted (XTest) button
		// presses at the wrong position, so Display.post cannot draw a box there.
		drag(30, 20, 90, 70);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.boxes().size() == 1), "a box is drawn");
		assertBox(editor.boxes().get(0), 30, 20, 60, 50, "dog");

		postKey('z', 'z', SWT.CTRL);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.boxes().isEmpty()), "Ctrl+Z undoes");
		postKey('y', 'y', SWT.CTRL);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.boxes().size() == 1), "Ctrl+Y redoes");

		DataItem first = editor.item();
		postKey(SWT.CR, SWT.CR);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.item() != first), "Enter submits");
		UiTestSupport.waitUntil(display, 300, () -> false);
		assertEquals("Item 2 of 3 · 1 labeled · class: dog", editor.statusText(), "one Enter submits one item");
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			assertEquals(ItemStatus.LABELED, store.item(first.getId()).orElseThrow().getStatus());
		}
	}

	@Test
	void wheelZoomsAroundTheCursorMiddleDragPansZeroFitsAndBoxesStayInImagePixels() {
		ImageCanvas canvas = editor.canvas();
		ViewTransform t = canvas.transform();
		double fitScale = t.scale();
		Event wheel = new Event();
		wheel.count = 3;
		wheel.x = (int) Math.round(t.toViewX(50));
		wheel.y = (int) Math.round(t.toViewY(40));
		double imageXUnderCursor = t.toImageX(wheel.x);
		canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertEquals(fitScale * 1.25, t.scale(), 1e-9);
		assertEquals(imageXUnderCursor, t.toImageX(wheel.x), 1e-9, "the point under the cursor stays");

		double offsetX = t.offsetX();
		Event middle = new Event();
		middle.button = 2;
		middle.x = 300;
		middle.y = 300;
		canvas.notifyListeners(SWT.MouseDown, middle);
		middle.button = 0;
		middle.x = 260;
		middle.y = 330;
		canvas.notifyListeners(SWT.MouseMove, middle);
		middle.button = 2;
		canvas.notifyListeners(SWT.MouseUp, middle);
		assertEquals(offsetX - 40, t.offsetX(), 1e-9, "middle-drag pans");
		assertTrue(editor.boxes().isEmpty(), "panning draws nothing");

		// Space + left-drag pans too, and draws nothing
		double offsetY = t.offsetY();
		key(' ', ' ');
		for (int[] step : new int[][] { { SWT.MouseDown, 1, 200 }, { SWT.MouseMove, 0, 215 }, { SWT.MouseMove, 0, 225 },
				{ SWT.MouseUp, 1, 225 } }) {
			Event mouse = new Event();
			mouse.button = step[1];
			mouse.x = 300;
			mouse.y = step[2];
			canvas.notifyListeners(step[0], mouse);
		}
		Event spaceUp = new Event();
		spaceUp.character = ' ';
		spaceUp.keyCode = ' ';
		canvas.notifyListeners(SWT.KeyUp, spaceUp);
		assertEquals(offsetY + 25, t.offsetY(), 1e-9, "space+drag pans");
		assertTrue(editor.boxes().isEmpty(), "panning draws nothing");

		drag(60, 30, 100, 80); // zoomed and panned: still image pixels
		assertBox(editor.boxes().get(0), 60, 30, 40, 50, "cat");

		key('+', '+');
		assertEquals(fitScale * 1.25 * 1.25, t.scale(), 1e-9);
		key('0', '0');
		assertTrue(t.isFitted());
		assertEquals(fitScale, t.scale(), 1e-9);
	}

	@Test
	void missingDicomFilesAndUnreadableImagesShowAPlaceholder() throws Exception {
		page.closeEditor(editor, false);
		Files.write(images.resolve("broken.png"), new byte[] { 1, 2, 3 });
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			store.addItems(List.of(newItem(store, "scan.dcm", MediaType.DICOM, Long.MIN_VALUE),
					newItem(store, "broken.png", MediaType.IMAGE, Long.MIN_VALUE + 1)));
		}
		editor = (LabelingEditor) page.openEditor(new ProjectEditorInput(projectFolder, null), LabelingEditor.ID);
		UiTestSupport.flush(display);
		assertEquals("scan.dcm", editor.item().getPath());
		// the DICOM viewer (org.tagbench.ui.dicom, in the product feature) shows DICOM items; this file is missing
		assertTrue(editor.canvas().placeholder().startsWith("The file ") && editor.canvas().placeholder().endsWith(" is missing."),
				editor.canvas().placeholder());
		assertNull(editor.canvas().image());
		drag(10, 10, 60, 60);
		assertTrue(editor.boxes().isEmpty(), "no boxes on a placeholder");
		settle();
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "labeling-editor-dicom");

		key('s', 0);
		assertEquals("broken.png", editor.item().getPath());
		assertTrue(editor.canvas().placeholder().startsWith("Cannot show broken.png"), editor.canvas().placeholder());
		key('s', 0);
		assertTrue(editor.item().getPath().startsWith("img"));
		assertNotNull(editor.canvas().image());
		assertNull(editor.canvas().placeholder());
	}

	private static DataItem newItem(LocalProjectStore store, String path, MediaType type, long orderKey) {
		DataItem item = TagbenchFactory.eINSTANCE.createDataItem();
		item.setId(UUID.randomUUID().toString());
		item.setDataSource(store.project().getDataSources().get(0));
		item.setPath(path);
		item.setMediaType(type);
		item.setWidth(64);
		item.setHeight(64);
		item.setOrderKey(orderKey);
		item.setStatus(ItemStatus.UNLABELED);
		return item;
	}

}
