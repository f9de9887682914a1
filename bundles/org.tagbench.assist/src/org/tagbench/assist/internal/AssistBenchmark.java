package org.tagbench.assist.internal;

import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.assist.AssistException;
import org.tagbench.assist.AssistModel;
import org.tagbench.assist.AssistTraining;
import org.tagbench.assist.Calibration;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.FeatureExtractors;
import org.tagbench.assist.HeadKind;
import org.tagbench.assist.HeadPredictor;
import org.tagbench.assist.HeadTrainer;
import org.tagbench.assist.LabelPropagation;
import org.tagbench.assist.PageClustering;

/**
 * The assist's evaluation on Fashion-MNIST (Debian package {@code dataset-fashion-mnist}): a simulated
 * labeler labels items in the project's (shuffled) order; after 50, 100, 200, 400 and 1,000 labels the assist
 * trains, calibrates on its held-out share, and pre-labels the rest; we print precision and coverage on
 * the rest at the chosen threshold, cluster purity, and speeds. Run with {@code ./dev.sh bench-assist}.
 * <p>
 * Arguments: {@code [items (default 3000)] [dataset folder (default /usr/share/datasets/fashion-mnist)]}.
 * </p>
 */
public final class AssistBenchmark {

	private static final String[] CLASSES = { "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
			"Sneaker", "Bag", "Ankle boot" };

	private AssistBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int items = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
		Path folder = Path.of(args.length > 1 ? args[1] : "/usr/share/datasets/fashion-mnist");
		Path images = folder.resolve("t10k-images-idx3-ubyte.gz");
		if (!Files.isRegularFile(images)) {
			System.err.println("Fashion-MNIST is not at " + folder + ": install it with 'apt-get install dataset-fashion-mnist'.");
			System.exit(2);
		}
		long t0 = System.nanoTime();
		TensorFlowRuntime.engine();
		System.out.printf("TensorFlow %s engine start: %.1f s (natives from %s)%n", TensorFlowRuntime.TENSORFLOW_VERSION,
				(System.nanoTime() - t0) / 1e9, TensorFlowRuntime.libraryFolder());

		List<BufferedImage> all = readImages(images, items);
		int[] labels = readLabels(folder.resolve("t10k-labels-idx1-ubyte.gz"), items);
		// The project's order: shuffled with a fixed seed, like a project's orderKey.
		Integer[] order = new Integer[all.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Collections.shuffle(Arrays.asList(order), new Random(2026));
		List<BufferedImage> ordered = new ArrayList<>();
		int[] truth = new int[order.length];
		for (int i = 0; i < order.length; i++) {
			ordered.add(all.get(order[i]));
			truth[i] = labels[order[i]];
		}

		// -Dtagbench.bench.backbone=mobilenet measures the pretrained backbone instead of the built-in one
		FeatureExtractor extractor = "mobilenet".equals(System.getProperty("tagbench.bench.backbone"))
				? new MobileNetFeatureExtractor()
				: FeatureExtractors.builtIn();
		extract(extractor, ordered.subList(0, Math.min(64, ordered.size()))); // warm-up: graph set-up, JIT
		long start = System.nanoTime();
		float[][] features = extract(extractor, ordered);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("Backbone %s: %d features%n", extractor.id(), extractor.dimension());
		System.out.printf("Extraction, 28 px source images: %.0f images/s (%d images, %.1f s)%n", ordered.size() / seconds,
				ordered.size(), seconds);
		List<BufferedImage> large = new ArrayList<>();
		for (int i = 0; i < Math.min(512, ordered.size()); i++) {
			large.add(upscale(ordered.get(i), 224));
		}
		start = System.nanoTime();
		extract(extractor, large);
		seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("Extraction, 224 px RGB images (decoded): %.0f images/s (%d images)%n", large.size() / seconds, large.size());

		Path models = Files.createTempDirectory("tagbench-assist-bench");
		// -Dtagbench.bench.propagation=false measures the head alone (as before label propagation)
		boolean propagate = !"false".equals(System.getProperty("tagbench.bench.propagation"));
		System.out.println(propagate ? "Scores: head blended with label propagation over the kNN graph of labeled and unlabeled items."
				: "Scores: the head alone (-Dtagbench.bench.propagation=false).");
		System.out.println();
		System.out.println("Global: one threshold on all calibration decisions, for every class (as before per-class thresholds).");
		System.out.println("Per class: a class's own threshold where its decisions prove the target, else the one the other classes share.");
		System.out.println("| labels | global threshold | calibration: precision (surely ≥) / coverage | global: precision / coverage on rest | classes with own threshold | per class: precision / coverage on rest | accuracy on rest (top-1) | hindsight: 95 % reachable on | training s | pre-labeling s |");
		System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
		List<String> classIds = Arrays.asList(CLASSES);
		AssistModel last = null;
		for (int labeled : new int[] { 50, 100, 200, 400, 1000 }) {
			if (labeled >= features.length / 2) {
				break;
			}
			float[][] x = Arrays.copyOfRange(features, 0, labeled);
			float[][] y = new float[labeled][CLASSES.length];
			for (int i = 0; i < labeled; i++) {
				y[i][truth[i]] = 1;
			}
			// as TrainJob and PredictJob do: the next unlabeled items join the label propagation graph (all of the rest here)
			float[][] rest = Arrays.copyOfRange(features, labeled, features.length);
			List<String> ids = java.util.stream.IntStream.range(0, labeled).mapToObj(i -> "item-" + i).toList();
			float[][] window = Arrays.copyOf(rest, Math.min(rest.length, LabelPropagation.MAX_UNLABELED));
			AssistModel model = AssistTraining.train(HeadKind.MULTI_CLASS, x, y, classIds, extractor.id(),
					Calibration.DEFAULT_TARGET_PRECISION, AssistTraining.CALIBRATION_FOLDS, models, HeadTrainer.Options.defaults(),
					propagate ? new AssistTraining.Unlabeled(ids, window) : null, new NullProgressMonitor());
			float[][] scores;
			long predictStart = System.nanoTime();
			try (HeadPredictor predictor = HeadPredictor.load(model.savedModel(), model.dimension())) {
				scores = predictor.predict(rest);
			}
			var seeds = LabelPropagation.Seeds.read(model.folder());
			if (seeds.isPresent()) { // items after the window get no pre-labels, as in PredictJob
				float[][] blended = LabelPropagation.scores(seeds.get(), x, window, Arrays.copyOf(scores, window.length), CLASSES.length);
				for (int i = 0; i < rest.length; i++) {
					scores[i] = i < window.length ? blended[i] : new float[CLASSES.length];
				}
			}
			double predictSeconds = (System.nanoTime() - predictStart) / 1e9;
			int[] global = new int[2]; // covered, right
			int[] perClass = new int[2];
			int[] classCovered = new int[CLASSES.length];
			int[] classRight = new int[CLASSES.length];
			int top1 = 0;
			double threshold = model.curve().threshold().orElse(Double.POSITIVE_INFINITY);
			for (int i = 0; i < rest.length; i++) {
				int best = Calibration.argMax(scores[i]);
				boolean ok = best == truth[labeled + i];
				top1 += ok ? 1 : 0;
				if (scores[i][best] >= threshold) {
					global[0]++;
					global[1] += ok ? 1 : 0;
				}
				if (!AssistTraining.decide(model, scores[i]).isEmpty()) {
					perClass[0]++;
					perClass[1] += ok ? 1 : 0;
					classCovered[best]++;
					classRight[best] += ok ? 1 : 0;
				}
			}
			var chosen = model.curve().chosen();
			System.out.printf("| %d | %s | %s | %s | %d | %s | %.1f %% | %.1f %% | %.2f | %.2f |%n", labeled,
					model.curve().threshold().isPresent() ? String.format("%.3f", threshold) : "none",
					chosen.map(p -> String.format("%.1f %% (%.1f %%) / %.1f %%", 100 * p.precision(), 100 * p.lowerBound(), 100 * p.coverage()))
							.orElse(model.curve().targetReachable() ? "not precise enough" : "too few to prove the target"),
					onRest(global, rest.length), model.curve().classesWithOwnThreshold(), onRest(perClass, rest.length),
					100.0 * top1 / rest.length, 100 * hindsightCoverage(scores, Arrays.copyOfRange(truth, labeled, truth.length)),
					model.trainingMillis() / 1000.0, predictSeconds);
			if (model.curve().classesWithOwnThreshold() > 0) {
				// each class: its threshold (own or shared), then the precision of its pre-labels on the rest, of how many
				StringBuilder line = new StringBuilder("    per class on the rest:");
				for (int k = 0; k < CLASSES.length; k++) {
					var c = model.curve().perClass().get(k);
					line.append(String.format(" %s %s %s %s (%d);", CLASSES[k], c.own() ? "own" : "shared",
							c.threshold().isPresent() ? String.format("%.3f", c.threshold().getAsDouble()) : "none",
							classCovered[k] == 0 ? "–" : String.format("%.1f %%", 100.0 * classRight[k] / classCovered[k]), classCovered[k]));
				}
				System.out.println(line);
			}
			last = model;
		}

		System.out.println();
		float[][] unlabeled = Arrays.copyOfRange(features, Math.min(400, features.length), features.length);
		int[] unlabeledTruth = Arrays.copyOfRange(truth, Math.min(400, features.length), features.length);
		System.out.println("| page size | pages | cluster purity | random pages purity | clustering s |");
		System.out.println("| ---: | ---: | ---: | ---: | ---: |");
		for (int pageSize : new int[] { 4, 6, 9 }) {
			start = System.nanoTime();
			var pages = PageClustering.pages(unlabeled, pageSize, 1);
			seconds = (System.nanoTime() - start) / 1e9;
			List<int[]> random = new ArrayList<>();
			for (int i = 0; i + pageSize <= unlabeled.length; i += pageSize) {
				random.add(java.util.stream.IntStream.range(i, i + pageSize).toArray()); // project order is random
			}
			System.out.printf("| %d | %d | %.1f %% | %.1f %% | %.2f |%n", pageSize, pages.size(),
					100 * PageClustering.purity(pages, unlabeledTruth), 100 * PageClustering.purity(random, unlabeledTruth), seconds);
		}

		if (last != null) {
			float[][] many = new float[10_000][];
			for (int i = 0; i < many.length; i++) {
				many[i] = features[i % features.length];
			}
			try (HeadPredictor predictor = HeadPredictor.load(last.savedModel(), last.dimension())) {
				predictor.predict(Arrays.copyOf(many, 100));
				start = System.nanoTime();
				for (int i = 0; i < many.length; i += 1000) {
					predictor.predict(Arrays.copyOfRange(many, i, i + 1000));
				}
				seconds = (System.nanoTime() - start) / 1e9;
			}
			System.out.printf("%nHead prediction for 10,000 cached feature vectors: %.2f s%n", seconds);
		}
		System.out.printf("Max heap used: %d MB%n", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
	}

	/**
	 * The largest share of the rest that a threshold chosen with hindsight (on the rest itself) could pre-label at 95 %
	 * precision: the ceiling of what the scores rank, whatever the calibration.
	 */
	private static double hindsightCoverage(float[][] scores, int[] truth) {
		Integer[] byScore = new Integer[scores.length];
		for (int i = 0; i < byScore.length; i++) {
			byScore[i] = i;
		}
		Arrays.sort(byScore, (a, b) -> Float.compare(scores[b][Calibration.argMax(scores[b])], scores[a][Calibration.argMax(scores[a])]));
		int right = 0;
		int best = 0;
		for (int i = 0; i < byScore.length; i++) {
			right += Calibration.argMax(scores[byScore[i]]) == truth[byScore[i]] ? 1 : 0;
			if (right >= 0.95 * (i + 1)) {
				best = i + 1;
			}
		}
		return scores.length == 0 ? 0 : (double) best / scores.length;
	}

	/** "96.9 % / 32.6 %": precision and coverage of {covered, right} on the rest. */
	private static String onRest(int[] coveredRight, int rest) {
		return (coveredRight[0] == 0 ? "–" : String.format("%.1f %%", 100.0 * coveredRight[1] / coveredRight[0]))
				+ String.format(" / %.1f %%", 100.0 * coveredRight[0] / rest);
	}

	private static float[][] extract(FeatureExtractor extractor, List<BufferedImage> images) throws AssistException {
		float[][] result = new float[images.size()][];
		int batch = extractor.preferredBatchSize();
		for (int i = 0; i < images.size(); i += batch) {
			float[][] part = extractor.extract(images.subList(i, Math.min(images.size(), i + batch)));
			System.arraycopy(part, 0, result, i, part.length);
		}
		return result;
	}

	private static BufferedImage upscale(BufferedImage image, int size) {
		BufferedImage result = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		var g = result.createGraphics();
		g.drawImage(image, 0, 0, size, size, null);
		g.dispose();
		return result;
	}

	static List<BufferedImage> readImages(Path file, int limit) throws IOException {
		try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file)))) {
			if (in.readInt() != 0x803) {
				throw new IOException(file + " is not an IDX image file (magic number 0x803 expected)");
			}
			int count = Math.min(limit, in.readInt());
			int rows = in.readInt();
			int cols = in.readInt();
			List<BufferedImage> images = new ArrayList<>(count);
			byte[] pixels = new byte[rows * cols];
			for (int i = 0; i < count; i++) {
				in.readFully(pixels);
				BufferedImage image = new BufferedImage(cols, rows, BufferedImage.TYPE_BYTE_GRAY);
				image.getRaster().setDataElements(0, 0, cols, rows, pixels.clone());
				images.add(image);
			}
			return images;
		}
	}

	static int[] readLabels(Path file, int limit) throws IOException {
		try (InputStream raw = new GZIPInputStream(Files.newInputStream(file)); DataInputStream in = new DataInputStream(raw)) {
			if (in.readInt() != 0x801) {
				throw new IOException(file + " is not an IDX label file (magic number 0x801 expected)");
			}
			int count = Math.min(limit, in.readInt());
			int[] labels = new int[count];
			for (int i = 0; i < count; i++) {
				labels[i] = in.readUnsignedByte();
			}
			return labels;
		}
	}
}
