package org.tagbench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tagbench.assist.PageClustering;

class PageClusteringTest {

	/** Five well separated Gaussian blobs in 20 dimensions, 37 items each (not a multiple of the page size). */
	private static float[][] blobs(int[] classes, Random random) {
		int d = 20;
		float[][] centres = new float[5][d];
		for (float[] centre : centres) {
			for (int j = 0; j < d; j++) {
				centre[j] = (float) random.nextGaussian() * 5;
			}
		}
		float[][] points = new float[classes.length][d];
		for (int i = 0; i < classes.length; i++) {
			classes[i] = i % 5;
			for (int j = 0; j < d; j++) {
				points[i][j] = centres[classes[i]][j] + (float) random.nextGaussian() * 0.5f;
			}
		}
		return points;
	}

	@Test
	void separableDataGivesPurePagesAndEveryItemOnce() {
		for (int pageSize : new int[] { 4, 6, 9 }) {
			int[] classes = new int[185];
			float[][] points = blobs(classes, new Random(pageSize));
			List<int[]> pages = PageClustering.pages(points, pageSize, 7);
			Set<Integer> seen = new HashSet<>();
			for (int k = 0; k < pages.size(); k++) {
				int[] page = pages.get(k);
				assertTrue(page.length == pageSize || k == pages.size() - 1, "only the last page may be short");
				for (int item : page) {
					assertTrue(seen.add(item), "item " + item + " on two pages");
				}
			}
			assertEquals(185, seen.size());
			double purity = PageClustering.purity(pages, classes);
			assertTrue(purity > 0.95, "purity " + purity + " at page size " + pageSize);
		}
	}

	@Test
	void aQueueOrderOverManyWindowsHasEveryItemOnceAndPurePagesInEveryRun() {
		for (int pageSize : new int[] { 4, 6, 9 }) {
			int items = PageClustering.WINDOW_PAGES * pageSize * 3 + 7; // three windows and a bit
			int[] classes = new int[items];
			float[][] points = blobs(classes, new Random(pageSize + 100));
			int[] order = PageClustering.queueOrder(points, pageSize, 5);
			assertEquals(items, order.length);
			assertEquals(items, java.util.Arrays.stream(order).distinct().count(), "every item once");
			double purity = PageClustering.purity(runs(order, pageSize), classes);
			assertTrue(purity > 0.9, "purity " + purity + " of runs of " + pageSize);
			int[] projectOrder = java.util.stream.IntStream.range(0, items).toArray();
			assertTrue(PageClustering.purity(runs(projectOrder, pageSize), classes) < 0.5, "the project's order mixes classes");
		}
	}

	/** The pages a labeler leasing {@code pageSize} items at a time in {@code order} gets. */
	static List<int[]> runs(int[] order, int pageSize) {
		List<int[]> pages = new java.util.ArrayList<>();
		for (int start = 0; start < order.length; start += pageSize) {
			pages.add(java.util.Arrays.copyOfRange(order, start, Math.min(order.length, start + pageSize)));
		}
		return pages;
	}

	@Test
	void randomPagesOfTheSameDataAreFarLessPure() {
		int[] classes = new int[185];
		blobs(classes, new Random(1));
		List<int[]> sequential = new java.util.ArrayList<>();
		for (int i = 0; i + 9 <= 180; i += 9) {
			int[] page = new int[9];
			for (int j = 0; j < 9; j++) {
				page[j] = i + j; // classes cycle 0..4 along the index, so these pages mix all classes
			}
			sequential.add(page);
		}
		assertTrue(PageClustering.purity(sequential, classes) < 0.4);
	}

	@Test
	void purityOfHandMadePages() {
		int[] classes = { 0, 0, 0, 1, 1, 2 };
		assertEquals((2.0 / 3 + 1.0 / 3) / 2, PageClustering.purity(List.of(new int[] { 0, 1, 3 }, new int[] { 2, 4, 5 }), classes), 1e-12);
	}
}
