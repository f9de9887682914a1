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
				new VocExporter());
	}

	public static List<LabelImporter> importers() {
		return List.of(
				new CocoImporter(),
				new VocImporter());
	}

	public static Optional<LabelExporter> exporter(String formatId) {
		return exporters().stream().filter(format -> format.formatId().equals(formatId)).findFirst();
	}

	public static Optional<LabelImporter> importer(String formatId) {
		return importers().stream().filter(format -> format.formatId().equals(formatId)).findFirst();
	}
}
