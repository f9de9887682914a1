package org.tagbench.exchange.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tagbench.exchange.coco.Fixtures.box;
import static org.tagbench.exchange.coco.Fixtures.item;
import static org.tagbench.exchange.coco.Fixtures.polygon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.ProjectType;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.local.LocalProjectStore;

class CocoImportTest {

	@TempDir
	Path temp;

	private LocalProjectStore emptyProject(String name, ProjectType type, String... paths) throws Exception {
		LocalProjectStore store = Fixtures.project(temp.resolve(name), type);
		List<DataItem> items = new java.util.ArrayList<>();
		for (int i = 0; i < paths.length; i++) {
			items.add(item(store, "i" + i, paths[i], 100, 100, ItemStatus.UNLABELED, i));
		}
		store.addItems(items);
		return store;
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(temp.resolve(name), text);
	}

	@Test
	void roundTripOfBoxes() throws Exception {
		try (LocalProjectStore original = Fixtures.project(temp.resolve("orig"), ProjectType.BOUNDING_BOX)) {
			DataItem a = item(original, "a", "train/a.jpg", 640, 480, ItemStatus.LABELED, 1);
			a.getAnnotations().add(box(original, "cat", 10, 20, 30, 40, AnnotationSource.HUMAN));
			a.getAnnotations().add(box(original, "car", 0.25, 1.5, 100.75, 2, AnnotationSource.HUMAN));
			DataItem b = item(original, "b", "val/b.jpg", 64, 48, ItemStatus.ACCEPTED, 2);
			b.getAnnotations().add(box(original, "dog", 1, 2, 3, 4, AnnotationSource.PRELABEL_ACCEPTED));
			DataItem c = item(original, "c", "c.jpg", 64, 48, ItemStatus.LABELED, 3);
			original.addItems(List.of(a, b, c));
			Path file = temp.resolve("export.json");
			new CocoExporter().export(original, ExportOptions.defaults(), file, new NullProgressMonitor());

			try (LocalProjectStore copy = Fixtures.sameItems(original, temp.resolve("copy"))) {
				ImportReport report = new CocoImporter().importLabels(copy, file, new ImportOptions(false, "bob", false),
						new NullProgressMonitor());
				assertEquals(List.of(), report.problems());
				assertEquals(List.of(), report.unmatchedImages());
				assertEquals(Map.of(), report.unknownClasses());
				assertEquals(2, report.itemsLabeled());
				assertEquals(3, report.annotations());
				assertEquals(Fixtures.geometryByPath(original, ItemQuery.all()), Fixtures.geometryByPath(copy, ItemQuery.all()));
				DataItem imported = copy.item("a").orElseThrow();
				assertEquals(ItemStatus.LABELED, imported.getStatus());
				for (Annotation annotation : imported.getAnnotations()) {
					assertEquals(AnnotationSource.IMPORTED, annotation.getSource());
					assertEquals("bob", annotation.getAuthor());
					assertEquals("cls-" + annotation.getLabelClass().getName(), annotation.getLabelClass().getId());
				}
				assertEquals(ItemStatus.UNLABELED, copy.item("c").orElseThrow().getStatus(),
						"a negative gets no annotation and keeps its status");
			}
		}
	}

	@Test
	void frameIndexOfMultiFrameImagesRoundTrips() throws Exception {
		try (LocalProjectStore original = Fixtures.project(temp.resolve("orig"), ProjectType.POLYGON)) {
			DataItem cine = item(original, "m", "cine.dcm", 64, 64, ItemStatus.LABELED, 1);
			cine.setFrameCount(5);
			Annotation onThird = polygon(original, "dog", 2, 1, 6, 1, 6, 4);
			onThird.setFrameIndex(2);
			cine.getAnnotations().add(onThird);
			cine.getAnnotations().add(polygon(original, "cat", 10, 10, 20, 10, 20, 20)); // frame 0
			DataItem still = item(original, "s", "still.png", 64, 64, ItemStatus.LABELED, 2);
			still.getAnnotations().add(polygon(original, "cat", 1, 1, 5, 1, 5, 5));
			original.addItems(List.of(cine, still));
			Path file = temp.resolve("export.json");
			new CocoExporter().export(original, ExportOptions.defaults(), file, new NullProgressMonitor());
			String json = Files.readString(file);
			assertEquals(2, json.split("\"" + CocoExporter.FRAME_INDEX + "\"", -1).length - 1,
					"frame_index on the multi-frame image's two annotations only: " + json);
			try (LocalProjectStore copy = Fixtures.sameItems(original, temp.resolve("copy"))) {
				ImportReport report = new CocoImporter().importLabels(copy, file, ImportOptions.defaults(), new NullProgressMonitor());
				assertEquals(List.of(), report.problems());
				Map<String, Integer> frames = new java.util.TreeMap<>();
				for (Annotation annotation : copy.item("m").orElseThrow().getAnnotations()) {
					frames.put(annotation.getLabelClass().getName(), annotation.getFrameIndex());
				}
				assertEquals(Map.of("cat", 0, "dog", 2), frames);
			}
			Path bad = write("bad-frame.json", json.replaceFirst("\"" + CocoExporter.FRAME_INDEX + "\":\\s*2", "\"frame_index\": -1"));
			try (LocalProjectStore copy = Fixtures.sameItems(original, temp.resolve("copy2"))) {
				ImportReport report = new CocoImporter().importLabels(copy, bad, ImportOptions.defaults(), new NullProgressMonitor());
				assertEquals(1, report.problems().size(), report.problems().toString());
				assertTrue(report.problems().get(0).contains("frame_index"), report.problems().get(0));
			}
		}
	}

	@Test
	void roundTripOfPolygons() throws Exception {
		try (LocalProjectStore original = Fixtures.project(temp.resolve("orig"), ProjectType.POLYGON)) {
			DataItem a = item(original, "a", "a.png", 50, 50, ItemStatus.LABELED, 1);
			a.getAnnotations().add(polygon(original, "dog", 2, 1, 6, 1, 6, 4));
			a.getAnnotations().add(polygon(original, "cat", 0.5, 0, 0, 3.25, 3, 3, 3, 2, 1, 2));
			original.addItems(List.of(a));
			Path file = temp.resolve("export.json");
			new CocoExporter().export(original, ExportOptions.defaults(), file, new NullProgressMonitor());
			try (LocalProjectStore copy = Fixtures.sameItems(original, temp.resolve("copy"))) {
				ImportReport report = new CocoImporter().importLabels(copy, file, ImportOptions.defaults(), new NullProgressMonitor());
				assertEquals(2, report.annotations());
				assertEquals(Fixtures.geometryByPath(original, ItemQuery.all()), Fixtures.geometryByPath(copy, ItemQuery.all()));
			}
			try (LocalProjectStore boxes = emptyProject("boxes", ProjectType.BOUNDING_BOX, "a.png")) {
				new CocoImporter().importLabels(boxes, file, ImportOptions.defaults(), new NullProgressMonitor());
				assertEquals(Map.of("a.png", List.of("box cat 0,0,3,3.25", "box dog 2,1,4,3")),
						Fixtures.geometryByPath(boxes, ItemQuery.all()), "a box project takes the boxes");
			}
		}
	}

	@Test
	void unknownCategoriesAreCountedAndAddedOnRequest() throws Exception {
		Path file = write("zoo.json", """
				{"images": [{"id": 1, "file_name": "pics/z1.jpg"}, {"id": 2, "file_name": "z2.jpg"}],
				 "categories": [{"id": 5, "name": "zebra", "supercategory": "animal"}, {"id": 6, "name": "cat"},
				                {"id": 7, "name": "Cat"}],
				 "annotations": [
				   {"id": 1, "image_id": 1, "category_id": 5, "bbox": [1, 2, 3, 4]},
				   {"id": 2, "image_id": 2, "category_id": 5, "bbox": [5, 6, 7, 8]},
				   {"id": 3, "image_id": 2, "category_id": 6, "bbox": [1, 1, 1, 1]},
				   {"id": 4, "image_id": 2, "category_id": 7, "bbox": [2, 2, 2, 2]}
				 ]}
				""");
		try (LocalProjectStore store = emptyProject("keep", ProjectType.BOUNDING_BOX, "z1.jpg", "z2.jpg")) {
			ImportReport report = new CocoImporter().importLabels(store, file, ImportOptions.defaults(), new NullProgressMonitor());
			assertEquals(Map.of("zebra", 2L, "Cat", 1L), report.unknownClasses(), "names are case-sensitive");
			assertEquals(1, report.annotations());
			assertEquals(3, store.project().getLabelClasses().size());
		}
		Path folder = temp.resolve("add");
		try (LocalProjectStore store = emptyProject("add", ProjectType.BOUNDING_BOX, "z1.jpg", "z2.jpg")) {
			ImportReport report = new CocoImporter().importLabels(store, file, new ImportOptions(true, "import", false),
					new NullProgressMonitor());
			assertEquals(Map.of("zebra", 2L, "Cat", 1L), report.unknownClasses());
			assertEquals(4, report.annotations());
		}
		try (LocalProjectStore reopened = LocalProjectStore.open(folder)) {
			assertEquals(List.of("cat", "dog", "car", "zebra", "Cat"),
					reopened.project().getLabelClasses().stream().map(LabelClass::getName).toList(), "saved with the project");
			LabelClass zebra = reopened.project().getLabelClasses().get(3);
			assertEquals("animal", zebra.getGroup());
			assertNotNull(zebra.getColour());
			assertTrue(zebra.getColour().matches("#[0-9A-F]{6}"), zebra.getColour());
			assertEquals(List.of("box zebra 5,6,7,8", "box cat 1,1,1,1", "box Cat 2,2,2,2").stream().sorted().toList(),
					Fixtures.geometryByPath(reopened, ItemQuery.all()).get("z2.jpg"));
			assertEquals(0, reopened.verify().problems().size(), reopened.verify().problems().toString());
		}
	}

	@Test
	void replaceExistingOrAdd() throws Exception {
		Path file = write("one.json", """
				{"images": [{"id": 1, "file_name": "a.jpg"}, {"id": 2, "file_name": "b.jpg"}],
				 "categories": [{"id": 1, "name": "dog"}],
				 "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 2, 3, 4]}]}
				""");
		try (LocalProjectStore store = emptyProject("replace", ProjectType.BOUNDING_BOX, "a.jpg", "b.jpg", "c.jpg")) {
			for (String id : List.of("i0", "i1", "i2")) {
				DataItem item = store.item(id).orElseThrow();
				item.getAnnotations().add(box(store, "cat", 9, 9, 9, 9, AnnotationSource.HUMAN));
				item.setStatus(ItemStatus.NEEDS_REVIEW);
				store.commit(item);
			}
			new CocoImporter().importLabels(store, file, ImportOptions.defaults(), new NullProgressMonitor());
			Map<String, List<String>> added = Fixtures.geometryByPath(store, ItemQuery.all());
			assertEquals(List.of("box cat 9,9,9,9", "box dog 1,2,3,4"), added.get("a.jpg"));
			assertEquals(ItemStatus.NEEDS_REVIEW, store.item("i0").orElseThrow().getStatus(), "only UNLABELED becomes LABELED");

			new CocoImporter().importLabels(store, file, new ImportOptions(false, "x", true), new NullProgressMonitor());
			Map<String, List<String>> replaced = Fixtures.geometryByPath(store, ItemQuery.all());
			assertEquals(List.of("box dog 1,2,3,4"), replaced.get("a.jpg"));
			assertEquals(List.of(), replaced.get("b.jpg"), "an image listed without annotations is cleared");
			assertEquals(List.of("box cat 9,9,9,9"), replaced.get("c.jpg"), "an image not in the file is untouched");
		}
	}

	@Test
	void badEntriesAreReportedAndTheRestImported() throws Exception {
		Path file = write("instances.json", """
				{"images": [{"id": 1, "file_name": "a.jpg"}, {"id": 2, "file_name": "missing.jpg"}, {"id": 3}],
				 "categories": [{"id": 1, "name": "cat"}],
				 "annotations": [
				   {"id": 10, "image_id": 1, "category_id": 1, "bbox": [1, 2, 3, 4]},
				   {"id": 11, "image_id": 1, "category_id": 1, "bbox": [1, 2, 3]},
				   {"id": 12, "image_id": 1, "category_id": 1, "bbox": [1, "two", 3, 4]},
				   {"id": 13, "image_id": 1, "category_id": 1, "iscrowd": 1, "bbox": [1, 2, 3, 4],
				    "segmentation": {"counts": [1, 2], "size": [100, 100]}},
				   {"id": 14, "image_id": 1, "category_id": 1, "segmentation": {"counts": "abc", "size": [100, 100]}},
				   {"id": 15, "image_id": 99, "category_id": 1, "bbox": [1, 2, 3, 4]},
				   {"id": 16, "image_id": 1, "category_id": 42, "bbox": [1, 2, 3, 4]},
				   {"id": 17, "image_id": 1, "category_id": 1, "segmentation": [[1, 2, 3, 4]]},
				   {"id": 18, "image_id": 2, "category_id": 1, "bbox": [1, 2, 3, 4]},
				   {"id": 19, "image_id": 1, "category_id": 1, "bbox": [5, 5, 0, 4]},
				   {"id": 20, "image_id": 1, "category_id": 1, "bbox": [7, 7, 7, 7]}
				 ]}
				""");
		try (LocalProjectStore store = emptyProject("bad", ProjectType.BOUNDING_BOX, "a.jpg")) {
			ImportReport report = new CocoImporter().importLabels(store, file, ImportOptions.defaults(), new NullProgressMonitor());
			assertEquals(List.of(
					"instances.json: images[2]: no \"file_name\"; image left out",
					"instances.json: annotations[1].bbox: expected 4 numbers, found 3; annotation left out",
					"instances.json: annotations[2].bbox[1]: expected a number, found \"two\"; annotation left out",
					"instances.json: annotations[3]: iscrowd 1 (a crowd region, RLE mask) is not supported; annotation left out",
					"instances.json: annotations[4].segmentation: RLE masks are not supported, only polygons; annotation left out",
					"instances.json: annotations[7].segmentation[0]: a polygon needs an even count of at least 6 numbers"
							+ " (3 points), found 4; annotation left out",
					"instances.json: annotations[9].bbox: width and height must be positive, found 0 x 4; annotation left out",
					"instances.json: annotations[5].image_id: no image with id 99; annotation left out",
					"instances.json: annotations[6].category_id: no category with id 42; annotation left out"),
					report.problems());
			assertEquals(List.of("missing.jpg"), report.unmatchedImages());
			assertEquals(2, report.annotations());
			assertEquals(List.of("box cat 1,2,3,4", "box cat 7,7,7,7"), Fixtures.geometryByPath(store, ItemQuery.all()).get("a.jpg"));
		}
	}

	@Test
	void malformedFilesAreRefusedWithFileAndPlace() throws Exception {
		try (LocalProjectStore store = emptyProject("malformed", ProjectType.BOUNDING_BOX, "a.jpg")) {
			CocoImporter importer = new CocoImporter();
			ExchangeException syntax = assertThrows(ExchangeException.class, () -> importer.importLabels(store,
					write("broken.json", "{\"images\": [\n{\"id\": 1, \"file_name\": \"a.jpg\"}\n{\"id\": 2}]}"),
					ImportOptions.defaults(), new NullProgressMonitor()));
			assertTrue(syntax.getMessage().startsWith("broken.json: not valid JSON: "), syntax.getMessage());
			assertTrue(syntax.getMessage().contains("line 3"), syntax.getMessage());
			assertTrue(syntax.getMessage().contains("$.images[1]"), syntax.getMessage());

			ExchangeException array = assertThrows(ExchangeException.class, () -> importer.importLabels(store,
					write("list.json", "[1, 2]"), ImportOptions.defaults(), new NullProgressMonitor()));
			assertTrue(array.getMessage().startsWith("list.json: not a COCO document: the top level is an array"),
					array.getMessage());

			ExchangeException images = assertThrows(ExchangeException.class, () -> importer.importLabels(store,
					write("noimages.json", "{\"annotations\": [], \"categories\": []}"), ImportOptions.defaults(),
					new NullProgressMonitor()));
			assertEquals("noimages.json: not a COCO document: it has no \"images\" array", images.getMessage());

			ExchangeException notArray = assertThrows(ExchangeException.class, () -> importer.importLabels(store,
					write("obj.json", "{\"images\": {}, \"categories\": []}"), ImportOptions.defaults(), new NullProgressMonitor()));
			assertEquals("obj.json: images: expected an array, found an object", notArray.getMessage());

			ExchangeException truncated = assertThrows(ExchangeException.class, () -> importer.importLabels(store,
					write("cut.json", "{\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\"}], \"annotations\": [{\"id\""),
					ImportOptions.defaults(), new NullProgressMonitor()));
			assertTrue(truncated.getMessage().startsWith("cut.json: not valid JSON: "), truncated.getMessage());

			assertEquals(List.of(), Fixtures.geometryByPath(store, ItemQuery.all()).get("a.jpg"), "nothing was imported");
		}
	}
}
