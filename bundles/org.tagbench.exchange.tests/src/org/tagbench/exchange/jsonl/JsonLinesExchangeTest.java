package org.tagbench.exchange.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tagbench.exchange.support.TestProjects.MONITOR;
import static org.tagbench.exchange.support.TestProjects.describe;
import static org.tagbench.exchange.support.TestProjects.item;
import static org.tagbench.exchange.support.TestProjects.label;
import static org.tagbench.exchange.support.TestProjects.prelabel;
import static org.tagbench.exchange.support.TestProjects.stored;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.support.TestProjects;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.store.local.LocalProjectStore;

class JsonLinesExchangeTest {

	@TempDir
	Path temp;

	@Test
	void exportMatchesHandCheckedTextAndRoundTrips() throws Exception {
		Path out = temp.resolve("labels.jsonl");
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.MULTI_LABEL, "cat", "dog")) {
			item(store, "i1", "a/ü \"1\".jpg", 10, 10, ItemStatus.LABELED, label(store, "dog"), label(store, "cat"));
			item(store, "i2", "b.jpg", 10, 10, ItemStatus.LABELED, prelabel(label(store, "dog")));
			new JsonLinesExporter().export(store, ExportOptions.defaults(), out, MONITOR);
			assertEquals("{\"image\":\"a/ü \\\"1\\\".jpg\",\"labels\":[\"cat\",\"dog\"]}\n{\"image\":\"b.jpg\",\"labels\":[]}\n",
					Files.readString(out));
			new JsonLinesExporter().export(store, ExportOptions.defaults().withSplit(0.5, 1), out, MONITOR);
			assertTrue(Files.readString(out).lines().allMatch(l -> l.endsWith(",\"split\":\"train\"}") || l.endsWith(",\"split\":\"val\"}")));
		}
		try (LocalProjectStore target = TestProjects.create(temp.resolve("q"), temp, ProjectType.MULTI_LABEL, "cat", "dog")) {
			item(target, "i1", "a/ü \"1\".jpg", 10, 10, ItemStatus.UNLABELED);
			item(target, "i2", "b.jpg", 10, 10, ItemStatus.UNLABELED);
			ImportReport report = new JsonLinesImporter().importLabels(target, out, new ImportOptions(false, "j", false), MONITOR);
			assertEquals(2, report.annotations());
			assertEquals(List.of("ClassificationLabel cat", "ClassificationLabel dog"), describe(stored(target, "i1")));
			assertEquals(AnnotationSource.IMPORTED, stored(target, "i1").getAnnotations().get(0).getSource());
			assertEquals(List.of(), describe(stored(target, "i2")));
		}
	}

	@Test
	void badLinesAreProblemsNamingTheLine() throws Exception {
		try (LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.MULTI_LABEL, "cat")) {
			item(store, "i1", "x.jpg", 10, 10, ItemStatus.UNLABELED);
			item(store, "i2", "y.jpg", 10, 10, ItemStatus.UNLABELED);
			Path in = temp.resolve("in.jsonl");
			Files.writeString(in, "{\"image\": \"x.jpg\", \"labels\": [\"cat\", \"bird\"]}\n{\"image\": \"y.jpg\", labels: []}\n\n"
					+ "{\"image\": \"y.jpg\", \"labels\": [\"cat\", 3]}\n[1]\n{\"labels\": [\"cat\"]}\n{\"image\": \"y.jpg\", \"labels\": \"cat\"}\n");
			ImportReport report = new JsonLinesImporter().importLabels(store, in, ImportOptions.defaults(), MONITOR);
			assertEquals(4, report.problems().size(), report.problems()::toString);
			assertTrue(report.problems().get(0).startsWith("in.jsonl line 2: not JSON"), report.problems().get(0));
			assertEquals("in.jsonl line 4: labels[1]: expected a string", report.problems().get(1));
			assertTrue(report.problems().get(2).startsWith("in.jsonl line 5: expected an object"));
			assertEquals("in.jsonl line 6: image: missing", report.problems().get(3));
			assertEquals(Map.of("bird", 1L), report.unknownClasses());
			assertEquals(2, report.itemsLabeled());
			assertEquals(List.of("ClassificationLabel cat"), describe(stored(store, "i2")));
		}
	}
}
