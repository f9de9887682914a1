package org.tagbench.store;

/**
 * The order of an item list that the store sorts (with an index, so a page deep in a list of 500,000 items is
 * read as fast as in the project's order). Items equal in the key keep the project's order, reversed in a
 * descending list, so paging through equal keys is stable.
 */
public record ItemOrder(Key key, boolean descending) {

	/** What to sort by. */
	public enum Key {
		/** The project's shuffled order (the labeling order). */
		PROJECT,
		/** The item's path in its data source, compared as Unicode code points (the same in every store). */
		PATH,
		/** The image's size in pixels, width × height (0 when unknown). */
		PIXELS,
		/**
		 * The item's first label class, the one its list of classes shows first (of its annotations with a class,
		 * the first written): classes by name, ignoring case; then items whose first class the project no longer
		 * defines; items without a class come last in either direction. Renaming a class re-sorts at once.
		 */
		CLASS,
		/**
		 * The item's first labeler, the author of its first written annotation that has one (a person, a model,
		 * an import), compared as Unicode code points; items without one come last in either direction.
		 */
		LABELER,
		/**
		 * How many annotations the item has (labels, pre-labels, imports: the number its Annotations cell shows), kept
		 * on the item row by every write of its annotations, so the list is read through an index.
		 */
		ANNOTATIONS,
		/**
		 * Consensus review (several labelers per item): whether the labelers agree, as {@link ItemAgreement} tells.
		 * Ascending: items whose labelers disagree, then those whose labelers agree, then those still waiting for
		 * labelers ("1 of 2"); items nobody committed come last in either direction; descending puts agreeing items
		 * before disagreeing ones. A store without consensus lists every item as committed by nobody (the project's
		 * order).
		 */
		AGREEMENT,
		/**
		 * The best score of the item's open pre-labels (the ML assist's suggestions nobody accepted or removed yet,
		 * the Suggestion cell), kept on the item row by every write of its annotations. Ascending: lowest score first
		 * (the suggestions a reviewer should look at first); items without an open pre-label come last in either
		 * direction, and equal scores, like those items, are in the project's order either way.
		 */
		SUGGESTION
	}

	/** The project's order, the order of {@link ProjectStore#items(ItemQuery, long, int)}. */
	public static final ItemOrder PROJECT = new ItemOrder(Key.PROJECT, false);

	public static ItemOrder ascending(Key key) {
		return new ItemOrder(key, false);
	}

	public static ItemOrder descending(Key key) {
		return new ItemOrder(key, true);
	}
}
