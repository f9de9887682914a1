package org.tagbench.assist;

import java.nio.file.Files;
import java.nio.file.Path;

import org.tagbench.assist.internal.TensorFlowRuntime;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.ZooModel;

/**
 * Runs a head exported by {@link HeadTrainer} (or any SavedModel with the same signature) through DJL's
 * TensorFlow engine. Not thread-safe: one predictor per job.
 */
public final class HeadPredictor implements AutoCloseable {

	private final ZooModel<NDList, NDList> model;
	private final Predictor<NDList, NDList> predictor;
	private final int dimension;

	private HeadPredictor(ZooModel<NDList, NDList> model, int dimension) {
		this.model = model;
		this.predictor = model.newPredictor();
		this.dimension = dimension;
	}

	/** Loads a SavedModel folder; {@code dimension} is the length of the feature vectors it takes. */
	public static HeadPredictor load(Path savedModel, int dimension) throws AssistException {
		if (!Files.isRegularFile(savedModel.resolve("saved_model.pb"))) {
			throw new AssistException("No TensorFlow SavedModel in " + savedModel + " (saved_model.pb is missing).");
		}
		TensorFlowRuntime.engine();
		try {
			ZooModel<NDList, NDList> model = TensorFlowRuntime.loadSavedModel(savedModel, "serving_default");
			return new HeadPredictor(model, dimension);
		} catch (Exception e) {
			throw new AssistException("Could not load the model in " + savedModel + ": " + e.getMessage(), e);
		}
	}

	/** One row of class scores per feature vector. */
	public float[][] predict(float[][] features) throws AssistException {
		int n = features.length;
		if (n == 0) {
			return new float[0][];
		}
		float[] flat = new float[n * dimension];
		for (int i = 0; i < n; i++) {
			if (features[i].length != dimension) {
				throw new IllegalArgumentException("feature row " + i + " has " + features[i].length + " values, the model takes "
						+ dimension);
			}
			System.arraycopy(features[i], 0, flat, i * dimension, dimension);
		}
		try (NDManager manager = model.getNDManager().newSubManager()) {
			NDArray input = manager.create(flat, new Shape(n, dimension));
			NDList output = predictor.predict(new NDList(input));
			NDArray scores = output.get(0);
			int classes = (int) scores.getShape().get(1);
			float[] values = scores.toFloatArray();
			float[][] rows = new float[n][classes];
			for (int i = 0; i < n; i++) {
				System.arraycopy(values, i * classes, rows[i], 0, classes);
			}
			output.close();
			return rows;
		} catch (RuntimeException | ai.djl.translate.TranslateException e) {
			throw new AssistException("Prediction failed: " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		predictor.close();
		model.close();
	}
}
