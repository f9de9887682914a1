package org.tagbench.exchange.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tagbench.exchange.coco.Fixtures.box;
import static org.tagbench.exchange.coco.Fixtures.item;
import static org.tagbench.exchange.coco.Fixtures.label;
import static org.tagbench.exchange.coco.Fixtures.polygon;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ExportReport;
import org.tagbench.exchange.Formats;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.store.local.LocalProjectStore;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;

class CocoExportTest {

	/** Strict: the export must be standard JSON (RFC 8259), not just something Gson tolerates. */
	private static final Gson GSON = new GsonBuilder().setStrictness(Strictness.STRICT).create();

	@TempDir
	Path temp;

	/** a.jpg: two boxes, a pre-label and a classification label; b/c.jpg: a negative; d.jpg: unlabeled. */
	private LocalProjectStore boxProject() throws Exception {
		LocalProjectStore store = Fixtures.project(temp.resolve("boxes"), ProjectType.BOUNDING_BOX);
		DataItem a = item(store, "ia", "a.jpg", 640, 480, ItemStatus.LABELED, 1);
		a.getAnnotations().add(box(store, "cat", 10, 20, 30, 40, AnnotationSource.HUMAN));
		a.getAnnotations().add(box(store, "car", 0.5, 1.25, 5.5, 2, AnnotationSource.PRELABEL_ACCEPTED));
		a.getAnnotations().add(box(store, "dog", 100, 100, 10, 10, AnnotationSource.PRELABEL));
		a.getAnnotations().add(label(store, "dog"));
		DataItem b = item(store, "ib", "b/c.jpg", 100, 50, ItemStatus.ACCEPTED, 2);
		DataItem d = item(store, "id", "d.jpg", 10, 10, ItemStatus.UNLABELED, 3);
		d.getAnnotations().add(box(store, "dog", 1, 1, 2, 2, AnnotationSource.HUMAN));
		store.addItems(List.of(a, b, d));
		return store;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(Path file) throws Exception {
		return GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Map.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String text) {
		return GSON.fromJson(text, Map.class);
	}

	@Test
	void exportMatchesAHandCheckedDocument() throws Exception {
		try (LocalProjectStore store = boxProject()) {
			Path target = temp.resolve("out/instances.json");
			ExportReport report = new CocoExporter().export(store, ExportOptions.defaults(), target, new NullProgressMonitor());
			Map<String, Object> actual = parse(target);
			Map<String, Object> expected = parse("""
					{
					  "categories": [
					    {"id": 1, "name": "cat", "supercategory": "animal"},
					    {"id": 2, "name": "dog", "supercategory": "none"},
					    {"id": 3, "name": "car", "supercategory": "vehicle"}
					  ],
					  "images": [
					    {"id": 1, "file_name": "a.jpg", "width": 640, "height": 480},
					    {"id": 2, "file_name": "b/c.jpg", "width": 100, "height": 50}
					  ],
					  "annotations": [
					    {"id": 1, "image_id": 1, "category_id": 1, "bbox": [10, 20, 30, 40], "area": 1200, "iscrowd": 0},
					    {"id": 2, "image_id": 1, "category_id": 3, "bbox": [0.5, 1.25, 5.5, 2], "area": 11.0, "iscrowd": 0}
					  ]
					}
					""");
			assertEquals(expected.get("categories"), actual.get("categories"));
			assertEquals(expected.get("images"), actual.get("images"), "the negative b/c.jpg is listed, d.jpg is not");
			assertEquals(expected.get("annotations"), actual.get("annotations"),
					"no pre-label, no classification label");
			assertEquals(List.of(), actual.get("licenses"));
			assertTrue(actual.get("info") instanceof Map);
			assertEquals(2, report.items());
			assertEquals(0, report.validation());
			assertEquals(2, report.annotations());
			assertEquals(List.of(), report.warnings(), "classification labels are left out silently in a box project");
			assertEquals(target.toAbsolutePath(), report.target());
			assertEquals(List.of("instances.json"), listNames(target.getParent()), "no spool or .partial left");
		}
	}

	@Test
	void polygonsGetSegmentationBoundsAndShoelaceArea() throws Exception {
		try (LocalProjectStore store = Fixtures.project(temp.resolve("polygons"), ProjectType.POLYGON)) {
			DataItem a = item(store, "ia", "a.png", 20, 20, ItemStatus.LABELED, 1);
			// right triangle 4 x 3 (area 6), listed clockwise in image coordinates
			a.getAnnotations().add(polygon(store, "dog", 2, 1, 6, 1, 6, 4));
			// an L-shaped hexagon: 3x3 square minus a 2x2 corner = 5, counter-clockwise
			a.getAnnotations().add(polygon(store, "cat", 0, 0, 0, 3, 3, 3, 3, 2, 1, 2, 1, 0));
			store.addItems(List.of(a));
			Path target = temp.resolve("poly.json");
			new CocoExporter().export(store, ExportOptions.defaults(), target, new NullProgressMonitor());
			Map<String, Object> expected = parse("""
					{"annotations": [
					  {"id": 1, "image_id": 1, "category_id": 2, "segmentation": [[2, 1, 6, 1, 6, 4]],
					   "bbox": [2, 1, 4, 3], "area": 6, "iscrowd": 0},
					  {"id": 2, "image_id": 1, "category_id": 1, "segmentation": [[0, 0, 0, 3, 3, 3, 3, 2, 1, 2, 1, 0]],
					   "bbox": [0, 0, 3, 3], "area": 5, "iscrowd": 0}
					]}
					""");
			assertEquals(expected.get("annotations"), parse(target).get("annotations"));
		}
	}

	@Test
	void statusFilterAndPrelabelOption() throws Exception {
		try (LocalProjectStore store = boxProject()) {
			Path target = temp.resolve("filtered.json");
			ExportOptions options = ExportOptions.defaults().withStatuses(EnumSet.of(ItemStatus.UNLABELED, ItemStatus.LABELED))
					.withPrelabels(true);
			ExportReport report = new CocoExporter().export(store, options, target, new NullProgressMonitor());
			Map<String, Object> json = parse(target);
			assertEquals(Set.of("a.jpg", "d.jpg"), strings(json, "images", "file_name"), "ACCEPTED b/c.jpg is not selected");
			assertEquals(4, report.annotations(), "the pre-label is included on request");
			assertEquals(4, ((List<?>) json.get("annotations")).size());

			ExportReport none = new CocoExporter().export(store, ExportOptions.defaults().withStatuses(Set.of()), target,
					new NullProgressMonitor());
			assertEquals(0, none.items(), "an empty status set selects nothing");
			assertEquals(List.of(), parse(target).get("images"));
		}
	}

	@Test
	void splitWritesTwoFilesDeterministically() throws Exception {
		try (LocalProjectStore store = Fixtures.project(temp.resolve("split"), ProjectType.BOUNDING_BOX)) {
			List<DataItem> items = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				DataItem item = item(store, "item-" + i, "img" + i + ".jpg", 50, 50, ItemStatus.LABELED, i);
				item.getAnnotations().add(box(store, "cat", i % 10, 1, 5, 5, AnnotationSource.HUMAN));
				items.add(item);
			}
			store.addItems(items);
			Path target = temp.resolve("out").resolve("labels.json");
			ExportReport first = new CocoExporter().export(store, ExportOptions.defaults().withSplit(0.3, 7), target,
					new NullProgressMonitor());
			Path train = temp.resolve("out/labels_train.json");
			Path val = temp.resolve("out/labels_val.json");
			assertEquals(List.of("labels_train.json", "labels_val.json"), listNames(target.getParent()));
			Set<String> trainNames = strings(parse(train), "images", "file_name");
			Set<String> valNames = strings(parse(val), "images", "file_name");
			assertEquals(60, trainNames.size() + valNames.size());
			Set<String> union = new HashSet<>(trainNames);
			union.addAll(valNames);
			assertEquals(60, union.size(), "the splits are disjoint");
			assertEquals(valNames.size(), first.validation());
			assertTrue(valNames.size() > 5 && valNames.size() < 35, "about 30 % in validation: " + valNames.size());
			assertEquals(parse(train).get("categories"), parse(val).get("categories"));
			// each annotation belongs to an image of its own file
			Map<String, Object> valJson = parse(val);
			Set<Object> valImageIds = ((List<?>) valJson.get("images")).stream().map(m -> ((Map<?, ?>) m).get("id"))
					.collect(Collectors.toSet());
			for (Object annotation : (List<?>) valJson.get("annotations")) {
				assertTrue(valImageIds.contains(((Map<?, ?>) annotation).get("image_id")));
			}

			new CocoExporter().export(store, ExportOptions.defaults().withSplit(0.3, 7), target, new NullProgressMonitor());
			assertEquals(valNames, strings(parse(val), "images", "file_name"), "same seed, same split");
			new CocoExporter().export(store, ExportOptions.defaults().withSplit(0.3, 8), target, new NullProgressMonitor());
			assertNotEquals(valNames, strings(parse(val), "images", "file_name"), "another seed, another split");
		}
	}

	@Test
	void failingExportLeavesNothingUnderTheFinalName() throws Exception {
		try (LocalProjectStore store = boxProject()) {
			Path regularFile = Files.writeString(temp.resolve("not-a-folder"), "x");
			Path target = regularFile.resolve("instances.json");
			ExchangeException e = assertThrows(ExchangeException.class,
					() -> new CocoExporter().export(store, ExportOptions.defaults(), target, new NullProgressMonitor()));
			assertTrue(e.getMessage().contains("instances.json"), e.getMessage());
			assertFalse(Files.exists(target));
			assertEquals("x", Files.readString(regularFile));
			assertEquals(List.of(), partials(temp));
		}
	}

	@Test
	void cancelledExportKeepsThePreviousFileAndLeavesNoPartials() throws Exception {
		try (LocalProjectStore store = boxProject()) {
			Path folder = Files.createDirectories(temp.resolve("cancel"));
			Path target = Files.writeString(folder.resolve("instances.json"), "previous");
			NullProgressMonitor monitor = new NullProgressMonitor();
			monitor.setCanceled(true);
			assertThrows(OperationCanceledException.class,
					() -> new CocoExporter().export(store, ExportOptions.defaults(), target, monitor));
			assertEquals("previous", Files.readString(target));
			assertEquals(List.of("instances.json"), listNames(folder));
			assertThrows(OperationCanceledException.class,
					() -> new CocoExporter().export(store, ExportOptions.defaults().withSplit(0.5, 1), target, monitor));
			assertEquals(List.of("instances.json"), listNames(folder), "no split file, no spool, no .partial");
		}
	}

	@Test
	void registeredInFormats() {
		assertTrue(Formats.exporter("coco").orElseThrow() instanceof CocoExporter);
		assertTrue(Formats.importer("coco").orElseThrow() instanceof CocoImporter);
	}

	static Set<String> strings(Map<String, Object> json, String array, String field) {
		return ((List<?>) json.get(array)).stream().map(m -> (String) ((Map<?, ?>) m).get(field)).collect(Collectors.toSet());
	}

	static List<String> listNames(Path folder) throws Exception {
		try (Stream<Path> list = Files.list(folder)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	static List<Path> partials(Path folder) throws Exception {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.getFileName().toString().contains(".partial")).toList();
		}
	}
}
