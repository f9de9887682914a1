package org.tagbench.assist;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Features of box crops (labeled boxes and proposal windows), kept in memory for the session and keyed by
 * backbone, item and the crop's rectangle, so that a retraining describes only the crops of images it has not
 * seen before and a pre-labeling run after it finds the windows it already described. Window shapes are
 * rounded ({@link BoxDetection#shapes}) so that retrainings keep most of them. Values are stored as 16-bit
 * floats (1.3 KB per crop with the built-in backbone); the least recently used crops go beyond the budget.
 */
public final class BoxFeatureCache {

	/** About 200,000 crops of the built-in backbone: the windows of ≈ 200 images. */
	public static final long DEFAULT_BUDGET_BYTES = 256L << 20;

	private static final BoxFeatureCache SHARED = new BoxFeatureCache(DEFAULT_BUDGET_BYTES);
	/** Keeps nothing: for images without a key. */
	static final BoxFeatureCache NONE = new BoxFeatureCache(0);

	/** The crops and counters, shared by a cache and its {@linkplain #scope scopes}. */
	private static final class Store {
		final long budget;
		final LinkedHashMap<String, short[]> entries = new LinkedHashMap<>(1024, 0.75f, true);
		long bytes;
		long hits;
		long misses;

		Store(long budget) {
			this.budget = budget;
		}
	}

	private final Store store;
	private final String scope;

	public BoxFeatureCache(long budgetBytes) {
		this(new Store(budgetBytes), "");
	}

	private BoxFeatureCache(Store store, String scope) {
		this.store = store;
		this.scope = scope;
	}

	/** The session's cache, shared by the assist jobs of all projects: each takes its own {@link #scope}. */
	public static BoxFeatureCache shared() {
		return SHARED;
	}

	/** The same crops and budget, with item keys taken within {@code name} (e.g. a project's folder). */
	public BoxFeatureCache scope(String name) {
		return new BoxFeatureCache(store, scope + name + '|');
	}

	/**
	 * The features of the image's crops, in order: cached ones from the cache, the others extracted in batches
	 * and added. With a {@code null} item key nothing is cached (an image without a stable identity).
	 *
	 * @param itemKey identifies the image within the backbone's features (e.g. the project folder and item id)
	 */
	public float[][] describe(FeatureExtractor extractor, String itemKey, BufferedImage image, List<BoxDetection.Box> boxes,
			IProgressMonitor monitor) throws AssistException {
		float[][] features = new float[boxes.size()][];
		List<Integer> missing = new ArrayList<>();
		String prefix = itemKey == null ? null : scope + extractor.id() + '|' + itemKey + '|';
		synchronized (store) {
			for (int i = 0; i < boxes.size(); i++) {
				short[] half = prefix == null ? null : store.entries.get(prefix + rectangle(boxes.get(i)));
				if (half == null) {
					missing.add(i);
				} else {
					features[i] = toFloats(half);
					store.hits++;
				}
			}
			store.misses += missing.size();
		}
		int batch = Math.max(32, extractor.preferredBatchSize());
		for (int start = 0; start < missing.size(); start += batch) {
			if (monitor != null && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<Integer> part = missing.subList(start, Math.min(missing.size(), start + batch));
			float[][] computed = extractor.extract(part.stream().map(i -> BoxDetection.crop(image, boxes.get(i))).toList());
			synchronized (store) {
				for (int k = 0; k < part.size(); k++) {
					int i = part.get(k);
					features[i] = computed[k];
					if (prefix != null) {
						put(prefix + rectangle(boxes.get(i)), computed[k]);
					}
				}
			}
		}
		return features;
	}

	/** Crops found in the cache and crops extracted since it was made, all scopes together (for benchmarks and tests). */
	public long[] hitsAndMisses() {
		synchronized (store) {
			return new long[] { store.hits, store.misses };
		}
	}

	/** Bytes held, all scopes together. */
	public long size() {
		synchronized (store) {
			return store.bytes;
		}
	}

	private void put(String key, float[] vector) {
		short[] half = new short[vector.length];
		for (int j = 0; j < half.length; j++) {
			half[j] = FeatureCache.toHalf(vector[j]);
		}
		short[] old = store.entries.put(key, half);
		store.bytes += cost(key, half) - (old == null ? 0 : cost(key, old));
		for (Iterator<Map.Entry<String, short[]>> it = store.entries.entrySet().iterator(); store.bytes > store.budget && it.hasNext();) {
			Map.Entry<String, short[]> eldest = it.next();
			store.bytes -= cost(eldest.getKey(), eldest.getValue());
			it.remove();
		}
	}

	private static long cost(String key, short[] half) {
		return 2L * half.length + 2L * key.length() + 64; // values, key characters, entry and array headers
	}

	private static float[] toFloats(short[] half) {
		float[] vector = new float[half.length];
		for (int j = 0; j < half.length; j++) {
			vector[j] = FeatureCache.toFloat(half[j]);
		}
		return vector;
	}

	/** The crop's pixels: what {@link BoxDetection#crop} takes from the box. */
	private static String rectangle(BoxDetection.Box box) {
		return (int) Math.floor(box.x()) + "," + (int) Math.floor(box.y()) + "," + Math.round(box.w()) + "," + Math.round(box.h());
	}
}
