package org.tagbench.store;

/**
 * A change to a project's items, made through any store open on the same project: another editor of this
 * workbench on a folder project, or any labeler's desktop on a team project (delivered by the server).
 *
 * @param itemId  the changed item, or null when many items (or an unknown set) changed: re-read everything
 * @param status  the item's status after the change (the literal name), or null when not known
 * @param labeler who made the change (the database user of a team project), or null when not known
 */
public record StoreChange(String itemId, String status, String labeler) {

	/** Many or unknown items changed (items registered, or changes missed while the server was unreachable). */
	public static StoreChange everything() {
		return new StoreChange(null, null, null);
	}

	public boolean isEverything() {
		return itemId == null;
	}
}
