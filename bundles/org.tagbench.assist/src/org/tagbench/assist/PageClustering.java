package org.tagbench.assist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Groups unlabeled items into grid pages of similar images (4, 6 or 9 a page), so a labeler can assign
 * one class to a whole page at once.
 * <p>
 * Embeddings are standardized per feature and compared by cosine similarity. k-means (k-means++ seeding,
 * about four pages' worth of items per cluster) finds groups; each group is cut into pages greedily (a
 * seed and its nearest neighbours); the remainders of all groups are paged the same way at the end.
 * Every item lands on exactly one page; only the last page may be short.
 * </p>
 */
public final class PageClustering {

	private static final int ITERATIONS = 12;
	private static final int PAGES_PER_CLUSTER = 4;
	/** Pages' worth of items clustered at a time by {@link #queueOrder}. */
	public static final int WINDOW_PAGES = 24;

	private PageClustering() {
	}

	/**
	 * @return pages of indices into {@code embeddings}, similar pages next to each other
	 */
	public static List<int[]> pages(float[][] embeddings, int pageSize, long seed) {
		if (pageSize < 1) {
			throw new IllegalArgumentException("page size must be positive, got " + pageSize);
		}
		int n = embeddings.length;
		if (n == 0) {
			return List.of();
		}
		float[][] unit = normalize(embeddings);
		int k = Math.max(1, Math.round((float) n / (pageSize * PAGES_PER_CLUSTER)));
		int[] assignment = kMeans(unit, k, new Random(seed));
		List<List<Integer>> clusters = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			clusters.add(new ArrayList<>());
		}
		for (int i = 0; i < n; i++) {
			clusters.get(assignment[i]).add(i);
		}
		List<int[]> pages = new ArrayList<>();
		List<Integer> rest = new ArrayList<>();
		for (List<Integer> cluster : clusters) {
			rest.addAll(cutIntoPages(unit, cluster, pageSize, pages, false));
		}
		cutIntoPages(unit, rest, pageSize, pages, true);
		return pages;
	}

	/**
	 * A queue order in which every run of {@code pageSize} items is a page of similar images: the items, given in the
	 * project's order, are clustered window by window ({@value #WINDOW_PAGES} pages' worth at a time, as the
	 * classification editor does, so the work grows linearly with the items); the items of a window's short last
	 * page go on to the next window, only the very last page may be short.
	 *
	 * @return the indices into {@code embeddings}, each once, in the clustered order
	 */
	public static int[] queueOrder(float[][] embeddings, int pageSize, long seed) {
		if (pageSize < 1) {
			throw new IllegalArgumentException("page size must be positive, got " + pageSize);
		}
		int n = embeddings.length;
		int[] order = new int[n];
		int filled = 0;
		int next = 0;
		List<Integer> carried = new ArrayList<>();
		while (next < n || !carried.isEmpty()) {
			List<Integer> window = new ArrayList<>(carried);
			carried.clear();
			while (window.size() < WINDOW_PAGES * pageSize && next < n) {
				window.add(next++);
			}
			boolean last = next >= n;
			float[][] part = new float[window.size()][];
			for (int i = 0; i < part.length; i++) {
				part[i] = embeddings[window.get(i)];
			}
			for (int[] page : pages(part, pageSize, seed)) {
				for (int index : page) {
					if (page.length < pageSize && !last) {
						carried.add(window.get(index));
					} else {
						order[filled++] = window.get(index);
					}
				}
			}
		}
		return order;
	}

	/** Mean over pages of the share of the page's items that have its most frequent class. */
	public static double purity(List<int[]> pages, int[] classes) {
		if (pages.isEmpty()) {
			return Double.NaN;
		}
		double sum = 0;
		for (int[] page : pages) {
			Map<Integer, Integer> counts = new HashMap<>();
			int best = 0;
			for (int item : page) {
				best = Math.max(best, counts.merge(classes[item], 1, Integer::sum));
			}
			sum += (double) best / page.length;
		}
		return sum / pages.size();
	}

	/** Cuts full pages off {@code members}; returns what is left (or pages it all when {@code all}). */
	private static List<Integer> cutIntoPages(float[][] unit, List<Integer> members, int pageSize, List<int[]> pages, boolean all) {
		List<Integer> remaining = new ArrayList<>(members);
		while (remaining.size() >= pageSize || (all && !remaining.isEmpty())) {
			int seed = remaining.remove(0);
			int size = Math.min(pageSize, remaining.size() + 1);
			int[] page = new int[size];
			page[0] = seed;
			// The size - 1 nearest remaining members to the seed, by partial selection.
			Integer[] order = remaining.toArray(new Integer[0]);
			double[] similarity = new double[order.length];
			for (int j = 0; j < order.length; j++) {
				similarity[j] = dot(unit[seed], unit[order[j]]);
			}
			Integer[] byIndex = new Integer[order.length];
			for (int j = 0; j < order.length; j++) {
				byIndex[j] = j;
			}
			Arrays.sort(byIndex, (a, b) -> Double.compare(similarity[b], similarity[a]));
			boolean[] taken = new boolean[order.length];
			for (int j = 1; j < size; j++) {
				page[j] = order[byIndex[j - 1]];
				taken[byIndex[j - 1]] = true;
			}
			List<Integer> next = new ArrayList<>(order.length - size + 1);
			for (int j = 0; j < order.length; j++) {
				if (!taken[j]) {
					next.add(order[j]);
				}
			}
			remaining = next;
			pages.add(page);
		}
		return remaining;
	}

	static int[] kMeans(float[][] unit, int k, Random random) {
		int n = unit.length;
		int d = unit[0].length;
		float[][] centres = new float[k][];
		// k-means++: each next centre far (in cosine distance) from the chosen ones.
		centres[0] = unit[random.nextInt(n)].clone();
		double[] distance = new double[n];
		Arrays.fill(distance, Double.MAX_VALUE);
		for (int c = 1; c < k; c++) {
			double total = 0;
			for (int i = 0; i < n; i++) {
				distance[i] = Math.min(distance[i], Math.max(0, 1 - dot(unit[i], centres[c - 1])));
				total += distance[i];
			}
			double pick = random.nextDouble() * total;
			int chosen = n - 1;
			for (int i = 0; i < n; i++) {
				pick -= distance[i];
				if (pick <= 0) {
					chosen = i;
					break;
				}
			}
			centres[c] = unit[chosen].clone();
		}
		int[] assignment = new int[n];
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			boolean changed = false;
			for (int i = 0; i < n; i++) {
				int best = 0;
				double bestSimilarity = -Double.MAX_VALUE;
				for (int c = 0; c < k; c++) {
					double s = dot(unit[i], centres[c]);
					if (s > bestSimilarity) {
						bestSimilarity = s;
						best = c;
					}
				}
				changed |= assignment[i] != best || iteration == 0;
				assignment[i] = best;
			}
			if (!changed) {
				break;
			}
			float[][] sums = new float[k][d];
			int[] counts = new int[k];
			for (int i = 0; i < n; i++) {
				counts[assignment[i]]++;
				for (int j = 0; j < d; j++) {
					sums[assignment[i]][j] += unit[i][j];
				}
			}
			for (int c = 0; c < k; c++) {
				if (counts[c] > 0) {
					centres[c] = sums[c];
					normalizeInPlace(centres[c]);
				}
			}
		}
		return assignment;
	}

	/** Standardizes each feature over the set, then scales each row to unit length. */
	static float[][] normalize(float[][] embeddings) {
		float[][] moments = HeadTrainer.moments(embeddings);
		float[][] result = new float[embeddings.length][];
		for (int i = 0; i < embeddings.length; i++) {
			float[] row = new float[embeddings[i].length];
			for (int j = 0; j < row.length; j++) {
				row[j] = (embeddings[i][j] - moments[0][j]) / moments[1][j];
			}
			normalizeInPlace(row);
			result[i] = row;
		}
		return result;
	}

	private static void normalizeInPlace(float[] row) {
		double norm = Math.sqrt(dot(row, row));
		if (norm > 0) {
			for (int j = 0; j < row.length; j++) {
				row[j] /= norm;
			}
		}
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int j = 0; j < a.length; j++) {
			sum += a[j] * b[j];
		}
		return sum;
	}
}
