package org.tagbench.assist.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.assist.AssistModel;
import org.tagbench.assist.AssistTraining;
import org.tagbench.assist.Calibration;
import org.tagbench.assist.FeatureCache;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.FeatureExtractors;
import org.tagbench.assist.HeadKind;
import org.tagbench.assist.HeadPredictor;
import org.tagbench.assist.HeadTrainer;
import org.tagbench.assist.PageClustering;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.MediaType;
import org.tagbench.model.TagbenchFactory;

/**
 * The assist's memory on a large project ({@code ./dev.sh bench-assist --memory [items]}, default 100,000,
 * run with {@code -Xmx2g}): the feature cache of every item written and read back, a head trained on 1,000
 * labels, then what {@code PredictJob} holds while it pre-labels every item (the features of all of them as
 * float vectors, scored in batches of 512, and the unlabeled items as detached EMF objects), and the clustering
 * of one editor window. Feature vectors are synthetic (ten noisy class centres) so that the figure is about the
 * assist's data, not about decoding 100,000 images; the SQLite store itself is not part of it.
 */
public final class AssistMemoryBenchmark {

	private static final int CLASSES = 10;

	private AssistMemoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		FeatureExtractor extractor = FeatureExtractors.builtIn();
		int dimension = extractor.dimension();
		Path folder = Files.createTempDirectory("tagbench-assist-memory");
		System.out.printf("Assist memory, %,d items, %d features each, max heap %d MB%n", items, dimension,
				Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf("Heap used after start: %d MB%n", usedAfterGc());

		Random random = new Random(7);
		float[][] centres = new float[CLASSES][dimension];
		for (float[] centre : centres) {
			for (int j = 0; j < dimension; j++) {
				centre[j] = random.nextFloat();
			}
		}
		int[] truth = new int[items];
		long start = System.nanoTime();
		FeatureCache writing = FeatureCache.open(folder, extractor);
		for (int from = 0; from < items; from += 1000) {
			Map<String, float[]> batch = new LinkedHashMap<>();
			for (int i = from; i < Math.min(items, from + 1000); i++) {
				truth[i] = random.nextInt(CLASSES);
				float[] vector = new float[dimension];
				for (int j = 0; j < dimension; j++) {
					vector[j] = centres[truth[i]][j] + 0.35f * (float) random.nextGaussian();
				}
				batch.put(id(i), vector);
			}
			writing.put(batch);
		}
		writing = null;
		Path file;
		try (var files = Files.list(folder)) {
			file = files.filter(p -> p.getFileName().toString().startsWith("features-")).findFirst().orElseThrow();
		}
		System.out.printf("Feature cache written: %d MB on disk (%.1f s)%n", Files.size(file) >> 20, (System.nanoTime() - start) / 1e9);

		start = System.nanoTime();
		FeatureCache cache = FeatureCache.open(folder, extractor);
		System.out.printf("Feature cache read back: %,d vectors, heap used %d MB (%.1f s)%n", cache.size(), usedAfterGc(),
				(System.nanoTime() - start) / 1e9);

		int labeled = Math.min(1000, items / 2);
		float[][] x = new float[labeled][];
		float[][] y = new float[labeled][CLASSES];
		for (int i = 0; i < labeled; i++) {
			x[i] = cache.get(id(i));
			y[i][truth[i]] = 1;
		}
		List<String> classIds = new ArrayList<>();
		for (int k = 0; k < CLASSES; k++) {
			classIds.add("c" + k);
		}
		AssistModel model = AssistTraining.train(HeadKind.MULTI_CLASS, x, y, classIds, extractor.id(),
				Calibration.DEFAULT_TARGET_PRECISION, AssistTraining.CALIBRATION_FOLDS, folder.resolve("models"),
				HeadTrainer.Options.defaults(), new NullProgressMonitor());
		System.out.printf("Head trained on %d labels in %.1f s, heap used %d MB%n", model.trainedOn(), model.trainingMillis() / 1000.0,
				usedAfterGc());

		// as PredictJob: the unlabeled items as the store hands them out (detached EMF objects), the features of
		// all of them as float vectors, then scores in batches
		start = System.nanoTime();
		List<DataItem> unlabeled = new ArrayList<>();
		DataSource source = TagbenchFactory.eINSTANCE.createDataSource();
		for (int i = labeled; i < items; i++) {
			DataItem item = TagbenchFactory.eINSTANCE.createDataItem();
			item.setId(java.util.UUID.nameUUIDFromBytes(id(i).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
			item.setPath(String.format("images/batch-%03d/item-%06d.png", i / 1000, i));
			item.setDataSource(source);
			item.setMediaType(MediaType.IMAGE);
			item.setStatus(ItemStatus.UNLABELED);
			item.setWidth(640);
			item.setHeight(480);
			item.setOrderKey(random.nextLong());
			item.setContentHash(Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
			unlabeled.add(item);
		}
		long withItems = usedAfterGc();
		Map<String, float[]> features = new LinkedHashMap<>();
		for (int i = labeled; i < items; i++) {
			features.put(id(i), cache.get(id(i)));
		}
		long withFeatures = usedAfterGc();
		List<String> ids = new ArrayList<>(features.keySet());
		int prelabels = 0;
		try (HeadPredictor predictor = HeadPredictor.load(model.savedModel(), model.dimension())) {
			for (int from = 0; from < ids.size(); from += 512) {
				List<String> part = ids.subList(from, Math.min(ids.size(), from + 512));
				float[][] scores = predictor.predict(part.stream().map(features::get).toArray(float[][]::new));
				for (float[] row : scores) {
					prelabels += AssistTraining.decide(model, row).isEmpty() ? 0 : 1;
				}
			}
		}
		System.out.printf("Pre-labeling pass over %,d items: heap used %d MB with the items read, %d MB with their features too;"
				+ " %,d above the threshold (%.1f s)%n", ids.size(), withItems, withFeatures, prelabels, (System.nanoTime() - start) / 1e9);
		if (unlabeled.size() != ids.size()) {
			throw new IllegalStateException("item count mismatch"); // also keeps the items reachable until here
		}
		unlabeled = null;
		features = null;

		int window = 24 * 9;
		float[][] candidates = new float[window][];
		for (int i = 0; i < window; i++) {
			candidates[i] = cache.get(id(labeled + i));
		}
		start = System.nanoTime();
		int pages = PageClustering.pages(candidates, 9, 1).size();
		System.out.printf("Clustering one editor window (%d items, %d pages of 9): %.2f s%n", window, pages, (System.nanoTime() - start) / 1e9);
		System.out.printf("Peak heap (sum of the heap pools' peaks, garbage included): %d MB of %d MB%n", peakHeap() >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
	}

	private static String id(int i) {
		return "item-" + i;
	}

	private static long usedAfterGc() {
		for (int k = 0; k < 3; k++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}
}
