package org.tagbench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.assist.AssistException;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.FeatureExtractors;
import org.tagbench.assist.InputRange;
import org.tagbench.assist.UserBackbone;
import org.tagbench.assist.internal.SavedModelFeatureExtractor;
import org.tagbench.assist.internal.TensorFlowRuntime;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * A user-supplied SavedModel backbone: the test writes small SavedModels itself (a fixed random 1 × 1 projection of
 * the pixels, averaged over the image), points the preference at one, and compares the features DJL gives with
 * the same arithmetic done here; folders that cannot serve get messages naming them.
 */
class SavedModelBackboneTest {

	private static final int CHANNELS = 3;
	@TempDir
	Path temp;

	@AfterEach
	void clearPreference() throws AssistException {
		UserBackbone.configure(null, InputRange.ZERO_TO_ONE);
	}

	/** Random weights [3, k] of a 1 × 1 convolution. */
	static float[][] projection(int k, long seed) {
		Random random = new Random(seed);
		float[][] w = new float[CHANNELS][k];
		for (float[] row : w) {
			for (int j = 0; j < k; j++) {
				row[j] = (float) random.nextGaussian();
			}
		}
		return w;
	}

	/**
	 * Writes a SavedModel with one signature {@code signatureName}: input {@code pixels [n, size, size, 3]} (size -1:
	 * any), outputs from {@code outputs}, which gets the tensor ops and the projected pixels {@code [n, h, w, k]}.
	 */
	static Path savedModel(Path folder, String signatureName, long size, float[][] w,
			Function<Ops, Function<Operand<TFloat32>, Signature.Builder>> outputs) throws Exception {
		TensorFlowRuntime.engine();
		try (Graph graph = new Graph(); Session session = new Session(graph)) {
			Ops tf = Ops.create(graph);
			Placeholder<TFloat32> x = tf.withName("pixels").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, size, size, CHANNELS)));
			float[] flat = new float[CHANNELS * w[0].length];
			for (int c = 0; c < CHANNELS; c++) {
				System.arraycopy(w[c], 0, flat, c * w[0].length, w[0].length);
			}
			Operand<TFloat32> kernel = tf.constant(Shape.of(1, 1, CHANNELS, w[0].length), DataBuffers.of(flat, true, false));
			Operand<TFloat32> projected = tf.nn.conv2d(x, kernel, List.of(1L, 1L, 1L, 1L), "VALID");
			Signature signature = outputs.apply(tf).apply(projected).key(signatureName).input("pixels", x).build();
			SavedModelBundle.exporter(folder.toString()).withSession(session).withSignature(signature).export();
		}
		return folder;
	}

	/** Independently: the mean over all pixels of (value × scale + offset) · w. */
	static float[] expected(BufferedImage image, float[][] w, float scale, float offset) {
		int k = w[0].length;
		double[] sum = new double[k];
		int n = image.getWidth() * image.getHeight();
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int p = image.getRGB(x, y);
				float[] v = { ((p >> 16) & 0xff) * scale + offset, ((p >> 8) & 0xff) * scale + offset, (p & 0xff) * scale + offset };
				for (int j = 0; j < k; j++) {
					for (int c = 0; c < CHANNELS; c++) {
						sum[j] += v[c] * w[c][j];
					}
				}
			}
		}
		float[] result = new float[k];
		for (int j = 0; j < k; j++) {
			result[j] = (float) (sum[j] / n);
		}
		return result;
	}

	static BufferedImage noise(int size, long seed) {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, random.nextInt(1 << 24));
			}
		}
		return image;
	}

	static BufferedImage uniform(int width, int height, int rgb) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, rgb);
			}
		}
		return image;
	}

	@Test
	void preferenceOffersTheSavedModelAndItsFeaturesAreThePooledProjection() throws Exception {
		float[][] w = projection(5, 7);
		// a non-default signature name and two outputs: the [n, 5] vector is chosen over the [n, 8, 8, 5] map
		Path folder = savedModel(temp.resolve("projection"), "embed", 8, w, tf -> projected -> Signature.builder()
				.output("embedding", tf.math.mean(projected, tf.constant(new int[] { 1, 2 }))).output("spatial", projected));
		UserBackbone.configure(folder, InputRange.ZERO_TO_ONE);
		FeatureExtractor extractor = FeatureExtractors.available().stream()
				.filter(e -> e.id().startsWith(SavedModelFeatureExtractor.ID_PREFIX)).findFirst().orElseThrow();
		assertEquals(5, extractor.dimension());
		SavedModelFeatureExtractor savedModel = (SavedModelFeatureExtractor) extractor;
		assertEquals("embed", savedModel.signatureName());
		assertEquals("pixels", savedModel.inputName());
		assertEquals("embedding", savedModel.outputName());
		assertEquals(8, savedModel.inputWidth());
		assertTrue(extractor.label().contains("projection") && extractor.label().contains("0..1"), extractor.label());

		List<BufferedImage> images = List.of(noise(8, 1), noise(8, 2), noise(8, 3));
		float[][] features = extractor.extract(images);
		assertEquals(3, features.length);
		for (int i = 0; i < images.size(); i++) {
			assertEquals(5, features[i].length);
			float[] expected = expected(images.get(i), w, 1f / 255, 0f);
			for (int j = 0; j < 5; j++) {
				assertEquals(expected[j], features[i][j], 1e-4, "image " + i + " feature " + j);
			}
		}
		assertTrue(Math.abs(features[0][0] - features[1][0]) > 1e-3, "different images give different features");

		// a project that chose it trains on it; automatic stays on the built-in backbone
		Path assist = temp.resolve("project/assist");
		assertEquals(FeatureExtractors.BUILT_IN_ID, FeatureExtractors.forTraining(assist, null).id());
		FeatureExtractors.choose(assist, FeatureExtractors.USER_SAVED_MODEL);
		assertEquals(extractor.id(), FeatureExtractors.forTraining(assist, FeatureExtractors.BUILT_IN_ID).id());

		// another range is another backbone: its features never share a cache with the first one's
		UserBackbone.configure(folder, InputRange.ZERO_TO_255);
		FeatureExtractor other = UserBackbone.current().orElseThrow();
		assertTrue(!other.id().equals(extractor.id()));
		float[] scaled = other.extract(images.subList(0, 1))[0];
		assertEquals(features[0][2] * 255, scaled[2], 1e-2);
	}

	@Test
	void unknownImageSizeMeans224AndSpatialOutputsArePooled() throws Exception {
		float[][] w = projection(4, 11);
		Path folder = savedModel(temp.resolve("any size"), "serving_default", -1, w,
				tf -> projected -> Signature.builder().output("maps", projected));
		SavedModelFeatureExtractor extractor = SavedModelFeatureExtractor.open(folder, InputRange.MINUS_ONE_TO_ONE);
		assertEquals(224, extractor.inputWidth());
		assertEquals(224, extractor.inputHeight());
		assertEquals(4, extractor.dimension());
		// a uniform image stays uniform whatever it is scaled to, so its features are known at 224 px too
		BufferedImage image = uniform(50, 30, 0x40A0F0);
		float[] features = extractor.extract(List.of(image))[0];
		float[] expected = expected(image, w, 2f / 255, -1f);
		for (int j = 0; j < 4; j++) {
			// float32 means over 50,176 pixels drift by a few 1e-4 relative
			assertEquals(expected[j], features[j], 1e-3 * Math.abs(expected[j]) + 1e-4, "feature " + j);
		}
		extractor.close();
	}

	@Test
	void foldersThatCannotServeAreNamedInTheMessage() throws Exception {
		Path missing = temp.resolve("nowhere");
		AssistException e = assertThrows(AssistException.class, () -> SavedModelFeatureExtractor.open(missing, InputRange.ZERO_TO_ONE));
		assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"), e.getMessage());

		Path empty = Files.createDirectories(temp.resolve("empty"));
		e = assertThrows(AssistException.class, () -> SavedModelFeatureExtractor.open(empty, InputRange.ZERO_TO_ONE));
		assertTrue(e.getMessage().contains(empty.toString()) && e.getMessage().contains("not a TensorFlow SavedModel"), e.getMessage());

		Path garbage = Files.createDirectories(temp.resolve("garbage"));
		Files.write(garbage.resolve("saved_model.pb"), new byte[] { (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f });
		e = assertThrows(AssistException.class, () -> SavedModelFeatureExtractor.open(garbage, InputRange.ZERO_TO_ONE));
		assertTrue(e.getMessage().contains(garbage.toString()) && e.getMessage().contains("cannot be read"), e.getMessage());

		// a model that classifies feature vectors (rank-2 input) is no image backbone
		Path head = temp.resolve("head");
		TensorFlowRuntime.engine();
		try (Graph graph = new Graph(); Session session = new Session(graph)) {
			Ops tf = Ops.create(graph);
			Placeholder<TFloat32> x = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 6)));
			SavedModelBundle.exporter(head.toString()).withSession(session)
					.withSignature(Signature.builder().input("features", x).output("scores", tf.math.mul(x, tf.constant(2f))).build()).export();
		}
		e = assertThrows(AssistException.class, () -> SavedModelFeatureExtractor.open(head, InputRange.ZERO_TO_ONE));
		assertTrue(e.getMessage().contains(head.toAbsolutePath().toString()) && e.getMessage().contains("no usable signature")
				&& e.getMessage().contains("serving_default"), e.getMessage());

		// through the preference: not offered, and the problem names the folder
		UserBackbone.configure(missing, InputRange.ZERO_TO_ONE);
		assertTrue(FeatureExtractors.available().stream().noneMatch(x -> x.id().startsWith(SavedModelFeatureExtractor.ID_PREFIX)));
		assertTrue(UserBackbone.problem().orElseThrow().contains(missing.toString()));
		Path assist = temp.resolve("project/assist");
		FeatureExtractors.choose(assist, FeatureExtractors.USER_SAVED_MODEL);
		e = assertThrows(AssistException.class, () -> FeatureExtractors.forTraining(assist, null));
		assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
		FeatureExtractors.choose(assist, "org.example.gone");
		e = assertThrows(AssistException.class, () -> FeatureExtractors.forTraining(assist, null));
		assertTrue(e.getMessage().contains("org.example.gone") && e.getMessage().contains("not installed"), e.getMessage());
		FeatureExtractors.choose(assist, null);
		assertEquals(FeatureExtractors.BUILT_IN_ID, FeatureExtractors.forTraining(assist, null).id());
		assertThrows(AssistException.class, () -> InputRange.parse("0-255"));
		assertEquals(InputRange.MINUS_ONE_TO_ONE, InputRange.parse(" -1..1 "));
	}
}
