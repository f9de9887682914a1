package org.tagbench.assist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * One round of training: cross-fitted calibration (the labeled items are split into stratified folds; a head
 * trained without each fold scores it, so every labeled item is scored by a model that never saw it), the
 * threshold chosen on those scores, and the head that pre-labels trained on all labeled items, stored as the
 * next version.
 * <p>
 * Why not one held-out share: at 200 labels a quarter is 50 decisions, too few to show 95 % precision with any
 * confidence (it takes 52 right of 52), and the threshold chosen on so few was lucky (held-out 97 %, 87 % on the
 * rest of Fashion-MNIST). Four folds make all 200 calibration decisions, and the final head learns from all 200.
 * Its scores come from a head trained on a third more items than each fold's, which measured on Fashion-MNIST
 * kept the precision on unseen items at or above the proven bound (docs/ASSIST.md).
 * </p>
 */
public final class AssistTraining {

	/** Folds of the cross-fitted calibration. */
	public static final int CALIBRATION_FOLDS = 4;

	/** Share of labeled images kept for the calibration of box models (one split: see {@link BoxDetection}). */
	public static final double DEFAULT_HOLD_OUT_SHARE = 0.25;

	private AssistTraining() {
	}

	/** Trains without label propagation (the head alone), e.g. for multi-label projects. */
	public static AssistModel train(HeadKind kind, float[][] features, float[][] targets, List<String> classIds,
			String extractorId, double targetPrecision, int folds, Path modelsFolder, HeadTrainer.Options options,
			IProgressMonitor monitor) throws AssistException {
		return train(kind, features, targets, classIds, extractorId, targetPrecision, folds, modelsFolder, options, null, monitor);
	}

	/**
	 * What label propagation needs besides the labeled items' features ({@link LabelPropagation}).
	 *
	 * @param labeledIds the labeled items' ids, in the order of their features (stored as the model's seeds)
	 * @param unlabeled  features of the next unlabeled items in the project's order (at most
	 *                   {@link LabelPropagation#MAX_UNLABELED}; they are never labels, only the graph's structure)
	 */
	public record Unlabeled(List<String> labeledIds, float[][] unlabeled) {
	}

	/**
	 * @param features       cached features of the labeled items
	 * @param targets        one-hot (multi-class) or 0/1 per class (multi-label) rows, one per item
	 * @param classIds       the label class id of each target column
	 * @param targetPrecision precision the pre-labels must reach, e.g. {@link Calibration#DEFAULT_TARGET_PRECISION}
	 * @param folds          folds of the calibration, e.g. {@link #CALIBRATION_FOLDS}
	 * @param modelsFolder   where model versions live (one sub-folder each)
	 * @param propagation    the labeled items' ids and the unlabeled items' features: a multi-class model on at most
	 *                       {@link LabelPropagation#MAX_LABELED} labels then scores items by the head blended with
	 *                       label propagation, cross-fitted like the head; null for the head alone
	 */
	public static AssistModel train(HeadKind kind, float[][] features, float[][] targets, List<String> classIds,
			String extractorId, double targetPrecision, int folds, Path modelsFolder, HeadTrainer.Options options,
			Unlabeled propagation, IProgressMonitor monitor) throws AssistException {
		if (targets.length != features.length || features.length == 0) {
			throw new IllegalArgumentException("need one target row per feature row, and some: " + features.length + " vs "
					+ targets.length);
		}
		if (classIds.size() != targets[0].length) {
			throw new IllegalArgumentException(classIds.size() + " class ids for " + targets[0].length + " target columns");
		}
		if (features.length < 2) {
			throw new AssistException("Too few labeled items to train and calibrate: " + features.length + " (need at least two).");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Training the assist model", 100);
		long start = System.currentTimeMillis();
		int[] strata = new int[targets.length];
		for (int i = 0; i < targets.length; i++) {
			strata[i] = Calibration.argMax(targets[i]);
		}
		int[] foldOf = HoldOut.folds(strata, folds, options.seed());
		// the graph of labeled and unlabeled items is built once; each fold propagates only the other folds' labels
		LabelPropagation graph = propagation != null && LabelPropagation.applies(kind, features.length)
				? graph(features, propagation.unlabeled())
				: null;
		float[][] outOfFold = new float[features.length][];
		Path staging = AssistModels.staging(modelsFolder);
		try {
			SubMonitor calibrating = progress.split(75).setWorkRemaining(folds);
			for (int fold = 0; fold < folds; fold++) {
				List<Integer> scored = new ArrayList<>();
				List<Integer> trained = new ArrayList<>();
				for (int i = 0; i < features.length; i++) {
					(foldOf[i] == fold ? scored : trained).add(i);
				}
				if (scored.isEmpty()) {
					calibrating.worked(1);
					continue; // fewer items than folds
				}
				Path foldModel = staging.resolve("fold-" + fold);
				HeadTrainer.train(kind, rows(features, trained), rows(targets, trained), options, foldModel, calibrating.split(1));
				float[][] scores;
				try (HeadPredictor predictor = HeadPredictor.load(foldModel, features[0].length)) {
					scores = predictor.predict(rows(features, scored));
				}
				float[][] propagated = graph == null ? null : propagateFrom(graph, strata, foldOf, fold, targets[0].length);
				for (int k = 0; k < scored.size(); k++) {
					int item = scored.get(k);
					outOfFold[item] = propagated == null ? scores[k] : LabelPropagation.blend(scores[k], propagated[item]);
				}
				AssistModels.deleteQuietly(foldModel);
			}
			CalibrationCurve curve;
			if (kind == HeadKind.MULTI_CLASS) {
				int[] truth = Arrays.stream(targets).mapToInt(Calibration::argMax).toArray();
				curve = Calibration.multiClass(outOfFold, truth, targetPrecision);
			} else {
				boolean[][] truth = new boolean[targets.length][];
				for (int i = 0; i < targets.length; i++) {
					truth[i] = new boolean[targets[i].length];
					for (int k = 0; k < targets[i].length; k++) {
						truth[i][k] = targets[i][k] > 0.5f;
					}
				}
				curve = Calibration.multiLabel(outOfFold, truth, targetPrecision);
			}
			HeadTrainer.train(kind, features, targets, options, staging.resolve("saved_model"), progress.split(20));
			if (graph != null) {
				new LabelPropagation.Seeds(propagation.labeledIds(), strata).write(staging);
			}
			long millis = System.currentTimeMillis() - start;
			String version = AssistModels.nextVersion(modelsFolder);
			Path folder = modelsFolder.resolve(version);
			AssistModel model = new AssistModel(version, folder, kind, classIds, extractorId, features[0].length, curve,
					features.length, millis, System.currentTimeMillis());
			AssistModels.writeDescription(model, staging);
			Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
			progress.split(5);
			return model;
		} catch (IOException e) {
			throw new AssistException("Cannot store the model in " + modelsFolder + ": " + e.getMessage(), e);
		} finally {
			AssistModels.deleteQuietly(staging);
		}
	}

	private static LabelPropagation graph(float[][] labeled, float[][] unlabeled) throws AssistException {
		float[][] nodes = Arrays.copyOf(labeled, labeled.length + unlabeled.length);
		System.arraycopy(unlabeled, 0, nodes, labeled.length, unlabeled.length);
		return LabelPropagation.graph(nodes);
	}

	/** Propagates the classes of the labeled items outside {@code fold} (the graph's first nodes); per node. */
	private static float[][] propagateFrom(LabelPropagation graph, int[] classOf, int[] foldOf, int fold, int classes) {
		int[] seeds = new int[graph.size()];
		Arrays.fill(seeds, -1);
		for (int i = 0; i < classOf.length; i++) {
			if (foldOf[i] != fold) {
				seeds[i] = classOf[i];
			}
		}
		return graph.propagate(seeds, classes);
	}

	private static float[][] rows(float[][] source, List<Integer> indices) {
		return indices.stream().map(i -> source[i]).toArray(float[][]::new);
	}

	/**
	 * The pre-labels a model makes from one item's scores: only those at or above their class's threshold (multi-class:
	 * the top class, if it reaches its threshold).
	 */
	public static List<Prelabel> decide(AssistModel model, float[] scores) {
		CalibrationCurve curve = model.curve();
		List<Prelabel> result = new ArrayList<>();
		for (int k = 0; k < scores.length; k++) {
			if (model.kind() == HeadKind.MULTI_CLASS && k != Calibration.argMax(scores)) {
				continue;
			}
			java.util.OptionalDouble threshold = curve.thresholdOf(k);
			if (threshold.isPresent() && scores[k] >= threshold.getAsDouble()) {
				result.add(new Prelabel(model.classIds().get(k), scores[k], model.version()));
			}
		}
		return result;
	}
}
