package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.tagbench.model.BoundingBox;
import org.tagbench.store.ProjectStore;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.internal.ImageViewer;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * Panning moves the picture of the previous frame and draws only the strips that come into view: after pans by
 * middle-drag (the canvas's own listeners) the canvas shows exactly what a full repaint at the same position
 * shows, and edits made after a pan show up.
 */
class PanRepaintTest extends EditorTestBase {

	@Override
	void writeImages(Path folder) throws Exception {
		Random random = new Random(3);
		for (int i = 0; i < 3; i++) {
			BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			for (int k = 0; k < 400; k++) { // texture, so that a misplaced strip of the image shows
				g.setColor(new Color(random.nextInt()));
				g.fillRect(random.nextInt(1600), random.nextInt(1200), 10 + random.nextInt(150), 10 + random.nextInt(150));
			}
			g.dispose();
			ImageIO.write(image, "png", folder.resolve("img" + i + ".png").toFile());
		}
	}

	@Override
	void prepare(ProjectStore store) throws Exception {
		Random random = new Random(4);
		crowdItemsToDo(store, store.project().getLabelClasses(), 300, 6, 1600, 1200, random);
	}

	@Override
	org.tagbench.model.ProjectType projectType() {
		return org.tagbench.model.ProjectType.POLYGON;
	}

	@Test
	void afterPansTheCanvasShowsWhatAFullRepaintShows() throws Exception {
		ImageCanvas canvas = editor.canvas();
		canvas.transform().zoom(1.3); // zoomed out a little less than fitted: the image is a scaled copy, panned
		canvas.redraw();
		settle();
		assertTrue(UiTestSupport.waitUntil(display, 20_000, canvas::imageTilesReady), "tiles ready");
		settle();
		int[] before = frame();

		// middle-drag in steps of whole pixels in all four directions, a frame painted after each step
		middle(SWT.MouseDown, 300, 300);
		int[][] steps = { { 17, 0 }, { 0, 23 }, { -40, -9 }, { 5, -31 }, { 60, 44 } };
		int x = 300;
		int y = 300;
		for (int[] step : steps) {
			x += step[0];
			y += step[1];
			middle(SWT.MouseMove, x, y);
			frame(); // the canvas's own paint code, as on screen
			settle();
		}
		middle(SWT.MouseUp, x, y);
		int[] panned = frame();
		settle();
		int[] onScreen = screen();
		assertFalse(java.util.Arrays.equals(before, panned), "the view moved");

		canvas.redrawAll();
		int[] full = frame();
		settle();
		assertArrayEquals(full, panned, "a frame after the pans equals a full repaint at the same position");
		assertArrayEquals(screen(), onScreen, "and so does the canvas on screen");
		screenshot("labeling-editor-panned");

		// an edit after the pan shows up: the first box in view moves by 30 pixels
		BoundingBox moved = editor.annotations().stream().filter(a -> a instanceof BoundingBox).map(a -> (BoundingBox) a)
				.filter(b -> canvas.transform().toViewX(b.getX()) > 50 && canvas.transform().toViewY(b.getY()) > 50
						&& canvas.transform().toViewX(b.getX() + b.getW()) < canvas.getClientArea().width - 50
						&& canvas.transform().toViewY(b.getY() + b.getH()) < canvas.getClientArea().height - 50)
				.findFirst().orElseThrow();
		moved.setX(moved.getX() + 30 / canvas.transform().scale());
		int[] edited = frame();
		assertFalse(java.util.Arrays.equals(panned, edited), "the moved box is painted where it is now");
		canvas.redrawAll();
		assertArrayEquals(frame(), edited, "as a full repaint paints it");
	}

	@Test
	void atAndAbove100PercentPansShowWhatAFullRepaintShows() {
		ImageCanvas canvas = editor.canvas();
		ImageViewer viewer = (ImageViewer) editor.itemViewer();
		canvas.actualSize();
		canvas.redraw();
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> viewer.shownStep() == 1), "full resolution at 100 %");
		assertTrue(UiTestSupport.waitUntil(display, 20_000, canvas::imageTilesReady), "tiles ready");
		settle();
		assertPansEqualAFullRepaint("100 %");

		// four wheel-sized steps: 244 %, tiles scaled up at fractional positions
		for (int i = 0; i < 4; i++) {
			canvas.transform().zoom(1.25);
		}
		canvas.redraw();
		settle();
		assertPansEqualAFullRepaint("244 %");
	}

	private void assertPansEqualAFullRepaint(String zoom) {
		ImageCanvas canvas = editor.canvas();
		int[] before = frame();
		middle(SWT.MouseDown, 300, 300);
		int x = 300;
		int y = 300;
		for (int[] step : new int[][] { { 17, 0 }, { 0, 23 }, { -40, -9 }, { 5, -31 }, { 60, 44 } }) {
			x += step[0];
			y += step[1];
			middle(SWT.MouseMove, x, y);
			frame();
			settle();
		}
		middle(SWT.MouseUp, x, y);
		int[] panned = frame();
		assertFalse(java.util.Arrays.equals(before, panned), "the view moved at " + zoom);
		canvas.redrawAll();
		assertArrayEquals(frame(), panned, "at " + zoom + " a frame after the pans equals a full repaint at the same position");
	}

	@Test
	void aZoomBurstShowsTheLastPictureScaledThenTheExactFrame() throws Exception {
		ImageCanvas canvas = zoomedOutALittleWithTiles();
		frame();

		// two wheel-sized steps in quick succession, each painted at once: the second is a frame of the burst (no
		// redraw is asked for here: what repaints the canvas afterwards is the canvas's own timer)
		org.tagbench.ui.labeling.ViewTransform t = canvas.transform();
		long start = System.nanoTime();
		t.zoomAt(1.25, 400, 300);
		frame();
		t.zoomAt(0.8, 400, 300); // zooming out: the scaled picture leaves margins, drawn anew
		ImageData previewFrame = frameData();
		int[] preview = pixels(previewFrame);
		long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(elapsedMillis < 100, "the test painted the burst within 100 ms: " + elapsedMillis + " ms");

		int[] paints = { 0 };
		canvas.addListener(SWT.Paint, e -> paints[0]++);
		assertTrue(UiTestSupport.waitUntil(display, 2_000, () -> paints[0] > 0),
				"the canvas repaints itself after the last zoom step");
		settle();
		int[] onScreen = screen();
		canvas.redrawAll();
		ImageData fullFrame = frameData();
		int[] full = pixels(fullFrame);
		settle();
		assertArrayEquals(screen(), onScreen, "that repaint is the exact frame");
		save(previewFrame, "labeling-zoom-burst-frame");
		save(fullFrame, "labeling-zoom-burst-exact-frame");
		assertScaledPictureOf(full, preview);

		// zooming in within a burst: the scaled picture covers the view (it is drawn straight onto the frame)
		start = System.nanoTime();
		t.zoomAt(1.25, 400, 300);
		frame();
		t.zoomAt(1.1, 400, 300);
		int[] zoomInPreview = frame();
		elapsedMillis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(elapsedMillis < 100, "the test painted the burst within 100 ms: " + elapsedMillis + " ms");
		settle();
		canvas.redrawAll();
		assertScaledPictureOf(frame(), zoomInPreview);
	}

	/** {@code preview} is not {@code exact} but close to it: the previous exact picture scaled without a filter. */
	private static void assertScaledPictureOf(int[] exact, int[] preview) {
		assertFalse(java.util.Arrays.equals(exact, preview), "the burst's frame is the previous picture scaled, not exact");
		int same = 0;
		for (int i = 0; i < exact.length; i++) {
			same += exact[i] == preview[i] ? 1 : 0;
		}
		assertTrue(same > exact.length * 6 / 10, "but close to it: " + same + " of " + exact.length + " pixels equal");
	}

	@Test
	void zoomingBackToASettledViewShowsItsSettledPictureAtOnce() throws Exception {
		ImageCanvas canvas = zoomedOutALittleWithTiles();
		canvas.redraw();
		settle();
		int[] settledA = frame(); // settled: the image is the scaled copy, filtered from the sharpest level needed

		// one wheel notch in: the exact frame draws the image from the tiles until the view settles
		org.tagbench.ui.labeling.ViewTransform t = canvas.transform();
		t.zoomAt(1.25, 400, 300);
		int[] exactB = frame();
		settle(); // the canvas's own repaint settles the view (its scaled copy)
		int[] settledB = frame();
		assertFalse(java.util.Arrays.equals(exactB, settledB), "a new scale's first frame is not yet its settled picture");

		// and back out: the first frame is already view A's settled picture, pixel for pixel
		t.zoomAt(0.8, 400, 300);
		int[] backToA = frame();
		assertArrayEquals(settledA, backToA, "zooming back shows the saved settled picture of the view");
		canvas.redrawAll();
		settle();
		assertArrayEquals(frame(), backToA, "which is what a full repaint of the settled view shows");
	}

	/** Zooms to a little less than fitted (the image a scaled copy) and waits for the tiles. */
	private ImageCanvas zoomedOutALittleWithTiles() {
		ImageCanvas canvas = editor.canvas();
		canvas.transform().zoom(1.3);
		canvas.redraw();
		settle();
		assertTrue(UiTestSupport.waitUntil(display, 20_000, canvas::imageTilesReady), "tiles ready");
		settle();
		return canvas;
	}

	private void middle(int type, int x, int y) {
		Event event = new Event();
		event.button = type == SWT.MouseMove ? 0 : 2;
		event.stateMask = type == SWT.MouseDown ? 0 : SWT.BUTTON2;
		event.x = x;
		event.y = y;
		editor.canvas().notifyListeners(type, event);
		UiTestSupport.flush(display);
	}

	/** One frame of the canvas's paint code into an image of its size, as pixels. */
	private int[] frame() {
		return pixels(frameData());
	}

	/** Saves a frame beside the screenshots, to look at. */
	private static void save(ImageData frame, String name) throws Exception {
		org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
		loader.data = new ImageData[] { frame };
		Path folder = Path.of(System.getProperty("user.dir"), "target", "screenshots");
		java.nio.file.Files.createDirectories(folder);
		loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
	}

	private ImageData frameData() {
		ImageCanvas canvas = editor.canvas();
		Rectangle area = canvas.getClientArea();
		Image frame = new Image(display, area.width, area.height);
		GC gc = new GC(frame);
		try {
			canvas.paintContent(gc, area);
		} finally {
			gc.dispose();
		}
		try {
			return frame.getImageData();
		} finally {
			frame.dispose();
		}
	}

	/** The canvas's pixels on screen. */
	private int[] screen() {
		ImageCanvas canvas = editor.canvas();
		Rectangle area = canvas.getClientArea();
		Image copy = new Image(display, area.width, area.height);
		GC gc = new GC(canvas);
		try {
			gc.copyArea(copy, 0, 0);
			return pixels(copy.getImageData());
		} finally {
			gc.dispose();
			copy.dispose();
		}
	}

	private static int[] pixels(ImageData data) {
		int[] pixels = new int[data.width * data.height];
		for (int y = 0; y < data.height; y++) {
			data.getPixels(0, y, data.width, pixels, y * data.width);
		}
		return pixels;
	}
}
