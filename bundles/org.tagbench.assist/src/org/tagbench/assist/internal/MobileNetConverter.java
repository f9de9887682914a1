package org.tagbench.assist.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tagbench.assist.internal.TfjsLayersModel.Layer;
import org.tagbench.assist.internal.TfjsLayersModel.Weight;
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

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Our TensorFlow.js → SavedModel converter for the MobileNetV2 of the npm package {@code nsfwjs} (MIT;
 * docs/ASSIST.md has its provenance). Rebuilds the Keras layer graph with TensorFlow ops — ZeroPadding2D,
 * Conv2D, DepthwiseConv2D, BatchNormalization (inference form, folded into a scale and a shift), ReLU(6),
 * Add — and exports a SavedModel whose serving signature maps {@value #INPUT} {@code [n, 224, 224, 3]} RGB
 * values 0–255 to {@value #FEATURES} {@code [n, 1280]} (the globally averaged last convolution, what the
 * package's classifier pools) and {@value #SCORES} {@code [n, 5]} (the package's own classifier, kept so that
 * tests can compare the conversion with TensorFlow.js' results).
 * <p>
 * Run at build time by the bundle's pom.xml: {@code MobileNetConverter <nsfwjs.tgz> <savedModelFolder>}.
 * </p>
 */
public final class MobileNetConverter {

	public static final String INPUT = "images";
	public static final String FEATURES = "features";
	public static final String SCORES = "scores";
	public static final int SIZE = 224;
	public static final int DIMENSION = 1280;
	static final String MODEL_MODULE = "package/dist/models/mobilenet_v2/model.min.js";
	static final String SHARD_MODULE = "package/dist/models/mobilenet_v2/group1-shard1of1.min.js";

	private final TfjsLayersModel model;
	private final Ops tf;
	private final Map<String, Operand<TFloat32>> outputs = new HashMap<>();
	private Placeholder<TFloat32> input;
	private Operand<TFloat32> features;
	private Operand<TFloat32> scores;

	private MobileNetConverter(TfjsLayersModel model, Graph graph) {
		this.model = model;
		this.tf = Ops.create(graph);
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: MobileNetConverter <nsfwjs-4.4.0.tgz> <savedModelFolder>");
			System.exit(2);
		}
		try {
			// loads the TensorFlow natives (unpacked from tagbench.tensorflow.nativesJar at build time)
			TensorFlowRuntime.engine();
		} catch (org.tagbench.assist.AssistException e) {
			throw new IOException(e.getMessage(), e);
		}
		convert(Path.of(args[0]), Path.of(args[1]));
	}

	/** Converts the package's MobileNetV2 in {@code tarball} into a SavedModel in {@code savedModel} (replaced). */
	public static void convert(Path tarball, Path savedModel) throws IOException {
		TfjsLayersModel model = TfjsLayersModel.read(tarball, MODEL_MODULE, SHARD_MODULE);
		try (Graph graph = new Graph(); Session session = new Session(graph)) {
			MobileNetConverter converter = new MobileNetConverter(model, graph);
			converter.build();
			if (Files.exists(savedModel)) {
				try (var files = Files.walk(savedModel)) {
					for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
			Files.createDirectories(savedModel.getParent());
			Signature signature = Signature.builder().input(INPUT, converter.input).output(FEATURES, converter.features)
					.output(SCORES, converter.scores).build();
			SavedModelBundle.exporter(savedModel.toString()).withSession(session).withSignature(signature).export();
		}
	}

	private void build() throws IOException {
		for (Layer layer : model.layers()) {
			Operand<TFloat32> x = layer.inputs().isEmpty() ? null : outputs.get(layer.inputs().get(0));
			JsonObject config = layer.config();
			Operand<TFloat32> y = switch (layer.className()) {
			case "InputLayer" -> {
				input = tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, SIZE, SIZE, 3)));
				// nsfwjs feeds pixels divided by 255 (its normalizationOffset)
				yield tf.math.div(input, tf.constant(255f));
			}
			case "ZeroPadding2D" -> {
				JsonArray padding = config.getAsJsonArray("padding");
				int[][] pads = { { 0, 0 }, pair(padding.get(0).getAsJsonArray()), pair(padding.get(1).getAsJsonArray()), { 0, 0 } };
				yield tf.pad(x, tf.constant(pads), tf.constant(0f));
			}
			case "Conv2D" -> {
				requireLinear(layer);
				Operand<TFloat32> conv = tf.nn.conv2d(x, constant(layer.name() + "/kernel"), strides(config), padding(config));
				yield config.get("use_bias").getAsBoolean() ? tf.nn.biasAdd(conv, constant(layer.name() + "/bias")) : conv;
			}
			case "DepthwiseConv2D" -> {
				requireLinear(layer);
				Operand<TFloat32> conv = tf.nn.depthwiseConv2dNative(x, constant(layer.name() + "/depthwise_kernel"), strides(config),
						padding(config));
				yield config.get("use_bias").getAsBoolean() ? tf.nn.biasAdd(conv, constant(layer.name() + "/bias")) : conv;
			}
			case "BatchNormalization" -> batchNormalization(layer, x);
			case "ReLU" -> config.has("max_value") && !config.get("max_value").isJsonNull()
					&& config.get("max_value").getAsFloat() == 6f ? tf.nn.relu6(x) : tf.nn.relu(x);
			case "Add" -> tf.math.add(x, outputs.get(layer.inputs().get(1)));
			case "AveragePooling2D" -> {
				// 7×7 pooling of a 7×7 map = the global average: the 1280 features the extractor returns
				features = tf.withName(FEATURES).math.mean(x, tf.constant(new int[] { 1, 2 }));
				yield features;
			}
			case "Flatten" -> tf.reshape(x, tf.constant(new int[] { -1, DIMENSION }));
			case "Dropout" -> x; // inference: identity
			case "Dense" -> dense(layer, x);
			default -> throw new IOException("Layer " + layer.name() + ": " + layer.className() + " is not supported by this converter");
			};
			outputs.put(layer.name(), y);
		}
		if (input == null || features == null || scores == null) {
			throw new IOException("The model lacks an input, the pooled features or the classifier");
		}
	}

	private Operand<TFloat32> dense(Layer layer, Operand<TFloat32> x) throws IOException {
		Operand<TFloat32> y = tf.nn.biasAdd(tf.linalg.matMul(x, constant(layer.name() + "/kernel")), constant(layer.name() + "/bias"));
		String activation = layer.config().get("activation").getAsString();
		return switch (activation) {
		case "relu" -> tf.nn.relu(y);
		case "softmax" -> scores = tf.withName(SCORES).nn.softmax(y);
		case "linear" -> y;
		default -> throw new IOException("Layer " + layer.name() + ": activation " + activation + " is not supported");
		};
	}

	/** Inference batch normalization as x × scale + shift, scale = γ / √(σ² + ε), shift = β − μ × scale. */
	private Operand<TFloat32> batchNormalization(Layer layer, Operand<TFloat32> x) {
		float epsilon = layer.config().get("epsilon").getAsFloat();
		float[] gamma = model.weight(layer.name() + "/gamma").values();
		float[] beta = model.weight(layer.name() + "/beta").values();
		float[] mean = model.weight(layer.name() + "/moving_mean").values();
		float[] variance = model.weight(layer.name() + "/moving_variance").values();
		float[] scale = new float[gamma.length];
		float[] shift = new float[gamma.length];
		for (int i = 0; i < gamma.length; i++) {
			scale[i] = (float) (gamma[i] / Math.sqrt(variance[i] + epsilon));
			shift[i] = beta[i] - mean[i] * scale[i];
		}
		return tf.math.add(tf.math.mul(x, tf.constant(scale)), tf.constant(shift));
	}

	private Operand<TFloat32> constant(String weightName) {
		Weight weight = model.weight(weightName);
		return tf.constant(Shape.of(weight.shape()), DataBuffers.of(weight.values(), true, false));
	}

	private static void requireLinear(Layer layer) throws IOException {
		String activation = layer.config().get("activation").getAsString();
		if (!"linear".equals(activation)) {
			throw new IOException("Layer " + layer.name() + ": activation " + activation + " is not supported");
		}
	}

	private static int[] pair(JsonArray values) {
		return new int[] { values.get(0).getAsInt(), values.get(1).getAsInt() };
	}

	private static List<Long> strides(JsonObject config) {
		JsonArray strides = config.getAsJsonArray("strides");
		return List.of(1L, strides.get(0).getAsLong(), strides.get(1).getAsLong(), 1L);
	}

	private static String padding(JsonObject config) {
		return config.get("padding").getAsString().toUpperCase(java.util.Locale.ROOT);
	}
}
