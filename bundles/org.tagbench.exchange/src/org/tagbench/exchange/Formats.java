package org.tagbench.exchange;

import java.util.List;
import java.util.Optional;

import org.tagbench.exchange.coco.CocoExporter;
import org.tagbench.exchange.coco.CocoImporter;
import org.tagbench.exchange.voc.VocExporter;
import org.tagbench.exchange.voc.VocImporter;

/** The label formats Tagbench reads and writes. */
public final class Formats {

	private Formats() {
	}

	public static List<LabelExporter> exporters() {
		return List.of(
				new CocoExporter(),
				new VocExporter(),
				org.tagbench.exchange.yolo.YoloExporter.detect(),
				org.tagbench.exchange.yolo.YoloExporter.segment(),
				new org.tagbench.exchange.csv.CsvExporter(),
				new org.tagbench.exchange.jsonl.JsonLinesExporter());
	}

	public static List<LabelImporter> importers() {
		return List.of(
				new CocoImporter(),
				new VocImporter(),
				org.tagbench.exchange.yolo.YoloImporter.detect(),
				org.tagbench.exchange.yolo.YoloImporter.segment(),
				new org.tagbench.exchange.csv.CsvImporter(),
				new org.tagbench.exchange.jsonl.JsonLinesImporter(),
				new org.tagbench.exchange.labelstudio.LabelStudioImporter(),
				new org.tagbench.exchange.cvat.CvatImporter());
	}

	public static Optional<LabelExporter> exporter(String formatId) {
		return exporters().stream().filter(format -> format.formatId().equals(formatId)).findFirst();
	}

	public static Optional<LabelImporter> importer(String formatId) {
		return importers().stream().filter(format -> format.formatId().equals(formatId)).findFirst();
	}
}
