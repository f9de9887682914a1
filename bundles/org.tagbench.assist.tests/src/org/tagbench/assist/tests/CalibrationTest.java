package org.tagbench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

	@Test
	void choosesTheLowestThresholdReachingTheTarget() {
		double[] scores = { 0.99, 0.95, 0.9, 0.8, 0.7, 0.6 };
		boolean[] correct = { true, true, true, false, true, false };
		// precision: 1, 1, 1, 0.75, 0.8, 0.667 → target 0.8 is reached lowest at 0.7 (non-monotonic curve).
		CalibrationCurve curve = Calibration.curve(scores, correct, 0.8);
		assertEquals(0.7, curve.threshold().getAsDouble());
		assertEquals(0.8, curve.precisionAtThreshold(), 1e-12);
		assertEquals(5.0 / 6, curve.coverageAtThreshold(), 1e-12);
		// target 0.95: only the top three reach it.
		assertEquals(0.9, Calibration.curve(scores, correct, 0.95).threshold().getAsDouble());
		assertEquals(0.5, Calibration.curve(scores, correct, 0.95).coverageAtThreshold(), 1e-12);
	}

	@Test
	void tiedScoresShareOnePoint() {
		double[] scores = { 0.9, 0.9, 0.9, 0.5 };
		boolean[] correct = { true, false, true, true };
		CalibrationCurve curve = Calibration.curve(scores, correct, 0.6);
		assertEquals(2, curve.points().size());
		assertEquals(3, curve.points().get(0).covered());
		assertEquals(0.5, curve.threshold().getAsDouble()); // 3 of 4 = 0.75 ≥ 0.6 at the lowest score
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
		assertEquals(0.7, curve.threshold().getAsDouble(), 1e-6);
	}

	@Test
	void multiLabelCountsEveryItemClassPair() {
		float[][] probabilities = { { 0.9f, 0.2f }, { 0.8f, 0.7f } };
		boolean[][] truth = { { true, false }, { true, false } };
		CalibrationCurve curve = Calibration.multiLabel(probabilities, truth, 0.95);
		assertEquals(4, curve.decisions());
		assertEquals(0.8, curve.threshold().getAsDouble(), 1e-6);
		assertEquals(1.0, Calibration.multiLabelRecall(probabilities, truth, 0.8), 1e-12);
		assertEquals(0.5, Calibration.multiLabelRecall(probabilities, truth, 0.85), 1e-12);
	}

	@Test
	void rejectsBadInputWithAMessage() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Calibration.curve(new double[] { 0.5 }, new boolean[0], 0.9));
		assertTrue(e.getMessage().contains("length"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Calibration.curve(new double[0], new boolean[0], 1.5));
	}
}
