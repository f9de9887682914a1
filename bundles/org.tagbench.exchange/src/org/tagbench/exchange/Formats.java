package org.tagbench.exchange;

import java.util.List;
import java.util.Optional;

/** The label formats Tagbench reads and writes. */
public final class Formats {

	private Formats() {
	}

	public static List<LabelExporter> exporters() {
		return List.of();
	}

	public static List<LabelImporter> importers() {
		return List.of();
	}

	public static Optional<LabelExporter> exporter(String formatId) {
		return exporters().stream().filter(format -> format.formatId().equals(formatId)).findFirst();
	}

	public static Optional<LabelImporter> importer(String formatId) {
		return importers().stream().filter(format -> format.formatId().equals(formatId)).findFirst();
	}
}
