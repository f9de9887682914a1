package org.tagbench.store;

import java.util.List;

/**
 * What an item list shows of an item's annotations without reading them: the label classes (ids) and the
 * authors, each once, in the order the annotations were written.
 */
public record ItemLabels(List<String> classIds, List<String> authors) {

	public ItemLabels {
		classIds = List.copyOf(classIds);
		authors = List.copyOf(authors);
	}
}
