package org.tagbench.exchange.labelstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tagbench.exchange.support.TestProjects.MONITOR;
import static org.tagbench.exchange.support.TestProjects.describe;
import static org.tagbench.exchange.support.TestProjects.item;
import static org.tagbench.exchange.support.TestProjects.stored;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.Formats;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.support.TestProjects;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.store.local.LocalProjectStore;

class LabelStudioImporterTest {

	@TempDir
	Path temp;

	private static final String TASKS = """
			[
			 {"id": 1, "data": {"image": "/data/upload/3/abc123-img1.jpg"},
			  "predictions": [{"result": [{"type": "choices", "value": {"choices": ["dog"]}}]}],
			  "annotations": [{"id": 5, "was_cancelled": false, "result": [
			    {"type": "rectanglelabels", "original_width": 200, "original_height": 100,
			     "value": {"x": 10, "y": 20, "width": 50, "height": 30, "rotation": 0, "rectanglelabels": ["cat"]}},
			    {"type": "polygonlabels", "original_width": 200, "original_height": 100,
			     "value": {"points": [[10, 20], [50, 20], [50, 80]], "polygonlabels": ["dog"]}},
			    {"type": "choices", "value": {"choices": ["outdoor"]}}]}]},
			 {"data": {"image": "s3://bucket/x/img2.jpg"}, "annotations": [
			   {"was_cancelled": true, "result": [{"type": "choices", "value": {"choices": ["dog"]}}]},
			   {"result": [
			    {"type": "rectanglelabels", "original_width": 400, "original_height": 300,
			     "value": {"x": "abc", "y": 0, "width": 10, "height": 10, "rectanglelabels": ["cat"]}},
			    {"type": "rectanglelabels", "original_width": 400, "original_height": 300,
			     "value": {"x": 25, "y": 50, "width": 50, "height": 10, "rectanglelabels": ["cat"]}}]}]},
			 {"data": {"image": "/data/upload/3/ffff0000-ghost.jpg"}, "annotations": [{"result": []}]},
			 {"data": {}, "annotations": []}
			]
			""";

	@Test
	void importsPercentCoordinatesAsPixels() throws Exception {
		Path tasks = temp.resolve("tasks.json");
		Files.writeString(tasks, TASKS);
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.BOUNDING_BOX, "cat", "dog")) {
			item(store, "i1", "photos/img1.jpg", 999, 999, ItemStatus.UNLABELED);
			item(store, "i2", "x/img2.jpg", 0, 0, ItemStatus.UNLABELED);
			ImportReport report = Formats.importer("labelstudio").orElseThrow()
					.importLabels(store, tasks, ImportOptions.defaults(), MONITOR);
			// 10% of 200 = 20, 20% of 100 = 20, 50% of 200 = 100, 30% of 100 = 30
			assertEquals(List.of("BoundingBox cat 20.000000 20.000000 100.000000 30.000000",
					"PolygonAnnotation dog 20.000000 20.000000 100.000000 20.000000 100.000000 80.000000"),
					describe(stored(store, "i1")));
			// 25% of 400 = 100, 50% of 300 = 150, 50% of 400 = 200, 10% of 300 = 30
			assertEquals(List.of("BoundingBox cat 100.000000 150.000000 200.000000 30.000000"), describe(stored(store, "i2")));
			assertEquals(List.of("tasks.json: [1].annotations[1].result[0].value.x: not a number",
					"tasks.json: [3].data.image: missing"), report.problems());
			assertEquals(List.of("/data/upload/3/ffff0000-ghost.jpg"), report.unmatchedImages());
			assertEquals(Map.of("outdoor", 1L), report.unknownClasses());
			assertEquals(2, report.itemsLabeled());
			assertEquals(3, report.annotations());
		}
	}

	@Test
	void imageNameRule() {
		assertEquals("img1.jpg", LabelStudioImporter.imageName("/data/upload/3/abc123-img1.jpg"));
		assertEquals("my-cat.jpg", LabelStudioImporter.imageName("/data/upload/12/3f2a9c1b-my-cat.jpg"));
		assertEquals("photos/a b.jpg", LabelStudioImporter.imageName("/data/local-files/?d=photos/a%20b.jpg"));
		assertEquals("/x/y.jpg", LabelStudioImporter.imageName("https://host:8080/x/y.jpg?sig=1"));
		assertEquals("plain/name.jpg", LabelStudioImporter.imageName("plain/name.jpg"));
	}

	@Test
	void brokenJsonIsRefusedNamingTheFile() throws Exception {
		Path tasks = temp.resolve("tasks.json");
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.BOUNDING_BOX, "cat")) {
			Files.writeString(tasks, "[{\"data\": {\"image\": \"a.jpg\"}}, ]");
			ExchangeException e = assertThrows(ExchangeException.class,
					() -> new LabelStudioImporter().importLabels(store, tasks, ImportOptions.defaults(), MONITOR));
			assertTrue(e.getMessage().startsWith("tasks.json: not valid JSON"), e.getMessage());
			Files.writeString(tasks, "{\"data\": {}}");
			e = assertThrows(ExchangeException.class,
					() -> new LabelStudioImporter().importLabels(store, tasks, ImportOptions.defaults(), MONITOR));
			assertEquals("tasks.json: expected a JSON array of tasks, found BEGIN_OBJECT", e.getMessage());
		}
	}
}
