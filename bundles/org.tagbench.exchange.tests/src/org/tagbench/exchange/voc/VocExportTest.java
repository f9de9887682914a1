package org.tagbench.exchange.voc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tagbench.exchange.coco.Fixtures.box;
import static org.tagbench.exchange.coco.Fixtures.item;
import static org.tagbench.exchange.coco.Fixtures.label;
import static org.tagbench.exchange.coco.Fixtures.polygon;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ExportReport;
import org.tagbench.exchange.Formats;
import org.tagbench.exchange.coco.Fixtures;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.store.local.LocalProjectStore;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class VocExportTest {

	@TempDir
	Path temp;

	/** An XML document as nested maps of element name to text or children (the test's own DOM reading). */
	static Object structure(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
		return Map.of(root.getTagName(), structure(root));
	}

	private static Object structure(Element element) {
		List<Object> children = new ArrayList<>();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put(e.getTagName(), structure(e));
				children.add(entry);
			}
		}
		return children.isEmpty() ? element.getTextContent().trim() : children;
	}

	private LocalProjectStore project() throws Exception {
		LocalProjectStore store = Fixtures.project(temp.resolve("proj"), ProjectType.BOUNDING_BOX);
		DataItem a = item(store, "ia", "train/0001.jpg", 640, 480, ItemStatus.LABELED, 1);
		a.getAnnotations().add(box(store, "cat", 10.4, 20.6, 30, 40, AnnotationSource.HUMAN));
		a.getAnnotations().add(box(store, "dog", -3, 470.2, 20, 20, AnnotationSource.HUMAN)); // clamped into the image
		a.getAnnotations().add(box(store, "car", 1, 1, 5, 5, AnnotationSource.PRELABEL));
		a.getAnnotations().add(label(store, "dog"));
		DataItem b = item(store, "ib", "neg & co.jpg", 100, 50, ItemStatus.LABELED, 2);
		DataItem c = item(store, "ic", "x.jpg", 10, 10, ItemStatus.SKIPPED, 3);
		c.getAnnotations().add(box(store, "dog", 1, 1, 2, 2, AnnotationSource.HUMAN));
		store.addItems(List.of(a, b, c));
		return store;
	}

	@Test
	void exportMatchesHandCheckedXml() throws Exception {
		try (LocalProjectStore store = project()) {
			Path target = temp.resolve("voc");
			ExportReport report = new VocExporter().export(store, ExportOptions.defaults(), target, new NullProgressMonitor());
			String expected = """
					<annotation>
						<folder>train</folder>
						<filename>0001.jpg</filename>
						<source><database>Tagbench</database><annotation>Tagbench</annotation></source>
						<size><width>640</width><height>480</height><depth>3</depth></size>
						<segmented>0</segmented>
						<object>
							<name>cat</name><pose>Unspecified</pose><truncated>0</truncated><difficult>0</difficult>
							<bndbox><xmin>11</xmin><ymin>22</ymin><xmax>40</xmax><ymax>61</ymax></bndbox>
						</object>
						<object>
							<name>dog</name><pose>Unspecified</pose><truncated>0</truncated><difficult>0</difficult>
							<bndbox><xmin>1</xmin><ymin>471</ymin><xmax>17</xmax><ymax>480</ymax></bndbox>
						</object>
					</annotation>
					""";
			assertEquals(structure(expected.getBytes(StandardCharsets.UTF_8)),
					structure(Files.readAllBytes(target.resolve("Annotations/0001.xml"))));
			String negative = """
					<annotation>
						<folder>images</folder>
						<filename>neg &amp; co.jpg</filename>
						<source><database>Tagbench</database><annotation>Tagbench</annotation></source>
						<size><width>100</width><height>50</height><depth>3</depth></size>
						<segmented>0</segmented>
					</annotation>
					""";
			assertEquals(structure(negative.getBytes(StandardCharsets.UTF_8)),
					structure(Files.readAllBytes(target.resolve("Annotations/neg & co.xml"))), "a negative still gets an XML");
			assertEquals(List.of("Annotations/0001.xml", "Annotations/neg & co.xml", "ImageSets/Main/train.txt",
					"ImageSets/Main/trainval.txt", "ImageSets/Main/val.txt"), files(target));
			assertEquals("0001\nneg & co\n", Files.readString(target.resolve("ImageSets/Main/train.txt")));
			assertEquals("0001\nneg & co\n", Files.readString(target.resolve("ImageSets/Main/trainval.txt")));
			assertEquals("", Files.readString(target.resolve("ImageSets/Main/val.txt")));
			assertEquals(2, report.items());
			assertEquals(2, report.annotations());
			assertEquals(List.of(), report.warnings());
		}
	}

	@Test
	void polygonsBecomeBoundingBoxesWithOneWarning() throws Exception {
		try (LocalProjectStore store = Fixtures.project(temp.resolve("poly"), ProjectType.POLYGON)) {
			DataItem a = item(store, "ia", "a.png", 20, 20, ItemStatus.LABELED, 1);
			a.getAnnotations().add(polygon(store, "dog", 2, 1, 6, 1, 6, 4));
			a.getAnnotations().add(polygon(store, "cat", 0, 0, 0, 3, 3, 3));
			store.addItems(List.of(a));
			Path target = temp.resolve("voc");
			ExportReport report = new VocExporter().export(store, ExportOptions.defaults(), target, new NullProgressMonitor());
			assertEquals(1, report.warnings().size(), report.warnings().toString());
			assertTrue(report.warnings().get(0).startsWith("polygons were exported as their bounding boxes (VOC has no polygons): 2"),
					report.warnings().get(0));
			String xml = Files.readString(target.resolve("Annotations/a.xml"));
			assertTrue(xml.contains("<xmin>3</xmin>\n\t\t\t<ymin>2</ymin>\n\t\t\t<xmax>6</xmax>\n\t\t\t<ymax>4</ymax>"), xml);
			assertTrue(xml.contains("<xmin>1</xmin>\n\t\t\t<ymin>1</ymin>\n\t\t\t<xmax>3</xmax>\n\t\t\t<ymax>3</ymax>"), xml);
		}
	}

	@Test
	void splitListsAndSameNamedImages() throws Exception {
		try (LocalProjectStore store = Fixtures.project(temp.resolve("split"), ProjectType.BOUNDING_BOX)) {
			List<DataItem> items = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				items.add(item(store, "item-" + i, "f" + (i % 2) + "/img" + (i / 2) + ".jpg", 50, 50, ItemStatus.LABELED, i));
			}
			store.addItems(items);
			Path target = temp.resolve("voc");
			ExportReport report = new VocExporter().export(store, ExportOptions.defaults().withSplit(0.25, 3), target,
					new NullProgressMonitor());
			List<String> train = Files.readAllLines(target.resolve("ImageSets/Main/train.txt"));
			List<String> val = Files.readAllLines(target.resolve("ImageSets/Main/val.txt"));
			assertEquals(40, train.size() + val.size());
			assertEquals(val.size(), report.validation());
			assertTrue(val.size() > 2 && val.size() < 20, "about a quarter: " + val.size());
			assertEquals(40, Files.list(target.resolve("Annotations")).count(), "no XML overwrote another");
			assertTrue(train.contains("img0") || val.contains("img0"));
			assertTrue(train.contains("f1__img0_jpg") || val.contains("f1__img0_jpg"), train + " " + val);
			assertEquals(1, report.warnings().size());
			assertTrue(report.warnings().get(0).startsWith("images sharing a file name were given longer annotation file names: 20"));
			// each id in the lists has its XML
			for (String id : train) {
				assertTrue(Files.exists(target.resolve("Annotations/" + id + ".xml")), id);
			}
			new VocExporter().export(store, ExportOptions.defaults().withSplit(0.25, 3), target, new NullProgressMonitor());
			assertEquals(val, Files.readAllLines(target.resolve("ImageSets/Main/val.txt")), "same seed, same split");
		}
	}

	@Test
	void failingExportLeavesNothingUnderTheFinalName() throws Exception {
		try (LocalProjectStore store = project()) {
			Path regularFile = Files.writeString(temp.resolve("plain"), "x");
			Path target = regularFile.resolve("voc");
			assertThrows(ExchangeException.class,
					() -> new VocExporter().export(store, ExportOptions.defaults(), target, new NullProgressMonitor()));
			assertFalse(Files.exists(target));
			assertEquals(List.of(), partials(temp));

			Path existing = Files.createDirectories(temp.resolve("old"));
			Files.writeString(existing.resolve("keep.txt"), "old export");
			NullProgressMonitor cancelled = new NullProgressMonitor();
			cancelled.setCanceled(true);
			assertThrows(OperationCanceledException.class,
					() -> new VocExporter().export(store, ExportOptions.defaults(), existing, cancelled));
			assertEquals(List.of("keep.txt"), files(existing), "the previous export is intact");
			assertEquals(List.of(), partials(temp));
		}
	}

	@Test
	void registeredInFormats() {
		assertTrue(Formats.exporter("voc").orElseThrow() instanceof VocExporter);
		assertTrue(Formats.importer("voc").orElseThrow() instanceof VocImporter);
	}

	static List<String> files(Path folder) throws Exception {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted()
					.toList();
		}
	}

	static List<Path> partials(Path folder) throws Exception {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.getFileName().toString().contains(".partial")).toList();
		}
	}
}
