package org.tagbench.store.postgres;

import java.util.List;

/**
 * How the labelers of one item agree (consensus review): they agree when each of them gave the item the same
 * label classes in the same numbers (positions of boxes and polygons are not compared).
 *
 * @param labelers who committed the item, by name
 * @param agree    whether their class counts are equal (trivially true for one labeler)
 */
public record Agreement(String itemId, String path, List<String> labelers, boolean agree) {
}
