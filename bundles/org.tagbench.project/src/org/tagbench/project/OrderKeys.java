package org.tagbench.project;

import java.nio.charset.StandardCharsets;

/**
 * The seeded random order in which items are labeled. Each item's key is a hash of the project's seed,
 * the position of its data source in the project and its path there: the order is reproducible from the
 * seed and the data, does not depend on the order in which files were found, and items added by a later
 * refresh fall at random places among the rest.
 */
public final class OrderKeys {

	private OrderKeys() {
	}

	public static long of(long seed, int dataSourceIndex, String path) {
		long hash = seed ^ 0x9E3779B97F4A7C15L;
		for (byte b : (dataSourceIndex + "\0" + path).getBytes(StandardCharsets.UTF_8)) {
			hash = mix(hash ^ (b & 0xFF));
		}
		// non-negative, so that ascending order is the labeling order everywhere (SQL, Java)
		return mix(hash) >>> 1;
	}

	/** SplitMix64's finaliser: every input bit affects every output bit. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
