package org.tagbench.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tagbench.exchange.support.TestProjects.MONITOR;
import static org.tagbench.exchange.support.TestProjects.box;
import static org.tagbench.exchange.support.TestProjects.describe;
import static org.tagbench.exchange.support.TestProjects.item;
import static org.tagbench.exchange.support.TestProjects.label;
import static org.tagbench.exchange.support.TestProjects.prelabel;
import static org.tagbench.exchange.support.TestProjects.stored;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ExportReport;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.support.TestProjects;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.store.local.LocalProjectStore;

class CsvExchangeTest {

	@TempDir
	Path temp;

	private LocalProjectStore fixture(Path folder) throws Exception {
		LocalProjectStore store = TestProjects.create(folder, temp, ProjectType.MULTI_LABEL, "cat", "dog", "out door");
		item(store, "i1", "a/img1.jpg", 10, 10, ItemStatus.LABELED, label(store, "dog"), label(store, "cat"));
		item(store, "i2", "b/with, comma \"q\".jpg", 10, 10, ItemStatus.ACCEPTED, label(store, "out door"),
				box(store, "cat", 1, 1, 2, 2));
		item(store, "i3", "c/pre.jpg", 10, 10, ItemStatus.LABELED, prelabel(label(store, "dog")));
		item(store, "i4", "c/busy.jpg", 10, 10, ItemStatus.IN_PROGRESS, label(store, "cat"));
		return store;
	}

	@Test
	void exportMatchesHandCheckedText() throws Exception {
		try (LocalProjectStore store = fixture(temp.resolve("p"))) {
			Path out = temp.resolve("labels.csv");
			ExportReport report = new CsvExporter().export(store, ExportOptions.defaults(), out, MONITOR);
			assertEquals("image,labels\r\na/img1.jpg,cat;dog\r\n\"b/with, comma \"\"q\"\".jpg\",out door\r\nc/pre.jpg,\r\n",
					Files.readString(out));
			assertEquals(3, report.items());
			assertEquals(3, report.annotations());
			assertTrue(report.warnings().contains("1 boxes or polygons left out: this format holds whole-image labels only"));
		}
	}

	@Test
	void statusAndPrelabelFilters() throws Exception {
		try (LocalProjectStore store = fixture(temp.resolve("p"))) {
			Path out = temp.resolve("labels.csv");
			new CsvExporter().export(store,
					ExportOptions.defaults().withStatuses(EnumSet.of(ItemStatus.IN_PROGRESS, ItemStatus.LABELED)).withPrelabels(true),
					out, MONITOR);
			assertEquals("image,labels\r\na/img1.jpg,cat;dog\r\nc/pre.jpg,dog\r\nc/busy.jpg,cat\r\n", Files.readString(out));
		}
	}

	@Test
	void splitColumnIsDeterministic() throws Exception {
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.MULTI_CLASS, "cat")) {
			for (int i = 0; i < 200; i++) {
				item(store, "item-" + i, "img" + i + ".jpg", 10, 10, ItemStatus.LABELED, label(store, "cat"));
			}
			ExportOptions options = ExportOptions.defaults().withSplit(0.25, 1234);
			ExportReport first = new CsvExporter().export(store, options, temp.resolve("a.csv"), MONITOR);
			ExportReport second = new CsvExporter().export(store, options, temp.resolve("b.csv"), MONITOR);
			ExportReport other = new CsvExporter().export(store, options.withSplit(0.25, 99), temp.resolve("c.csv"), MONITOR);
			String a = Files.readString(temp.resolve("a.csv"));
			assertTrue(a.startsWith("image,labels,split\r\n"));
			assertEquals(a, Files.readString(temp.resolve("b.csv")));
			assertTrue(!a.equals(Files.readString(temp.resolve("c.csv"))), "another seed, another split");
			assertEquals(first.validation(), second.validation());
			assertTrue(first.validation() > 25 && first.validation() < 75, "about a quarter: " + first.validation());
			assertTrue(other.validation() > 25 && other.validation() < 75);
			assertEquals(first.validation(), a.lines().filter(l -> l.endsWith(",val")).count());
		}
	}

	@Test
	void roundTripKeepsMultiLabels() throws Exception {
		Path out = temp.resolve("labels.csv");
		try (LocalProjectStore store = fixture(temp.resolve("p"))) {
			new CsvExporter().export(store, ExportOptions.defaults().withSplit(0.5, 3), out, MONITOR);
		}
		try (LocalProjectStore target = TestProjects.create(temp.resolve("q"), temp, ProjectType.MULTI_LABEL, "cat", "dog", "out door")) {
			item(target, "i1", "a/img1.jpg", 10, 10, ItemStatus.UNLABELED);
			item(target, "i2", "b/with, comma \"q\".jpg", 10, 10, ItemStatus.UNLABELED);
			item(target, "i3", "c/pre.jpg", 10, 10, ItemStatus.UNLABELED);
			ImportReport report = new CsvImporter().importLabels(target, out, new ImportOptions(false, "csv", false), MONITOR);
			assertEquals(List.of(), report.problems());
			assertEquals(3, report.annotations());
			assertEquals(List.of("ClassificationLabel cat", "ClassificationLabel dog"), describe(stored(target, "i1")));
			assertEquals(List.of("ClassificationLabel out door"), describe(stored(target, "i2")));
			assertEquals(ItemStatus.LABELED, stored(target, "i3").getStatus(), "listed without label: labeled as none");
		}
	}

	@Test
	void malformedRowsAreProblemsAndBrokenQuotesRefuseTheFile() throws Exception {
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.MULTI_CLASS, "cat")) {
			item(store, "i1", "x.jpg", 10, 10, ItemStatus.UNLABELED);
			Path csv = temp.resolve("in.csv");
			Files.writeString(csv, "split,Image,labels\ntrain,x.jpg,cat\n\"multi\nline\",y.jpg\ntrain,,cat\ntrain,zebra.jpg,horse\n");
			ImportReport report = new CsvImporter().importLabels(store, csv, ImportOptions.defaults(), MONITOR);
			assertEquals(List.of("in.csv line 3: expected 3 fields, found 2", "in.csv line 5: image: empty"), report.problems());
			assertEquals(List.of("zebra.jpg"), report.unmatchedImages());
			assertEquals(Map.of(), report.unknownClasses(), "unmatched rows are not looked at further");
			assertEquals(1, report.itemsLabeled());
			Files.writeString(csv, "image,labels\nx.jpg,cat\n\"y.jpg,cat\n");
			ExchangeException e = assertThrows(ExchangeException.class,
					() -> new CsvImporter().importLabels(store, csv, ImportOptions.defaults(), MONITOR));
			assertEquals("in.csv line 3: a quoted field is not closed", e.getMessage());
			Files.writeString(csv, "image,label\nx.jpg,cat\n");
			e = assertThrows(ExchangeException.class,
					() -> new CsvImporter().importLabels(store, csv, ImportOptions.defaults(), MONITOR));
			assertTrue(e.getMessage().startsWith("in.csv line 1: no 'labels' column"), e.getMessage());
		}
	}

	@Test
	void aFileRefusedHalfwayChangesNothing() throws Exception {
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.MULTI_CLASS, "cat")) {
			item(store, "i1", "x.jpg", 10, 10, ItemStatus.UNLABELED);
			item(store, "i2", "y.jpg", 10, 10, ItemStatus.UNLABELED);
			Path csv = temp.resolve("in.csv");
			// Good rows and a new class first, then a broken quote: the import is refused as a whole.
			Files.writeString(csv, "image,labels\nx.jpg,cat\ny.jpg,zebra\n\"z.jpg,cat\n");
			assertThrows(ExchangeException.class,
					() -> new CsvImporter().importLabels(store, csv, new ImportOptions(true, "csv", true), MONITOR));
			assertEquals(ItemStatus.UNLABELED, stored(store, "i1").getStatus());
			assertEquals(List.of(), describe(stored(store, "i1")));
			assertEquals(List.of("cat"), store.project().getLabelClasses().stream().map(c -> c.getName()).toList());
		}
		try (LocalProjectStore reopened = LocalProjectStore.open(temp.resolve("p"))) {
			assertEquals(1, reopened.project().getLabelClasses().size(), "no class saved");
			assertEquals(ItemStatus.UNLABELED, stored(reopened, "i1").getStatus());
		}
	}

	@Test
	void anImageOnSeveralRowsKeepsAllItsLabelsAndNewClassesGetKeys() throws Exception {
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.MULTI_LABEL, "cat")) {
			store.project().getLabelClasses().get(0).setShortcutKey("1");
			item(store, "i1", "x.jpg", 10, 10, ItemStatus.LABELED, label(store, "cat"));
			Path csv = temp.resolve("in.csv");
			Files.writeString(csv, "image,labels\nx.jpg,dog\nx.jpg,Big Dog\n");
			ImportReport report = new CsvImporter().importLabels(store, csv, new ImportOptions(true, "csv", true), MONITOR);
			assertEquals(1, report.itemsLabeled());
			assertEquals(List.of("ClassificationLabel Big Dog", "ClassificationLabel dog"), describe(stored(store, "i1")),
					"replaceExisting clears the stored labels once, then keeps every row's");
			assertEquals(List.of("cls-cat:1", "cls-dog:2", "cls-big-dog:3"), store.project().getLabelClasses().stream()
					.map(c -> c.getId() + ":" + c.getShortcutKey()).toList());
		}
	}

	@Test
	void readerHandlesRfc4180Quoting() throws Exception {
		Csv.RecordReader reader = new Csv.RecordReader(new StringReader(
				"\uFEFFa,\"b,c\",\"say \"\"hi\"\"\"\r\n\r\n\"two\r\nlines\",,x\n"), "t.csv");
		assertEquals(List.of("a", "b,c", "say \"hi\""), reader.next());
		assertEquals(1, reader.line());
		assertEquals(List.of("two\r\nlines", "", "x"), reader.next());
		assertEquals(3, reader.line());
		assertNull(reader.next());
		assertEquals("\"a,b\"", Csv.quote("a,b"));
		assertEquals("plain", Csv.quote("plain"));
	}
}
