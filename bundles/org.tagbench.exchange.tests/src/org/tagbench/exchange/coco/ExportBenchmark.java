package org.tagbench.exchange.coco;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ExportReport;
import org.tagbench.exchange.voc.VocExporter;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.store.local.LocalProjectStore;

/**
 * Benchmark, not a test: builds a project of 100,000 images with 10 boxes each (1,000,000 boxes) and prints how
 * long the COCO export (plain and with a 20 % validation split) and the VOC export take. Run it through
 * {@link ExportBenchmarkTest} (see docs/FORMATS.md) or with {@code main(folder, images, boxesPerImage)}.
 */
public final class ExportBenchmark {

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("tagbench-bench");
		int images = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		int boxes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
		run(folder, images, boxes);
	}

	public static void run(Path folder, int images, int boxesPerImage) throws Exception {
		long start = System.nanoTime();
		try (LocalProjectStore store = Fixtures.project(folder.resolve("project"), ProjectType.BOUNDING_BOX)) {
			Random random = new Random(1);
			String[] classes = { "cat", "dog", "car" };
			int batch = 5_000;
			for (int first = 0; first < images; first += batch) {
				List<DataItem> items = new ArrayList<>(batch);
				for (int i = first; i < Math.min(images, first + batch); i++) {
					DataItem item = Fixtures.item(store, "item-" + i, "set" + (i % 100) + "/img" + i + ".jpg", 1280, 720,
							ItemStatus.LABELED, i);
					for (int b = 0; b < boxesPerImage; b++) {
						item.getAnnotations().add(Fixtures.box(store, classes[random.nextInt(3)], random.nextInt(1200) + 0.5,
								random.nextInt(700), 1 + random.nextInt(80), 1 + random.nextInt(20) + 0.25, AnnotationSource.HUMAN));
					}
					items.add(item);
				}
				store.addItems(items);
			}
			System.out.printf("benchmark: project of %,d images / %,d boxes built in %.1f s%n", images,
					(long) images * boxesPerImage, seconds(start));

			long t = System.nanoTime();
			ExportReport coco = new CocoExporter().export(store, ExportOptions.defaults(), folder.resolve("coco.json"),
					new NullProgressMonitor());
			System.out.printf("benchmark: COCO export of %,d images / %,d annotations: %.2f s (%,d MB)%n", coco.items(),
					coco.annotations(), seconds(t), Files.size(folder.resolve("coco.json")) >> 20);

			t = System.nanoTime();
			ExportReport split = new CocoExporter().export(store, ExportOptions.defaults().withSplit(0.2, 42),
					folder.resolve("split.json"), new NullProgressMonitor());
			System.out.printf("benchmark: COCO export with a 20 %% split (%,d validation images): %.2f s%n",
					split.validation(), seconds(t));

			t = System.nanoTime();
			ExportReport voc = new VocExporter().export(store, ExportOptions.defaults(), folder.resolve("voc"),
					new NullProgressMonitor());
			System.out.printf("benchmark: VOC export of %,d images / %,d objects: %.2f s%n", voc.items(), voc.annotations(),
					seconds(t));
		}
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}
}
