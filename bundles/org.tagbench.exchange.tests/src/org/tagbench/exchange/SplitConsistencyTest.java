package org.tagbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.exchange.coco.Fixtures;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.store.local.LocalProjectStore;

/** One split rule for every format: the same seed puts the same images in validation in COCO, VOC and YOLO. */
class SplitConsistencyTest {

	@TempDir
	Path temp;

	@Test
	void cocoVocAndYoloAgreeOnTheValidationImages() throws Exception {
		try (LocalProjectStore store = Fixtures.project(temp.resolve("p"), ProjectType.BOUNDING_BOX)) {
			List<DataItem> items = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				DataItem item = Fixtures.item(store, "id-" + i, "img" + i + ".jpg", 100, 80, ItemStatus.LABELED, i);
				item.getAnnotations().add(Fixtures.box(store, "cat", 1, 1, 10, 10, null));
				items.add(item);
			}
			store.addItems(items);
			ExportOptions options = ExportOptions.defaults().withSplit(0.3, 99);

			Formats.exporter("coco").orElseThrow().export(store, options, temp.resolve("coco.json"), null);
			Set<String> coco = names(Files.readString(temp.resolve("coco_val.json")), "\"file_name\"\\s*:\\s*\"([^\"]+)\"");
			Formats.exporter("voc").orElseThrow().export(store, options, temp.resolve("voc"), null);
			Set<String> voc = Files.readAllLines(temp.resolve("voc/ImageSets/Main/val.txt")).stream()
					.filter(line -> !line.isBlank()).map(stem -> stem + ".jpg").collect(Collectors.toCollection(TreeSet::new));
			Formats.exporter("yolo").orElseThrow().export(store, options, temp.resolve("yolo"), null);
			Set<String> yolo = Files.readAllLines(temp.resolve("yolo/val.txt")).stream().filter(line -> !line.isBlank())
					.map(line -> Path.of(line).getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));

			assertTrue(coco.size() > 5 && coco.size() < 35, "about 30 % of 60: " + coco.size());
			assertEquals(coco, voc);
			assertEquals(coco, yolo);
			Set<String> expected = items.stream().filter(item -> options.isValidation(item.getId()))
					.map(DataItem::getPath).collect(Collectors.toCollection(TreeSet::new));
			assertEquals(expected, coco);
		}
	}

	private static Set<String> names(String json, String regex) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = Pattern.compile(regex).matcher(json);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}
}
