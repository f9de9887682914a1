package org.tagbench.ui.labeling.tests;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * Benchmark, not a test (its name does not end in Test, so builds skip it): time from Submit (Enter) until the
 * next 12-megapixel JPEG is painted, in the real editor, with the labeler pausing 0.5 s on each item (the time
 * in which the next items are decoded ahead). Prints median and p95; asserts nothing about time. Run:
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -o verify -Dtest=NextItemBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dtagbench.labeling.prefetch=0] \
 *     -pl features/org.tagbench.feature,features/org.tagbench.rcp.feature,bundles/org.tagbench.ui.labeling.tests -am
 * </pre>
 *
 * (./dev.sh bench-next-item runs it with prefetch on and off.)
 */
class NextItemBenchmark extends EditorTestBase {

	static final int ITEMS = 24;

	@Override
	void writeImages(Path folder) throws Exception {
		Random random = new Random(12);
		for (int i = 0; i < ITEMS; i++) {
			BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt()), 4000, 3000, new Color(random.nextInt())));
			g.fillRect(0, 0, 4000, 3000);
			for (int k = 0; k < 400; k++) { // detail, so the JPEG is photo-sized (≈ 1–2 MB), not a flat colour
				g.setColor(new Color(random.nextInt()));
				g.fillOval(random.nextInt(4000), random.nextInt(3000), 20 + random.nextInt(300), 20 + random.nextInt(300));
			}
			g.dispose();
			ImageIO.write(image, "jpeg", folder.resolve(String.format("photo%02d.jpg", i)).toFile());
		}
	}

	@Test
	void submitToNextImagePainted() {
		int runs = ITEMS - 2;
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long pause = System.currentTimeMillis() + 500; // the labeler looks at the image
			UiTestSupport.waitUntil(display, 2_000, () -> System.currentTimeMillis() >= pause);
			drag(500, 500, 1500, 1200);
			long start = System.nanoTime();
			editor.submit();
			editor.canvas().update(); // paints the new image now
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf("NextItemBenchmark (prefetch %s items): Submit to next 12-MP JPEG painted, %d items: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
				Integer.getInteger("tagbench.labeling.prefetch", 3), runs, millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1],
				millis[runs - 1]);
	}
}
