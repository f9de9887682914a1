package org.tagbench.exchange.jsonl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.LabelImporter;
import org.tagbench.exchange.support.ImportRun;
import org.tagbench.exchange.support.JsonTree;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelClass;
import org.tagbench.store.ProjectStore;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads classification labels from JSON Lines: one object per line with {@code image} (string) and
 * {@code labels} (array of strings, or one string); other members are ignored; blank lines are skipped.
 * A line that is not such an object is a problem; the other lines are imported.
 */
public final class JsonLinesImporter implements LabelImporter {

	@Override
	public String formatId() {
		return JsonLinesExporter.FORMAT_ID;
	}

	@Override
	public String displayName() {
		return "JSON Lines (classification)";
	}

	@Override
	public ImportReport importLabels(ProjectStore store, Path source, ImportOptions options, IProgressMonitor monitor)
			throws ExchangeException {
		String file = source.getFileName().toString();
		ImportRun run = new ImportRun(store, options);
		SubMonitor whole = SubMonitor.convert(monitor, "Importing " + file, 2);
		SubMonitor progress = whole.split(1);
		try (BufferedReader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				progress.setWorkRemaining(100).split(1);
				if (line.isBlank() || (number == 1 && line.equals("\uFEFF"))) {
					continue;
				}
				String where = file + " line " + number;
				JsonElement element;
				try (JsonReader json = JsonTree.strict(new JsonReader(new StringReader(line.replace("\uFEFF", ""))))) {
					element = JsonTree.read(json);
					if (json.peek() != JsonToken.END_DOCUMENT) {
						throw new IOException("more than one JSON value on the line");
					}
				} catch (IOException | IllegalStateException e) {
					run.problem(where + ": not JSON: " + e.getMessage());
					continue;
				}
				if (!element.isJsonObject()) {
					run.problem(where + ": expected an object {\"image\": …, \"labels\": […]}");
					continue;
				}
				JsonObject object = element.getAsJsonObject();
				JsonElement image = object.get("image");
				if (image == null || !image.isJsonPrimitive() || !image.getAsJsonPrimitive().isString()
						|| image.getAsString().isBlank()) {
					run.problem(where + ": image: " + (image == null ? "missing" : "expected a file name"));
					continue;
				}
				List<String> names = labels(object.get("labels"), where, run);
				if (names == null) {
					continue;
				}
				Optional<String> id = run.find(image.getAsString());
				if (id.isEmpty()) {
					run.unmatched(image.getAsString());
					continue;
				}
				List<Annotation> imported = new ArrayList<>();
				for (String name : names) {
					LabelClass labelClass = run.labelClass(name);
					if (labelClass != null) {
						imported.add(ImportRun.label(labelClass));
					}
				}
				run.stage(id.get(), imported, true);
			}
		} catch (CharacterCodingException e) {
			throw new ExchangeException(file + ": not UTF-8 text", e);
		} catch (IOException e) {
			throw new ExchangeException("Cannot read " + source + ": " + e.getMessage(), e);
		}
		return run.apply(whole.split(1));
	}

	private static List<String> labels(JsonElement labels, String where, ImportRun run) {
		List<String> names = new ArrayList<>();
		if (labels == null || labels.isJsonNull()) {
			return names;
		}
		if (labels.isJsonPrimitive() && labels.getAsJsonPrimitive().isString()) {
			names.add(labels.getAsString());
			return names;
		}
		if (!labels.isJsonArray()) {
			run.problem(where + ": labels: expected an array of class names");
			return null;
		}
		JsonArray array = labels.getAsJsonArray();
		for (int i = 0; i < array.size(); i++) {
			JsonElement label = array.get(i);
			if (!label.isJsonPrimitive() || !label.getAsJsonPrimitive().isString()) {
				run.problem(where + ": labels[" + i + "]: expected a string");
				return null;
			}
			names.add(label.getAsString());
		}
		return names;
	}
}
