package org.tagbench.assist.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.tagbench.assist.AssistException;
import org.tagbench.assist.FeatureExtractor;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.ZooModel;

/**
 * The pretrained backbone: ImageNet-initialised MobileNetV2 features (1,280 values, the globally averaged last
 * convolution at 224 × 224) from the npm package nsfwjs 4.4.0, converted at build time by
 * {@link MobileNetConverter} and run through DJL's TensorFlow engine.
 * <p>
 * The SavedModel travels inside this bundle ({@code models/mobilenet-v2-nsfwjs/}); DJL needs it as files, so
 * the first use copies it into {@code ~/.tagbench/models/} (or the folder of the system property
 * {@value #MODEL_PROPERTY}, which benchmarks outside OSGi point at the built model).
 * </p>
 */
public final class MobileNetFeatureExtractor implements FeatureExtractor {

	public static final String ID = "org.tagbench.assist.mobilenet-v2-nsfwjs";
	public static final String MODEL_PROPERTY = "tagbench.assist.mobilenetModel";
	static final String RESOURCE = "models/mobilenet-v2-nsfwjs/";
	private static final int SIZE = MobileNetConverter.SIZE;

	private ZooModel<NDList, NDList> model;
	private Predictor<NDList, NDList> predictor;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "MobileNetV2 (pretrained, from nsfwjs 4.4.0; 1,280 features at 224 px)";
	}

	@Override
	public int dimension() {
		return MobileNetConverter.DIMENSION;
	}

	@Override
	public int preferredBatchSize() {
		return 16;
	}

	@Override
	public synchronized float[][] extract(List<BufferedImage> images) throws AssistException {
		int n = images.size();
		if (n == 0) {
			return new float[0][];
		}
		if (predictor == null) {
			load();
		}
		float[] pixels = new float[n * SIZE * SIZE * 3];
		for (int i = 0; i < n; i++) {
			toRgb255(images.get(i), pixels, i * SIZE * SIZE * 3);
		}
		try (NDManager manager = model.getNDManager().newSubManager()) {
			NDList output = predictor.predict(new NDList(manager.create(pixels, new Shape(n, SIZE, SIZE, 3))));
			NDArray features = output.stream().filter(a -> MobileNetConverter.FEATURES.equals(a.getName())).findFirst()
					.orElseGet(() -> output.stream().filter(a -> a.getShape().get(1) == dimension()).findFirst().orElseThrow());
			float[] flat = features.toFloatArray();
			output.close();
			return TensorFlowRuntime.rows(flat, n, dimension());
		} catch (RuntimeException | ai.djl.translate.TranslateException e) {
			throw new AssistException("MobileNetV2 feature extraction failed: " + e.getMessage(), e);
		}
	}

	/** Releases the model (called by declarative services on deactivation). */
	public synchronized void close() {
		if (predictor != null) {
			predictor.close();
			model.close();
			predictor = null;
			model = null;
		}
	}

	private void load() throws AssistException {
		TensorFlowRuntime.engine();
		Path folder = modelFolder();
		try {
			model = TensorFlowRuntime.loadSavedModel(folder, "serving_default");
			predictor = model.newPredictor();
		} catch (Exception e) {
			throw new AssistException("Could not load the MobileNetV2 backbone from " + folder + ": " + e.getMessage(), e);
		}
	}

	/** The SavedModel as files: the configured folder, or this bundle's copy unpacked once per version. */
	public static Path modelFolder() throws AssistException {
		String configured = System.getProperty(MODEL_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		String version = org.osgi.framework.FrameworkUtil.getBundle(MobileNetFeatureExtractor.class) == null ? "dev"
				: org.osgi.framework.FrameworkUtil.getBundle(MobileNetFeatureExtractor.class).getVersion().toString();
		Path folder = Path.of(System.getProperty("user.home"), ".tagbench", "models", "mobilenet-v2-nsfwjs-" + version);
		if (Files.isRegularFile(folder.resolve(".complete"))) {
			return folder;
		}
		try (InputStream graph = MobileNetFeatureExtractor.class.getClassLoader().getResourceAsStream(RESOURCE + "saved_model.pb")) {
			if (graph == null) {
				throw new AssistException("The MobileNetV2 backbone is not in this installation (" + RESOURCE
						+ "saved_model.pb is missing from org.tagbench.assist); use the built-in backbone.");
			}
			Files.createDirectories(folder.resolve("variables")); // all weights are constants: no variables
			Path temporary = Files.createTempFile(folder, "saved_model", ".part");
			Files.copy(graph, temporary, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temporary, folder.resolve("saved_model.pb"), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
			Files.createFile(folder.resolve(".complete"));
			return folder;
		} catch (IOException e) {
			throw new AssistException("Could not unpack the MobileNetV2 backbone into " + folder + ": " + e.getMessage(), e);
		}
	}

	/** Scales the image to 224 × 224 RGB (bilinear) and writes 0–255 values, as nsfwjs feeds its model. */
	static void toRgb255(BufferedImage image, float[] target, int offset) {
		RgbPixels.write(RgbPixels.scaled(image, SIZE), 1f, target, offset);
	}
}
