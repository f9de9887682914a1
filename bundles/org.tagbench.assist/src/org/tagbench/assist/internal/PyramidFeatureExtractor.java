package org.tagbench.assist.internal;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.tagbench.assist.AssistException;
import org.tagbench.assist.FeatureExtractor;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The built-in backbone: hand-designed image statistics computed with TensorFlow ops, no weights.
 * <p>
 * Images are scaled to {@value #SIZE}×{@value #SIZE} RGB. Over a spatial pyramid (the whole image, 2×2 and
 * 4×4 cells) it measures: a 4×4×4 colour histogram (whole image and 2×2 only: 64 bins are too many for
 * small cells), a 9-bin histogram of unsigned gradient orientations weighted by gradient magnitude
 * (Sobel; HOG-like), and texture statistics (mean and deviation of brightness, mean gradient
 * magnitude); plus an 8×8 brightness thumbnail for the overall layout. Histograms are square-rooted
 * (Hellinger), which makes dot products compare distributions better. {@value #DIMENSION} values.
 * </p>
 */
public final class PyramidFeatureExtractor implements FeatureExtractor {

	public static final String ID = "org.tagbench.assist.pyramid";
	static final int SIZE = 64;
	private static final int COLOUR_BINS = 64;
	private static final int ORIENTATION_BINS = 9;
	private static final int TEXTURE = 3;
	private static final int THUMBNAIL = 8;
	static final int DIMENSION = (1 + 4) * COLOUR_BINS + (1 + 4 + 16) * (ORIENTATION_BINS + TEXTURE) + THUMBNAIL * THUMBNAIL;

	private Graph graph;
	private Session session;
	private Placeholder<TFloat32> input;
	private Operand<TFloat32> output;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Built-in (colour, gradient and texture statistics; no weights)";
	}

	@Override
	public int dimension() {
		return DIMENSION;
	}

	@Override
	public synchronized float[][] extract(List<BufferedImage> images) throws AssistException {
		if (images.isEmpty()) {
			return new float[0][];
		}
		if (session == null) {
			build();
		}
		int n = images.size();
		float[] pixels = new float[n * SIZE * SIZE * 3];
		for (int i = 0; i < n; i++) {
			toRgb(images.get(i), pixels, i * SIZE * SIZE * 3);
		}
		try (TFloat32 batch = TFloat32.tensorOf(Shape.of(n, SIZE, SIZE, 3), DataBuffers.of(pixels, true, false));
				Result result = session.runner().feed(input, batch).fetch(output).run()) {
			TFloat32 features = (TFloat32) result.get(0);
			float[] flat = new float[n * DIMENSION];
			features.copyTo(DataBuffers.of(flat, false, false));
			return TensorFlowRuntime.rows(flat, n, DIMENSION);
		}
	}

	/** Releases the TensorFlow session (called by declarative services on deactivation). */
	public synchronized void close() {
		if (session != null) {
			session.close();
			graph.close();
			session = null;
			graph = null;
		}
	}

	private void build() throws AssistException {
		TensorFlowRuntime.engine();
		graph = new Graph();
		Ops tf = Ops.create(graph);
		input = tf.withName("images").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, SIZE, SIZE, 3)));
		List<Long> unit = List.of(1L, 1L, 1L, 1L);

		Operand<TFloat32> gray = tf.nn.conv2d(input, tf.constant(new float[][][][] { { { { 0.299f }, { 0.587f }, { 0.114f } } } }),
				unit, "VALID");
		float[][] sobel = { { -1, 0, 1 }, { -2, 0, 2 }, { -1, 0, 1 } };
		Operand<TFloat32> gx = tf.nn.conv2d(gray, tf.constant(kernel(sobel, false)), unit, "SAME");
		Operand<TFloat32> gy = tf.nn.conv2d(gray, tf.constant(kernel(sobel, true)), unit, "SAME");
		Operand<TFloat32> magnitude = tf.math.sqrt(tf.math.add(tf.math.add(tf.math.square(gx), tf.math.square(gy)), tf.constant(1e-6f)));

		// Unsigned orientation in [0, π) → bin index → one-hot weighted by magnitude.
		Operand<TFloat32> angle = tf.math.floorMod(tf.math.atan2(gy, gx), tf.constant((float) Math.PI));
		Operand<TInt32> orientationBin = tf.dtypes.cast(tf.clipByValue(
				tf.math.floor(tf.math.mul(angle, tf.constant((float) (ORIENTATION_BINS / Math.PI)))), tf.constant(0f),
				tf.constant((float) ORIENTATION_BINS - 1)), TInt32.class);
		Operand<TFloat32> orientations = tf.math.mul(oneHot(tf, orientationBin, ORIENTATION_BINS), magnitude);

		// Colour: each channel quantized to 4 levels, index r·16 + g·4 + b.
		Operand<TFloat32> levels = tf.math.floor(tf.clipByValue(tf.math.mul(input, tf.constant(4f)), tf.constant(0f), tf.constant(3.999f)));
		Operand<TInt32> colourBin = tf.dtypes.cast(tf.nn.conv2d(levels,
				tf.constant(new float[][][][] { { { { 16f }, { 4f }, { 1f } } } }), unit, "VALID"), TInt32.class);
		Operand<TFloat32> colours = oneHot(tf, colourBin, COLOUR_BINS);

		Operand<TFloat32> texture = tf.concat(List.of(gray, tf.math.square(gray), magnitude), tf.constant(3));

		List<Operand<TFloat32>> parts = new ArrayList<>();
		for (int cells : new int[] { 1, 2, 4 }) {
			if (cells <= 2) {
				parts.add(flatten(tf, tf.math.sqrt(pool(tf, colours, cells)), cells * cells * COLOUR_BINS));
			}
			parts.add(flatten(tf, tf.math.sqrt(pool(tf, orientations, cells)), cells * cells * ORIENTATION_BINS));
			Operand<TFloat32> moments = pool(tf, texture, cells); // mean g, mean g², mean magnitude
			Operand<TFloat32> mean = tf.slice(moments, tf.constant(new int[] { 0, 0, 0, 0 }), tf.constant(new int[] { -1, -1, -1, 1 }));
			Operand<TFloat32> meanSquare = tf.slice(moments, tf.constant(new int[] { 0, 0, 0, 1 }), tf.constant(new int[] { -1, -1, -1, 1 }));
			Operand<TFloat32> energy = tf.slice(moments, tf.constant(new int[] { 0, 0, 0, 2 }), tf.constant(new int[] { -1, -1, -1, 1 }));
			Operand<TFloat32> deviation = tf.math.sqrt(tf.math.maximum(tf.math.sub(meanSquare, tf.math.square(mean)), tf.constant(1e-8f)));
			parts.add(flatten(tf, tf.concat(List.of(mean, deviation, energy), tf.constant(3)), cells * cells * TEXTURE));
		}
		parts.add(flatten(tf, pool(tf, gray, THUMBNAIL), THUMBNAIL * THUMBNAIL));
		output = tf.withName("embedding").concat(parts, tf.constant(1));
		session = new Session(graph);
	}

	private static Operand<TFloat32> oneHot(Ops tf, Operand<TInt32> index, int depth) {
		// index is [n, h, w, 1]; one-hot adds a last axis, reshaped away to [n, h, w, depth].
		Operand<TFloat32> hot = tf.oneHot(index, tf.constant(depth), tf.constant(1f), tf.constant(0f));
		return tf.reshape(hot, tf.constant(new int[] { -1, SIZE, SIZE, depth }));
	}

	private static Operand<TFloat32> pool(Ops tf, Operand<TFloat32> map, int cells) {
		long k = SIZE / cells;
		return tf.nn.avgPool(map, List.of(1L, k, k, 1L), List.of(1L, k, k, 1L), "VALID");
	}

	private static Operand<TFloat32> flatten(Ops tf, Operand<TFloat32> map, int width) {
		return tf.reshape(map, tf.constant(new int[] { -1, width }));
	}

	private static float[][][][] kernel(float[][] k, boolean transpose) {
		float[][][][] result = new float[3][3][1][1];
		for (int r = 0; r < 3; r++) {
			for (int c = 0; c < 3; c++) {
				result[r][c][0][0] = transpose ? k[c][r] : k[r][c];
			}
		}
		return result;
	}

	/** Scales the image to SIZE×SIZE RGB and writes its pixels as 0..1 floats, row by row. */
	static void toRgb(BufferedImage image, float[] target, int offset) {
		RgbPixels.write(RgbPixels.scaled(image, SIZE), 1 / 255f, target, offset);
	}
}
