package org.tagbench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.assist.AssistException;
import org.tagbench.assist.Calibration;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.FeatureExtractors;
import org.tagbench.assist.HeadKind;
import org.tagbench.assist.HeadPredictor;
import org.tagbench.assist.HeadTrainer;
import org.tagbench.assist.PageClustering;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Result;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/** Real TensorFlow: built-in features of generated shapes, a head trained on them, run back through DJL. */
class HeadTrainingTest {

	private static final int TRAIN = 160;
	private static float[][] features;
	private static int[] classes;

	@BeforeAll
	static void extract() throws AssistException {
		SyntheticShapes shapes = new SyntheticShapes(320, 42);
		FeatureExtractor extractor = FeatureExtractors.find(FeatureExtractors.BUILT_IN_ID).orElseThrow();
		features = extractor.extract(shapes.images);
		classes = shapes.classArray();
		assertEquals(320, features.length);
		assertEquals(extractor.dimension(), features[0].length);
	}

	private static float[][] oneHot(int from, int to) {
		float[][] targets = new float[to - from][SyntheticShapes.CLASSES];
		for (int i = from; i < to; i++) {
			targets[i - from][classes[i]] = 1;
		}
		return targets;
	}

	private static float[][] rows(int from, int to) {
		return java.util.Arrays.copyOfRange(features, from, to);
	}

	@Test
	void multiClassHeadLearnsShapesAndRoundTripsThroughASavedModel(@TempDir Path folder) throws Exception {
		Path model = folder.resolve("model-1");
		float loss = HeadTrainer.train(HeadKind.MULTI_CLASS, rows(0, TRAIN), oneHot(0, TRAIN), HeadTrainer.Options.defaults(),
				model, new NullProgressMonitor());
		assertTrue(Float.isFinite(loss) && loss < 0.5f, "training loss " + loss);
		assertTrue(Files.isRegularFile(model.resolve("saved_model.pb")));

		float[][] scores;
		try (HeadPredictor predictor = HeadPredictor.load(model, features[0].length)) {
			scores = predictor.predict(rows(TRAIN, features.length));
		}
		int right = 0;
		for (int i = 0; i < scores.length; i++) {
			assertEquals(1.0, sum(scores[i]), 1e-4, "softmax rows sum to 1");
			if (Calibration.argMax(scores[i]) == classes[TRAIN + i]) {
				right++;
			}
		}
		double accuracy = (double) right / scores.length;
		// Four classes: chance is 25 %.
		assertTrue(accuracy >= 0.8, "held-out accuracy " + accuracy);

		// The same SavedModel through TensorFlow Java directly gives the same scores as through DJL.
		try (SavedModelBundle bundle = SavedModelBundle.load(model.toString(), "serve")) {
			float[][] direct = rows(TRAIN, TRAIN + 5);
			float[] flat = new float[5 * direct[0].length];
			for (int i = 0; i < 5; i++) {
				System.arraycopy(direct[i], 0, flat, i * direct[0].length, direct[0].length);
			}
			try (TFloat32 input = TFloat32.tensorOf(Shape.of(5, direct[0].length), DataBuffers.of(flat, true, false));
					Result result = bundle.call(java.util.Map.of(HeadTrainer.INPUT, input))) {
				TFloat32 output = (TFloat32) result.get(HeadTrainer.OUTPUT).orElseThrow();
				float[] values = new float[5 * SyntheticShapes.CLASSES];
				output.copyTo(DataBuffers.of(values, false, false));
				for (int i = 0; i < 5; i++) {
					assertArrayEquals(java.util.Arrays.copyOfRange(values, i * 4, i * 4 + 4), scores[i], 1e-5f);
				}
			}
		}
	}

	@Test
	void multiLabelHeadGivesIndependentSigmoids(@TempDir Path folder) throws Exception {
		// Labels: "round" (disc) and "has corners" (square, triangle, cross): two overlapping-free labels plus
		// "straight edges" for square and cross, so items carry one or two labels.
		float[][] targets = new float[features.length][3];
		for (int i = 0; i < features.length; i++) {
			targets[i][0] = classes[i] == 0 ? 1 : 0;
			targets[i][1] = classes[i] != 0 ? 1 : 0;
			targets[i][2] = classes[i] == 1 || classes[i] == 3 ? 1 : 0;
		}
		Path model = folder.resolve("model-ml");
		HeadTrainer.train(HeadKind.MULTI_LABEL, rows(0, TRAIN), java.util.Arrays.copyOfRange(targets, 0, TRAIN),
				HeadTrainer.Options.defaults(), model, null);
		float[][] scores;
		try (HeadPredictor predictor = HeadPredictor.load(model, features[0].length)) {
			scores = predictor.predict(rows(TRAIN, features.length));
		}
		int right = 0;
		int total = 0;
		boolean sumsDiffer = false;
		for (int i = 0; i < scores.length; i++) {
			sumsDiffer |= Math.abs(sum(scores[i]) - 1) > 0.2;
			for (int k = 0; k < 3; k++) {
				total++;
				if ((scores[i][k] >= 0.5f) == (targets[TRAIN + i][k] > 0.5f)) {
					right++;
				}
			}
		}
		assertTrue(sumsDiffer, "sigmoid scores are not a distribution over classes");
		assertTrue((double) right / total >= 0.8, "per-label accuracy " + (double) right / total);
	}

	@Test
	void cancellingStopsTrainingAndWritesNothing(@TempDir Path folder) {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		Path model = folder.resolve("cancelled");
		assertThrows(OperationCanceledException.class, () -> HeadTrainer.train(HeadKind.MULTI_CLASS, rows(0, 40),
				oneHot(0, 40), HeadTrainer.Options.defaults(), model, monitor));
		assertTrue(Files.notExists(model));
	}

	@Test
	void builtInFeaturesClusterShapesIntoPurerPagesThanChance() {
		List<int[]> pages = PageClustering.pages(features, 6, 3);
		double purity = PageClustering.purity(pages, classes);
		// Random pages of 6 items from 4 balanced classes have purity ≈ 0.5.
		assertTrue(purity > 0.6, "purity " + purity);
	}

	@Test
	void builtInExtractorIsAnOsgiService() {
		assertTrue(FeatureExtractors.available().stream().anyMatch(e -> e.id().equals(FeatureExtractors.BUILT_IN_ID)));
	}

	private static double sum(float[] values) {
		double s = 0;
		for (float v : values) {
			s += v;
		}
		return s;
	}
}
