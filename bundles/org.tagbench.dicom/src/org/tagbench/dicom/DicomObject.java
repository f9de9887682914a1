package org.tagbench.dicom;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dataset: the top level of a file (with its file meta information, transfer syntax and frames) or an
 * item of a sequence.
 */
public class DicomObject {

	private final Map<Integer, DicomElement> elements = new LinkedHashMap<>();

	/** Adds or replaces an element (used by readers). */
	public void put(DicomElement element) {
		elements.put(element.tag(), element);
	}

	public Collection<DicomElement> elements() {
		return Collections.unmodifiableCollection(elements.values());
	}

	public boolean contains(int tag) {
		return elements.containsKey(tag);
	}

	public Optional<DicomElement> element(int tag) {
		return Optional.ofNullable(elements.get(tag));
	}

	/** The whole value as text, or {@code null} when absent. */
	public String string(int tag) {
		DicomElement element = elements.get(tag);
		return element == null ? null : element.string();
	}

	public List<String> strings(int tag) {
		DicomElement element = elements.get(tag);
		return element == null ? List.of() : element.strings();
	}

	/** Numeric values (binary or text VRs), empty when absent. */
	public double[] numbers(int tag) {
		DicomElement element = elements.get(tag);
		return element == null ? new double[0] : element.numbers();
	}

	/** The first numeric value, or {@code defaultValue} when absent, empty or not a number. */
	public double number(int tag, double defaultValue) {
		double[] values = numbers(tag);
		return values.length == 0 || Double.isNaN(values[0]) ? defaultValue : values[0];
	}

	/** The first value as an int, or {@code defaultValue}; values outside the int range give the default. */
	public int integer(int tag, int defaultValue) {
		double value = number(tag, Double.NaN);
		if (Double.isNaN(value) || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			return defaultValue;
		}
		return (int) value;
	}

	public List<DicomObject> sequence(int tag) {
		DicomElement element = elements.get(tag);
		return element == null ? List.of() : element.items();
	}

	/** One line per element, nested items indented: names from {@link DicomDictionary}. */
	public String dump() {
		StringBuilder out = new StringBuilder();
		dump(out, "");
		return out.toString();
	}

	void dump(StringBuilder out, String indent) {
		for (DicomElement element : elements.values()) {
			out.append(indent).append(element).append('\n');
			for (DicomObject item : element.items()) {
				out.append(indent).append("  > item\n");
				item.dump(out, indent + "    ");
			}
		}
	}

	/** The file this dataset was read from, if it is a file's top level. */
	public Optional<Path> file() {
		return Optional.empty();
	}
}
