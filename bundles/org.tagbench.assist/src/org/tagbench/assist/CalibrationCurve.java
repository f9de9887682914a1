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
	 * One class's threshold and its calibration decisions (for multi-class, those predicting the class) at or above it.
	 *
	 * @param covered   decisions of the class at or above {@code threshold}
	 * @param correct   how many of them were right
	 * @param decisions all decisions of the class; -1 in models stored before per-class thresholds
	 * @param threshold what the class's pre-labels must score: its own, or the one shared by the classes without
	 *                  their own; empty when neither surely reaches the target (the class gets no pre-labels)
	 * @param own       whether the class's own decisions proved the target ({@link Calibration#perClass})
	 */
	public record ClassCount(int covered, int correct, int decisions, OptionalDouble threshold, boolean own) {

		public double precision() {
			return covered == 0 ? Double.NaN : (double) correct / covered;
		}

		/** The precision the class's own decisions at its threshold are sure of (95 % confidence). */
		public double lowerBound() {
			return Calibration.precisionLowerBound(correct, covered);
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

	/**
	 * The threshold the pre-labels of class {@code classIndex} must reach: the class's own or shared one; the global
	 * {@link #threshold()} for curves without per-class thresholds (models stored before them).
	 */
	public OptionalDouble thresholdOf(int classIndex) {
		return perClass.isEmpty() ? threshold : perClass.get(classIndex).threshold();
	}

	/** Whether any class has a threshold: if not, nothing is pre-labeled. */
	public boolean canPrelabel() {
		return perClass.isEmpty() ? threshold.isPresent() : perClass.stream().anyMatch(c -> c.threshold().isPresent());
	}

	/** How many classes have a threshold of their own. */
	public long classesWithOwnThreshold() {
		return perClass.stream().filter(ClassCount::own).count();
	}

	/** The threshold of the classes without their own; empty when none is proven or every class has its own. */
	public OptionalDouble sharedThreshold() {
		return perClass.stream().filter(c -> !c.own()).findFirst().map(ClassCount::threshold).orElse(OptionalDouble.empty());
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
		return globalSummary(decisionName) + perClassSummary() + (canPrelabel() ? "" : ": no pre-labels");
	}

	private String globalSummary(String decisionName) {
		java.util.Optional<Point> p = chosen();
		if (p.isPresent()) {
			return String.format("threshold %.3f: %.1f %% precise (surely ≥ %.1f %%), %.1f %% coverage on %d %s", p.get().threshold(),
					100 * p.get().precision(), 100 * p.get().lowerBound(), 100 * p.get().coverage(), decisions, decisionName);
		}
		if (!targetReachable()) {
			int needed = Calibration.decisionsNeeded(target);
			return String.format("target %.0f %% not reachable yet: %d %s can prove at most %.1f %% precision%s", 100 * target,
					decisions, decisionName, 100 * Calibration.precisionLowerBound(decisions, decisions),
					needed == Integer.MAX_VALUE ? " (no sample proves 100 %)" : "; it takes at least " + needed);
		}
		double best = points.stream().mapToDouble(Point::lowerBound).max().orElse(0);
		return String.format("no threshold is surely %.0f %% precise on %d %s (the best is surely %.1f %%)", 100 * target, decisions,
				decisionName, 100 * best);
	}

	/** "; own thresholds for 2 of 10 classes, the others 0.912": only when some class has its own. */
	private String perClassSummary() {
		long own = classesWithOwnThreshold();
		if (own == 0) {
			return "";
		}
		OptionalDouble shared = sharedThreshold();
		String others = own == perClass.size() ? ""
				: shared.isPresent() ? String.format(", the others %.3f", shared.getAsDouble()) : ", none for the others";
		return String.format("; own thresholds for %d of %d classes%s", own, perClass.size(), others);
	}

	/** Coverage at the chosen threshold; 0 when there is none (nothing would be pre-labeled). */
	public double coverageAtThreshold() {
		return chosen().map(Point::coverage).orElse(0.0);
	}
}
