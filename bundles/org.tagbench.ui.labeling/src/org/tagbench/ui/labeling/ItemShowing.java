package org.tagbench.ui.labeling;

/** A labeling editor that can show one given item (Edit from the dashboard's review list). */
public interface ItemShowing {

	/**
	 * Shows the item with this id next (the shown one's changes are committed first, as Back/Forward do);
	 * false when the project has no such item.
	 */
	boolean showItem(String itemId);
}
