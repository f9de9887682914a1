package org.tagbench.exchange.voc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tagbench.exchange.coco.Fixtures.box;
import static org.tagbench.exchange.coco.Fixtures.item;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.coco.Fixtures;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.ProjectType;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.local.LocalProjectStore;

class VocImportTest {

	@TempDir
	Path temp;

	private LocalProjectStore emptyProject(String name, String... paths) throws Exception {
		LocalProjectStore store = Fixtures.project(temp.resolve(name), ProjectType.BOUNDING_BOX);
		List<DataItem> items = new ArrayList<>();
		for (int i = 0; i < paths.length; i++) {
			items.add(item(store, "i" + i, paths[i], 100, 100, ItemStatus.UNLABELED, i));
		}
		store.addItems(items);
		return store;
	}

	private static String voc(String folder, String file, String objects) {
		return "<annotation>\n\t<folder>" + folder + "</folder>\n\t<filename>" + file + "</filename>\n"
				+ "\t<size><width>100</width><height>100</height><depth>3</depth></size>\n" + objects + "</annotation>\n";
	}

	private static String object(String name, String xmin, String ymin, String xmax, String ymax) {
		return "\t<object>\n\t\t<name>" + name + "</name>\n\t\t<bndbox>\n\t\t\t<xmin>" + xmin + "</xmin>\n\t\t\t<ymin>" + ymin
				+ "</ymin>\n\t\t\t<xmax>" + xmax + "</xmax>\n\t\t\t<ymax>" + ymax + "</ymax>\n\t\t</bndbox>\n\t</object>\n";
	}

	@Test
	void roundTrip() throws Exception {
		try (LocalProjectStore original = Fixtures.project(temp.resolve("orig"), ProjectType.BOUNDING_BOX)) {
			DataItem a = item(original, "a", "train/a.jpg", 640, 480, ItemStatus.LABELED, 1);
			a.getAnnotations().add(box(original, "cat", 10, 20, 30, 40, AnnotationSource.HUMAN));
			a.getAnnotations().add(box(original, "car", 0, 0, 640, 480, AnnotationSource.HUMAN));
			DataItem b = item(original, "b", "val/a.jpg", 64, 48, ItemStatus.ACCEPTED, 2);
			b.getAnnotations().add(box(original, "dog", 1, 2, 3, 4, AnnotationSource.HUMAN));
			DataItem c = item(original, "c", "c.jpg", 64, 48, ItemStatus.LABELED, 3);
			original.addItems(List.of(a, b, c));
			Path folder = temp.resolve("voc");
			new VocExporter().export(original, ExportOptions.defaults(), folder, new NullProgressMonitor());
			try (LocalProjectStore copy = Fixtures.sameItems(original, temp.resolve("copy"))) {
				ImportReport report = new VocImporter().importLabels(copy, folder, new ImportOptions(false, "carol", false),
						new NullProgressMonitor());
				assertEquals(List.of(), report.problems());
				assertEquals(List.of(), report.unmatchedImages());
				assertEquals(3, report.annotations());
				assertEquals(2, report.itemsLabeled());
				assertEquals(Fixtures.geometryByPath(original, ItemQuery.all()), Fixtures.geometryByPath(copy, ItemQuery.all()),
						"integer boxes come back exactly; val/a.jpg is told from train/a.jpg by <folder>");
				DataItem imported = copy.item("b").orElseThrow();
				assertEquals(ItemStatus.LABELED, imported.getStatus());
				assertEquals(AnnotationSource.IMPORTED, imported.getAnnotations().get(0).getSource());
				assertEquals("carol", imported.getAnnotations().get(0).getAuthor());
			}
		}
	}

	@Test
	void singleFileUnknownClassesAndParts() throws Exception {
		Path file = Files.writeString(temp.resolve("one.xml"), voc("VOC2007", "000005.jpg",
				object("cat", "1", "1", "10", "20") + object("horse", "5.5", "6", "15", "16")
						+ "\t<object><name>person</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>50</xmax><ymax>90</ymax></bndbox>"
						+ "<part><name>head</name><bndbox><xmin>2</xmin><ymin>2</ymin><xmax>9</xmax><ymax>9</ymax></bndbox></part>"
						+ "</object>\n"));
		try (LocalProjectStore store = emptyProject("p", "JPEGImages/000005.jpg")) {
			ImportReport report = new VocImporter().importLabels(store, file, ImportOptions.defaults(), new NullProgressMonitor());
			assertEquals(Map.of("horse", 1L, "person", 1L), report.unknownClasses(), "parts are not objects");
			assertEquals(List.of("box cat 0,0,10,20"), Fixtures.geometryByPath(store, ItemQuery.all()).get("JPEGImages/000005.jpg"));

			new VocImporter().importLabels(store, file, new ImportOptions(true, "import", true), new NullProgressMonitor());
			assertEquals(List.of("cat", "dog", "car", "horse", "person"),
					store.project().getLabelClasses().stream().map(LabelClass::getName).toList());
			assertEquals(List.of("box cat 0,0,10,20", "box horse 4.5,5,10.5,11", "box person 0,0,50,90"),
					Fixtures.geometryByPath(store, ItemQuery.all()).get("JPEGImages/000005.jpg"));
		}
	}

	@Test
	void badObjectsAreReportedWithFileAndLine() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("VOC/Annotations"));
		String text = voc("VOC", "0001.jpg", object("cat", "1", "1", "10", "10") // object on lines 5 to 13
				+ object("dog", "1", "1", "ten", "10") // <xmax> on line 19
				+ "\t<object>\n\t\t<bndbox/>\n\t</object>\n" // <object> on line 23
				+ object("cat", "8", "1", "4", "10") // <bndbox> on line 28
				+ "\t<object>\n\t\t<name>cat</name>\n\t\t<bndbox><xmin>1</xmin><ymin>1</ymin><xmax>3</xmax></bndbox>\n\t</object>\n"); // <bndbox> on line 37
		Files.writeString(folder.resolve("0001.xml"), text);
		Files.writeString(folder.resolve("0002.xml"), voc("VOC", "nowhere.jpg", object("cat", "1", "1", "2", "2")));
		Files.writeString(folder.resolve("0003.xml"), "<metadata><filename>0001.jpg</filename></metadata>\n");
		try (LocalProjectStore store = emptyProject("p", "0001.jpg")) {
			ImportReport report = new VocImporter().importLabels(store, temp.resolve("VOC"), ImportOptions.defaults(),
					new NullProgressMonitor());
			assertEquals(List.of(
					"Annotations/0001.xml line 19: <xmax> is not a number (\"ten\"); object left out",
					"Annotations/0001.xml line 23: <object> has no <name>; object left out",
					"Annotations/0001.xml line 28: <bndbox> has xmax < xmin or ymax < ymin; object left out",
					"Annotations/0001.xml line 37: <bndbox> has no <ymax>; object left out",
					"Annotations/0003.xml line 1: the root element is <metadata>, not a Pascal VOC <annotation>; file left out"),
					report.problems());
			assertEquals(List.of("VOC/nowhere.jpg"), report.unmatchedImages());
			assertEquals(List.of("box cat 0,0,10,10"), Fixtures.geometryByPath(store, ItemQuery.all()).get("0001.jpg"));
		}
	}

	@Test
	void malformedXmlIsRefusedWithFileAndLine() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("bad"));
		Files.writeString(folder.resolve("a.xml"), voc("f", "0001.jpg", object("cat", "1", "1", "10", "10")));
		Files.writeString(folder.resolve("b.xml"), "<annotation>\n<filename>0001.jpg</filename>\n<object>\n</annotation>\n");
		try (LocalProjectStore store = emptyProject("p", "0001.jpg")) {
			ExchangeException e = assertThrows(ExchangeException.class,
					() -> new VocImporter().importLabels(store, folder, ImportOptions.defaults(), new NullProgressMonitor()));
			assertTrue(e.getMessage().startsWith("b.xml line 4: not well-formed XML: "), e.getMessage());
			assertEquals(List.of(), Fixtures.geometryByPath(store, ItemQuery.all()).get("0001.jpg"),
					"nothing imported, not even the good file");
		}
	}

	@Test
	void externalEntitiesAreRefusedAndNeverRead() throws Exception {
		Path secret = Files.writeString(temp.resolve("secret.txt"), "TOPSECRET");
		String[] attacks = {
				"<?xml version=\"1.0\"?>\n<!DOCTYPE annotation [\n<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n"
						+ voc("f", "0001.jpg", object("&xxe;", "1", "1", "10", "10")),
				"<?xml version=\"1.0\"?>\n<!DOCTYPE annotation SYSTEM \"" + secret.toUri() + "\">\n"
						+ voc("f", "0001.jpg", object("cat", "1", "1", "10", "10")),
				"<?xml version=\"1.0\"?>\n<!DOCTYPE annotation [\n<!ENTITY % p SYSTEM \"" + secret.toUri() + "\">\n%p;\n]>\n"
						+ voc("f", "0001.jpg", object("cat", "1", "1", "10", "10")) };
		for (String attack : attacks) {
			Path file = Files.writeString(temp.resolve("attack.xml"), attack);
			try (LocalProjectStore store = emptyProject("p" + attack.hashCode(), "0001.jpg")) {
				ExchangeException e = assertThrows(ExchangeException.class, () -> new VocImporter().importLabels(store, file,
						new ImportOptions(true, "import", false), new NullProgressMonitor()));
				assertTrue(e.getMessage().startsWith("attack.xml line "), e.getMessage());
				assertFalse(e.getMessage().contains("TOPSECRET"), e.getMessage());
				assertEquals(3, store.project().getLabelClasses().size(), "no class was made from the file's text");
				assertEquals(List.of(), Fixtures.geometryByPath(store, ItemQuery.all()).get("0001.jpg"));
			}
		}
		// an undeclared entity without a DOCTYPE is not expanded either
		Path plain = Files.writeString(temp.resolve("plain.xml"), voc("f", "0001.jpg", object("&xxe;", "1", "1", "10", "10")));
		try (LocalProjectStore store = emptyProject("plain", "0001.jpg")) {
			assertThrows(ExchangeException.class, () -> new VocImporter().importLabels(store, plain,
					new ImportOptions(true, "import", false), new NullProgressMonitor()));
		}
	}

	@Test
	void emptyOrMissingSourceIsRefused() throws Exception {
		try (LocalProjectStore store = emptyProject("p", "a.jpg")) {
			Path empty = Files.createDirectories(temp.resolve("empty"));
			ExchangeException none = assertThrows(ExchangeException.class,
					() -> new VocImporter().importLabels(store, empty, ImportOptions.defaults(), new NullProgressMonitor()));
			assertTrue(none.getMessage().contains("holds no .xml file"), none.getMessage());
			assertThrows(ExchangeException.class, () -> new VocImporter().importLabels(store, temp.resolve("nope"),
					ImportOptions.defaults(), new NullProgressMonitor()));
		}
	}
}
