package org.tagbench.assist;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Precision and coverage of a model's decisions on held-out items, at every threshold that changes them.
 * <p>
 * Points are ordered by falling threshold (rising coverage). A decision is "covered" at threshold
 * {@code t} when its score is {@code >= t}; precision is the share of covered decisions that were right,
 * coverage the share of all decisions that are covered.
 * </p>
 *
 * @param points     one point per distinct score, highest threshold first
 * @param decisions  how many held-out decisions the curve was computed on
 * @param target     the precision the threshold was chosen for
 * @param threshold  the lowest threshold whose precision surely reaches {@code target} (its lower bound,
 *                   {@link Calibration#precisionLowerBound}); empty when none does
 */
public record CalibrationCurve(List<Point> points, int decisions, double target, OptionalDouble threshold, List<ClassCount> perClass) {

	/**
	 * The decisions of one class (the predicted class) at or above the chosen threshold, and how many were right:
	 * the threshold is global, so a weak class shows here.
	 */
	public record ClassCount(int covered, int correct) {

		public double precision() {
			return covered == 0 ? Double.NaN : (double) correct / covered;
		}
	}

	/** A curve without per-class figures (models stored before they were kept). */
	public CalibrationCurve(List<Point> points, int decisions, double target, OptionalDouble threshold) {
		this(points, decisions, target, threshold, List.of());
	}

	/** One threshold: {@code covered} decisions scored at or above it, {@code correct} of them right. */
	public record Point(double threshold, int covered, int correct, double precision, double coverage) {

		/** The precision this point is sure of, with 95 % confidence ({@link Calibration#precisionLowerBound}). */
		public double lowerBound() {
			return Calibration.precisionLowerBound(correct, covered);
		}
	}

	public CalibrationCurve {
		points = List.copyOf(points);
		perClass = List.copyOf(perClass);
	}

	/** The point at the chosen threshold, or empty when no threshold reaches the target. */
	public java.util.Optional<Point> chosen() {
		if (threshold.isEmpty()) {
			return java.util.Optional.empty();
		}
		return points.stream().filter(p -> p.threshold() == threshold.getAsDouble()).findFirst();
	}

	/** Precision at the chosen threshold; NaN when there is none. */
	public double precisionAtThreshold() {
		return chosen().map(Point::precision).orElse(Double.NaN);
	}

	/** Whether there are enough decisions for the target to be provable at all (if all of them were right). */
	public boolean targetReachable() {
		return decisions >= Calibration.decisionsNeeded(target);
	}

	/**
	 * One line for people: the chosen threshold with its measured precision, the precision it is sure of and its
	 * coverage; or why there is none — too few decisions to prove the target yet, or no threshold precise enough.
	 *
	 * @param decisionName what a decision is, plural ("labeled items", "true boxes")
	 */
	public String summary(String decisionName) {
		java.util.Optional<Point> p = chosen();
		if (p.isPresent()) {
			return String.format("threshold %.3f: %.1f %% precise (surely ≥ %.1f %%), %.1f %% coverage on %d %s", p.get().threshold(),
					100 * p.get().precision(), 100 * p.get().lowerBound(), 100 * p.get().coverage(), decisions, decisionName);
		}
		if (!targetReachable()) {
			int needed = Calibration.decisionsNeeded(target);
			return String.format("target %.0f %% not reachable yet: %d %s can prove at most %.1f %% precision%s: no pre-labels",
					100 * target, decisions, decisionName, 100 * Calibration.precisionLowerBound(decisions, decisions),
					needed == Integer.MAX_VALUE ? " (no sample proves 100 %)" : "; it takes at least " + needed);
		}
		double best = points.stream().mapToDouble(Point::lowerBound).max().orElse(0);
		return String.format("no threshold is surely %.0f %% precise on %d %s (the best is surely %.1f %%): no pre-labels",
				100 * target, decisions, decisionName, 100 * best);
	}

	/** Coverage at the chosen threshold; 0 when there is none (nothing would be pre-labeled). */
	public double coverageAtThreshold() {
		return chosen().map(Point::coverage).orElse(0.0);
	}
}
