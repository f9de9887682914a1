package org.tagbench.exchange.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tagbench.exchange.support.TestProjects.MONITOR;
import static org.tagbench.exchange.support.TestProjects.box;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ExportReport;
import org.tagbench.exchange.jsonl.JsonLinesExporter;
import org.tagbench.exchange.voc.VocExporter;
import org.tagbench.exchange.yolo.YoloExporter;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.exchange.support.TestProjects;

/**
 * Exports never carry a patient's name in paths or file names: a DICOM file of the corpus (PatientName
 * "Test^Corpus") stored under a folder and file named after the patient.
 */
class PatientNamesExportTest {

	@TempDir
	Path temp;

	private LocalProjectStore project(String dicomPath) throws Exception {
		Path corpus = Path.of(System.getProperty("user.dir")).resolveSibling("org.tagbench.dicom.tests").resolve("corpus");
		Path file = temp.resolve(dicomPath);
		Files.createDirectories(file.getParent());
		Files.copy(corpus.resolve("ct12.ele.dcm"), file);
		LocalProjectStore store = TestProjects.create(temp.resolve("p"), temp, ProjectType.BOUNDING_BOX, "lesion");
		DataItem item = TestProjects.newItem(store, "3f2c0d1e-item", dicomPath, 32, 24, ItemStatus.LABELED, 0);
		item.setMediaType(MediaType.DICOM);
		item.getAnnotations().add(box(store, "lesion", 4, 3, 16, 12));
		DataItem plain = TestProjects.newItem(store, "plain", "images/cat.png", 32, 24, ItemStatus.LABELED, 1);
		plain.getAnnotations().add(box(store, "lesion", 1, 1, 5, 5));
		store.addItems(List.of(item, plain));
		return store;
	}

	private static String everything(Path root) throws Exception {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.toList()) {
				all.append(root.relativize(file)).append('\n');
				if (Files.isRegularFile(file)) {
					all.append(Files.readString(file)).append('\n');
				}
			}
		}
		return all.toString().toLowerCase(Locale.ROOT);
	}

	@Test
	void pathsHoldingThePatientsNameAreReplacedEvenWithoutTheOption() throws Exception {
		try (LocalProjectStore store = project("Corpus_Test/corpus-test ct.dcm")) {
			Path voc = temp.resolve("voc");
			ExportReport report = new VocExporter().export(store, ExportOptions.defaults(), voc, MONITOR);
			assertEquals(2, report.items());
			String text = everything(voc);
			assertFalse(text.contains("corpus"), text);
			assertTrue(text.contains("3f2c0d1e-item"), "the pseudonym is used: " + text);
			assertTrue(text.contains("cat.png"), "other items keep their paths");
			assertTrue(report.warnings().stream().anyMatch(w -> w.contains("patient's name")), report.warnings().toString());

			Path yolo = temp.resolve("yolo");
			YoloExporter.detect().export(store, ExportOptions.defaults(), yolo, MONITOR);
			assertFalse(everything(yolo).contains("corpus"), everything(yolo));
		}
	}

	@Test
	void deidentifiedExportsUseThePseudonymForEveryDicomItem() throws Exception {
		try (LocalProjectStore store = project("scans/ct-0001.dcm")) {
			Path plain = temp.resolve("plain.jsonl");
			new JsonLinesExporter().export(store, ExportOptions.defaults(), plain, MONITOR);
			assertTrue(Files.readString(plain).contains("scans/ct-0001.dcm"), "a harmless path stays without the option");

			Path out = temp.resolve("deid.jsonl");
			ExportReport report = new JsonLinesExporter().export(store, ExportOptions.defaults().withDeidentified(true), out, MONITOR);
			String text = Files.readString(out);
			assertFalse(text.contains("scans/ct-0001"), text);
			assertTrue(text.contains("dicom/3f2c0d1e-item.dcm"), text);
			assertTrue(text.contains("images/cat.png"), text);
			assertTrue(report.warnings().stream().anyMatch(w -> w.startsWith("1 DICOM items exported under the pseudonym")), report.warnings().toString());
		}
	}
}
