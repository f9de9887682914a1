package org.tagbench.store;

import java.util.List;

/**
 * Consensus review (team mode, several labelers per item): who committed an item and whether they agree, by their
 * actual labels ({@link LabelAgreement}: the same classes; boxes and polygons matched by overlap and class).
 *
 * @param labelers who committed the item, by name, sorted
 * @param agree    whether their labels agree (trivially true for one labeler)
 */
public record ItemAgreement(String itemId, List<String> labelers, boolean agree) {

	/**
	 * For lists: "agree · anna, ben", "disagree · anna, ben", or "1 of 2 · anna" while labelers are missing.
	 *
	 * @param labelersPerItem how many labelers the project asks for
	 */
	public String describe(int labelersPerItem) {
		String names = String.join(", ", labelers);
		if (labelers.size() < labelersPerItem) {
			return labelers.size() + " of " + labelersPerItem + " · " + names;
		}
		return (agree ? "agree · " : "disagree · ") + names;
	}
}
