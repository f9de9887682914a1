package org.tagbench.assist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Chooses the labeled items kept aside for calibration: never trained on. */
public final class HoldOut {

	private HoldOut() {
	}

	/**
	 * A stratified split: within each class (for multi-label, each item's first label) a {@code share} of
	 * the items, rounded, is held out, and at least one item of every class with two or more, so each
	 * class is both trained on and measured.
	 *
	 * @param strata each item's class
	 * @return {@code true} for the items to hold out
	 */
	public static boolean[] stratified(int[] strata, double share, long seed) {
		if (!(share > 0 && share < 1)) {
			throw new IllegalArgumentException("hold-out share must be in (0, 1), got " + share);
		}
		Map<Integer, List<Integer>> byClass = new TreeMap<>();
		for (int i = 0; i < strata.length; i++) {
			byClass.computeIfAbsent(strata[i], k -> new ArrayList<>()).add(i);
		}
		Random random = new Random(seed);
		boolean[] heldOut = new boolean[strata.length];
		for (List<Integer> members : byClass.values()) {
			if (members.size() < 2) {
				continue;
			}
			Collections.shuffle(members, random);
			int count = Math.max(1, Math.min(members.size() - 1, (int) Math.round(members.size() * share)));
			for (int k = 0; k < count; k++) {
				heldOut[members.get(k)] = true;
			}
		}
		return heldOut;
	}
}
