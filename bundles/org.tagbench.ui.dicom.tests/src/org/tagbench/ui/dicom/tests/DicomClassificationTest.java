package org.tagbench.ui.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.DataItem;
import org.tagbench.model.ProjectType;
import org.tagbench.project.ProjectSetup;
import org.tagbench.dicom.VoiWindow;
import org.tagbench.ui.classification.ClassificationEditor;
import org.tagbench.ui.classification.GridSize;
import org.tagbench.ui.dicom.DicomRendering;
import org.tagbench.ui.dicom.DicomThumbnail;
import org.tagbench.ui.labeling.ProjectEditorInput;
import org.tagbench.ui.testing.RealInput;
import org.tagbench.ui.testing.UiTestSupport;

/** DICOM items in the classification editor: thumbnails through the DICOM viewer, and the notice. */
class DicomClassificationTest {

	Path data;
	Path projectFolder;
	IWorkbenchPage page;

	@AfterEach
	void closeAndDelete() throws Exception {
		if (page != null) {
			page.closeAllEditors(false);
		}
		for (Path folder : new Path[] { projectFolder, data }) {
			if (folder != null && Files.exists(folder)) {
				try (Stream<Path> files = Files.walk(folder)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
		}
	}

	Display display;
	ClassificationEditor editor;

	/** A multi-class project of ct12 and mono1_8 (corpus), open in the classification editor, both tiles decoded. */
	void openEditor() throws Exception {
		openEditor("ct12.ele.dcm", "mono1_8.ele.dcm");
	}

	/** A multi-class project of these corpus files, open in the classification editor, every tile decoded. */
	void openEditor(String... files) throws Exception {
		Path corpus = Path.of(System.getProperty("user.dir")).resolveSibling("org.tagbench.dicom.tests").resolve("corpus");
		data = Files.createTempDirectory("tagbench-dicom-classify");
		for (String file : files) {
			Files.copy(corpus.resolve(file), data.resolve(file));
		}
		Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		projectFolder = workspace.resolve("dicom-classify-test");
		ProjectSetup.create(new ProjectSetup.Request(projectFolder, "Chest", ProjectType.MULTI_CLASS, List.of("normal", "finding"),
				List.of(data), true, 5L), null).store().close();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		display = page.getWorkbenchWindow().getShell().getDisplay();
		page.getWorkbenchWindow().getShell().setBounds(0, 0, 1200, 800);
		editor = (ClassificationEditor) page.openEditor(new ProjectEditorInput(projectFolder, null), ClassificationEditor.ID);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> editor.page().size() == files.length), "every item on the page");
		page.getWorkbenchWindow().getShell().forceActive();
		page.activate(editor);
		editor.grid().setFocus();
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> editor.grid().getClientArea().width > 100), "the grid is laid out");
		// the notice bar comes in after a look at the store and moves the grid down: wait for it before pointing
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> DicomViewerTest.NOTICE.equals(editor.noticeText())), "notice");
		UiTestSupport.flush(display);
		for (DataItem item : editor.page()) {
			assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> editor.decodedImage(item) != null), item.getPath() + " rendered");
		}
	}

	@Test
	void dicomItemsShowRenderedThumbnailsAndTheNotice() throws Exception {
		openEditor();
		for (DataItem item : editor.page()) {
			ImageData thumbnail = editor.decodedImage(item);
			assertEquals(32, thumbnail.width, "small images are not enlarged");
			assertEquals(24, thumbnail.height);
		}
		// ct12: pixel (0, 0) is stored 0 = −1024 HU, black in the file's window 40/400; MONOCHROME1 8-bit: 0 is white
		DataItem ct = editor.page().stream().filter(i -> i.getPath().startsWith("ct12")).findFirst().orElseThrow();
		DataItem mono1 = editor.page().stream().filter(i -> i.getPath().startsWith("mono1")).findFirst().orElseThrow();
		assertEquals(0, grey(editor.decodedImage(ct), 0, 0));
		assertEquals(255, grey(editor.decodedImage(mono1), 0, 0));
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> DicomViewerTest.NOTICE.equals(editor.noticeText())), "notice");
		page.getWorkbenchWindow().getShell().update();
		UiTestSupport.waitUntil(display, 500, () -> false);
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "dicom-classification");
	}

	private static int grey(ImageData data, int x, int y) {
		return data.palette.getRGB(data.getPixel(x, y)).red;
	}

	DataItem item(String prefix) {
		return editor.page().stream().filter(i -> i.getPath().startsWith(prefix)).findFirst().orElseThrow();
	}

	int tileOf(DataItem item) {
		return editor.page().indexOf(item);
	}

	/** Mean grey of a tile as painted on the screen (what the person sees). */
	double paintedMean(int tile) {
		page.getWorkbenchWindow().getShell().update();
		UiTestSupport.flush(display);
		Rectangle b = editor.grid().tileBounds(tile);
		Image shot = new Image(display, b.width, b.height);
		GC gc = new GC(editor.grid());
		try {
			gc.copyArea(shot, b.x, b.y);
			ImageData pixels = shot.getImageData();
			long sum = 0;
			int n = 0;
			for (int y = 0; y < pixels.height; y++) {
				for (int x = 0; x < pixels.width; x++) {
					sum += pixels.palette.getRGB(pixels.getPixel(x, y)).red;
					n++;
				}
			}
			return (double) sum / n;
		} finally {
			gc.dispose();
			shot.dispose();
		}
	}

	/** A pixel of ct12's tile that the file's window 40/400 shows mid-grey. */
	static int[] midGreyPixel(DicomRendering rendering, ImageData image) {
		for (int y = 0; y < image.height; y++) {
			for (int x = 0; x < image.width; x++) {
				int g = grey(image, x, y);
				if (g > 100 && g < 200) {
					return new int[] { x, y };
				}
			}
		}
		throw new AssertionError("no mid-grey pixel");
	}

	@Test
	void rightDragOnADicomTileChangesItsWindowLiveAndTheKeysInvertResetAndApplyPresets() throws Exception {
		openEditor();
		DataItem ct = item("ct12");
		DataItem mono1 = item("mono1");
		assertTrue(editor.adjustableThumbnail(ct) instanceof DicomThumbnail, "DICOM tiles are adjustable");
		DicomThumbnail ctTile = (DicomThumbnail) editor.adjustableThumbnail(ct);
		DicomThumbnail monoTile = (DicomThumbnail) editor.adjustableThumbnail(mono1);
		DicomRendering rendering = ctTile.rendering();
		assertEquals(new VoiWindow(40, 400), rendering.window(), "the file's window first");
		VoiWindow monoWindow = monoTile.rendering().window();
		int[] p = midGreyPixel(rendering, ctTile.image());
		int before = grey(ctTile.image(), p[0], p[1]);
		double modality = rendering.modalityValue(p[0], p[1]);
		double paintedBefore = paintedMean(tileOf(ct));

		// right-drag with the real mouse: 40 px right (wider), 20 px down (higher centre: darker)
		Point start = editor.grid().tileCentreOnDisplay(tileOf(ct));
		RealInput.press(display, start, 3);
		RealInput.moveTo(display, new Point(start.x + 20, start.y + 10));
		RealInput.moveTo(display, new Point(start.x + 40, start.y + 20));
		double s = rendering.dragSensitivity();
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> Math.abs(rendering.window().width() - (400 + 40 * s)) < 1e-6),
				"live while the button is held: " + rendering.window());
		assertEquals(40 + 20 * s, rendering.window().center(), 1e-6);
		int during = grey(ctTile.image(), p[0], p[1]);
		assertEquals(rendering.window().apply(modality, VoiWindow.Function.LINEAR), during, "the tile is rendered with the dragged window");
		assertTrue(during < before - 20, "darker: " + before + " -> " + during);
		// the repaint is asynchronous: on a loaded machine the screen may lag the tile's image for a moment
		double[] paintedDuring = { paintedMean(tileOf(ct)) };
		UiTestSupport.waitUntil(display, 3_000, () -> (paintedDuring[0] = paintedMean(tileOf(ct))) < paintedBefore - 5);
		assertTrue(paintedDuring[0] < paintedBefore - 5, "the painted tile darkens live: " + paintedBefore + " -> " + paintedDuring[0]);
		assertTrue(editor.grid().isVisible());
		RealInput.release(display, 3);
		assertEquals(monoWindow, monoTile.rendering().window(), "the other tile (not selected) keeps its window");
		screenshot("dicom-classification-window");

		// keys act on the selected tiles: I inverts, F8 full range, R resets to the file's window
		RealInput.click(display, editor.grid().tileCentreOnDisplay(tileOf(ct)), false);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.grid().selectedItems().equals(List.of(ct))));
		VoiWindow dragged = rendering.window();
		RealInput.key(display, 'i');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, rendering::inverted), "I inverts the selected tile");
		assertEquals(255 - during, grey(ctTile.image(), p[0], p[1]));
		assertEquals(dragged, rendering.window(), "inverting keeps the window");
		RealInput.key(display, SWT.F8);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> rendering.preset() == DicomRendering.Preset.FULL_RANGE), "F8: full range");
		assertEquals(rendering.windowOf(DicomRendering.Preset.FULL_RANGE), rendering.window());
		RealInput.key(display, 'r');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> !rendering.inverted() && new VoiWindow(40, 400).equals(rendering.window())),
				"R: the file's window, not inverted");
		assertEquals(before, grey(ctTile.image(), p[0], p[1]));
		assertEquals(monoWindow, monoTile.rendering().window(), "keys leave unselected tiles alone");
		assertFalse(monoTile.rendering().inverted());
		assertTrue(editor.page().stream().allMatch(i -> i.getAnnotations().isEmpty()) && !editor.isDirty(), "display only: no change to the items");
	}

	@Test
	void shiftPageKeysTurnTheFramesOfTheSelectedMultiFrameTileAndAClassIsForTheWholeItem() throws Exception {
		openEditor("multi8.ele.dcm", "ct12.ele.dcm");
		DataItem multi = item("multi8");
		DataItem ct = item("ct12");
		DicomThumbnail tile = (DicomThumbnail) editor.adjustableThumbnail(multi);
		DicomThumbnail ctTile = (DicomThumbnail) editor.adjustableThumbnail(ct);
		assertEquals(3, tile.frames());
		assertEquals(0, tile.frame(), "tiles open on the first frame");
		assertTrue(tile.describe().startsWith("frame 1 of 3"), tile.describe());
		assertFalse(ctTile.describe().contains("frame"), "a single-frame tile says nothing of frames: " + ctTile.describe());
		RealInput.click(display, editor.grid().tileCentreOnDisplay(tileOf(multi)), false);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.grid().selectedItems().equals(List.of(multi))));
		// the automatic window follows the frame (and makes multi8's shifted frames look alike): drag one that stays
		Point centre = editor.grid().tileCentreOnDisplay(tileOf(multi));
		RealInput.press(display, centre, 3);
		RealInput.moveTo(display, new Point(centre.x + 30, centre.y));
		RealInput.release(display, 3);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> tile.rendering().preset() == null), "a dragged window");
		VoiWindow window = tile.rendering().window();
		byte[] firstFrame = tile.image().data.clone();
		assertEquals(window.apply(0, VoiWindow.Function.LINEAR), grey(tile.image(), 0, 0));
		List<DataItem> pageBefore = List.copyOf(editor.page());

		// multi8 stores (50 k + 3 x + y) mod 256 in frame k: pixel (0, 0) is 0, 50, 100
		RealInput.key(display, SWT.SHIFT, SWT.PAGE_DOWN);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> tile.frame() == 1), "Shift+Page Down: the next frame");
		assertEquals(50, tile.rendering().storedValue(0, 0));
		assertEquals(window, tile.rendering().window(), "the window stays");
		assertEquals(window.apply(50, VoiWindow.Function.LINEAR), grey(tile.image(), 0, 0), "the tile shows frame 2 in it");
		assertFalse(java.util.Arrays.equals(firstFrame, tile.image().data), "other pixels than frame 1's");
		assertTrue(tile.describe().startsWith("frame 2 of 3"), "the caption says which: " + tile.describe());
		assertEquals(pageBefore, editor.page(), "the page did not turn");
		RealInput.key(display, SWT.SHIFT, SWT.PAGE_DOWN);
		RealInput.key(display, SWT.SHIFT, SWT.PAGE_DOWN);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> tile.frame() == 2), "up to the last frame");
		UiTestSupport.waitUntil(display, 300, () -> false);
		assertEquals(2, tile.frame(), "and no further");
		assertEquals(100, tile.rendering().storedValue(0, 0));
		RealInput.key(display, SWT.SHIFT, SWT.PAGE_UP);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> tile.frame() == 1), "Shift+Page Up: the previous frame");
		assertEquals(0, ctTile.frame(), "the unselected tile stays");
		screenshot("dicom-classification-frame");

		// a class applied while frame 2 is shown labels the whole item (no frame)
		RealInput.key(display, '1');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> !multi.getAnnotations().isEmpty()), "class 1 applied");
		assertEquals(1, multi.getAnnotations().size());
		assertEquals(0, multi.getAnnotations().get(0).getFrameIndex(), "classification labels carry no frame");
		assertTrue(ct.getAnnotations().isEmpty());
	}

	@Test
	void theSingleImagePageAdjustsItsDicomItemToo() throws Exception {
		openEditor();
		editor.setGridSize(GridSize.ONE);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> editor.page().size() == 1
				&& editor.isDecoded(editor.page().get(0)) && !editor.isDecoding()), "one DICOM item per page, decoded at its size");
		DicomThumbnail tile = (DicomThumbnail) editor.adjustableThumbnail(editor.page().get(0));
		VoiWindow before = tile.rendering().window();
		ImageData imageBefore = tile.image();
		Point start = editor.grid().tileCentreOnDisplay(0);
		RealInput.press(display, start, 3);
		RealInput.moveTo(display, new Point(start.x - 30, start.y - 15));
		RealInput.release(display, 3);
		double s = tile.rendering().dragSensitivity();
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> Math.abs(tile.rendering().window().width() - Math.max(1, before.width() - 30 * s)) < 1e-6),
				"left: narrower " + before + " -> " + tile.rendering().window());
		assertEquals(before.center() - 15 * s, tile.rendering().window().center(), 1e-6, "up: lower centre");
		assertNotSame(imageBefore, tile.image());
		assertFalse(java.util.Arrays.equals(imageBefore.data, tile.image().data), "the rendered pixels changed");
		assertTrue(editor.grid().items().size() == 1);
		screenshot("dicom-classification-single");

		// back to four per page: the item is decoded again at the smaller tile size and keeps the dragged window
		DataItem item = editor.page().get(0);
		VoiWindow dragged = tile.rendering().window();
		editor.setGridSize(GridSize.FOUR);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> editor.page().size() == 2 && editor.page().stream().allMatch(editor::isDecoded)
				&& !editor.isDecoding()), "both items on a page of four, decoded");
		DataItem same = editor.page().stream().filter(i -> i.getId().equals(item.getId())).findFirst().orElseThrow();
		DicomThumbnail again = (DicomThumbnail) editor.adjustableThumbnail(same);
		assertNotSame(tile, again, "a new rendering for the new size");
		assertEquals(dragged, again.rendering().window(), "the window survives the new size");
		org.junit.jupiter.api.Assertions.assertArrayEquals(tile.image().data, again.image().data, "and renders with it (same pixels)");
	}

	void screenshot(String name) throws Exception {
		page.getWorkbenchWindow().getShell().update();
		long end = System.currentTimeMillis() + 400;
		UiTestSupport.waitUntil(display, 400, () -> System.currentTimeMillis() >= end);
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), name);
	}
}
