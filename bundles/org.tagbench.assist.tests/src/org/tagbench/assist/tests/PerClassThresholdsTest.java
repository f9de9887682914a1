package org.tagbench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.assist.AssistModel;
import org.tagbench.assist.AssistModels;
import org.tagbench.assist.AssistTraining;
import org.tagbench.assist.Calibration;
import org.tagbench.assist.CalibrationCurve;
import org.tagbench.assist.HeadKind;
import org.tagbench.assist.Prelabel;

/**
 * Per-class thresholds: a class whose own cross-fitted decisions prove the target gets its own threshold, the others
 * keep the global one, raised where needed so that everything pre-labeled is still surely at the target.
 */
class PerClassThresholdsTest {

	private static final double TARGET = 0.95;

	/**
	 * A class's decisions: scores uniform in [0.3, 1); right for sure from {@code sureFrom} up, below it right with
	 * probability {@code below}.
	 */
	private record Quality(double sureFrom, double below, int decisions) {

		boolean right(double score, Random random) {
			return score >= sureFrom || random.nextDouble() < below;
		}

		/** Exact precision of all decisions (not only a sample's) scoring at or above {@code t}. */
		double precisionAbove(double t) {
			if (t >= sureFrom) {
				return 1;
			}
			double from = Math.max(t, 0.3);
			return (below * (sureFrom - from) + (1 - sureFrom)) / (1 - from);
		}
	}

	/** Clean (right from 0.45 up), noisy (right for sure only from 0.85 up), and two classes too small to prove 95 % alone. */
	private static final Quality[] CLASSES = { new Quality(0.45, 0.5, 300), new Quality(0.85, 0.75, 300), new Quality(0.6, 0.6, 60),
			new Quality(0.6, 0.6, 60) };

	private static CalibrationCurve calibrate(long seed) {
		Random random = new Random(seed);
		List<double[]> decisions = new ArrayList<>(); // score, right, class
		for (int c = 0; c < CLASSES.length; c++) {
			for (int i = 0; i < CLASSES[c].decisions(); i++) {
				double score = 0.3 + 0.7 * random.nextDouble();
				decisions.add(new double[] { score, CLASSES[c].right(score, random) ? 1 : 0, c });
			}
		}
		double[] scores = decisions.stream().mapToDouble(d -> d[0]).toArray();
		boolean[] correct = new boolean[scores.length];
		int[] classOf = new int[scores.length];
		for (int i = 0; i < scores.length; i++) {
			correct[i] = decisions.get(i)[1] > 0;
			classOf[i] = (int) decisions.get(i)[2];
		}
		return Calibration.curve(scores, correct, classOf, CLASSES.length, TARGET);
	}

	@Test
	void aCleanClassGetsALowerThresholdThanANoisyOneAndSmallClassesShareOne() {
		CalibrationCurve curve = calibrate(1);
		CalibrationCurve.ClassCount clean = curve.perClass().get(0);
		CalibrationCurve.ClassCount noisy = curve.perClass().get(1);
		assertTrue(clean.own() && noisy.own(), "300 decisions each prove 95 % on their own: " + curve.perClass());
		assertTrue(clean.threshold().getAsDouble() < 0.5, "clean class: " + clean);
		assertTrue(noisy.threshold().getAsDouble() > 0.8, "noisy class: " + noisy);
		assertTrue(clean.lowerBound() >= TARGET && noisy.lowerBound() >= TARGET);
		// 60 decisions each cannot prove 95 % alone; pooled (120) they can, and share the threshold
		for (int c = 2; c < 4; c++) {
			assertFalse(curve.perClass().get(c).own(), "class " + c + ": " + curve.perClass().get(c));
			assertEquals(60, curve.perClass().get(c).decisions());
		}
		assertTrue(curve.sharedThreshold().isPresent());
		assertTrue(curve.sharedThreshold().getAsDouble() >= curve.threshold().getAsDouble(), "never below the global threshold");
		assertEquals(curve.sharedThreshold(), curve.thresholdOf(2));
		assertEquals(curve.sharedThreshold(), curve.thresholdOf(3));
		int covered = curve.perClass().stream().mapToInt(CalibrationCurve.ClassCount::covered).sum();
		int correct = curve.perClass().stream().mapToInt(CalibrationCurve.ClassCount::correct).sum();
		assertTrue(Calibration.precisionLowerBound(correct, covered) >= TARGET, "everything pre-labeled is surely at the target");
		assertEquals(2, curve.classesWithOwnThreshold());
		assertTrue(curve.summary("labeled items")
				.endsWith(String.format("; own thresholds for 2 of 4 classes, the others %.3f", curve.sharedThreshold().getAsDouble())),
				curve.summary("labeled items"));
		// one global threshold would have to suit the noisy class too: the clean class now covers more
		assertTrue(clean.threshold().getAsDouble() < curve.threshold().orElse(1.0));
	}

	@Test
	void precisionOnUnseenDecisionsStaysAtTheTargetPerClassWithItsOwnThresholdAndOverall() {
		// 200 calibrations on fresh samples; the precision of all decisions (exact, not a sample) above the thresholds
		// chosen: of each class with its own threshold, and of all pre-labels. The bound is 95 % confident for one
		// threshold; choosing the lowest of many (and per class) takes some of that, so a lucky sample may miss the
		// target: rarely, and on average the precision is above it. All pre-labels together miss it no more often
		// than with one global threshold, and there are more of them.
		int draws = 200;
		int[] below = new int[CLASSES.length + 1]; // per class, then overall
		double[] sum = new double[CLASSES.length + 1];
		int[] counted = new int[CLASSES.length + 1];
		int globalBelow = 0;
		double coveredPerClass = 0;
		double coveredGlobal = 0;
		int cleanLower = 0;
		for (int seed = 0; seed < draws; seed++) {
			CalibrationCurve curve = calibrate(100 + seed);
			double covered = 0;
			double correct = 0;
			for (int c = 0; c < CLASSES.length; c++) {
				OptionalDouble t = curve.thresholdOf(c);
				if (t.isEmpty()) {
					continue; // no pre-labels: nothing to be imprecise about
				}
				double precision = CLASSES[c].precisionAbove(t.getAsDouble());
				double share = CLASSES[c].decisions() * (1 - Math.max(0.3, t.getAsDouble())) / 0.7;
				covered += share;
				correct += share * precision;
				if (curve.perClass().get(c).own()) {
					below[c] += precision < TARGET ? 1 : 0;
					sum[c] += precision;
					counted[c]++;
				}
			}
			assertTrue(covered > 0, "seed " + seed + " pre-labels something");
			below[CLASSES.length] += correct / covered < TARGET ? 1 : 0;
			sum[CLASSES.length] += correct / covered;
			counted[CLASSES.length]++;
			globalBelow += overallPrecision(curve.threshold()) < TARGET ? 1 : 0;
			coveredPerClass += covered;
			coveredGlobal += curve.threshold().isEmpty() ? 0 : decisionsAbove(curve.threshold().getAsDouble());
			if (curve.perClass().get(0).own() && curve.perClass().get(1).own()
					&& curve.thresholdOf(0).getAsDouble() < curve.thresholdOf(1).getAsDouble()) {
				cleanLower++;
			}
		}
		for (int c : new int[] { 0, 1, CLASSES.length }) { // the small classes rarely have their own: checked overall
			String what = (c < CLASSES.length ? "class " + c : "all pre-labels") + " in " + counted[c] + " draws";
			assertTrue(below[c] <= counted[c] / 8, what + " missed the target " + below[c] + " times");
			assertTrue(sum[c] / counted[c] >= TARGET, what + ": mean precision " + sum[c] / counted[c]);
		}
		assertTrue(counted[0] == draws && counted[1] >= draws * 9 / 10, "the clean and the noisy class prove the target alone");
		assertTrue(counted[2] + counted[3] <= draws / 20, "60 decisions, often wrong below 0.6, rarely prove 95 % alone: "
				+ (counted[2] + counted[3]));
		assertTrue(below[CLASSES.length] <= globalBelow,
				"per-class thresholds miss " + below[CLASSES.length] + " times, one global threshold " + globalBelow);
		assertTrue(coveredPerClass > 1.2 * coveredGlobal, "per-class thresholds pre-label more: " + coveredPerClass + " vs " + coveredGlobal);
		assertTrue(cleanLower >= counted[1] * 9 / 10, "the clean class's threshold is the lower one: " + cleanLower);
	}

	/** Expected decisions of all classes at or above one threshold (of as many as a calibration sample has). */
	private static double decisionsAbove(double threshold) {
		double covered = 0;
		for (Quality q : CLASSES) {
			covered += q.decisions() * (1 - Math.max(0.3, threshold)) / 0.7;
		}
		return covered;
	}

	/** Exact precision of all decisions at or above one threshold for every class. */
	private static double overallPrecision(OptionalDouble threshold) {
		if (threshold.isEmpty()) {
			return 1;
		}
		double covered = 0;
		double correct = 0;
		for (Quality q : CLASSES) {
			double share = q.decisions() * (1 - Math.max(0.3, threshold.getAsDouble())) / 0.7;
			covered += share;
			correct += share * q.precisionAbove(threshold.getAsDouble());
		}
		return correct / covered;
	}

	private static AssistModel model(HeadKind kind, CalibrationCurve curve) {
		return new AssistModel("m7", Path.of("unused"), kind, List.of("a", "b", "c"), "x", 3, curve, 100, 1, 0);
	}

	private static CalibrationCurve withThresholds(OptionalDouble global, CalibrationCurve.ClassCount... perClass) {
		return new CalibrationCurve(List.of(new CalibrationCurve.Point(0.5, 10, 10, 1, 1)), 10, TARGET, global, List.of(perClass));
	}

	@Test
	void prelabelsUseTheirClasssThreshold() {
		CalibrationCurve curve = withThresholds(OptionalDouble.of(0.8),
				new CalibrationCurve.ClassCount(60, 60, 70, OptionalDouble.of(0.4), true),
				new CalibrationCurve.ClassCount(5, 5, 20, OptionalDouble.of(0.9), false),
				new CalibrationCurve.ClassCount(0, 0, 20, OptionalDouble.empty(), false));
		AssistModel multiClass = model(HeadKind.MULTI_CLASS, curve);
		assertEquals(List.of(new Prelabel("a", 0.5f, "m7")), AssistTraining.decide(multiClass, new float[] { 0.5f, 0.3f, 0.2f }),
				"class a's own threshold 0.4, below the global 0.8");
		assertEquals(List.of(), AssistTraining.decide(multiClass, new float[] { 0.1f, 0.85f, 0.05f }), "b needs the shared 0.9");
		assertEquals(List.of(), AssistTraining.decide(multiClass, new float[] { 0.0f, 0.01f, 0.99f }), "c has no threshold");
		AssistModel multiLabel = model(HeadKind.MULTI_LABEL, curve);
		assertEquals(List.of(new Prelabel("a", 0.45f, "m7"), new Prelabel("b", 0.95f, "m7")),
				AssistTraining.decide(multiLabel, new float[] { 0.45f, 0.95f, 0.99f }));
		assertTrue(multiLabel.canPrelabel());
		AssistModel none = model(HeadKind.MULTI_CLASS, withThresholds(OptionalDouble.of(0.8),
				new CalibrationCurve.ClassCount(0, 0, 20, OptionalDouble.empty(), false)));
		assertFalse(none.canPrelabel(), "no class has a threshold, whatever the global one");
	}

	@Test
	void modelsStoredBeforePerClassThresholdsUseTheGlobalOne(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve(AssistModels.DESCRIPTION), """
				{ "version": "m3", "kind": "MULTI_CLASS", "extractor": "x", "dimension": 3, "trainedOn": 200,
				  "trainingMillis": 900, "created": 1, "classIds": ["a", "b"],
				  "calibration": { "targetPrecision": 0.95, "decisions": 200, "threshold": 0.9,
				    "points": [[0.99, 60, 60], [0.9, 70, 69]], "perClass": [[40, 40], [30, 29]] } }
				""", StandardCharsets.UTF_8);
		AssistModel old = AssistModels.read(folder);
		assertEquals(OptionalDouble.of(0.9), old.curve().thresholdOf(0));
		assertEquals(OptionalDouble.of(0.9), old.curve().thresholdOf(1));
		assertEquals(0, old.curve().classesWithOwnThreshold());
		assertEquals(40, old.curve().perClass().get(0).covered());
		assertEquals(List.of(new Prelabel("b", 0.92f, "m3")), AssistTraining.decide(old, new float[] { 0.08f, 0.92f }));
		// without per-class figures at all (older still)
		Files.writeString(folder.resolve(AssistModels.DESCRIPTION), Files.readString(folder.resolve(AssistModels.DESCRIPTION))
				.replace(", \"perClass\": [[40, 40], [30, 29]]", ""), StandardCharsets.UTF_8);
		AssistModel older = AssistModels.read(folder);
		assertTrue(older.curve().perClass().isEmpty());
		assertEquals(OptionalDouble.of(0.9), older.curve().thresholdOf(1));
		assertTrue(older.canPrelabel());
	}
}
