package org.tagbench.store.postgres;

/**
 * What a member of a team project may do, enforced by the server (group roles, grants and row-level
 * security; see docs/TEAM.md).
 */
public enum ProjectRole {
	/** Changes the project settings, registers items, assigns work, manages members; may do all the rest. */
	ADMIN,
	/** Reads everything; changes any item's status and labels (review), not the project settings. */
	REVIEWER,
	/** Reads everything; writes only their own labels on items leased to them. */
	LABELER;

	/** The group role of this role in the project stored in {@code schema}. */
	public String groupRole(String schema) {
		return schema + "_" + name().toLowerCase(java.util.Locale.ROOT);
	}
}
