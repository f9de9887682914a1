package org.tagbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.tagbench.cli.CliCommand;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.Formats;
import org.tagbench.exchange.LabelExporter;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.project.OrderKeys;
import org.tagbench.store.ItemOrder;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.LabelClasses;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;

/**
 * {@code benchmark-store}: the store's figures on this machine. Builds a synthetic project (items without
 * image files: opening and listing never read pixels), then times opening it, listing (also sorted by class, by
 * annotation count and by suggestion), single label commits and a COCO export. Prints figures; asserts nothing.
 */
final class BenchmarkCommand implements CliCommand {

	@Override
	public String name() {
		return "benchmark-store";
	}

	@Override
	public String synopsis() {
		return "<empty work folder> [--items 500000] [--boxes 10] [--commits 2000] [--export-items 100000]";
	}

	@Override
	public String description() {
		return "time creating, opening, listing, committing and exporting a large synthetic project";
	}

	@Override
	public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = new Arguments(words, Set.of("items", "boxes", "commits", "export-items"), Set.of());
		Path work = arguments.folder(0, "work folder");
		arguments.expectPositional(1);
		int items = (int) arguments.longValue("items", 500_000);
		int boxesPerItem = (int) arguments.longValue("boxes", 10);
		int commits = (int) arguments.longValue("commits", 2_000);
		int exportItems = (int) Math.min(items, arguments.longValue("export-items", 100_000));
		if (Files.exists(work) && !isEmpty(work)) {
			throw new UsageException(work + " is not empty; give an empty or new folder");
		}
		Path folder = work.resolve("benchmark-project");
		out.printf("machine: %d cores, max heap %d MiB, Java %s%n", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));

		long start = System.nanoTime();
		try (LocalProjectStore store = LocalProjectStore.create(folder, project())) {
			populate(store, items, boxesPerItem, true);
		}
		out.printf("create: %,d items, %,d boxes in %.1f s%n", items, (long) items * boxesPerItem, seconds(start));

		System.gc();
		long heapBefore = usedHeap();
		start = System.nanoTime();
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			Map<ItemStatus, Long> counts = store.countByStatus();
			List<ItemSummary> firstPage = store.items(ItemQuery.all(), 0, 100);
			double openSeconds = seconds(start);
			System.gc();
			out.printf("open + counts by status + first page of 100: %.3f s (heap grew by %d MiB; %s)%n", openSeconds,
					Math.max(0, usedHeap() - heapBefore) >> 20, counts);
			start = System.nanoTime();
			List<ItemSummary> deepPage = store.items(ItemQuery.all(), items - 100L, 100);
			out.printf("last page of 100 (offset %,d): %.3f s, %d rows; first page %d rows%n", items - 100, seconds(start),
					deepPage.size(), firstPage.size());

			sortedPages(store, items, out);

			long[] latencies = commitLatencies(store, items, commits);
			Arrays.sort(latencies);
			out.printf("single label commit (3 boxes, full sync), %d commits: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
					commits, latencies[commits / 2] / 1e6, latencies[(int) (commits * 0.99)] / 1e6, latencies[commits - 1] / 1e6);
		}
		exportAll(work, exportItems, boxesPerItem, out);
		return OK;
	}

	/**
	 * Times pages of the item list sorted by first class, by annotation count and by best open pre-label score (the
	 * dashboard's Classes, Annotations and Suggestion headers), each way: the first page of 100 and pages at random offsets, medians of {@link #SORT_RUNS}
	 * reads.
	 */
	private static void sortedPages(ProjectStore store, int items, PrintStream out) throws Exception {
		Random random = new Random(3);
		for (ItemOrder order : List.of(ItemOrder.ascending(ItemOrder.Key.CLASS), ItemOrder.descending(ItemOrder.Key.CLASS),
				ItemOrder.ascending(ItemOrder.Key.ANNOTATIONS), ItemOrder.descending(ItemOrder.Key.ANNOTATIONS),
				ItemOrder.ascending(ItemOrder.Key.SUGGESTION), ItemOrder.descending(ItemOrder.Key.SUGGESTION))) {
			double[] first = new double[SORT_RUNS];
			double[] deep = new double[SORT_RUNS];
			int rows = 0;
			for (int run = 0; run < SORT_RUNS; run++) {
				long start = System.nanoTime();
				rows = store.items(ItemQuery.all(), order, 0, 100).size();
				first[run] = (System.nanoTime() - start) / 1e6;
				start = System.nanoTime();
				store.items(ItemQuery.all(), order, random.nextInt(Math.max(1, items - 100)), 100);
				deep[run] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(first);
			Arrays.sort(deep);
			out.printf("sorted by %s %s: first page of 100 (%d rows), median %.2f ms; page at a random offset, median"
					+ " %.1f ms, max %.1f ms (%d runs)%n", order.key().name().toLowerCase(java.util.Locale.ROOT),
					order.descending() ? "descending" : "ascending", rows,
					first[SORT_RUNS / 2], deep[SORT_RUNS / 2], deep[SORT_RUNS - 1], SORT_RUNS);
		}
	}

	private static final int SORT_RUNS = 21;

	/** Times every export format that writes boxes, on a project of {@code exportItems} labeled images. */
	private static void exportAll(Path work, int exportItems, int boxesPerItem, PrintStream out) throws Exception {
		Path exportProject = work.resolve("export-project");
		try (LocalProjectStore store = LocalProjectStore.create(exportProject, project())) {
			populate(store, exportItems, boxesPerItem, false); // people's labels only, as the earlier export figures
		}
		try (ProjectStore store = LocalProjectStore.open(exportProject)) {
			for (LabelExporter exporter : Formats.exporters()) {
				if (Set.of("csv", "jsonl").contains(exporter.formatId())) {
					continue; // classification formats: nothing to write for boxes
				}
				Path target = work.resolve("export-" + exporter.formatId() + (exporter.formatId().equals("coco") ? ".json" : ""));
				long start = System.nanoTime();
				var report = exporter.export(store, ExportOptions.defaults(), target, null);
				out.printf("%s export: %,d images, %,d annotations in %.1f s%n", exporter.displayName(), report.items(),
						report.annotations(), seconds(start));
			}
		}
	}

	private static LabelingProject project() {
		TagbenchFactory factory = TagbenchFactory.eINSTANCE;
		LabelingProject project = factory.createLabelingProject();
		project.setId("benchmark");
		project.setName("Benchmark");
		project.setType(ProjectType.BOUNDING_BOX);
		project.setRandomSeed(1);
		DataSource source = factory.createDataSource();
		source.setId("synthetic");
		source.setRootUri("file:/synthetic/");
		project.getDataSources().add(source);
		for (String name : List.of("car", "person", "bicycle", "dog", "cat")) {
			project.getLabelClasses().add(LabelClasses.create(project.getLabelClasses(), name));
		}
		return project;
	}

	/**
	 * Every item labeled with {@code boxesPerItem} boxes (every tenth accepted), 5,000 items per transaction; with
	 * {@code suggestions}, every fourth item's last box is a model's open pre-label with a random score instead.
	 */
	private static void populate(ProjectStore store, int items, int boxesPerItem, boolean suggestions) throws Exception {
		LabelingProject project = store.project();
		DataSource source = project.getDataSources().get(0);
		List<LabelClass> classes = project.getLabelClasses();
		Random random = new Random(1);
		Random scores = new Random(4);
		List<DataItem> batch = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			DataItem item = TagbenchFactory.eINSTANCE.createDataItem();
			item.setId(String.format("item-%08d", i));
			item.setDataSource(source);
			item.setPath(String.format("d%03d/img%08d.jpg", i % 1000, i));
			item.setMediaType(MediaType.IMAGE);
			item.setWidth(1920);
			item.setHeight(1080);
			item.setFrameCount(1);
			item.setOrderKey(OrderKeys.of(1, 0, item.getPath()));
			item.setStatus(i % 10 == 0 ? ItemStatus.ACCEPTED : ItemStatus.LABELED);
			for (int b = 0; b < boxesPerItem; b++) {
				item.getAnnotations().add(box(classes.get(random.nextInt(classes.size())), random));
			}
			// every fourth item's last box is a model's open suggestion, so that the suggestion order has both runs
			if (suggestions && i % 4 == 1 && boxesPerItem > 0) {
				BoundingBox suggestion = (BoundingBox) item.getAnnotations().get(boxesPerItem - 1);
				suggestion.setAuthor("model");
				suggestion.setSource(AnnotationSource.PRELABEL);
				suggestion.setScore(Math.round(scores.nextDouble() * 1000) / 1000.0);
			}
			batch.add(item);
			if (batch.size() == 5_000) {
				store.addItems(batch);
				batch.clear();
			}
		}
		store.addItems(batch);
	}

	private static BoundingBox box(LabelClass labelClass, Random random) {
		BoundingBox box = TagbenchFactory.eINSTANCE.createBoundingBox();
		box.setLabelClass(labelClass);
		box.setX(random.nextInt(1800));
		box.setY(random.nextInt(1000));
		box.setW(10 + random.nextInt(100));
		box.setH(10 + random.nextInt(60));
		box.setAuthor("benchmark");
		box.setSource(AnnotationSource.HUMAN);
		return box;
	}

	private static long[] commitLatencies(ProjectStore store, int items, int commits) throws Exception {
		Random random = new Random(2);
		List<LabelClass> classes = store.project().getLabelClasses();
		long[] latencies = new long[commits];
		for (int c = 0; c < commits; c++) {
			DataItem item = store.item(String.format("item-%08d", random.nextInt(items))).orElseThrow();
			item.getAnnotations().clear();
			for (int b = 0; b < 3; b++) {
				item.getAnnotations().add(box(classes.get(b % classes.size()), random));
			}
			item.setStatus(ItemStatus.LABELED);
			long start = System.nanoTime();
			store.commit(item);
			latencies[c] = System.nanoTime() - start;
		}
		return latencies;
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (Stream<Path> children = Files.list(folder)) {
			return children.findAny().isEmpty();
		}
	}
}
