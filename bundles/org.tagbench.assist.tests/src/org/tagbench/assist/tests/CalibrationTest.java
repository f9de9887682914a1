package org.tagbench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tagbench.assist.Calibration;
import org.tagbench.assist.CalibrationCurve;

class CalibrationTest {

	@Test
	void curveHasPrecisionAndCoverageAtEveryDistinctScore() {
		double[] scores = { 0.9, 0.8, 0.7, 0.6, 0.5 };
		boolean[] correct = { true, true, false, true, false };
		CalibrationCurve curve = Calibration.curve(scores, correct, 0.95);
		assertEquals(5, curve.points().size());
		// At 0.7: three covered, two right.
		CalibrationCurve.Point p = curve.points().get(2);
		assertEquals(0.7, p.threshold());
		assertEquals(3, p.covered());
		assertEquals(2, p.correct());
		assertEquals(2.0 / 3, p.precision(), 1e-12);
		assertEquals(0.6, p.coverage(), 1e-12);
		// At 0.6: 3 of 4 right.
		assertEquals(0.75, curve.points().get(3).precision(), 1e-12);
	}

	/** Decisions scored 1.0, 0.99, 0.98, …: right or wrong as {@code pattern} says. */
	private static CalibrationCurve sequence(boolean[] pattern, double target) {
		double[] scores = new double[pattern.length];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = 1.0 - i / 1000.0;
		}
		return Calibration.curve(scores, pattern, target);
	}

	private static boolean[] runs(int... lengths) {
		// alternating runs: right, wrong, right, …
		java.util.List<Boolean> list = new java.util.ArrayList<>();
		for (int r = 0; r < lengths.length; r++) {
			for (int k = 0; k < lengths[r]; k++) {
				list.add(r % 2 == 0);
			}
		}
		boolean[] result = new boolean[list.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = list.get(i);
		}
		return result;
	}

	@Test
	void precisionLowerBoundIsWilsonsAt95PercentConfidence() {
		// Wilson score interval, z = 1.645, worked out by hand: 99 of 100 → 0.9564, 52 of 52 → 0.9505
		assertEquals(0.95641, Calibration.precisionLowerBound(99, 100), 1e-4);
		assertEquals(0.95054, Calibration.precisionLowerBound(52, 52), 1e-4);
		assertTrue(Calibration.precisionLowerBound(51, 51) < 0.95);
		assertEquals(0.0, Calibration.precisionLowerBound(0, 0));
		assertEquals(52, Calibration.decisionsNeeded(0.95));
		assertEquals(Integer.MAX_VALUE, Calibration.decisionsNeeded(1.0));
	}

	@Test
	void choosesTheLowestThresholdWhosePrecisionIsSurelyAtTheTarget() {
		// 60 right, 1 wrong, 20 right, 19 wrong: measured precision stays ≥ 95 % down to the 84th decision (80 of 84),
		// but only the first 60 prove it (lower bound 95.7 %; 80 of 81 is surely only 94.7 %)
		CalibrationCurve curve = sequence(runs(60, 1, 20, 19), 0.95);
		assertEquals(1.0 - 59 / 1000.0, curve.threshold().getAsDouble(), 1e-12);
		assertEquals(1.0, curve.precisionAtThreshold(), 1e-12);
		assertEquals(0.6, curve.coverageAtThreshold(), 1e-12);
		assertEquals(0.95685, curve.chosen().orElseThrow().lowerBound(), 1e-4);
		assertTrue(curve.summary("labeled items").startsWith("threshold 0.941: 100.0 % precise (surely ≥ 95.7 %), 60.0 % coverage"),
				curve.summary("labeled items"));
		// a lower target is reached further down, and the curve need not be monotonic to find it
		CalibrationCurve lower = sequence(runs(60, 1, 20, 19), 0.9);
		assertEquals(1.0 - 82 / 1000.0, lower.threshold().getAsDouble(), 1e-12, "80 of 83 is surely ≥ 91.3 %; 80 of 84 is not");
	}

	@Test
	void tooFewDecisionsCannotReachTheTargetAndSaySo() {
		// 50 decisions, all right: 100 % measured, yet only 94.9 % proven; 95 % needs 52
		CalibrationCurve curve = sequence(runs(50), 0.95);
		assertTrue(curve.threshold().isEmpty());
		assertFalse(curve.targetReachable());
		assertEquals(0.0, curve.coverageAtThreshold());
		String summary = curve.summary("labeled items");
		assertTrue(summary.contains("not reachable yet") && summary.contains("50 labeled items") && summary.contains("at least 52")
				&& summary.endsWith("no pre-labels"), summary);
		// enough decisions but never precise enough: a different message
		boolean[] threeOfFour = new boolean[80];
		for (int i = 0; i < threeOfFour.length; i++) {
			threeOfFour[i] = i % 4 != 3;
		}
		CalibrationCurve poor = sequence(threeOfFour, 0.95);
		assertTrue(poor.targetReachable());
		assertTrue(poor.threshold().isEmpty());
		assertTrue(poor.summary("labeled items").startsWith("no threshold is surely 95 % precise on 80 labeled items"),
				poor.summary("labeled items"));
	}

	@Test
	void tiedScoresShareOnePoint() {
		double[] scores = { 0.9, 0.9, 0.9, 0.5 };
		boolean[] correct = { true, false, true, true };
		CalibrationCurve curve = Calibration.curve(scores, correct, 0.2);
		assertEquals(2, curve.points().size());
		assertEquals(3, curve.points().get(0).covered());
		assertEquals(0.5, curve.threshold().getAsDouble()); // 3 of 4: surely ≥ 0.35
	}

	@Test
	void noThresholdWhenTheTargetIsNeverReached() {
		CalibrationCurve curve = Calibration.curve(new double[] { 0.9, 0.8 }, new boolean[] { false, true }, 0.95);
		assertTrue(curve.threshold().isEmpty());
		assertEquals(0.0, curve.coverageAtThreshold());
		assertTrue(Double.isNaN(curve.precisionAtThreshold()));
	}

	@Test
	void multiClassUsesTheTopClassAndItsProbability() {
		float[][] probabilities = { { 0.7f, 0.2f, 0.1f }, { 0.1f, 0.5f, 0.4f }, { 0.3f, 0.3f, 0.4f } };
		int[] truth = { 0, 2, 2 };
		CalibrationCurve curve = Calibration.multiClass(probabilities, truth, 0.95);
		assertEquals(3, curve.decisions());
		// Sorted: 0.7 right, 0.5 wrong (predicted 1), 0.4 right.
		assertEquals(0.7, curve.points().get(0).threshold(), 1e-6);
		assertEquals(0.5, curve.points().get(1).precision(), 1e-12);
		assertTrue(curve.threshold().isEmpty(), "three decisions prove nothing");
	}

	@Test
	void perClassFiguresCountTheDecisionsAtEachClasssThresholdByPredictedClass() {
		// class 0 predicted confidently and rightly, class 1 less confidently and once wrongly, class 2 never on top
		float[][] probabilities = { { 0.95f, 0.03f, 0.02f }, { 0.94f, 0.03f, 0.03f }, { 0.1f, 0.8f, 0.1f }, { 0.2f, 0.7f, 0.1f },
				{ 0.3f, 0.6f, 0.1f }, { 0.5f, 0.2f, 0.3f } };
		int[] truth = { 0, 0, 1, 2, 1, 2 };
		CalibrationCurve curve = Calibration.multiClass(probabilities, truth, 0.4);
		// all: 0.95 ✓, 0.94 ✓, 0.8 ✓, 0.7 ✗, 0.6 ✓, 0.5 ✗ → 4 of 5 at 0.6 is surely ≥ 0.42; 4 of 6 is not
		assertEquals(0.6, curve.threshold().getAsDouble(), 1e-6);
		assertEquals(3, curve.perClass().size());
		// class 0 alone: 2 of 2 at 0.94 is surely ≥ 0.425, its own threshold; its 0.5 (wrong) stays out
		CalibrationCurve.ClassCount zero = curve.perClass().get(0);
		assertTrue(zero.own());
		assertEquals(0.94, zero.threshold().getAsDouble(), 1e-6);
		assertEquals(3, zero.decisions());
		assertEquals(2, zero.covered());
		assertEquals(2, zero.correct());
		// classes 1 and 2 keep the global 0.6: with it, everything pre-labeled (class 0's 2 of 2 with 0.8 ✓, 0.7 ✗,
		// 0.6 ✓) is 4 of 5, surely ≥ 0.435
		assertFalse(curve.perClass().get(1).own());
		assertEquals(0.6, curve.perClass().get(1).threshold().getAsDouble(), 1e-6);
		assertEquals(3, curve.perClass().get(1).covered());
		assertEquals(2, curve.perClass().get(1).correct());
		assertEquals(0, curve.perClass().get(2).decisions());
		assertEquals(0.6, curve.thresholdOf(2).getAsDouble(), 1e-6);
		assertTrue(curve.canPrelabel());
		assertTrue(curve.summary("labeled items").endsWith("; own thresholds for 1 of 3 classes, the others 0.600"),
				curve.summary("labeled items"));
		assertTrue(Calibration.curve(new double[] { 0.9 }, new boolean[] { true }, 0.95).perClass().isEmpty(), "no classes, no figures");
	}

	@Test
	void multiLabelCountsEveryItemClassPair() {
		float[][] probabilities = { { 0.9f, 0.2f }, { 0.8f, 0.7f } };
		boolean[][] truth = { { true, false }, { true, false } };
		CalibrationCurve curve = Calibration.multiLabel(probabilities, truth, 0.3);
		assertEquals(4, curve.decisions());
		assertEquals(0.8, curve.threshold().getAsDouble(), 1e-6, "two of two surely ≥ 0.42");
		assertEquals(1.0, Calibration.multiLabelRecall(probabilities, truth, 0.8), 1e-12);
		assertEquals(0.5, Calibration.multiLabelRecall(probabilities, truth, 0.85), 1e-12);
	}

	@Test
	void calibrationFoldsAreStratifiedAndBalanced() {
		// 10 items of class 0, 7 of class 1, 1 of class 2 dealt to 4 folds
		int[] strata = new int[18];
		for (int i = 10; i < 17; i++) {
			strata[i] = 1;
		}
		strata[17] = 2;
		int[] folds = org.tagbench.assist.HoldOut.folds(strata, 4, 7);
		int[][] count = new int[3][4];
		int[] size = new int[4];
		for (int i = 0; i < strata.length; i++) {
			assertTrue(folds[i] >= 0 && folds[i] < 4);
			count[strata[i]][folds[i]]++;
			size[folds[i]]++;
		}
		for (int c = 0; c < 2; c++) {
			int min = java.util.Arrays.stream(count[c]).min().orElseThrow();
			int max = java.util.Arrays.stream(count[c]).max().orElseThrow();
			assertTrue(max - min <= 1, "class " + c + " spread over the folds: " + java.util.Arrays.toString(count[c]));
		}
		assertTrue(java.util.Arrays.stream(size).max().orElseThrow() - java.util.Arrays.stream(size).min().orElseThrow() <= 1,
				java.util.Arrays.toString(size));
		assertEquals(java.util.Arrays.toString(folds), java.util.Arrays.toString(org.tagbench.assist.HoldOut.folds(strata, 4, 7)),
				"the same seed deals the same folds");
		assertThrows(IllegalArgumentException.class, () -> org.tagbench.assist.HoldOut.folds(strata, 1, 7));
	}

	@Test
	void rejectsBadInputWithAMessage() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Calibration.curve(new double[] { 0.5 }, new boolean[0], 0.9));
		assertTrue(e.getMessage().contains("length"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Calibration.curve(new double[0], new boolean[0], 1.5));
	}
}
