package org.tagbench.store;

/** What {@link ProjectStore#replacePrelabels} did with an item. */
public enum PrelabelWrite {
	/** The item now carries the given pre-labels (older ones replaced). */
	WRITTEN,
	/** No pre-labels were given: the item's older ones were removed. */
	CLEARED,
	/** No pre-labels given and none there: nothing written. */
	UNCHANGED,
	/** Not written: the item is no longer unlabeled or carries a label that is not a pre-label (a person's work). */
	HUMAN_WORK,
	/** Not written: the item is leased to a labeler, who may be labeling it right now. */
	LEASED,
	/** The project has no such item. */
	MISSING;

	/** Whether the item was left alone because of someone's work (done, or under way). */
	public boolean refused() {
		return this == HUMAN_WORK || this == LEASED;
	}
}
