package org.tagbench.exchange;

import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param itemsLabeled     project items that received annotations
 * @param annotations      annotations stored
 * @param unknownClasses   class names the project does not define, with how many labels used each
 *                         (added to the project when the options said so, else left out)
 * @param unmatchedImages  images named in the input that are not items of the project
 * @param problems         entries left out, each naming file and line or field and the reason
 */
public record ImportReport(long itemsLabeled, long annotations, Map<String, Long> unknownClasses,
		List<String> unmatchedImages, List<String> problems) {
}
