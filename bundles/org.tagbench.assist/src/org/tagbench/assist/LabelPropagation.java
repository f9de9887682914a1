package org.tagbench.assist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.tagbench.assist.internal.TensorFlowRuntime;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.op.nn.TopK;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Label propagation over the k-nearest-neighbour graph of the labeled and the unlabeled items' features (multi-class
 * projects), so pre-labels use the unlabeled images too: an item whose neighbours, and their neighbours, lead to one
 * class is surer of it than the linear head alone can tell. A multi-class model's decision score is the mean of the
 * head's probabilities and the propagated class distribution ({@link #HEAD_WEIGHT}).
 * <p>
 * It is calibrated like the head alone: in each cross-fitted fold the propagation starts from the other folds' labels
 * only, so no calibration item's own label reaches its score (docs/ASSIST.md, "Label propagation"). The labels a model
 * propagated from (its seeds) are stored with it ({@link Seeds}), and pre-labeling propagates from the same ones.
 * </p>
 * <p>
 * The graph is built by comparing every pair of nodes (cost grows with the square of their number), so it holds at
 * most {@link #MAX_LABELED} labeled and {@link #MAX_UNLABELED} unlabeled items: the next unlabeled items in the
 * project's order, those to be labeled soonest. Projects with more labels than that train the head alone.
 * </p>
 */
public final class LabelPropagation {

	/** Neighbours of each node (the graph is made symmetric, so some nodes have more). */
	public static final int NEIGHBOURS = 10;
	/** Edge weight exp((cosine − 1) / scale): a neighbour at cosine 0.9 weighs 1/e of an identical one. */
	public static final double SIMILARITY_SCALE = 0.1;
	/** Share of a node's value that comes from its neighbours at each step (the rest from its own label). */
	public static final double SPREAD = 0.9;
	public static final int STEPS = 30;
	/** Weight of the head's probabilities in the decision score; the propagated distribution has the rest. */
	public static final double HEAD_WEIGHT = 0.5;
	/** Most labeled items the graph holds; with more, the model is the head alone. */
	public static final int MAX_LABELED = 5_000;
	/** Most unlabeled items the graph holds (the next ones in the project's order); the rest get no pre-labels. */
	public static final int MAX_UNLABELED = 5_000;

	/** The file beside {@code model.json} that holds a model's seeds. */
	public static final String SEEDS_FILE = "propagation.json";

	/** Rows compared against all rows in one TensorFlow run (a block of 1,024 × 10,000 similarities is 40 MB). */
	private static final int BLOCK = 1024;

	private final int[][] neighbours;
	/** Symmetrically normalized weights D^-½ W D^-½, matching {@link #neighbours}. */
	private final float[][] weights;

	private LabelPropagation(int[][] neighbours, float[][] weights) {
		this.neighbours = neighbours;
		this.weights = weights;
	}

	/** Whether a model on {@code labeled} items of a {@code kind} project propagates labels. */
	public static boolean applies(HeadKind kind, int labeled) {
		return kind == HeadKind.MULTI_CLASS && labeled <= MAX_LABELED;
	}

	/**
	 * The graph of {@code nodes}: features standardized over the nodes and compared by cosine, each node joined to its
	 * {@link #NEIGHBOURS} most similar ones (both ways). Similarities come from TensorFlow ({@link #nearestNeighbours}).
	 */
	public static LabelPropagation graph(float[][] nodes) throws AssistException {
		int n = nodes.length;
		float[][] unit = standardizedUnitRows(nodes);
		int k = Math.min(NEIGHBOURS, Math.max(0, n - 1));
		int[][] nearest = new int[n][k];
		float[][] similarity = new float[n][k];
		if (k > 0) {
			nearestNeighbours(unit, k, nearest, similarity);
		}
		List<Map<Integer, Double>> edges = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			edges.add(new HashMap<>());
		}
		for (int i = 0; i < n; i++) {
			for (int p = 0; p < k; p++) {
				double w = Math.exp((similarity[i][p] - 1) / SIMILARITY_SCALE);
				edges.get(i).merge(nearest[i][p], w, Math::max);
				edges.get(nearest[i][p]).merge(i, w, Math::max);
			}
		}
		double[] degree = new double[n];
		for (int i = 0; i < n; i++) {
			for (double w : edges.get(i).values()) {
				degree[i] += w;
			}
		}
		int[][] neighbours = new int[n][];
		float[][] weights = new float[n][];
		for (int i = 0; i < n; i++) {
			neighbours[i] = edges.get(i).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
			weights[i] = new float[neighbours[i].length];
			for (int p = 0; p < neighbours[i].length; p++) {
				int j = neighbours[i][p];
				weights[i][p] = (float) (edges.get(i).get(j) / Math.sqrt(degree[i] * degree[j]));
			}
		}
		return new LabelPropagation(neighbours, weights);
	}

	public int size() {
		return neighbours.length;
	}

	/**
	 * Spreads the seeds' classes over the graph: F ← spread · S F + (1 − spread) Y, where Y holds each seed's class
	 * divided by that class's number of seeds (so a class with many labels does not flood the others).
	 *
	 * @param classOf each node's class index, or -1 for a node that is not a seed
	 * @return per node, a distribution over the classes (uniform where nothing reached it)
	 */
	public float[][] propagate(int[] classOf, int classes) {
		int n = neighbours.length;
		if (classOf.length != n) {
			throw new IllegalArgumentException(classOf.length + " classes for " + n + " nodes");
		}
		int[] seedsOf = new int[classes];
		for (int c : classOf) {
			if (c >= 0) {
				seedsOf[c]++;
			}
		}
		float[][] start = new float[n][classes];
		for (int i = 0; i < n; i++) {
			if (classOf[i] >= 0) {
				start[i][classOf[i]] = 1f / seedsOf[classOf[i]];
			}
		}
		float[][] value = new float[n][];
		for (int i = 0; i < n; i++) {
			value[i] = start[i].clone();
		}
		for (int step = 0; step < STEPS; step++) {
			float[][] current = value;
			float[][] next = new float[n][classes];
			IntStream.range(0, n).parallel().forEach(i -> {
				float[] row = next[i];
				for (int p = 0; p < neighbours[i].length; p++) {
					float w = weights[i][p];
					float[] neighbour = current[neighbours[i][p]];
					for (int c = 0; c < classes; c++) {
						row[c] += w * neighbour[c];
					}
				}
				for (int c = 0; c < classes; c++) {
					row[c] = (float) (SPREAD * row[c] + (1 - SPREAD) * start[i][c]);
				}
			});
			value = next;
		}
		for (float[] row : value) {
			double sum = 0;
			for (float v : row) {
				sum += v;
			}
			for (int c = 0; c < classes; c++) {
				row[c] = sum > 0 ? (float) (row[c] / sum) : 1f / classes;
			}
		}
		return value;
	}

	/** The decision scores: {@link #HEAD_WEIGHT} of the head's probabilities plus the rest of the propagated ones. */
	public static float[] blend(float[] head, float[] propagated) {
		float[] result = new float[head.length];
		for (int c = 0; c < head.length; c++) {
			result[c] = (float) (HEAD_WEIGHT * head[c] + (1 - HEAD_WEIGHT) * propagated[c]);
		}
		return result;
	}

	/**
	 * The scores a model with {@code seeds} gives {@code items}: the head's probabilities blended with the classes
	 * propagated from the seeds over the graph of seeds and items.
	 *
	 * @param seedFeatures the seeds' features, in the order of {@link Seeds#ids()} (null where no longer available:
	 *                     that seed is left out)
	 */
	public static float[][] scores(Seeds seeds, float[][] seedFeatures, float[][] items, float[][] headScores, int classes)
			throws AssistException {
		List<float[]> nodes = new ArrayList<>();
		List<Integer> classOf = new ArrayList<>();
		for (int s = 0; s < seedFeatures.length; s++) {
			if (seedFeatures[s] != null) {
				nodes.add(seedFeatures[s]);
				classOf.add(seeds.classes()[s]);
			}
		}
		int seedCount = nodes.size();
		nodes.addAll(Arrays.asList(items));
		for (int i = 0; i < items.length; i++) {
			classOf.add(-1);
		}
		float[][] propagated = graph(nodes.toArray(float[][]::new)).propagate(classOf.stream().mapToInt(Integer::intValue).toArray(),
				classes);
		float[][] result = new float[items.length][];
		for (int i = 0; i < items.length; i++) {
			result[i] = blend(headScores[i], propagated[seedCount + i]);
		}
		return result;
	}

	/**
	 * The labels a model propagated from: item ids and class indices (into the model's classes), stored as
	 * {@value #SEEDS_FILE} in the model's folder.
	 */
	public record Seeds(List<String> ids, int[] classes) {

		public Seeds {
			if (ids.size() != classes.length) {
				throw new IllegalArgumentException(ids.size() + " seed ids for " + classes.length + " classes");
			}
			ids = List.copyOf(ids);
		}

		public void write(Path modelFolder) throws IOException {
			JsonObject json = new JsonObject();
			json.addProperty("headWeight", HEAD_WEIGHT);
			JsonObject seeds = new JsonObject();
			for (int i = 0; i < classes.length; i++) {
				seeds.addProperty(ids.get(i), classes[i]);
			}
			json.add("seeds", seeds);
			Files.writeString(modelFolder.resolve(SEEDS_FILE), json.toString(), StandardCharsets.UTF_8);
		}

		/** The seeds of the model in {@code modelFolder}; empty for a model of the head alone. */
		public static Optional<Seeds> read(Path modelFolder) throws AssistException {
			Path file = modelFolder.resolve(SEEDS_FILE);
			if (!Files.isRegularFile(file)) {
				return Optional.empty();
			}
			try {
				JsonObject seeds = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject()
						.getAsJsonObject("seeds");
				Map<String, Integer> byId = new LinkedHashMap<>();
				for (Map.Entry<String, JsonElement> seed : seeds.entrySet()) {
					byId.put(seed.getKey(), seed.getValue().getAsInt());
				}
				return Optional.of(new Seeds(new ArrayList<>(byId.keySet()), byId.values().stream().mapToInt(Integer::intValue).toArray()));
			} catch (IOException | RuntimeException e) {
				throw new AssistException("Cannot read the label propagation seeds " + file + ": " + e.getMessage(), e);
			}
		}
	}

	/** Rows standardized per feature (over the rows) and scaled to length 1, for cosine similarity by dot product. */
	private static float[][] standardizedUnitRows(float[][] rows) {
		int n = rows.length;
		int d = n == 0 ? 0 : rows[0].length;
		double[] mean = new double[d];
		double[] variance = new double[d];
		for (float[] row : rows) {
			for (int j = 0; j < d; j++) {
				mean[j] += row[j];
			}
		}
		for (int j = 0; j < d; j++) {
			mean[j] /= Math.max(1, n);
		}
		for (float[] row : rows) {
			for (int j = 0; j < d; j++) {
				double centred = row[j] - mean[j];
				variance[j] += centred * centred;
			}
		}
		float[][] unit = new float[n][d];
		for (int i = 0; i < n; i++) {
			double length = 0;
			for (int j = 0; j < d; j++) {
				double z = (rows[i][j] - mean[j]) / Math.sqrt(variance[j] / Math.max(1, n) + 1e-8);
				unit[i][j] = (float) z;
				length += z * z;
			}
			float scale = length > 0 ? (float) (1 / Math.sqrt(length)) : 0;
			for (int j = 0; j < d; j++) {
				unit[i][j] *= scale;
			}
		}
		return unit;
	}

	/**
	 * Each row's {@code k} most similar other rows (dot products of unit rows, so cosines), best first: TensorFlow's
	 * MatMul and TopK over blocks of {@link #BLOCK} rows against all rows, n² d multiply-adds at the speed of its
	 * kernels (plain Java loops took seconds for 3,000 items).
	 */
	private static void nearestNeighbours(float[][] unit, int k, int[][] nearest, float[][] similarity) throws AssistException {
		int n = unit.length;
		int d = unit[0].length;
		int candidates = Math.min(n, k + 1); // the row itself is among its best
		TensorFlowRuntime.engine(); // TF Java classes need the natives DJL loads
		try (Graph graph = new Graph(); Session session = new Session(graph); TFloat32 all = matrix(unit, 0, n)) {
			Ops tf = Ops.create(graph);
			Placeholder<TFloat32> rows = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, d)));
			Placeholder<TFloat32> everyRow = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(n, d)));
			TopK<TFloat32, TInt32> best = tf.nn.topK(tf.linalg.matMul(rows, everyRow, MatMul.transposeB(true)),
					tf.constant(candidates), new TopK.Options[0]);
			for (int start = 0; start < n; start += BLOCK) {
				int end = Math.min(n, start + BLOCK);
				float[] values = new float[(end - start) * candidates];
				int[] indices = new int[values.length];
				try (TFloat32 block = matrix(unit, start, end);
						Result result = session.runner().feed(rows, block).feed(everyRow, all).fetch(best.values())
								.fetch(best.indices()).run()) {
					((TFloat32) result.get(0)).copyTo(DataBuffers.of(values, false, false));
					((TInt32) result.get(1)).copyTo(DataBuffers.of(indices, false, false));
				}
				for (int i = start; i < end; i++) {
					int kept = 0;
					for (int p = 0; p < candidates && kept < k; p++) {
						int j = indices[(i - start) * candidates + p];
						if (j != i) {
							nearest[i][kept] = j;
							similarity[i][kept] = values[(i - start) * candidates + p];
							kept++;
						}
					}
				}
			}
		}
	}

	private static TFloat32 matrix(float[][] rows, int from, int to) {
		int d = rows[0].length;
		float[] flat = new float[(to - from) * d];
		for (int i = from; i < to; i++) {
			System.arraycopy(rows[i], 0, flat, (i - from) * d, d);
		}
		return TFloat32.tensorOf(Shape.of(to - from, d), DataBuffers.of(flat, true, false));
	}
}
