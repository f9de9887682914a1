package org.tagbench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tagbench.assist.BoxDetection;
import org.tagbench.assist.BoxDetection.Box;
import org.tagbench.assist.BoxFeatureCache;
import org.tagbench.assist.FeatureExtractor;

/** The box crop cache: a retraining extracts only crops it has not described before. */
class BoxFeatureCacheTest {

	/** Describes a crop by its size and the brightness of its first pixel, and counts the crops it saw. */
	private static final class CountingExtractor implements FeatureExtractor {
		final List<Integer> batches = new ArrayList<>();

		@Override
		public String id() {
			return "test.counting";
		}

		@Override
		public String label() {
			return "counting";
		}

		@Override
		public int dimension() {
			return 3;
		}

		@Override
		public float[][] extract(List<BufferedImage> images) {
			batches.add(images.size());
			return images.stream().map(i -> new float[] { i.getWidth(), i.getHeight(), i.getRGB(0, 0) & 0xff }).toArray(float[][]::new);
		}

		int extracted() {
			return batches.stream().mapToInt(Integer::intValue).sum();
		}
	}

	private static BufferedImage gradient(int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				int v = (x + y) % 256;
				image.setRGB(x, y, v << 16 | v << 8 | v);
			}
		}
		return image;
	}

	@Test
	void cropsDescribedOnceAreServedFromTheCacheForTheSameItemOnly() throws Exception {
		BufferedImage image = gradient(100);
		List<Box> windows = BoxDetection.proposals(100, 100, new double[][] { { 0.3, 0.3 }, { 0.5, 0.25 } });
		CountingExtractor extractor = new CountingExtractor();
		BoxFeatureCache cache = new BoxFeatureCache(BoxFeatureCache.DEFAULT_BUDGET_BYTES);

		float[][] first = cache.describe(extractor, "item-1", image, windows, null);
		assertEquals(windows.size(), extractor.extracted());
		float[][] again = cache.describe(extractor, "item-1", image, windows, null);
		assertEquals(windows.size(), extractor.extracted(), "nothing extracted a second time");
		for (int i = 0; i < windows.size(); i++) {
			assertArrayEquals(first[i], again[i], 1e-3f, "window " + i + " comes back (as 16-bit floats) in its place");
			assertEquals(Math.round(windows.get(i).w()), first[i][0], 1e-3f);
		}
		assertEquals(windows.size(), cache.hitsAndMisses()[0]);

		// a few new boxes among known ones: only the new ones are extracted
		List<Box> mixed = new ArrayList<>(windows.subList(0, 5));
		mixed.add(new Box(0, 3, 4, 20, 30, 0));
		cache.describe(extractor, "item-1", image, mixed, null);
		assertEquals(windows.size() + 1, extractor.extracted());

		// another item, and an image without a key, are not served from item-1's crops
		cache.describe(extractor, "item-2", image, windows.subList(0, 4), null);
		assertEquals(windows.size() + 5, extractor.extracted());
		cache.describe(extractor, null, image, windows.subList(0, 4), null);
		cache.describe(extractor, null, image, windows.subList(0, 4), null);
		assertEquals(windows.size() + 13, extractor.extracted(), "no key, no caching");
	}

	@Test
	void theLeastRecentlyUsedCropsGoBeyondTheBudget() throws Exception {
		BufferedImage image = gradient(64);
		List<Box> boxes = List.of(new Box(0, 0, 0, 10, 10, 0), new Box(0, 10, 10, 10, 10, 0), new Box(0, 20, 20, 10, 10, 0));
		CountingExtractor extractor = new CountingExtractor();
		BoxFeatureCache cache = new BoxFeatureCache(300); // room for two crops of three values (about 120 bytes each with their keys)
		cache.describe(extractor, "a", image, boxes.subList(0, 1), null);
		cache.describe(extractor, "a", image, boxes.subList(1, 2), null);
		cache.describe(extractor, "a", image, boxes.subList(0, 1), null); // the first is used again
		assertEquals(2, extractor.extracted());
		cache.describe(extractor, "a", image, boxes.subList(2, 3), null); // pushes out the second, the least recent
		assertTrue(cache.size() <= 300, "within the budget: " + cache.size());
		cache.describe(extractor, "a", image, boxes.subList(0, 1), null);
		assertEquals(3, extractor.extracted(), "the recently used first crop stayed");
		cache.describe(extractor, "a", image, boxes.subList(1, 2), null);
		assertEquals(4, extractor.extracted(), "the second was dropped");
	}

	@Test
	void windowShapesAreSnappedToAFixedLadderSoRetrainingsKeepThem() {
		Random random = new Random(5);
		List<double[]> sizes = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			sizes.add(new double[] { 0.15 + 0.25 * random.nextDouble(), 0.15 + 0.25 * random.nextDouble() });
		}
		double[][] before = BoxDetection.shapes(sizes);
		for (int i = 0; i < 60; i++) {
			sizes.add(new double[] { 0.15 + 0.25 * random.nextDouble(), 0.15 + 0.25 * random.nextDouble() });
		}
		double[][] after = BoxDetection.shapes(sizes);
		Set<String> kept = new HashSet<>();
		for (double[] shape : before) {
			kept.add(Arrays.toString(shape));
		}
		long same = Arrays.stream(after).filter(shape -> kept.contains(Arrays.toString(shape))).count();
		assertTrue(same >= after.length / 2, "twice the boxes of the same sizes keep most windows: " + Arrays.deepToString(before)
				+ " → " + Arrays.deepToString(after));
		// the previous model's shapes stay while they fit nearly as well; clearly worse ones give way
		double[][] tiny = { { 0.05, 0.05 } };
		assertTrue(BoxDetection.keepShapes(tiny, after, sizes) == after, "windows far smaller than every box give way");
		double[][] nearly = Arrays.stream(after).map(a -> new double[] { a[0] * 1.005, a[1] }).toArray(double[][]::new);
		assertTrue(BoxDetection.keepShapes(nearly, after, sizes) == nearly, "half a percent wider windows fit nearly as well: kept");
		assertTrue(BoxDetection.keepShapes(null, after, sizes) == after, "no previous model");
		for (double[] shape : after) {
			for (double side : shape) {
				double rung = Math.log(side) / Math.log(1.25);
				assertEquals(Math.round(rung), rung, 1e-9, "a power of 1.25: " + side);
			}
		}
	}
}
