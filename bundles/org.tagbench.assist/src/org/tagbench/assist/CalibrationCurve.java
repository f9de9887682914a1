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
 * @param threshold  the lowest threshold whose precision reaches {@code target}; empty when none does
 */
public record CalibrationCurve(List<Point> points, int decisions, double target, OptionalDouble threshold) {

	/** One threshold: {@code covered} decisions scored at or above it, {@code correct} of them right. */
	public record Point(double threshold, int covered, int correct, double precision, double coverage) {
	}

	public CalibrationCurve {
		points = List.copyOf(points);
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

	/** Coverage at the chosen threshold; 0 when there is none (nothing would be pre-labeled). */
	public double coverageAtThreshold() {
		return chosen().map(Point::coverage).orElse(0.0);
	}
}
