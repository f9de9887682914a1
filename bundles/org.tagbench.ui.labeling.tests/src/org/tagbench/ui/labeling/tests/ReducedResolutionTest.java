package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.tagbench.model.BoundingBox;
import org.tagbench.ui.labeling.internal.ImageViewer;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * A photo larger than the view is decoded at the view's resolution (fast to show), boxes keep full-resolution
 * coordinates, and zooming in past that resolution brings the full image in the background.
 */
class ReducedResolutionTest extends EditorTestBase {

	static final int WIDTH = 2400;
	static final int HEIGHT = 1800;

	@Override
	void writeImages(Path folder) throws Exception {
		for (int i = 0; i < 3; i++) {
			BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(new Color(40 * i, 120, 200));
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(Color.YELLOW);
			g.fillRect(600, 400, 800, 600);
			g.dispose();
			ImageIO.write(image, "jpeg", folder.resolve("photo" + i + ".jpg").toFile());
		}
	}

	@Test
	void fittedPhotoIsDecodedAtViewResolutionAndSharpenedOnZoom() throws Exception {
		ImageViewer viewer = (ImageViewer) editor.itemViewer();
		// the first item is shown before the editor is laid out (full resolution); the next ones fit the view
		editor.skip();
		UiTestSupport.flush(display);
		assertTrue(viewer.shownStep() >= 2, "a 2400-pixel photo in a view under 1200 pixels: step " + viewer.shownStep());
		assertEquals(WIDTH / viewer.shownStep(), editor.canvas().image().getBounds().width, WIDTH / 100.0);
		assertEquals(WIDTH, editor.canvas().transform().imageWidth(), "annotations live in the full image's pixels");

		drag(600, 400, 1400, 1000);
		BoundingBox box = editor.boxes().get(0);
		double pixel = 1 / editor.canvas().transform().scale();
		assertEquals(600, box.getX(), 2 * pixel);
		assertEquals(800, box.getW(), 2 * pixel);

		editor.canvas().actualSize(); // 100 %: one image pixel per screen pixel
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> editor.canvas().image().getBounds().width == WIDTH),
				"the full image replaces the reduced one: " + editor.canvas().image().getBounds());
		assertEquals(1, viewer.shownStep());
		assertEquals(600, box.getX(), 2 * pixel, "the box did not move");
		screenshot("reduced-resolution-sharpened");
	}
}
