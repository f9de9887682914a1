package org.tagbench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.assist.AssistModel;
import org.tagbench.assist.AssistTraining;
import org.tagbench.assist.Calibration;
import org.tagbench.assist.HeadKind;
import org.tagbench.assist.HeadPredictor;
import org.tagbench.assist.HeadTrainer;
import org.tagbench.assist.LabelPropagation;

/**
 * Label propagation over the kNN graph of labeled and unlabeled items (the graph's similarities computed with
 * TensorFlow): a few labels reach their whole cluster, the blend is the mean of head and propagation, and a model
 * trained with unlabeled items stores the labels it propagated from, which pre-labeling propagates again.
 */
class LabelPropagationTest {

	private static final int CLASSES = 3;
	private static final int PER_CLASS = 60;

	@TempDir
	Path temp;

	/** Three separated blobs in 16 dimensions, one per class, {@link #PER_CLASS} points each (class i at rows i, i+3, …). */
	private static float[][] blobs(Random random) {
		float[][] points = new float[CLASSES * PER_CLASS][16];
		for (int i = 0; i < points.length; i++) {
			int c = i % CLASSES;
			for (int j = 0; j < 16; j++) {
				points[i][j] = (float) ((j % CLASSES == c ? 3 : 0) + random.nextGaussian());
			}
		}
		return points;
	}

	@Test
	void twoLabelsPerClassReachTheirWholeCluster() throws Exception {
		float[][] points = blobs(new Random(3));
		int[] seeds = new int[points.length];
		Arrays.fill(seeds, -1);
		for (int i = 0; i < 2 * CLASSES; i++) {
			seeds[i] = i % CLASSES; // the first two points of each class
		}
		LabelPropagation graph = LabelPropagation.graph(points);
		assertEquals(points.length, graph.size());
		float[][] propagated = graph.propagate(seeds, CLASSES);
		int right = 0;
		for (int i = 2 * CLASSES; i < points.length; i++) {
			assertEquals(1.0, propagated[i][0] + propagated[i][1] + propagated[i][2], 1e-4, "a distribution over the classes");
			right += Calibration.argMax(propagated[i]) == i % CLASSES ? 1 : 0;
		}
		assertTrue(right >= 0.95 * (points.length - 2 * CLASSES), right + " of " + (points.length - 2 * CLASSES) + " unlabeled points");

	}

	@Test
	void theDecisionScoreIsTheMeanOfHeadAndPropagation() {
		assertArrayEquals(new float[] { 0.5f, 0.3f, 0.2f }, LabelPropagation.blend(new float[] { 0.8f, 0.2f, 0f }, new float[] { 0.2f, 0.4f, 0.4f }),
				1e-6f);
		assertTrue(LabelPropagation.applies(HeadKind.MULTI_CLASS, LabelPropagation.MAX_LABELED));
		assertFalse(LabelPropagation.applies(HeadKind.MULTI_CLASS, LabelPropagation.MAX_LABELED + 1), "more labels: the head alone");
		assertFalse(LabelPropagation.applies(HeadKind.MULTI_LABEL, 10), "multi-label: the head alone");
	}

	@Test
	void aModelTrainedWithUnlabeledItemsStoresItsSeedsAndPrelabelsFromThem() throws Exception {
		float[][] points = blobs(new Random(5));
		int labeled = 90;
		float[][] x = Arrays.copyOf(points, labeled);
		float[][] y = new float[labeled][CLASSES];
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < labeled; i++) {
			y[i][i % CLASSES] = 1;
			ids.add("item-" + i);
		}
		float[][] unlabeled = Arrays.copyOfRange(points, labeled, points.length);
		Path models = temp.resolve("models");
		AssistModel model = AssistTraining.train(HeadKind.MULTI_CLASS, x, y, List.of("a", "b", "c"), "test", 0.8,
				AssistTraining.CALIBRATION_FOLDS, models, HeadTrainer.Options.defaults(), new AssistTraining.Unlabeled(ids, unlabeled),
				new NullProgressMonitor());
		Optional<LabelPropagation.Seeds> seeds = LabelPropagation.Seeds.read(model.folder());
		assertTrue(seeds.isPresent(), "the seeds are stored with the model");
		assertEquals(ids, seeds.get().ids());
		for (int i = 0; i < labeled; i++) {
			assertEquals(i % CLASSES, seeds.get().classes()[i]);
		}
		assertEquals(labeled, model.curve().decisions(), "every labeled item is one cross-fitted decision");
		assertTrue(model.canPrelabel(), "separated blobs prove 80 %: " + model.curve().summary("labeled items"));

		// pre-labeling: the head's scores blended with the classes propagated from the stored seeds
		float[][] head;
		try (HeadPredictor predictor = HeadPredictor.load(model.savedModel(), model.dimension())) {
			head = predictor.predict(unlabeled);
		}
		float[][] scores = LabelPropagation.scores(seeds.get(), x, unlabeled, head, CLASSES);
		int decided = 0;
		for (int i = 0; i < unlabeled.length; i++) {
			List<org.tagbench.assist.Prelabel> prelabels = AssistTraining.decide(model, scores[i]);
			if (!prelabels.isEmpty()) {
				decided++;
				assertEquals(List.of("a", "b", "c").get((labeled + i) % CLASSES), prelabels.get(0).classId(), "item " + (labeled + i));
			}
		}
		assertTrue(decided > unlabeled.length / 2, decided + " of " + unlabeled.length + " pre-labeled");

		AssistModel headAlone = AssistTraining.train(HeadKind.MULTI_CLASS, x, y, List.of("a", "b", "c"), "test", 0.8,
				AssistTraining.CALIBRATION_FOLDS, models, HeadTrainer.Options.defaults(), new NullProgressMonitor());
		assertTrue(LabelPropagation.Seeds.read(headAlone.folder()).isEmpty(), "without unlabeled items: the head alone, no seeds");
	}
}
