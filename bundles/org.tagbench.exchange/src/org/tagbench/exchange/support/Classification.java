package org.tagbench.exchange.support;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.tagbench.model.Annotation;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;

/** Whole-image labels for the classification formats (CSV, JSON Lines). */
public final class Classification {

	public static final String SEPARATOR = ";";

	private Classification() {
	}

	/**
	 * The class names of an item's classification labels, in project class order, each once. Boxes and
	 * polygons are counted as left out. A class name holding the separator is warned about (it cannot be
	 * read back from CSV).
	 */
	public static List<String> labels(ExportRun run, DataItem item, List<Annotation> annotations, boolean csv) {
		TreeMap<Integer, String> names = new TreeMap<>();
		for (Annotation annotation : annotations) {
			if (annotation instanceof ClassificationLabel) {
				String name = annotation.getLabelClass().getName();
				if (csv && name.contains(SEPARATOR) && !names.containsValue(name)) {
					run.warn("item " + item.getId() + " (" + item.getPath() + "): class name '" + name + "' contains '"
							+ SEPARATOR + "', which separates labels: it reads back as several labels");
				}
				names.put(run.classIndex(annotation.getLabelClass()), name);
			} else {
				run.leftOut("boxes or polygons left out: this format holds whole-image labels only");
			}
		}
		return new ArrayList<>(names.values());
	}

	/** Splits a CSV labels cell: ';'-separated, each trimmed, empty ones dropped. */
	public static List<String> split(String cell) {
		List<String> labels = new ArrayList<>();
		for (String part : cell.split(SEPARATOR, -1)) {
			if (!part.isBlank()) {
				labels.add(part.trim());
			}
		}
		return labels;
	}
}
