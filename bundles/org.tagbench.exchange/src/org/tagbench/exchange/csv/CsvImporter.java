package org.tagbench.exchange.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.LabelImporter;
import org.tagbench.exchange.support.Classification;
import org.tagbench.exchange.support.ImportRun;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelClass;
import org.tagbench.store.ProjectStore;

/**
 * Reads classification labels from a CSV file with a header naming an {@code image} and a {@code labels}
 * column (any order, case-insensitive; other columns such as {@code split} are ignored). Labels are
 * separated by {@code ;}.
 */
public final class CsvImporter implements LabelImporter {

	@Override
	public String formatId() {
		return CsvExporter.FORMAT_ID;
	}

	@Override
	public String displayName() {
		return "CSV (classification)";
	}

	@Override
	public ImportReport importLabels(ProjectStore store, Path source, ImportOptions options, IProgressMonitor monitor)
			throws ExchangeException {
		String file = source.getFileName().toString();
		ImportRun run = new ImportRun(store, options);
		SubMonitor whole = SubMonitor.convert(monitor, "Importing " + file, 2);
		SubMonitor progress = whole.split(1);
		try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
			Csv.RecordReader records = new Csv.RecordReader(reader, file);
			List<String> header = records.next();
			if (header == null) {
				throw new ExchangeException(file + ": the file is empty (expected a header image,labels)");
			}
			int image = column(header, "image", file);
			int labels = column(header, "labels", file);
			for (List<String> record = records.next(); record != null; record = records.next()) {
				progress.setWorkRemaining(100).split(1);
				String where = file + " line " + records.line();
				if (record.size() != header.size()) {
					run.problem(where + ": expected " + header.size() + " fields, found " + record.size());
					continue;
				}
				String name = record.get(image).trim();
				if (name.isEmpty()) {
					run.problem(where + ": image: empty");
					continue;
				}
				Optional<String> id = run.find(name);
				if (id.isEmpty()) {
					run.unmatched(name);
					continue;
				}
				List<Annotation> imported = new ArrayList<>();
				for (String label : Classification.split(record.get(labels))) {
					LabelClass labelClass = run.labelClass(label);
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

	private static int column(List<String> header, String name, String file) throws ExchangeException {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(name)) {
				return i;
			}
		}
		throw new ExchangeException(file + " line 1: no '" + name + "' column in the header " + String.join(",", header));
	}
}
