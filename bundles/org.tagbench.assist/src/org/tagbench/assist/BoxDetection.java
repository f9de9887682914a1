package org.tagbench.assist;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import com.google.gson.Gson;

/**
 * Box pre-labels for bounding-box projects, on any backbone: class-agnostic proposals (sliding windows of the
 * shapes people drew, at a stride of a third of their side), each proposal's crop described by the backbone,
 * a softmax head over the project's classes plus "background" trained on crops of the labeled boxes (and
 * proposals overlapping them by IoU ≥ 0.65) against proposals that overlap no box by a hit's IoU (&lt; 0.45), and
 * against a first head's most confident false windows on training images (hard negatives), then
 * class-agnostic non-maximum suppression.
 * <p>
 * Calibration as for classification, on held-out labeled images: a detection is right when it overlaps an
 * unmatched true box of its class by IoU ≥ 0.5 (greedily, highest score first); precision = right / detections
 * at or above the threshold, coverage = true boxes found / all true boxes (recall). The threshold is the lowest
 * whose precision reaches the target.
 * </p>
 */
public final class BoxDetection {

	/** A hit needs at least this overlap with a true box of its class. */
	public static final double HIT_IOU = 0.5;
	/** Detections overlapping a better one by more than this are dropped. */
	public static final double NMS_IOU = 0.3;
	static final double POSITIVE_IOU = 0.65;
	/** Windows overlapping every box by less than this are background: below a hit, so the head learns to place boxes. */
	static final double NEGATIVE_IOU = 0.45;
	static final int MAX_SHAPES = 4;
	/** Window sides are powers of this share of the image's side. */
	static final double SHAPE_STEP = 1.25;
	static final int NEGATIVES_PER_IMAGE = 32;
	/** Windows cutting through a box (IoU 0.1–0.45) are background too: they teach the head where boxes end. */
	static final int PARTIAL_NEGATIVES_PER_IMAGE = 16;
	/** Training images searched for the first head's false detections, and how many each adds as background. */
	static final int MINING_IMAGES = 20;
	static final int MINED_PER_IMAGE = 8;
	static final int POSITIVES_PER_BOX = 3;
	/** The file beside model.json with the window shapes. */
	public static final String SHAPES_FILE = "boxes.json";

	private BoxDetection() {
	}

	/** A box in pixels; {@code classIndex} -1 for a proposal not classified yet, {@code score} 0 for a true box. */
	public record Box(int classIndex, double x, double y, double w, double h, double score) {

		public Box withClass(int index, double newScore) {
			return new Box(index, x, y, w, h, newScore);
		}
	}

	/** Intersection over union of two boxes. */
	public static double iou(Box a, Box b) {
		double ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
		double iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
		double intersection = ix * iy;
		double union = a.w * a.h + b.w * b.h - intersection;
		return union <= 0 ? 0 : intersection / union;
	}

	/**
	 * Up to {@value #MAX_SHAPES} window shapes (width, height as shares of the image's width and height) summarizing
	 * the labeled boxes: k-means on their relative sizes, seeded at size quantiles, each side snapped to the nearest
	 * power of {@value #SHAPE_STEP}.
	 */
	public static double[][] shapes(List<double[]> relativeSizes) {
		if (relativeSizes.isEmpty()) {
			throw new IllegalArgumentException("no labeled boxes to take window shapes from");
		}
		double[][] sizes = relativeSizes.toArray(double[][]::new);
		Arrays.sort(sizes, Comparator.comparingDouble(s -> s[0] * s[1]));
		int k = Math.min(MAX_SHAPES, sizes.length);
		double[][] centres = new double[k][];
		for (int c = 0; c < k; c++) {
			centres[c] = sizes[(int) ((c + 0.5) * sizes.length / k)].clone();
		}
		int[] assignment = new int[sizes.length];
		for (int round = 0; round < 20; round++) {
			for (int i = 0; i < sizes.length; i++) {
				int best = 0;
				for (int c = 1; c < k; c++) {
					if (shapeDistance(sizes[i], centres[c]) < shapeDistance(sizes[i], centres[best])) {
						best = c;
					}
				}
				assignment[i] = best;
			}
			for (int c = 0; c < k; c++) {
				double w = 0, h = 0;
				int n = 0;
				for (int i = 0; i < sizes.length; i++) {
					if (assignment[i] == c) {
						w += sizes[i][0];
						h += sizes[i][1];
						n++;
					}
				}
				if (n > 0) {
					centres[c] = new double[] { w / n, h / n };
				}
			}
		}
		// snapped to a fixed ladder so that retrainings with more boxes keep the windows (and their cached features)
		return Arrays.stream(centres).map(c -> new double[] { snapped(c[0]), snapped(c[1]) }).distinct().toArray(double[][]::new);
	}

	/** The nearest rung of the ladder 1.25^k (k ≤ 0): steps of 25 %, coarse enough for centres to stay on their rung. */
	static double snapped(double share) {
		double step = Math.log(SHAPE_STEP);
		return Math.min(1, Math.exp(Math.round(Math.log(share) / step) * step));
	}

	/**
	 * The previous model's window shapes when they fit the boxes nearly as well as the fresh ones (mean best IoU at
	 * most {@value #SHAPE_TOLERANCE} lower): a centre crossing to the next rung would otherwise change the windows of
	 * every image, and a retraining would describe them all again.
	 */
	public static double[][] keepShapes(double[][] previous, double[][] fresh, List<double[]> sizes) {
		if (previous == null || previous.length == 0) {
			return fresh;
		}
		return meanBestOverlap(previous, sizes) >= meanBestOverlap(fresh, sizes) - SHAPE_TOLERANCE ? previous : fresh;
	}

	static final double SHAPE_TOLERANCE = 0.01;

	/** The mean, over the boxes, of the best IoU any of the shapes has with the box's size (both at one corner). */
	static double meanBestOverlap(double[][] shapes, List<double[]> sizes) {
		double sum = 0;
		for (double[] size : sizes) {
			double best = 0;
			for (double[] shape : shapes) {
				best = Math.max(best, 1 - shapeDistance(size, shape));
			}
			sum += best;
		}
		return sizes.isEmpty() ? 0 : sum / sizes.size();
	}

	/** The window shapes of the newest box model in the folder, or {@code null}. */
	private static double[][] previousShapes(Path modelsFolder) {
		try {
			Optional<AssistModel> latest = AssistModels.latest(modelsFolder);
			return latest.isPresent() && latest.get().kind() == HeadKind.BOXES ? detector(latest.get()).shapes() : null;
		} catch (AssistException e) {
			return null; // an unreadable older model: start from fresh shapes
		}
	}

	/** 1 − IoU of two sizes placed at the same corner (the anchor distance of YOLO's k-means). */
	private static double shapeDistance(double[] a, double[] b) {
		double intersection = Math.min(a[0], b[0]) * Math.min(a[1], b[1]);
		return 1 - intersection / (a[0] * a[1] + b[0] * b[1] - intersection);
	}

	/** Sliding windows of every shape over an image of this size, a third of the window's side apart. */
	public static List<Box> proposals(int width, int height, double[][] shapes) {
		List<Box> result = new ArrayList<>();
		for (double[] shape : shapes) {
			double w = Math.max(4, Math.min(width, shape[0] * width));
			double h = Math.max(4, Math.min(height, shape[1] * height));
			double stepX = Math.max(2, w / 3);
			double stepY = Math.max(2, h / 3);
			int nx = (int) Math.floor((width - w) / stepX) + 1;
			int ny = (int) Math.floor((height - h) / stepY) + 1;
			// spread the windows so the last one touches the far edge
			double gapX = nx > 1 ? (width - w) / (nx - 1) : 0;
			double gapY = ny > 1 ? (height - h) / (ny - 1) : 0;
			for (int j = 0; j < ny; j++) {
				for (int i = 0; i < nx; i++) {
					result.add(new Box(-1, i * gapX, j * gapY, w, h, 0));
				}
			}
		}
		return result;
	}

	/** The box's pixels (clipped to the image; shares the image's data). */
	public static BufferedImage crop(BufferedImage image, Box box) {
		int x = (int) Math.max(0, Math.floor(box.x));
		int y = (int) Math.max(0, Math.floor(box.y));
		int w = (int) Math.max(1, Math.min(image.getWidth() - x, Math.round(box.w)));
		int h = (int) Math.max(1, Math.min(image.getHeight() - y, Math.round(box.h)));
		return image.getSubimage(Math.min(x, image.getWidth() - 1), Math.min(y, image.getHeight() - 1), w, h);
	}

	/** Class-agnostic non-maximum suppression: best first, dropping boxes overlapping a kept one by more than {@code maxIou}. */
	public static List<Box> nms(List<Box> boxes, double maxIou) {
		List<Box> sorted = new ArrayList<>(boxes);
		sorted.sort(Comparator.comparingDouble(Box::score).reversed());
		List<Box> kept = new ArrayList<>();
		for (Box box : sorted) {
			if (kept.stream().noneMatch(k -> iou(k, box) > maxIou)) {
				kept.add(box);
			}
		}
		return kept;
	}

	/** Crops to train on from one labeled image (as boxes), and their classes ({@code classes} = background). */
	public record Samples(List<Box> crops, List<Integer> classes) {
	}

	/** Positives: the true boxes and up to three proposals each overlapping them by IoU ≥ 0.65; negatives: proposals overlapping none by 0.45. */
	public static Samples samples(BufferedImage image, List<Box> truth, double[][] shapes, int background, Random random) {
		List<Box> crops = new ArrayList<>();
		List<Integer> classes = new ArrayList<>();
		List<Box> proposals = proposals(image.getWidth(), image.getHeight(), shapes);
		for (Box box : truth) {
			crops.add(box);
			classes.add(box.classIndex());
			List<Box> near = new ArrayList<>(proposals.stream().filter(p -> iou(p, box) >= POSITIVE_IOU).toList());
			java.util.Collections.shuffle(near, random);
			for (Box p : near.subList(0, Math.min(POSITIVES_PER_BOX, near.size()))) {
				crops.add(p);
				classes.add(box.classIndex());
			}
		}
		List<Box> far = new ArrayList<>(proposals.stream().filter(p -> truth.stream().allMatch(t -> iou(p, t) < 0.1)).toList());
		List<Box> partial = new ArrayList<>(proposals.stream().filter(p -> truth.stream().allMatch(t -> iou(p, t) < NEGATIVE_IOU))
				.filter(p -> truth.stream().anyMatch(t -> iou(p, t) >= 0.1)).toList());
		java.util.Collections.shuffle(far, random);
		java.util.Collections.shuffle(partial, random);
		for (Box p : far.subList(0, Math.min(NEGATIVES_PER_IMAGE, far.size()))) {
			crops.add(p);
			classes.add(background);
		}
		for (Box p : partial.subList(0, Math.min(PARTIAL_NEGATIVES_PER_IMAGE, partial.size()))) {
			crops.add(p);
			classes.add(background);
		}
		return new Samples(crops, classes);
	}

	/**
	 * Every proposal of the image classified by the head (its best non-background class and that class's
	 * probability), after non-maximum suppression; no threshold applied.
	 */
	public static List<Box> detect(BufferedImage image, double[][] shapes, FeatureExtractor extractor, HeadPredictor head,
			int classes) throws AssistException {
		return detect(image, null, null, shapes, extractor, head, classes);
	}

	/**
	 * As {@link #detect(BufferedImage, double[][], FeatureExtractor, HeadPredictor, int)}, taking the windows' features
	 * from {@code cache} where it has them ({@code itemKey} names the image; {@code null} for no caching).
	 */
	public static List<Box> detect(BufferedImage image, String itemKey, BoxFeatureCache cache, double[][] shapes,
			FeatureExtractor extractor, HeadPredictor head, int classes) throws AssistException {
		List<Box> proposals = proposals(image.getWidth(), image.getHeight(), shapes);
		List<Box> scored = new ArrayList<>();
		int batch = 512;
		for (int start = 0; start < proposals.size(); start += batch) {
			List<Box> part = proposals.subList(start, Math.min(proposals.size(), start + batch));
			float[][] features = (cache != null ? cache : BoxFeatureCache.NONE).describe(extractor, itemKey, image, part, null);
			float[][] probabilities = head.predict(features);
			for (int i = 0; i < part.size(); i++) {
				int best = 0;
				for (int c = 1; c < classes; c++) {
					if (probabilities[i][c] > probabilities[i][best]) {
						best = c;
					}
				}
				// a window the head calls background scores low whatever class comes next
				if (probabilities[i][best] > probabilities[i][classes]) {
					scored.add(part.get(i).withClass(best, probabilities[i][best]));
				}
			}
		}
		return nms(scored, NMS_IOU);
	}

	/** Which detections hit a true box (greedy, best score first, each true box at most once). */
	public static boolean[] hits(List<Box> detections, List<Box> truth) {
		Integer[] order = new Integer[detections.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(detections.get(b).score(), detections.get(a).score()));
		boolean[] used = new boolean[truth.size()];
		boolean[] hit = new boolean[detections.size()];
		for (int i : order) {
			Box d = detections.get(i);
			int best = -1;
			double bestIou = HIT_IOU;
			for (int t = 0; t < truth.size(); t++) {
				double overlap = iou(d, truth.get(t));
				if (!used[t] && truth.get(t).classIndex() == d.classIndex() && overlap >= bestIou) {
					best = t;
					bestIou = overlap;
				}
			}
			if (best >= 0) {
				used[best] = true;
				hit[i] = true;
			}
		}
		return hit;
	}

	/**
	 * The precision–coverage curve of detections on held-out images: coverage is the share of true boxes found
	 * ({@link CalibrationCurve#decisions()} = the number of true boxes), the threshold the lowest reaching
	 * {@code target}.
	 */
	public static CalibrationCurve calibrate(List<List<Box>> detections, List<List<Box>> truth, double target) {
		return calibrate(detections, truth, 0, target);
	}

	/**
	 * As {@link #calibrate(List, List, double)}, with per-class thresholds ({@link Calibration#perClass}) over the
	 * detections of each of {@code classes}.
	 */
	public static CalibrationCurve calibrate(List<List<Box>> detections, List<List<Box>> truth, int classes, double target) {
		List<double[]> scored = new ArrayList<>(); // score, hit, class
		int trueBoxes = 0;
		for (int i = 0; i < detections.size(); i++) {
			boolean[] hit = hits(detections.get(i), truth.get(i));
			for (int k = 0; k < hit.length; k++) {
				scored.add(new double[] { detections.get(i).get(k).score(), hit[k] ? 1 : 0, detections.get(i).get(k).classIndex() });
			}
			trueBoxes += truth.get(i).size();
		}
		scored.sort((a, b) -> Double.compare(b[0], a[0]));
		List<CalibrationCurve.Point> points = new ArrayList<>();
		int covered = 0, right = 0;
		for (int k = 0; k < scored.size(); k++) {
			covered++;
			right += (int) scored.get(k)[1];
			if (k + 1 < scored.size() && scored.get(k + 1)[0] == scored.get(k)[0]) {
				continue;
			}
			points.add(new CalibrationCurve.Point(scored.get(k)[0], covered, right, (double) right / covered,
					trueBoxes == 0 ? 0 : (double) right / trueBoxes));
		}
		OptionalDouble threshold = Calibration.choose(points, target);
		double[] scores = scored.stream().mapToDouble(d -> d[0]).toArray();
		boolean[] hit = new boolean[scored.size()];
		int[] classOf = new int[scored.size()];
		for (int k = 0; k < hit.length; k++) {
			hit[k] = scored.get(k)[1] > 0;
			classOf[k] = (int) scored.get(k)[2];
		}
		return new CalibrationCurve(points, trueBoxes, target, threshold,
				Calibration.perClass(scores, hit, classes > 0 ? classOf : null, classes, target));
	}

	/** Labeled images to train on: how many, and each one's image and true boxes (read on demand). */
	public interface LabeledImages {
		int size();

		BufferedImage image(int index) throws AssistException;

		List<Box> boxes(int index) throws AssistException;

		/**
		 * A stable name of the image within its project (e.g. its item id) for the {@link BoxFeatureCache} and a
		 * hold-out that stays put across retrainings; {@code null} (the default) caches nothing.
		 */
		default String key(int index) {
			return null;
		}
	}

	/** A trained detector: the model (kind {@link HeadKind#BOXES}) and its window shapes. */
	public record Detector(AssistModel model, double[][] shapes) {

		/** The box pre-labels of one image: detections at or above their class's threshold. */
		public List<Box> prelabels(BufferedImage image, FeatureExtractor extractor, HeadPredictor head) throws AssistException {
			return prelabels(image, null, null, extractor, head);
		}

		/** As {@link #prelabels(BufferedImage, FeatureExtractor, HeadPredictor)}, with cached window features. */
		public List<Box> prelabels(BufferedImage image, String itemKey, BoxFeatureCache cache, FeatureExtractor extractor,
				HeadPredictor head) throws AssistException {
			if (!model.canPrelabel()) {
				return List.of();
			}
			CalibrationCurve curve = model.curve();
			return detect(image, itemKey, cache, shapes, extractor, head, model.classIds().size()).stream()
					.filter(b -> curve.thresholdOf(b.classIndex()).isPresent() && b.score() >= curve.thresholdOf(b.classIndex()).getAsDouble())
					.toList();
		}
	}

	/**
	 * Trains the next model version: holds out a share of the labeled images, trains the head on the others' crops,
	 * calibrates on the held-out images' detections. With {@link LabeledImages#key keys}, crops' features come from the
	 * shared {@link BoxFeatureCache} and the held-out images are chosen by key, so they stay held out when more are
	 * labeled (a retraining extracts only what is new); without keys, a stratified split by the first box's class.
	 */
	public static Detector train(LabeledImages labeled, List<String> classIds, FeatureExtractor extractor, double target,
			double holdOutShare, Path modelsFolder, HeadTrainer.Options options, IProgressMonitor monitor) throws AssistException {
		return train(labeled, classIds, extractor, target, holdOutShare, modelsFolder, options,
				BoxFeatureCache.shared().scope(modelsFolder.toAbsolutePath().toString()), monitor);
	}

	/** As {@link #train(LabeledImages, List, FeatureExtractor, double, double, Path, HeadTrainer.Options, IProgressMonitor)} with a given cache. */
	public static Detector train(LabeledImages labeled, List<String> classIds, FeatureExtractor extractor, double target,
			double holdOutShare, Path modelsFolder, HeadTrainer.Options options, BoxFeatureCache cache, IProgressMonitor monitor)
			throws AssistException {
		SubMonitor progress = SubMonitor.convert(monitor, "Training the box assist", 100);
		// an L2 of at least 1e-2: an overconfident head scores many windows 1.0, and ties cannot be calibrated
		options = new HeadTrainer.Options(options.steps(), options.learningRate(), Math.max(options.l2(), 1e-2f), options.batchSize(),
				options.seed());
		long start = System.currentTimeMillis();
		int n = labeled.size();
		int classes = classIds.size();
		int[] strata = new int[n];
		String[] keys = new String[n];
		List<double[]> sizes = new ArrayList<>();
		List<List<Box>> truths = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			List<Box> boxes = labeled.boxes(i);
			truths.add(boxes);
			strata[i] = boxes.isEmpty() ? classes : boxes.get(0).classIndex();
			keys[i] = labeled.key(i);
		}
		boolean[] heldOut = heldOut(keys, strata, holdOutShare, options.seed());
		List<Integer> trainIndex = new ArrayList<>();
		List<Integer> testIndex = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			(heldOut[i] ? testIndex : trainIndex).add(i);
		}
		if (trainIndex.isEmpty() || testIndex.isEmpty()) {
			throw new AssistException("Too few labeled images to train and calibrate the box assist: " + n + ".");
		}
		// shapes from the training images' boxes only: the held-out ones stay unseen
		Random random = new Random(options.seed());
		SubMonitor reading = progress.split(5).setWorkRemaining(trainIndex.size());
		List<BufferedImage> trainImages = new ArrayList<>();
		for (int i : trainIndex) {
			checkCanceled(reading);
			BufferedImage image = labeled.image(i);
			trainImages.add(image);
			for (Box b : truths.get(i)) {
				sizes.add(new double[] { b.w() / image.getWidth(), b.h() / image.getHeight() });
			}
			reading.worked(1);
		}
		if (sizes.isEmpty()) {
			throw new AssistException("None of the labeled images kept for training has a box: label a few more.");
		}
		double[][] shapes = keepShapes(previousShapes(modelsFolder), shapes(sizes), sizes);
		List<float[]> features = new ArrayList<>();
		List<Integer> cropClasses = new ArrayList<>();
		SubMonitor describing = progress.split(30).setWorkRemaining(trainIndex.size());
		for (int k = 0; k < trainIndex.size(); k++) {
			Samples s = samples(trainImages.get(k), truths.get(trainIndex.get(k)), shapes, classes, random);
			features.addAll(Arrays.asList(cache.describe(extractor, keys[trainIndex.get(k)], trainImages.get(k), s.crops(), describing)));
			cropClasses.addAll(s.classes());
			describing.worked(1);
		}
		Path staging = AssistModels.staging(modelsFolder);
		try {
			// hard negatives: a first head's most confident windows on training images that overlap no box
			SubMonitor mining = progress.split(25).setWorkRemaining(MINING_IMAGES + 2);
			HeadTrainer.train(HeadKind.MULTI_CLASS, features.toArray(float[][]::new), targets(cropClasses, classes), options,
					staging.resolve("first"), mining.split(1));
			try (HeadPredictor head = HeadPredictor.load(staging.resolve("first"), extractor.dimension())) {
				for (int k = 0; k < Math.min(MINING_IMAGES, trainImages.size()); k++) {
					checkCanceled(mining);
					List<Box> truth = truths.get(trainIndex.get(k));
					BufferedImage image = trainImages.get(k);
					String key = keys[trainIndex.get(k)];
					List<Box> mined = detect(image, key, cache, shapes, extractor, head, classes).stream()
							.filter(d -> truth.stream().allMatch(t -> iou(d, t) < NEGATIVE_IOU)).limit(MINED_PER_IMAGE).toList();
					features.addAll(Arrays.asList(cache.describe(extractor, key, image, mined, mining)));
					mined.forEach(m -> cropClasses.add(classes));
					mining.worked(1);
				}
			}
			trainImages.clear();
			HeadTrainer.train(HeadKind.MULTI_CLASS, features.toArray(float[][]::new), targets(cropClasses, classes), options,
					staging.resolve("saved_model"), progress.split(10));
			AssistModels.deleteQuietly(staging.resolve("first"));
			List<List<Box>> detections = new ArrayList<>();
			List<List<Box>> heldTruth = new ArrayList<>();
			SubMonitor calibrating = progress.split(28).setWorkRemaining(testIndex.size());
			try (HeadPredictor head = HeadPredictor.load(staging.resolve("saved_model"), extractor.dimension())) {
				for (int i : testIndex) {
					checkCanceled(calibrating);
					detections.add(detect(labeled.image(i), keys[i], cache, shapes, extractor, head, classes));
					heldTruth.add(truths.get(i));
					calibrating.worked(1);
				}
			}
			CalibrationCurve curve = calibrate(detections, heldTruth, classes, target);
			String version = AssistModels.nextVersion(modelsFolder);
			Path folder = modelsFolder.resolve(version);
			AssistModel model = new AssistModel(version, folder, HeadKind.BOXES, classIds, extractor.id(), extractor.dimension(),
					curve, trainIndex.size(), System.currentTimeMillis() - start, System.currentTimeMillis());
			AssistModels.writeDescription(model, staging);
			Files.writeString(staging.resolve(SHAPES_FILE), new Gson().toJson(shapes), StandardCharsets.UTF_8);
			Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
			progress.split(2);
			return new Detector(model, shapes);
		} catch (IOException e) {
			throw new AssistException("Cannot store the model in " + modelsFolder + ": " + e.getMessage(), e);
		} finally {
			AssistModels.deleteQuietly(staging);
		}
	}

	/**
	 * Images held out for calibration: by a hash of their keys when all have one (an image stays on its side as more
	 * are labeled, so its cached windows serve again), else stratified; both sides non-empty when possible.
	 */
	public static boolean[] heldOut(String[] keys, int[] strata, double share, long seed) {
		if (Arrays.stream(keys).anyMatch(java.util.Objects::isNull)) {
			return HoldOut.stratified(strata, share, seed);
		}
		boolean[] held = new boolean[keys.length];
		int count = 0;
		for (int i = 0; i < keys.length; i++) {
			// a mixed hash: String.hashCode of similar ids ("item-01", "item-02") differs only in its low bits
			long h = (keys[i].hashCode() + seed) * 0x9E3779B97F4A7C15L;
			held[i] = ((h >>> 40) & 0xffff) < share * 0x10000;
			count += held[i] ? 1 : 0;
		}
		return count == 0 || count == keys.length ? HoldOut.stratified(strata, share, seed) : held;
	}

	private static float[][] targets(List<Integer> classOf, int classes) {
		float[][] targets = new float[classOf.size()][classes + 1];
		for (int i = 0; i < targets.length; i++) {
			targets[i][classOf.get(i)] = 1;
		}
		return targets;
	}

	/** The detector of a stored box model (its window shapes read back). */
	public static Detector detector(AssistModel model) throws AssistException {
		if (model.kind() != HeadKind.BOXES) {
			throw new AssistException("Model " + model.version() + " classifies whole items; it makes no boxes.");
		}
		Path file = model.folder().resolve(SHAPES_FILE);
		try {
			return new Detector(model, new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), double[][].class));
		} catch (IOException | RuntimeException e) {
			throw new AssistException("Cannot read the window shapes of model " + model.version() + " (" + file + "): " + e.getMessage(), e);
		}
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
