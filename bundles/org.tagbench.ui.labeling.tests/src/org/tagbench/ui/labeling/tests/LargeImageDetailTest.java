package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.ImageDecoding;
import org.tagbench.ui.labeling.ViewTransform;
import org.tagbench.ui.labeling.internal.DetailTiles;
import org.tagbench.ui.labeling.internal.ImageViewer;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * A 41-megapixel PNG (above the 40 MP limit, so shown as an overview decoded every 3rd pixel) zoomed to 100 %:
 * the visible part is decoded at full resolution in the background and what the canvas paints equals the file's
 * pixels, which the overview alone does not (the pattern changes every 4 pixels).
 */
class LargeImageDetailTest extends EditorTestBase {

	static final int WIDTH = 8200;
	static final int HEIGHT = 5000;

	/** The grey the test image has at (x, y): one value per 4 × 4 block, neighbouring blocks far apart. */
	static int grey(int x, int y) {
		int bx = x >> 2;
		int by = y >> 2;
		return (bx * 37 + by * 91 + (bx * by % 7) * 13) & 0xFF;
	}

	@Override
	void writeImages(Path folder) throws Exception {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
		byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				pixels[y * WIDTH + x] = (byte) grey(x, y);
			}
		}
		ImageIO.write(image, "png", folder.resolve("huge.png").toFile());
	}

	@Test
	void atOneHundredPercentTheVisiblePartIsPaintedFromTheFullResolution() throws Exception {
		ImageCanvas canvas = editor.canvas();
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> canvas.image() != null), "the overview is shown");
		Rectangle overview = canvas.image().getBounds();
		assertTrue(Math.max(overview.width, overview.height) <= ImageDecoding.OVERVIEW_SIDE, "overview " + overview);
		ImageViewer viewer = (ImageViewer) editor.itemViewer();
		int step = viewer.shownStep();
		assertTrue(step >= 3, "decoded every " + step + "th pixel");
		DetailTiles detail = viewer.detail();
		settle();
		assertEquals(0, detail.size(), "fitted: the overview is enough, nothing decoded");

		canvas.actualSize();
		canvas.redraw();
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> detail.size() > 0 && !detail.busy()),
				"zoomed to 100 %: the visible part is decoded");
		settle();
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> !detail.busy()));
		settle();

		ViewTransform t = canvas.transform();
		assertEquals(1, t.scale(), 1e-6);
		Rectangle area = canvas.getClientArea();
		ImageData painted = snapshot(canvas, area);
		int checked = 0;
		int overviewWouldDiffer = 0;
		for (int vy = 1; vy < area.height - 1; vy += 7) {
			for (int vx = 1; vx < area.width - 1; vx += 11) {
				double ix = t.toImageX(vx + 0.5);
				double iy = t.toImageY(vy + 0.5);
				// block centres only: a half-pixel offset of the view cannot change the expected value
				if (ix < 0 || iy < 0 || ix >= WIDTH || iy >= HEIGHT || ix % 4 < 1 || ix % 4 >= 3 || iy % 4 < 1
						|| iy % 4 >= 3) {
					continue;
				}
				int x = (int) ix;
				int y = (int) iy;
				RGB rgb = painted.palette.getRGB(painted.getPixel(vx, vy));
				int expected = grey(x, y);
				assertEquals(new RGB(expected, expected, expected), rgb, "painted pixel " + vx + "," + vy + " = image " + x + "," + y);
				checked++;
				if (grey(x / step * step, y / step * step) != expected) {
					overviewWouldDiffer++;
				}
			}
		}
		assertTrue(checked > 1000, "enough pixels checked: " + checked);
		assertTrue(overviewWouldDiffer > checked / 5, "the overview alone would fail this: " + overviewWouldDiffer + " of " + checked);
		assertTrue(detail.bytes() > 0 && detail.bytes() <= (256L << 20), "the tile cache is bounded: " + detail.bytes());
		screenshot("large-image-detail-100");

		// fitted again: the overview, no new decoding
		int tiles = detail.size();
		canvas.transform().fit();
		canvas.redraw();
		settle();
		assertEquals(tiles, detail.size());
		assertTrue(!detail.busy());
	}

	private ImageData snapshot(ImageCanvas canvas, Rectangle area) {
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(canvas);
		try {
			gc.copyArea(image, 0, 0);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
