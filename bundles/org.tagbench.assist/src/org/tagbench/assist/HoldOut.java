package org.tagbench.assist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Chooses the labeled items kept aside for calibration: never trained on by the model that scores them. */
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
		Map<Integer, List<Integer>> byClass = byClass(strata);
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

	/**
	 * Stratified folds for cross-fitted calibration: within each class (in a shuffled order) items are dealt to the
	 * folds in turn, continuing where the previous class stopped, so folds differ in size by at most one and each
	 * class is spread over them.
	 *
	 * @param strata each item's class
	 * @return each item's fold, in {@code [0, folds)}
	 */
	public static int[] folds(int[] strata, int folds, long seed) {
		if (folds < 2) {
			throw new IllegalArgumentException("need at least two folds, got " + folds);
		}
		Map<Integer, List<Integer>> byClass = byClass(strata);
		Random random = new Random(seed);
		int[] fold = new int[strata.length];
		int next = 0;
		for (List<Integer> members : byClass.values()) {
			Collections.shuffle(members, random);
			for (int i : members) {
				fold[i] = next;
				next = (next + 1) % folds;
			}
		}
		return fold;
	}

	/** The items of each class, classes in ascending order. */
	private static Map<Integer, List<Integer>> byClass(int[] strata) {
		Map<Integer, List<Integer>> byClass = new TreeMap<>();
		for (int i = 0; i < strata.length; i++) {
			byClass.computeIfAbsent(strata[i], k -> new ArrayList<>()).add(i);
		}
		return byClass;
	}
}
