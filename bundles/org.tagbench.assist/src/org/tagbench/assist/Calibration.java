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

	/**
	 * A threshold is chosen only when the precision measured at it is high enough to be sure, with 95 %
	 * confidence (one-sided), that the true precision reaches the target: the Wilson lower bound at z = 1.645.
	 * Taking the measured precision itself picks, among many thresholds, the one where a small sample was luckiest
	 * (on Fashion-MNIST the held-out 97 % became 87 % on the rest).
	 */
	public static final double CONFIDENCE_Z = 1.645;

	private Calibration() {
	}

	/**
	 * Computes the precision–coverage curve of the decisions and chooses the lowest threshold whose
	 * precision is surely at the {@code target} (its {@linkplain #precisionLowerBound lower bound} reaches it): the
	 * one that pre-labels most items while staying precise enough.
	 *
	 * @param scores  the confidence of each decision (for multi-class, the top class's probability)
	 * @param correct whether each decision was right
	 * @param target  the precision to reach, in (0, 1]
	 */
	public static CalibrationCurve curve(double[] scores, boolean[] correct, double target) {
		return curve(scores, correct, null, 0, target);
	}

	/**
	 * As {@link #curve(double[], boolean[], double)}, with each decision's (predicted) class, so that the curve also
	 * holds {@linkplain #perClass per-class thresholds}: the one each class's pre-labels use, with its decisions at or
	 * above it and the right ones.
	 *
	 * @param classOf each decision's class in {@code [0, classes)}, or {@code null}
	 */
	public static CalibrationCurve curve(double[] scores, boolean[] correct, int[] classOf, int classes, double target) {
		if (scores.length != correct.length || classOf != null && classOf.length != scores.length) {
			throw new IllegalArgumentException("scores and correct differ in length: " + scores.length + " vs " + correct.length);
		}
		if (!(target > 0 && target <= 1)) {
			throw new IllegalArgumentException("target precision must be in (0, 1], got " + target);
		}
		for (int i = 0; i < scores.length; i++) {
			if (Double.isNaN(scores[i])) {
				throw new IllegalArgumentException("score " + i + " is NaN");
			}
		}
		int[] all = java.util.stream.IntStream.range(0, scores.length).toArray();
		List<CalibrationCurve.Point> points = points(scores, correct, all);
		OptionalDouble threshold = choose(points, target);
		return new CalibrationCurve(points, scores.length, target, threshold, perClass(scores, correct, classOf, classes, target));
	}

	/**
	 * The curve of the decisions {@code subset}: one point per distinct score, highest first; coverage is the share of
	 * the subset covered.
	 */
	static List<CalibrationCurve.Point> points(double[] scores, boolean[] correct, int[] subset) {
		int n = subset.length;
		Integer[] order = new Integer[n];
		for (int k = 0; k < n; k++) {
			order[k] = subset[k];
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
		return points;
	}

	/**
	 * Per-class thresholds. A class whose own decisions prove the target (some threshold's lower bound on them alone
	 * reaches it) gets the lowest such threshold of its own. The other classes keep the global threshold (chosen on all
	 * decisions), raised where needed so that all pre-labels together (the classes with their own thresholds at theirs,
	 * the others at the shared one) are still surely at the target. Each class then gets its decisions at or above the
	 * threshold it uses and the right ones. Empty without classes.
	 * <p>
	 * Why the shared threshold is never below the global one: lowering it on the strength of the own-threshold classes
	 * counts their luck twice (each own threshold is already the lowest of many that passed), and in simulations all
	 * pre-labels then missed the target twice as often as with one global threshold. Why not a threshold proven on the
	 * other classes' decisions alone: on Fashion-MNIST after 1,000 labels the four classes that prove 95 % alone are the
	 * easy ones, the six others pooled never do, and coverage on the rest fell from 54.6 % to 29.5 % (docs/ASSIST.md).
	 * </p>
	 */
	static List<CalibrationCurve.ClassCount> perClass(double[] scores, boolean[] correct, int[] classOf, int classes,
			double target) {
		if (classOf == null) {
			return List.of();
		}
		int[][] decisionsOf = new int[classes][];
		OptionalDouble[] own = new OptionalDouble[classes];
		List<Integer> pooled = new ArrayList<>();
		int ownCovered = 0;
		int ownRight = 0;
		for (int k = 0; k < classes; k++) {
			int c = k;
			decisionsOf[k] = java.util.stream.IntStream.range(0, scores.length).filter(i -> classOf[i] == c).toArray();
			own[k] = choose(points(scores, correct, decisionsOf[k]), target);
			for (int i : decisionsOf[k]) {
				if (own[k].isEmpty()) {
					pooled.add(i);
				} else if (scores[i] >= own[k].getAsDouble()) {
					ownCovered++;
					ownRight += correct[i] ? 1 : 0;
				}
			}
		}
		OptionalDouble together = OptionalDouble.empty();
		for (CalibrationCurve.Point p : points(scores, correct, pooled.stream().mapToInt(Integer::intValue).toArray())) {
			if (precisionLowerBound(ownRight + p.correct(), ownCovered + p.covered()) >= target) {
				together = OptionalDouble.of(p.threshold()); // later points have lower thresholds
			}
		}
		OptionalDouble global = choose(points(scores, correct, java.util.stream.IntStream.range(0, scores.length).toArray()), target);
		OptionalDouble shared = global.isEmpty() || together.isEmpty() ? OptionalDouble.empty()
				: OptionalDouble.of(Math.max(global.getAsDouble(), together.getAsDouble()));
		List<CalibrationCurve.ClassCount> result = new ArrayList<>();
		for (int k = 0; k < classes; k++) {
			OptionalDouble threshold = own[k].isPresent() ? own[k] : shared;
			int covered = 0;
			int right = 0;
			for (int i : decisionsOf[k]) {
				if (threshold.isPresent() && scores[i] >= threshold.getAsDouble()) {
					covered++;
					right += correct[i] ? 1 : 0;
				}
			}
			result.add(new CalibrationCurve.ClassCount(covered, right, decisionsOf[k].length, threshold, own[k].isPresent()));
		}
		return result;
	}

	/** The lowest threshold whose precision's lower bound reaches {@code target}; points are ordered by falling threshold. */
	static OptionalDouble choose(List<CalibrationCurve.Point> points, double target) {
		OptionalDouble threshold = OptionalDouble.empty();
		for (CalibrationCurve.Point p : points) {
			if (p.lowerBound() >= target) {
				threshold = OptionalDouble.of(p.threshold()); // later points have lower thresholds
			}
		}
		return threshold;
	}

	/**
	 * The Wilson score lower bound (at {@link #CONFIDENCE_Z}) of a precision measured as {@code correct} of
	 * {@code covered}: the true precision is below it with about 5 % probability. 0 when nothing is covered.
	 */
	public static double precisionLowerBound(int correct, int covered) {
		if (covered <= 0) {
			return 0;
		}
		double z2 = CONFIDENCE_Z * CONFIDENCE_Z;
		double p = (double) correct / covered;
		double centre = p + z2 / (2.0 * covered);
		double spread = CONFIDENCE_Z * Math.sqrt(p * (1 - p) / covered + z2 / (4.0 * covered * covered));
		return Math.max(0, (centre - spread) / (1 + z2 / covered));
	}

	/**
	 * How many decisions, all right, it takes before the lower bound reaches {@code target}
	 * ({@code Integer.MAX_VALUE} for a target of 1: no sample proves perfection).
	 */
	public static int decisionsNeeded(double target) {
		if (target >= 1) {
			return Integer.MAX_VALUE;
		}
		int n = (int) Math.ceil(CONFIDENCE_Z * CONFIDENCE_Z * target / (1 - target));
		while (precisionLowerBound(n, n) < target) {
			n++; // guard against rounding at the boundary
		}
		while (n > 1 && precisionLowerBound(n - 1, n - 1) >= target) {
			n--;
		}
		return Math.max(1, n);
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
		int[] predicted = new int[probabilities.length];
		for (int i = 0; i < probabilities.length; i++) {
			int best = argMax(probabilities[i]);
			scores[i] = probabilities[i][best];
			correct[i] = best == truth[i];
			predicted[i] = best;
		}
		return curve(scores, correct, predicted, probabilities.length == 0 ? 0 : probabilities[0].length, target);
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
		int[] classOf = new int[rows * classes];
		for (int i = 0; i < rows; i++) {
			for (int c = 0; c < classes; c++) {
				scores[i * classes + c] = probabilities[i][c];
				correct[i * classes + c] = truth[i][c];
				classOf[i * classes + c] = c;
			}
		}
		return curve(scores, correct, classOf, classes, target);
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
