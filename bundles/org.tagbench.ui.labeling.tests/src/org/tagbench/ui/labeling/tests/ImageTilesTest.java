package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.ViewTransform;
import org.tagbench.ui.labeling.internal.ImageAdjustment;
import org.tagbench.ui.labeling.internal.ImagePyramid;
import org.tagbench.ui.labeling.internal.ImageViewer;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * The canvas draws zoom and pan frames from tiles of the image and of half-size levels held on the X server
 * ({@link ImagePyramid}): at 100 % and 300 % every pixel is the image's own (no blur, nothing shifted at the seams
 * of the tiles); zoomed out, the frame shows the image without gaps between tiles.
 */
class ImageTilesTest extends EditorTestBase {

	static final int WIDTH = 1300;
	static final int HEIGHT = 900;

	/** Red: x modulo 256 (a wrong column shows); green and blue: smooth ramps over y and x. */
	static int rgbAt(int x, int y) {
		return (x & 0xFF) << 16 | (y * 255 / (HEIGHT - 1)) << 8 | x * 255 / (WIDTH - 1);
	}

	@Override
	void writeImages(Path folder) throws Exception {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				image.setRGB(x, y, rgbAt(x, y));
			}
		}
		ImageIO.write(image, "png", folder.resolve("pattern.png").toFile());
	}

	@Test
	void zoomedInPixelsAreExactAndZoomedOutFramesHaveNoGaps() {
		ImageCanvas canvas = zoomTo100PercentWithTiles();
		ViewTransform t = canvas.transform();
		Rectangle area = canvas.getClientArea();
		assertTrue(area.width > 600 && area.height > 400, "canvas " + area);

		// 100 %, the view straddling the seams of the tiles at x 512 and y 512
		t.pan(t.toViewX(0) - t.toViewX(600) + area.width / 2.0, t.toViewY(0) - t.toViewY(500) + area.height / 2.0);
		alignOffset(t);
		assertExact(canvas, area, 1);

		t.zoomAt(3, area.width / 2.0, area.height / 2.0);
		alignOffset(t);
		assertEquals(3, t.scale(), 1e-9);
		assertExact(canvas, area, 3);

		// zoomed out: the frames of a zoom are drawn from a half-size level, scaled up
		t.fit();
		t.zoomAt(0.9, area.width / 2.0, area.height / 2.0);
		assertCloseToImage(canvas, paint(canvas, area));
	}

	/** Every third row of a zoomed-out frame shows the image's smooth ramps (no gaps, nothing shifted). */
	private static void assertCloseToImage(ImageCanvas canvas, ImageData frame) {
		ViewTransform t = canvas.transform();
		Rectangle area = canvas.getClientArea();
		int compared = 0;
		for (int vy = 0; vy < area.height; vy += 3) {
			for (int vx = 0; vx < area.width; vx++) {
				double ix = t.toImageX(vx + 0.5);
				double iy = t.toImageY(vy + 0.5);
				if (ix < 4 || iy < 4 || ix > WIDTH - 4 || iy > HEIGHT - 4) {
					continue;
				}
				RGB shown = frame.palette.getRGB(frame.getPixel(vx, vy));
				int expected = rgbAt((int) ix, (int) iy);
				assertEquals(expected >> 8 & 0xFF, shown.green, 6, "green (y ramp) at view " + vx + ", " + vy);
				assertEquals(expected & 0xFF, shown.blue, 6, "blue (x ramp) at view " + vx + ", " + vy);
				compared++;
			}
		}
		assertTrue(compared > 10_000, compared + " pixels compared");
	}

	@Test
	void onceTiledTheCanvasLetsGoOfTheBitmapAndBrightnessStillApplies() {
		ImageCanvas canvas = zoomTo100PercentWithTiles();
		long bitmapBytes = (long) WIDTH * HEIGHT * 3;
		// left: the half-size levels (a third of the bitmap), the sources of the scaled copies when zoomed out
		assertTrue(canvas.imageHeapBytes() < bitmapBytes / 2,
				"the bitmap is on the X server, not also in the heap: " + canvas.imageHeapBytes()
						+ " bytes held for a " + bitmapBytes + "-byte bitmap");
		assertEquals(0, canvas.imageNativeBytes(), "nor in the shown SWT image: frames are drawn from the tiles only");
		assertTrue(canvas.hasImage());
		alignOffset(canvas.transform());
		assertExact(canvas, canvas.getClientArea(), 1);

		// zoomed out to where the settled view's scaled copy needs the full-resolution pixels (scale over ½): it is
		// scaled down from the tiles
		ViewTransform zoomed = canvas.transform();
		zoomed.zoomAt(0.55 / zoomed.scale(), canvas.getClientArea().width / 2.0, canvas.getClientArea().height / 2.0);
		paint(canvas, canvas.getClientArea()); // a zoom step: drawn from a half-size level
		assertCloseToImage(canvas, paint(canvas, canvas.getClientArea())); // the settled view, from its scaled copy
		assertEquals(0, canvas.imageNativeBytes(), "the scaled copy did not bring the bitmap back");
		canvas.actualSize();

		// brightness/contrast need the pixels: they come back from the shown image, and the adjusted image is tiled
		canvas.setAdjustment(30, 20);
		assertTrue(UiTestSupport.waitUntil(display, 30_000, canvas::imageTilesReady), "the adjusted image's tiles");
		assertTrue(canvas.imageHeapBytes() < bitmapBytes / 2, "let go of again: " + canvas.imageHeapBytes());
		assertEquals(4L * WIDTH * HEIGHT, canvas.imageNativeBytes(),
				"the adjusted image let go of too; the unadjusted one kept for the next adjustment");
		ViewTransform t = canvas.transform();
		Rectangle area = canvas.getClientArea();
		alignOffset(t);
		int[] lut = ImageAdjustment.lut(30, 20);
		assertExact(canvas, area, 1, (x, y) -> {
			int rgb = rgbAt(x, y);
			return lut[rgb >> 16 & 0xFF] << 16 | lut[rgb >> 8 & 0xFF] << 8 | lut[rgb & 0xFF];
		});

		canvas.setAdjustment(0, 0);
		assertTrue(UiTestSupport.waitUntil(display, 30_000, canvas::imageTilesReady), "the unadjusted image's tiles again");
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> canvas.imageNativeBytes() == 0), "and let go of");
		assertExact(canvas, area, 1, ImageTilesTest::rgbAt);
		// who asks for the image gets it back from the tiles, pixel for pixel
		ImageData image = canvas.image().getImageData();
		for (int y = 0; y < HEIGHT; y += 7) {
			for (int x = 0; x < WIDTH; x++) {
				RGB rgb = image.palette.getRGB(image.getPixel(x, y));
				assertEquals(rgbAt(x, y), rgb.red << 16 | rgb.green << 8 | rgb.blue, "image pixel " + x + ", " + y);
			}
		}
	}

	/** Zooms to 100 % and waits until the full-resolution image is shown and its tiles are on the X server. */
	private ImageCanvas zoomTo100PercentWithTiles() {
		ImageCanvas canvas = editor.canvas();
		ImageViewer viewer = (ImageViewer) editor.itemViewer();
		canvas.actualSize();
		canvas.redraw();
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> viewer.shownStep() == 1), "full resolution when zoomed in");
		assertTrue(UiTestSupport.waitUntil(display, 30_000, canvas::imageTilesReady), "the tiles are prepared in the background");
		return canvas;
	}

	/** Moves the image by under a pixel so that image pixel edges fall on screen pixel edges. */
	private static void alignOffset(ViewTransform t) {
		t.pan(Math.round(t.offsetX()) - t.offsetX(), Math.round(t.offsetY()) - t.offsetY());
	}

	/** Every screen pixel over the image shows exactly the image pixel under it. */
	private void assertExact(ImageCanvas canvas, Rectangle area, int scale) {
		assertExact(canvas, area, scale, ImageTilesTest::rgbAt);
	}

	/** Every screen pixel over the image shows {@code expected} of the image pixel under it. */
	private void assertExact(ImageCanvas canvas, Rectangle area, int scale, java.util.function.IntBinaryOperator expected) {
		ViewTransform t = canvas.transform();
		ImageData frame = paint(canvas, area);
		int compared = 0;
		for (int vy = 0; vy < area.height; vy++) {
			for (int vx = 0; vx < area.width; vx++) {
				int ix = (int) Math.floor(t.toImageX(vx + 0.5));
				int iy = (int) Math.floor(t.toImageY(vy + 0.5));
				if (ix < 0 || iy < 0 || ix >= WIDTH || iy >= HEIGHT) {
					continue;
				}
				RGB shown = frame.palette.getRGB(frame.getPixel(vx, vy));
				int rgb = shown.red << 16 | shown.green << 8 | shown.blue;
				if (rgb != expected.applyAsInt(ix, iy)) {
					throw new AssertionError(String.format("at %d %%, view %d, %d shows %06x, image pixel %d, %d is %06x",
							100 * scale, vx, vy, rgb, ix, iy, expected.applyAsInt(ix, iy)));
				}
				compared++;
			}
		}
		assertTrue(compared > area.width * area.height / 2, compared + " pixels compared");
	}

	/** One frame of the canvas's own paint code, read back. */
	private ImageData paint(ImageCanvas canvas, Rectangle area) {
		Image frame = new Image(display, area.width, area.height);
		try {
			GC gc = new GC(frame);
			try {
				canvas.paintContent(gc, area);
			} finally {
				gc.dispose();
			}
			return frame.getImageData();
		} finally {
			frame.dispose();
		}
	}
}
