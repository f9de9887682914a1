package org.tagbench.store;

import java.util.Comparator;
import java.util.List;

/**
 * What an item list shows of an item's annotations without reading them: the label classes (ids) and the
 * authors, each once, in the order the annotations were written; and the item's open pre-labels (suggestions of
 * the ML assist nobody accepted or removed yet), highest score first.
 */
public record ItemLabels(List<String> classIds, List<String> authors, List<Suggestion> suggestions) {

	/** An open pre-label: its label class (id, may be null) and the model's score. */
	public record Suggestion(String classId, double score) {
	}

	/** Highest score first; equal scores in the order they were written (the sort is stable). */
	public static final Comparator<Suggestion> HIGHEST_FIRST = Comparator.comparingDouble(Suggestion::score).reversed();

	public ItemLabels {
		classIds = List.copyOf(classIds);
		authors = List.copyOf(authors);
		suggestions = suggestions.stream().sorted(HIGHEST_FIRST).toList();
	}

	/** Without open pre-labels. */
	public ItemLabels(List<String> classIds, List<String> authors) {
		this(classIds, authors, List.of());
	}
}
