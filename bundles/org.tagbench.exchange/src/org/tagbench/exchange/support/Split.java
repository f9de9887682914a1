package org.tagbench.exchange.support;

import java.nio.charset.StandardCharsets;

import org.tagbench.exchange.ExportOptions;

/**
 * The seeded train/validation split. An item's split depends only on its id and the seed (never on the order
 * or number of items), so the same item lands in the same split in every export with the same seed, and
 * adding items to a project never moves existing ones.
 */
public final class Split {

	private Split() {
	}

	/** Whether the item with this id goes to the validation split. */
	public static boolean isValidation(String itemId, ExportOptions options) {
		return options.validationFraction() > 0 && unit(itemId, options.splitSeed()) < options.validationFraction();
	}

	/** A number in [0, 1) from FNV-1a over the UTF-8 id, seeded, finished with the SplitMix64 mixer. */
	static double unit(String itemId, long seed) {
		long hash = 0xcbf29ce484222325L ^ mix(seed);
		for (byte b : itemId.getBytes(StandardCharsets.UTF_8)) {
			hash ^= b & 0xff;
			hash *= 0x100000001b3L;
		}
		return (mix(hash) >>> 11) * 0x1.0p-53;
	}

	private static long mix(long value) {
		long z = value + 0x9e3779b97f4a7c15L;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
