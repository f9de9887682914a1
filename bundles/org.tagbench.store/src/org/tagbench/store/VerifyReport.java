package org.tagbench.store;

import java.util.List;

/**
 * What {@link ProjectStore#verify()} found.
 *
 * @param items       items checked
 * @param annotations annotations checked
 * @param problems    one line per problem, naming the item or file; empty when all is well
 */
public record VerifyReport(long items, long annotations, List<String> problems) {

	public boolean ok() {
		return problems.isEmpty();
	}
}
