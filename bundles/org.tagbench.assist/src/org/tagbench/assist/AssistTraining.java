package org.tagbench.assist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * One round of training: hold out a stratified share of the labeled items, train a head on the rest,
 * measure it on the held-out items, choose the threshold, and store the model as the next version.
 */
public final class AssistTraining {

	/** Share of labeled items kept for calibration. */
	public static final double DEFAULT_HOLD_OUT_SHARE = 0.25;

	private AssistTraining() {
	}

	/**
	 * @param features       cached features of the labeled items
	 * @param targets        one-hot (multi-class) or 0/1 per class (multi-label) rows, one per item
	 * @param classIds       the label class id of each target column
	 * @param targetPrecision precision the pre-labels must reach, e.g. {@link Calibration#DEFAULT_TARGET_PRECISION}
	 * @param modelsFolder   where model versions live (one sub-folder each)
	 */
	public static AssistModel train(HeadKind kind, float[][] features, float[][] targets, List<String> classIds,
			String extractorId, double targetPrecision, double holdOutShare, Path modelsFolder, HeadTrainer.Options options,
			IProgressMonitor monitor) throws AssistException {
		if (targets.length != features.length || features.length == 0) {
			throw new IllegalArgumentException("need one target row per feature row, and some: " + features.length + " vs "
					+ targets.length);
		}
		if (classIds.size() != targets[0].length) {
			throw new IllegalArgumentException(classIds.size() + " class ids for " + targets[0].length + " target columns");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Training the assist model", 100);
		long start = System.currentTimeMillis();
		int[] strata = new int[targets.length];
		for (int i = 0; i < targets.length; i++) {
			strata[i] = Calibration.argMax(targets[i]);
		}
		boolean[] heldOut = HoldOut.stratified(strata, holdOutShare, options.seed());
		int held = 0;
		for (boolean h : heldOut) {
			held += h ? 1 : 0;
		}
		if (held == 0 || held == features.length) {
			throw new AssistException("Too few labeled items to train and calibrate: " + features.length
					+ " (need at least two of some class).");
		}
		float[][] trainX = new float[features.length - held][];
		float[][] trainY = new float[features.length - held][];
		float[][] testX = new float[held][];
		float[][] testY = new float[held][];
		for (int i = 0, a = 0, b = 0; i < features.length; i++) {
			if (heldOut[i]) {
				testX[b] = features[i];
				testY[b++] = targets[i];
			} else {
				trainX[a] = features[i];
				trainY[a++] = targets[i];
			}
		}
		Path staging = AssistModels.staging(modelsFolder);
		try {
			HeadTrainer.train(kind, trainX, trainY, options, staging.resolve("saved_model"), progress.split(80));
			float[][] scores;
			try (HeadPredictor predictor = HeadPredictor.load(staging.resolve("saved_model"), features[0].length)) {
				scores = predictor.predict(testX);
			}
			progress.split(10);
			CalibrationCurve curve;
			if (kind == HeadKind.MULTI_CLASS) {
				int[] truth = Arrays.stream(testY).mapToInt(Calibration::argMax).toArray();
				curve = Calibration.multiClass(scores, truth, targetPrecision);
			} else {
				boolean[][] truth = new boolean[testY.length][];
				for (int i = 0; i < testY.length; i++) {
					truth[i] = new boolean[testY[i].length];
					for (int k = 0; k < testY[i].length; k++) {
						truth[i][k] = testY[i][k] > 0.5f;
					}
				}
				curve = Calibration.multiLabel(scores, truth, targetPrecision);
			}
			long millis = System.currentTimeMillis() - start;
			String version = AssistModels.nextVersion(modelsFolder);
			Path folder = modelsFolder.resolve(version);
			AssistModel model = new AssistModel(version, folder, kind, classIds, extractorId, features[0].length, curve,
					trainX.length, millis, System.currentTimeMillis());
			AssistModels.writeDescription(model, staging);
			Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
			progress.split(10);
			return model;
		} catch (IOException e) {
			throw new AssistException("Cannot store the model in " + modelsFolder + ": " + e.getMessage(), e);
		} finally {
			AssistModels.deleteQuietly(staging);
		}
	}

	/** The pre-labels a model makes from one item's scores: only those at or above its threshold. */
	public static List<Prelabel> decide(AssistModel model, float[] scores) {
		if (!model.canPrelabel()) {
			return List.of();
		}
		double threshold = model.curve().threshold().getAsDouble();
		if (model.kind() == HeadKind.MULTI_CLASS) {
			int best = Calibration.argMax(scores);
			return scores[best] >= threshold ? List.of(new Prelabel(model.classIds().get(best), scores[best], model.version()))
					: List.of();
		}
		java.util.ArrayList<Prelabel> result = new java.util.ArrayList<>();
		for (int k = 0; k < scores.length; k++) {
			if (scores[k] >= threshold) {
				result.add(new Prelabel(model.classIds().get(k), scores[k], model.version()));
			}
		}
		return result;
	}
}
