package org.tagbench.exchange.yolo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tagbench.exchange.support.TestProjects.MONITOR;
import static org.tagbench.exchange.support.TestProjects.assertClose;
import static org.tagbench.exchange.support.TestProjects.box;
import static org.tagbench.exchange.support.TestProjects.describe;
import static org.tagbench.exchange.support.TestProjects.item;
import static org.tagbench.exchange.support.TestProjects.label;
import static org.tagbench.exchange.support.TestProjects.polygon;
import static org.tagbench.exchange.support.TestProjects.stored;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ExportReport;
import org.tagbench.exchange.Formats;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.store.DataRoots;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.exchange.support.TestProjects;

class YoloExchangeTest {

	@TempDir
	Path temp;

	private LocalProjectStore fixture(Path folder) throws Exception {
		LocalProjectStore store = TestProjects.create(folder, temp.resolve("images"), ProjectType.BOUNDING_BOX, "cat", "dog");
		item(store, "i1", "a/img1.jpg", 200, 100, ItemStatus.LABELED, box(store, "cat", 50, 25, 100, 50),
				polygon(store, "dog", 0, 0, 20, 0, 20, 10), label(store, "cat"));
		item(store, "i2", "b/empty.png", 200, 100, ItemStatus.ACCEPTED);
		item(store, "i3", "b/nosize.jpg", 0, 0, ItemStatus.LABELED, box(store, "cat", 1, 1, 2, 2));
		item(store, "i4", "b/todo.jpg", 200, 100, ItemStatus.UNLABELED);
		return store;
	}

	@Test
	void imagePathsComeFromTheFolderThisDesktopMapsTheStoredRootTo() throws Exception {
		String teamRoot = "file:/mnt/team-" + System.nanoTime() + "/images/";
		try (LocalProjectStore store = fixture(temp.resolve("p"))) {
			store.project().getDataSources().get(0).setRootUri(teamRoot); // pushed from another desktop
			store.saveProject();
			Path mapped = temp.resolve("mounted here");
			DataRoots.savePreferences(List.of(new DataRoots.RootOverride(teamRoot, mapped.toString())));
			try {
				Path out = temp.resolve("out");
				Formats.exporter("yolo").orElseThrow().export(store, ExportOptions.defaults(), out, MONITOR);
				assertEquals(mapped.toAbsolutePath().resolve("a/img1.jpg") + "\n" + mapped.toAbsolutePath().resolve("b/empty.png") + "\n",
						Files.readString(out.resolve("train.txt")));
			} finally {
				DataRoots.savePreferences(List.of());
			}
		}
	}

	@Test
	void detectExportMatchesHandCheckedFiles() throws Exception {
		try (LocalProjectStore store = fixture(temp.resolve("p"))) {
			Path out = temp.resolve("out");
			ExportReport report = Formats.exporter("yolo").orElseThrow().export(store, ExportOptions.defaults(), out, MONITOR);
			assertEquals("0 0.5 0.5 0.5 0.5\n1 0.05 0.05 0.1 0.1\n", Files.readString(out.resolve("labels/train/img1.txt")));
			assertEquals("", Files.readString(out.resolve("labels/train/empty.txt")), "background image, empty file");
			assertFalse(Files.exists(out.resolve("labels/train/nosize.txt")));
			assertFalse(Files.exists(out.resolve("labels/train/todo.txt")), "unlabeled items are not exported");
			assertFalse(Files.exists(out.resolve("labels/val")));
			Path images = temp.resolve("images").toAbsolutePath();
			assertEquals(images.resolve("a/img1.jpg") + "\n" + images.resolve("b/empty.png") + "\n",
					Files.readString(out.resolve("train.txt")));
			assertEquals("cat\ndog\n", Files.readString(out.resolve("classes.txt")));
			String yaml = Files.readString(out.resolve("data.yaml"));
			assertTrue(yaml.contains("path: \"" + out.toAbsolutePath() + "\"\ntrain: train.txt\nval: train.txt\nnc: 2\n"
					+ "names:\n  0: \"cat\"\n  1: \"dog\"\n"), yaml);
			assertEquals(2, report.items());
			assertEquals(2, report.annotations());
			assertTrue(report.warnings().stream().anyMatch(w -> w.contains("i3") && w.contains("size unknown")), report.warnings()::toString);
			assertTrue(report.warnings().contains("1 whole-image labels left out: YOLO holds boxes and polygons only"),
					report.warnings()::toString);
			try (Stream<Path> files = Files.list(temp)) {
				assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".")).toList(), "no partial left");
			}
		}
	}

	@Test
	void segmentExportWritesBoxesAsFourPointPolygons() throws Exception {
		try (LocalProjectStore store = fixture(temp.resolve("p"))) {
			Path out = temp.resolve("out");
			Formats.exporter("yolo-seg").orElseThrow().export(store, ExportOptions.defaults(), out, MONITOR);
			assertEquals("0 0.25 0.25 0.75 0.25 0.75 0.75 0.25 0.75\n1 0 0 0.1 0 0.1 0.1\n",
					Files.readString(out.resolve("labels/train/img1.txt")));
		}
	}

	@Test
	void detectRoundTripKeepsBoxesAndClasses() throws Exception {
		Path out = temp.resolve("out");
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.BOUNDING_BOX, "cat", "dog")) {
			for (int i = 0; i < 20; i++) {
				item(store, "i" + i, "d" + (i % 3) + "/img" + i + ".jpg", 640 + i, 480 - i, ItemStatus.LABELED,
						box(store, i % 2 == 0 ? "cat" : "dog", 10.25 + i, 20.5, 100.125 + i * 3, 50.75),
						box(store, "dog", 0, 0, 33.3333333, 12.1));
			}
			ExportReport report = YoloExporter.detect().export(store, ExportOptions.defaults().withSplit(0.3, 7), out, MONITOR);
			assertTrue(report.validation() > 0 && report.validation() < 20, "some items in val: " + report.validation());
			assertTrue(Files.isDirectory(out.resolve("labels/val")));
		}
		try (LocalProjectStore original = LocalProjectStore.open(temp.resolve("p"));
				LocalProjectStore target = TestProjects.create(temp.resolve("q"), temp, ProjectType.BOUNDING_BOX, "cat", "dog")) {
			for (int i = 0; i < 20; i++) {
				item(target, "i" + i, "d" + (i % 3) + "/img" + i + ".jpg", 640 + i, 480 - i, ItemStatus.UNLABELED);
			}
			ImportReport report = YoloImporter.detect().importLabels(target, out, new ImportOptions(false, "bob", false), MONITOR);
			assertEquals(20, report.itemsLabeled());
			assertEquals(40, report.annotations());
			assertEquals(List.of(), report.problems());
			for (int i = 0; i < 20; i++) {
				DataItem before = stored(original, "i" + i);
				DataItem after = stored(target, "i" + i);
				assertEquals(ItemStatus.LABELED, after.getStatus());
				assertEquals(describe(before), describe(after));
				BoundingBox b = (BoundingBox) before.getAnnotations().get(0);
				BoundingBox a = (BoundingBox) after.getAnnotations().stream()
						.filter(x -> x.getLabelClass().getName().equals(b.getLabelClass().getName()) && ((BoundingBox) x).getX() > 1)
						.findFirst().orElseThrow();
				assertClose(b.getX(), a.getX(), "x");
				assertClose(b.getW(), a.getW(), "w");
				assertEquals(AnnotationSource.IMPORTED, a.getSource());
				assertEquals("bob", a.getAuthor());
			}
		}
	}

	@Test
	void segmentRoundTripKeepsPolygons() throws Exception {
		Path out = temp.resolve("out");
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.POLYGON, "cat", "dog")) {
			item(store, "i1", "img1.jpg", 1000, 750, ItemStatus.LABELED,
					polygon(store, "cat", 10.5, 20.25, 900.125, 30, 500, 700.75, 12.345678, 600));
			item(store, "i2", "img2.jpg", 333, 777, ItemStatus.LABELED, box(store, "dog", 10, 20, 30, 40));
			YoloExporter.segment().export(store, ExportOptions.defaults(), out, MONITOR);
		}
		try (LocalProjectStore target = TestProjects.create(temp.resolve("q"), temp, ProjectType.POLYGON, "cat", "dog")) {
			item(target, "i1", "img1.jpg", 1000, 750, ItemStatus.UNLABELED);
			item(target, "i2", "img2.jpg", 333, 777, ItemStatus.UNLABELED);
			ImportReport report = YoloImporter.segment().importLabels(target, out, ImportOptions.defaults(), MONITOR);
			assertEquals(2, report.annotations());
			List<Double> points = ((org.tagbench.model.PolygonAnnotation) stored(target, "i1").getAnnotations().get(0)).getPoints();
			double[] expected = { 10.5, 20.25, 900.125, 30, 500, 700.75, 12.345678, 600 };
			assertEquals(expected.length, points.size());
			for (int i = 0; i < expected.length; i++) {
				assertClose(expected[i], points.get(i), "point " + i);
			}
			assertEquals(List.of("PolygonAnnotation dog 10.000000 20.000000 40.000000 20.000000 40.000000 60.000000 10.000000 60.000000"),
					describe(stored(target, "i2")), "a box comes back as its 4-point polygon");
		}
	}

	@Test
	void malformedLabelLinesAreProblemsNamingFileAndLine() throws Exception {
		Path dataset = temp.resolve("ds");
		Files.createDirectories(dataset.resolve("labels/train"));
		Files.writeString(dataset.resolve("data.yaml"), "path: .\n# classes\nnames: [cat, 'big dog']\nnc: 2\n");
		Files.writeString(dataset.resolve("labels/train/0001.txt"), "1 0.5 0.5 0.5 0.5\n0 0.5 0.5 0.5\n0 0.5 x 0.1 0.1\n7 0.5 0.5 0.1 0.1\n");
		Files.writeString(dataset.resolve("labels/train/ghost.txt"), "0 0.5 0.5 0.5 0.5\n");
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.BOUNDING_BOX, "cat")) {
			item(store, "i1", "imgs/0001.jpg", 100, 200, ItemStatus.UNLABELED);
			ImportReport report = YoloImporter.detect().importLabels(store, dataset, new ImportOptions(true, "imp", false), MONITOR);
			assertEquals(List.of("labels/train/0001.txt line 2: expected 5 numbers, found 4",
					"labels/train/0001.txt line 3: number 3 'x' is not a number",
					"labels/train/0001.txt line 4: class index 7 is not among the 2 class names"), report.problems());
			assertEquals(List.of("labels/train/ghost.txt"), report.unmatchedImages());
			assertEquals(Map.of("big dog", 1L), report.unknownClasses());
			assertEquals(List.of("BoundingBox big dog 25.000000 50.000000 50.000000 100.000000"), describe(stored(store, "i1")));
		}
		try (LocalProjectStore reopened = LocalProjectStore.open(temp.resolve("p"))) {
			assertEquals(List.of("cat", "big dog"),
					reopened.project().getLabelClasses().stream().map(c -> c.getName()).toList(), "added class saved");
		}
	}

	@Test
	void unknownClassesAreLeftOutUnlessAdded() throws Exception {
		Path dataset = temp.resolve("ds");
		Files.createDirectories(dataset.resolve("labels"));
		Files.writeString(dataset.resolve("classes.txt"), "cat\nbird\n");
		Files.writeString(dataset.resolve("labels/x.txt"), "1 0.5 0.5 0.5 0.5\n0 0.5 0.5 0.5 0.5\n");
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.BOUNDING_BOX, "cat")) {
			item(store, "i1", "x.jpg", 10, 10, ItemStatus.UNLABELED);
			ImportReport report = YoloImporter.detect().importLabels(store, dataset, ImportOptions.defaults(), MONITOR);
			assertEquals(Map.of("bird", 1L), report.unknownClasses());
			assertEquals(1, report.annotations());
			assertEquals(1, store.project().getLabelClasses().size());
		}
	}

	@Test
	void malformedDataYamlIsRefusedNamingTheLine() throws Exception {
		Path dataset = temp.resolve("ds");
		Files.createDirectories(dataset.resolve("labels"));
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.BOUNDING_BOX, "cat")) {
			Files.writeString(dataset.resolve("data.yaml"), "path: .\ntrain: train.txt\nthis is not yaml\nnames: [a]\n");
			ExchangeException e = assertThrows(ExchangeException.class,
					() -> YoloImporter.detect().importLabels(store, dataset, ImportOptions.defaults(), MONITOR));
			assertTrue(e.getMessage().startsWith("data.yaml line 3: expected 'key: value'"), e.getMessage());
			Files.writeString(dataset.resolve("data.yaml"), "nc: 3\nnames:\n  - a\n  - b\n");
			e = assertThrows(ExchangeException.class,
					() -> YoloImporter.detect().importLabels(store, dataset, ImportOptions.defaults(), MONITOR));
			assertEquals("data.yaml line 1: nc is 3 but names (line 2) has 2 entries", e.getMessage());
			Files.writeString(dataset.resolve("data.yaml"), "names:\n  0: a\n  2: c\n");
			e = assertThrows(ExchangeException.class,
					() -> YoloImporter.detect().importLabels(store, dataset, ImportOptions.defaults(), MONITOR));
			assertEquals("data.yaml line 1: names: class index 1 is missing", e.getMessage());
		}
	}

	@Test
	void yamlSubsetReadsListsAndMaps() throws Exception {
		assertEquals(List.of("cat", "big dog", "a,b"), YoloYaml.names(List.of("names: [cat, 'big dog', \"a,b\"] # c"), "d"));
		assertEquals(List.of("cat", "dog"), YoloYaml.names(List.of("nc: 2", "names:", "- cat", "- dog", "train: x"), "d"));
		assertEquals(List.of("cat", "dog"), YoloYaml.names(List.of("names: {1: dog, 0: cat}"), "d"));
		assertEquals(List.of("say \"hi\""), YoloYaml.names(List.of("names:", "  0: " + YoloYaml.quote("say \"hi\"")), "d"));
	}

	@Test
	void cancelLeavesNothingAndKeepsThePreviousExport() throws Exception {
		try (LocalProjectStore store = fixture(temp.resolve("p"))) {
			Path out = temp.resolve("out");
			Files.createDirectories(out);
			Files.writeString(out.resolve("old.txt"), "previous export");
			NullProgressMonitor cancelled = new NullProgressMonitor();
			cancelled.setCanceled(true);
			assertThrows(OperationCanceledException.class,
					() -> YoloExporter.detect().export(store, ExportOptions.defaults(), out, cancelled));
			assertEquals("previous export", Files.readString(out.resolve("old.txt")));
			assertFalse(Files.exists(out.resolve("data.yaml")));
			assertFalse(Files.exists(temp.resolve(".out.partial")));
			Path fresh = temp.resolve("fresh");
			assertThrows(OperationCanceledException.class,
					() -> YoloExporter.detect().export(store, ExportOptions.defaults(), fresh, cancelled));
			assertFalse(Files.exists(fresh));
		}
	}

	@Test
	void labelFileOutsideTheLabelsFolderIsRefused() throws Exception {
		Path dataset = temp.resolve("ds");
		Files.createDirectories(dataset.resolve("labels"));
		Files.writeString(dataset.resolve("classes.txt"), "cat\n");
		Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
		Files.writeString(elsewhere.resolve("x.txt"), "0 0.5 0.5 0.5 0.5\n");
		Files.createSymbolicLink(dataset.resolve("labels/link"), elsewhere);
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.BOUNDING_BOX, "cat")) {
			item(store, "i1", "x.jpg", 10, 10, ItemStatus.UNLABELED);
			ImportReport report = YoloImporter.detect().importLabels(store, dataset, ImportOptions.defaults(), MONITOR);
			assertEquals(0, report.annotations());
		}
	}
}
