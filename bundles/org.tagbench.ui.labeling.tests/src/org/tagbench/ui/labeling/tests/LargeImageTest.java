package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.tagbench.model.BoundingBox;
import org.tagbench.project.DataRegistration;
import org.tagbench.ui.labeling.ImageDecoding;
import org.tagbench.ui.labeling.internal.ImageViewer;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * Images above 40 megapixels are shown through a subsampled overview stretched over their true size (boxes keep
 * full-resolution coordinates), and the next items are decoded ahead while the person labels.
 */
class LargeImageTest extends EditorTestBase {

	static final int LARGE_WIDTH = 8200;
	static final int LARGE_HEIGHT = 5000;

	@Override
	void writeImages(Path folder) throws Exception {
		for (int i = 0; i < 3; i++) {
			BufferedImage image = new BufferedImage(LARGE_WIDTH, LARGE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
			Graphics2D g = image.createGraphics();
			g.setColor(new Color(60 + 60 * i, 60 + 60 * i, 60 + 60 * i));
			g.fillRect(0, 0, LARGE_WIDTH, LARGE_HEIGHT);
			g.setColor(Color.WHITE);
			g.fillOval(1000 + 1500 * i, 1000, 2000, 2000);
			g.dispose();
			ImageIO.write(image, "jpeg", folder.resolve("large" + i + ".jpg").toFile());
		}
	}

	@Test
	void hugeImageIsShownAsAnOverviewAndBoxesKeepFullResolution() throws Exception {
		Rectangle shown = editor.canvas().image().getBounds();
		assertTrue(Math.max(shown.width, shown.height) <= ImageDecoding.OVERVIEW_SIDE, "overview " + shown);
		assertEquals(LARGE_WIDTH, editor.canvas().transform().imageWidth(), "the canvas spans the true width");

		drag(1000, 1000, 5000, 3000);
		BoundingBox box = editor.boxes().get(0);
		double pixel = 1 / editor.canvas().transform().scale(); // one screen pixel, in image pixels
		assertEquals(1000, box.getX(), 2 * pixel);
		assertEquals(1000, box.getY(), 2 * pixel);
		assertEquals(4000, box.getW(), 2 * pixel);
		assertEquals(2000, box.getH(), 2 * pixel);
		screenshot("large-image-overview");
	}

	@Test
	void nextItemIsDecodedAheadAndTakenOnSubmit() throws Exception {
		ImageViewer viewer = (ImageViewer) editor.itemViewer();
		String first = editor.item().getId();
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> viewer.prefetcher().pending().size() == 2),
				"the two other items are requested: " + viewer.prefetcher().pending());
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> viewer.prefetcher().readyCount() == 2),
				"and decoded in the background");
		drag(100, 100, 3000, 2000);
		editor.submit();
		UiTestSupport.flush(display);
		assertNotEquals(first, editor.item().getId());
		Path shownFile = DataRegistration.folderOf(editor.item().getDataSource()).resolve(editor.item().getPath());
		assertTrue(!viewer.prefetcher().pending().contains(shownFile), "the shown item's image was taken from the prefetched ones");
		assertTrue(editor.canvas().image() != null, "and shown");
	}
}
