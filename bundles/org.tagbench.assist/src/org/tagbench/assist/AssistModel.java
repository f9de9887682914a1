package org.tagbench.assist;

import java.nio.file.Path;
import java.util.List;

/**
 * A trained, calibrated head: what it predicts, from which features, and the threshold above which its
 * predictions become pre-labels.
 *
 * @param version       stored with every pre-label it makes (e.g. {@code m3})
 * @param folder        the model's folder: {@code saved_model/} (TensorFlow SavedModel) and {@code model.json}
 * @param classIds      the label class id of each output, in order
 * @param extractorId   the {@link FeatureExtractor} whose features it takes
 * @param curve         precision and coverage on the held-out items, with the chosen threshold
 * @param trainedOn     labeled items trained on
 * @param trainingMillis wall time of training
 */
public record AssistModel(String version, Path folder, HeadKind kind, List<String> classIds, String extractorId,
		int dimension, CalibrationCurve curve, int trainedOn, long trainingMillis, long created) {

	public AssistModel {
		classIds = List.copyOf(classIds);
	}

	/** The SavedModel folder inside {@link #folder()}. */
	public Path savedModel() {
		return folder.resolve("saved_model");
	}

	/** Whether any class's threshold reached the target precision: if not, nothing is pre-labeled. */
	public boolean canPrelabel() {
		return curve.canPrelabel();
	}
}
