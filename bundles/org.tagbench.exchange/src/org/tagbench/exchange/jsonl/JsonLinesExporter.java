package org.tagbench.exchange.jsonl;

import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

import com.google.gson.stream.JsonWriter;

/**
 * Classification labels as JSON Lines (UTF-8, LF): one object per exported item,
 * {@code {"image":"<path>","labels":["cat","dog"],"split":"train"}}; {@code split} only when the options
 * split; {@code image} is the item's path relative to its data source; labels in project class order.
 */
public final class JsonLinesExporter implements LabelExporter {

	public static final String FORMAT_ID = "jsonl";

	@Override
	public String formatId() {
		return FORMAT_ID;
	}

	@Override
	public String displayName() {
		return "JSON Lines (classification)";
	}

	@Override
	public String targetSuffix() {
		return ".jsonl";
	}

	@Override
	public ExportReport export(ProjectStore store, ExportOptions options, Path target, IProgressMonitor monitor)
			throws ExchangeException {
		ExportRun run = new ExportRun(store, options);
		boolean split = options.validationFraction() > 0;
		AtomicOutput.writeFile(target, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			run.forEachItem(monitor, "Exporting JSON Lines", (item, annotations, validation) -> {
				List<String> labels = Classification.labels(run, item, annotations, false);
				StringWriter line = new StringWriter();
				try (JsonWriter json = new JsonWriter(line)) {
					json.setHtmlSafe(false);
					json.beginObject().name("image").value(item.getPath()).name("labels").beginArray();
					for (String label : labels) {
						json.value(label);
					}
					json.endArray();
					if (split) {
						json.name("split").value(validation ? "val" : "train");
					}
					json.endObject();
				}
				writer.write(line.toString());
				writer.write('\n');
				return labels.size();
			});
			writer.flush();
		});
		return run.report(target);
	}
}
