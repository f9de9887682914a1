package org.tagbench.exchange.csv;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.exchange.AtomicOutput;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ExportReport;
import org.tagbench.exchange.LabelExporter;
import org.tagbench.exchange.support.Classification;
import org.tagbench.exchange.support.ExportRun;
import org.tagbench.store.ProjectStore;

/**
 * Classification labels as one CSV file (RFC 4180, UTF-8, CRLF): header {@code image,labels} (and
 * {@code split} when the options split), one row per exported item; {@code image} is the item's path
 * relative to its data source, {@code labels} its class names in project order joined by {@code ;} (empty
 * for an item without label).
 */
public final class CsvExporter implements LabelExporter {

	public static final String FORMAT_ID = "csv";

	@Override
	public String formatId() {
		return FORMAT_ID;
	}

	@Override
	public String displayName() {
		return "CSV (classification)";
	}

	@Override
	public String targetSuffix() {
		return ".csv";
	}

	@Override
	public ExportReport export(ProjectStore store, ExportOptions options, Path target, IProgressMonitor monitor)
			throws ExchangeException {
		ExportRun run = new ExportRun(store, options);
		boolean split = options.validationFraction() > 0;
		AtomicOutput.writeFile(target, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			Csv.writeRecord(writer, split ? List.of("image", "labels", "split") : List.of("image", "labels"));
			run.forEachItem(monitor, "Exporting CSV", (item, annotations, validation) -> {
				List<String> labels = Classification.labels(run, item, annotations, true);
				List<String> row = new ArrayList<>(List.of(item.getPath(), String.join(Classification.SEPARATOR, labels)));
				if (split) {
					row.add(validation ? "val" : "train");
				}
				Csv.writeRecord(writer, row);
				return labels.size();
			});
			writer.flush();
		});
		return run.report(target);
	}
}
