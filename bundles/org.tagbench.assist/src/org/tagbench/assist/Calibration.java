package org.tagbench.assist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Chooses the confidence threshold above which pre-labels are accurate enough, from held-out decisions
 * the model was never trained on.
 */
public final class Calibration {

	/** The default precision pre-labels must reach (a project setting, {@code AssistSettings.targetPrecision}). */
	public static final double DEFAULT_TARGET_PRECISION = 0.95;

	private Calibration() {
	}

	/**
	 * Computes the precision–coverage curve of the decisions and chooses the lowest threshold whose
	 * precision reaches {@code target} (the one that pre-labels most items while staying precise enough).
	 *
	 * @param scores  the confidence of each decision (for multi-class, the top class's probability)
	 * @param correct whether each decision was right
	 * @param target  the precision to reach, in (0, 1]
	 */
	public static CalibrationCurve curve(double[] scores, boolean[] correct, double target) {
		if (scores.length != correct.length) {
			throw new IllegalArgumentException("scores and correct differ in length: " + scores.length + " vs " + correct.length);
		}
		if (!(target > 0 && target <= 1)) {
			throw new IllegalArgumentException("target precision must be in (0, 1], got " + target);
		}
		int n = scores.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			if (Double.isNaN(scores[i])) {
				throw new IllegalArgumentException("score " + i + " is NaN");
			}
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
		List<CalibrationCurve.Point> points = new ArrayList<>();
		int covered = 0;
		int right = 0;
		for (int k = 0; k < n; k++) {
			int i = order[k];
			covered++;
			if (correct[i]) {
				right++;
			}
			// Ties share one threshold: a point is only complete after the last decision of its score.
			if (k + 1 < n && scores[order[k + 1]] == scores[i]) {
				continue;
			}
			points.add(new CalibrationCurve.Point(scores[i], covered, right, (double) right / covered, (double) covered / n));
		}
		OptionalDouble threshold = OptionalDouble.empty();
		for (CalibrationCurve.Point p : points) {
			if (p.precision() >= target) {
				threshold = OptionalDouble.of(p.threshold()); // later points have lower thresholds
			}
		}
		return new CalibrationCurve(points, n, target, threshold);
	}

	/**
	 * Multi-class decisions: each held-out item's top class and its probability.
	 *
	 * @param probabilities one row of class probabilities per held-out item
	 * @param truth         each item's true class index
	 */
	public static CalibrationCurve multiClass(float[][] probabilities, int[] truth, double target) {
		double[] scores = new double[probabilities.length];
		boolean[] correct = new boolean[probabilities.length];
		for (int i = 0; i < probabilities.length; i++) {
			int best = argMax(probabilities[i]);
			scores[i] = probabilities[i][best];
			correct[i] = best == truth[i];
		}
		return curve(scores, correct, target);
	}

	/**
	 * Multi-label decisions: every (item, class) pair is a decision "the item has the class" with the
	 * class's sigmoid as its score. Coverage is then the share of all pairs asserted, which depends on how
	 * many classes an item has; {@link #multiLabelRecall} gives the share of true labels found.
	 */
	public static CalibrationCurve multiLabel(float[][] probabilities, boolean[][] truth, double target) {
		int rows = probabilities.length;
		int classes = rows == 0 ? 0 : probabilities[0].length;
		double[] scores = new double[rows * classes];
		boolean[] correct = new boolean[rows * classes];
		for (int i = 0; i < rows; i++) {
			for (int c = 0; c < classes; c++) {
				scores[i * classes + c] = probabilities[i][c];
				correct[i * classes + c] = truth[i][c];
			}
		}
		return curve(scores, correct, target);
	}

	/** Share of true (item, class) pairs whose score is at or above {@code threshold}. */
	public static double multiLabelRecall(float[][] probabilities, boolean[][] truth, double threshold) {
		int positives = 0;
		int found = 0;
		for (int i = 0; i < probabilities.length; i++) {
			for (int c = 0; c < probabilities[i].length; c++) {
				if (truth[i][c]) {
					positives++;
					if (probabilities[i][c] >= threshold) {
						found++;
					}
				}
			}
		}
		return positives == 0 ? 0 : (double) found / positives;
	}

	/** Index of the largest value (the first on ties). */
	public static int argMax(float[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] > values[best]) {
				best = i;
			}
		}
		return best;
	}
}
