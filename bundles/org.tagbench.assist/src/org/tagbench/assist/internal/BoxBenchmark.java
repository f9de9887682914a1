package org.tagbench.assist.internal;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.assist.BoxDetection;
import org.tagbench.assist.BoxDetection.Box;
import org.tagbench.assist.BoxFeatureCache;
import org.tagbench.assist.Calibration;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.FeatureExtractors;
import org.tagbench.assist.HeadPredictor;
import org.tagbench.assist.HeadTrainer;

/**
 * Box pre-labels measured honestly: synthetic scenes made of Fashion-MNIST items (Debian
 * {@code dataset-fashion-mnist}, test set) pasted at random positions and sizes, tinted, onto textured
 * backgrounds, with their true boxes (the items' own pixels, not the 28 × 28 frame). A simulated labeler draws
 * the boxes of the first 50 scenes, and 50 more before each retraining up to 500; the assist trains ({@link BoxDetection}), chooses its threshold on
 * its held-out share, and we measure precision and coverage (recall) of its box pre-labels at that threshold on
 * the next, unseen scenes. Run with {@code ./dev.sh bench-assist-boxes [test scenes] [classes]}.
 */
public final class BoxBenchmark {

	/** Four classes that look different (T-shirt/top, Trouser, Sneaker, Bag), or all ten with the second argument 10. */
	private static final int[] FOUR = { 0, 1, 7, 8 };
	private static final String[] NAMES = { "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
			"Sneaker", "Bag", "Ankle boot" };
	static final int SIZE = 160;

	private BoxBenchmark() {
	}

	/** A scene and its true boxes. */
	record Scene(BufferedImage image, List<Box> boxes) {
	}

	public static void main(String[] args) throws Exception {
		int testScenes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
		boolean allClasses = args.length > 1 && args[1].equals("10");
		Path folder = Path.of("/usr/share/datasets/fashion-mnist");
		if (!Files.isRegularFile(folder.resolve("t10k-images-idx3-ubyte.gz"))) {
			System.err.println("Fashion-MNIST is not at " + folder + ": install it with 'apt-get install dataset-fashion-mnist'.");
			System.exit(2);
		}
		TensorFlowRuntime.engine();
		List<BufferedImage> items = AssistBenchmark.readImages(folder.resolve("t10k-images-idx3-ubyte.gz"), 10_000);
		int[] labels = AssistBenchmark.readLabels(folder.resolve("t10k-labels-idx1-ubyte.gz"), 10_000);
		int[] kept = allClasses ? new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 } : FOUR;
		List<String> classIds = new ArrayList<>();
		for (int k : kept) {
			classIds.add(NAMES[k]);
		}
		List<BufferedImage> pool = new ArrayList<>();
		List<Integer> poolClass = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			for (int k = 0; k < kept.length; k++) {
				if (labels[i] == kept[k]) {
					pool.add(items.get(i));
					poolClass.add(k);
				}
			}
		}
		Random random = new Random(2026);
		// a training after 50 scenes, then a retraining every 50 more (the project default), as in the workbench; 500
		// scenes hold about 1,000 boxes. The unseen scenes are measured after every 100.
		int[] budgets = { 50, 100, 150, 200, 250, 300, 350, 400, 450, 500 };
		List<Scene> scenes = new ArrayList<>();
		for (int i = 0; i < budgets[budgets.length - 1] + testScenes; i++) {
			scenes.add(scene(pool, poolClass, random));
		}
		List<Scene> test = scenes.subList(budgets[budgets.length - 1], scenes.size());
		int trueBoxes = test.stream().mapToInt(s -> s.boxes().size()).sum();
		FeatureExtractor extractor = FeatureExtractors.builtIn();
		System.out.printf("Box pre-labels on synthetic Fashion-MNIST scenes (%d × %d px, 1–3 items of %d–%d px, %d classes: %s)%n", SIZE,
				SIZE, 28, 64, classIds.size(), String.join(", ", classIds));
		System.out.printf("Backbone %s; test: %d unseen scenes with %d true boxes; target precision 95 %%; a hit is IoU ≥ 0.5 with the right class%n",
				extractor.id(), test.size(), trueBoxes);
		System.out.println();
		System.out.println("| labeled scenes | labeled boxes | windows / scene | proposal ceiling | threshold | held-out precision (surely ≥) / coverage | precision on the rest | coverage on the rest | pre-labels | training | crops extracted / from cache | prediction / scene |");
		System.out.println("| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
		Path models = Files.createTempDirectory("tagbench-box-bench");
		// a cache of its own, as large as the session's, kept across the retrainings as in the workbench
		BoxFeatureCache cache = new BoxFeatureCache(BoxFeatureCache.DEFAULT_BUDGET_BYTES);
		for (int budget : budgets) {
			List<Scene> labeled = scenes.subList(0, budget);
			long start = System.nanoTime();
			long[] before = cache.hitsAndMisses();
			BoxDetection.Detector detector = BoxDetection.train(new BoxDetection.LabeledImages() {
				@Override
				public int size() {
					return labeled.size();
				}

				@Override
				public BufferedImage image(int index) {
					return labeled.get(index).image();
				}

				@Override
				public List<Box> boxes(int index) {
					return labeled.get(index).boxes();
				}

				@Override
				public String key(int index) {
					return "scene-" + index;
				}
			}, classIds, extractor, Calibration.DEFAULT_TARGET_PRECISION, 0.25, models, HeadTrainer.Options.defaults(), cache,
					new NullProgressMonitor());
			double trainSeconds = (System.nanoTime() - start) / 1e9;
			long[] counts = cache.hitsAndMisses();
			long hits = counts[0] - before[0];
			long extracted = counts[1] - before[1];
			int windows = BoxDetection.proposals(SIZE, SIZE, detector.shapes()).size();
			// the best any classifier of these windows could do: true boxes some window overlaps by IoU ≥ 0.5
			int reachable = 0;
			for (Scene s : test) {
				List<Box> proposals = BoxDetection.proposals(SIZE, SIZE, detector.shapes());
				for (Box t : s.boxes()) {
					if (proposals.stream().anyMatch(p -> BoxDetection.iou(p, t) >= BoxDetection.HIT_IOU)) {
						reachable++;
					}
				}
			}
			int detections = 0;
			int hitCount = 0;
			start = System.nanoTime();
			try (HeadPredictor head = HeadPredictor.load(detector.model().savedModel(), extractor.dimension())) {
				for (Scene s : budget % 100 == 0 ? test : List.<Scene>of()) {
					List<Box> prelabels = detector.prelabels(s.image(), extractor, head);
					detections += prelabels.size();
					for (boolean hit : BoxDetection.hits(prelabels, s.boxes())) {
						hitCount += hit ? 1 : 0;
					}
				}
			}
			double predictSeconds = (System.nanoTime() - start) / 1e9 / test.size();
			boolean measured = budget % 100 == 0;
			var curve = detector.model().curve();
			if (Boolean.getBoolean("tagbench.bench.curve")) {
				for (var p : curve.points()) {
					if (p.covered() % 5 == 0) {
						System.out.printf("   t=%.4f covered=%d precision=%.3f coverage=%.3f%n", p.threshold(), p.covered(), p.precision(), p.coverage());
					}
				}
			}
			System.out.printf("| %d | %d | %d | %.1f %% | %s | %s | %s | %s | %d | %.1f s | %d / %d | %.2f s |%n", budget,
					labeled.stream().mapToInt(sc -> sc.boxes().size()).sum(), windows, 100.0 * reachable / trueBoxes,
					(curve.threshold().isPresent() ? String.format("%.3f", curve.threshold().getAsDouble()) : "none") + ownThresholds(curve, classIds),
					curve.chosen().map(p -> String.format("%.1f %% (%.1f %%) / %.1f %%", 100 * p.precision(), 100 * p.lowerBound(),
							100 * p.coverage())).orElse(curve.targetReachable() ? "not precise enough" : "too few to prove the target"),
					detections == 0 ? "–" : String.format("%.1f %%", 100.0 * hitCount / detections),
					measured ? String.format("%.1f %%", 100.0 * hitCount / trueBoxes) : "not measured", detections, trainSeconds, extracted, hits,
					predictSeconds);
		}
	}

	/** "; own: Trouser 0.912, Bag 0.874" for the classes whose detections prove the target alone; "" when none does. */
	private static String ownThresholds(org.tagbench.assist.CalibrationCurve curve, List<String> classIds) {
		StringBuilder own = new StringBuilder();
		for (int k = 0; k < curve.perClass().size(); k++) {
			var c = curve.perClass().get(k);
			if (c.own()) {
				own.append(own.length() == 0 ? "; own: " : ", ").append(String.format("%s %.3f", classIds.get(k), c.threshold().getAsDouble()));
			}
		}
		return own.toString();
	}

	/** A textured background with one to three tinted items that do not overlap. */
	static Scene scene(List<BufferedImage> pool, List<Integer> poolClass, Random random) {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
		int[] base = { 60 + random.nextInt(140), 60 + random.nextInt(140), 60 + random.nextInt(140) };
		double fx = 0.05 + random.nextDouble() * 0.3;
		double fy = 0.05 + random.nextDouble() * 0.3;
		double amplitude = 15 + random.nextDouble() * 35;
		for (int y = 0; y < SIZE; y++) {
			for (int x = 0; x < SIZE; x++) {
				double texture = amplitude * Math.sin(x * fx + Math.cos(y * fy) * 2) + random.nextGaussian() * 12;
				image.setRGB(x, y, rgb(base[0] + texture, base[1] + texture * 0.7, base[2] - texture * 0.5));
			}
		}
		List<Box> boxes = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int attempt = 0; attempt < 40 && boxes.size() < count; attempt++) {
			int index = random.nextInt(pool.size());
			int size = 28 + random.nextInt(37);
			int ox = random.nextInt(SIZE - size + 1);
			int oy = random.nextInt(SIZE - size + 1);
			BufferedImage item = scaled(pool.get(index), size);
			int minX = size, minY = size, maxX = -1, maxY = -1;
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					if ((item.getRGB(x, y) & 0xff) > 24) {
						minX = Math.min(minX, x);
						minY = Math.min(minY, y);
						maxX = Math.max(maxX, x);
						maxY = Math.max(maxY, y);
					}
				}
			}
			if (maxX < 0) {
				continue;
			}
			Box box = new Box(poolClass.get(index), ox + minX, oy + minY, maxX - minX + 1.0, maxY - minY + 1.0, 0);
			if (boxes.stream().anyMatch(b -> BoxDetection.iou(b, box) > 0 || touches(b, box))) {
				continue;
			}
			int[] tint = { 80 + random.nextInt(176), 80 + random.nextInt(176), 80 + random.nextInt(176) };
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					int v = item.getRGB(x, y) & 0xff;
					double alpha = Math.min(1, v / 48.0);
					if (alpha > 0) {
						int under = image.getRGB(ox + x, oy + y);
						double shade = v / 255.0;
						image.setRGB(ox + x, oy + y, rgb(mix(((under >> 16) & 0xff), tint[0] * shade, alpha),
								mix(((under >> 8) & 0xff), tint[1] * shade, alpha), mix(under & 0xff, tint[2] * shade, alpha)));
					}
				}
			}
			boxes.add(box);
		}
		return new Scene(image, boxes);
	}

	private static boolean touches(Box a, Box b) {
		return a.x() < b.x() + b.w() + 2 && b.x() < a.x() + a.w() + 2 && a.y() < b.y() + b.h() + 2 && b.y() < a.y() + a.h() + 2;
	}

	private static double mix(double under, double over, double alpha) {
		return under * (1 - alpha) + over * alpha;
	}

	private static int rgb(double r, double g, double b) {
		return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
	}

	private static int clamp(double v) {
		return (int) Math.max(0, Math.min(255, Math.round(v)));
	}

	private static BufferedImage scaled(BufferedImage item, int size) {
		BufferedImage result = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		var g = result.createGraphics();
		g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(item, 0, 0, size, size, null);
		g.dispose();
		return result;
	}
}
