package org.tagbench.store.postgres;

import java.util.List;

/**
 * How the labelers of one item agree (consensus review), by their actual labels ({@link org.tagbench.store.LabelAgreement}):
 * the same classification classes; boxes and polygons of the same class overlapping by an IoU of 0.5 or more.
 *
 * @param labelers who committed the item, by name
 * @param agree    whether their labels agree (trivially true for one labeler)
 */
public record Agreement(String itemId, String path, List<String> labelers, boolean agree) {
}
