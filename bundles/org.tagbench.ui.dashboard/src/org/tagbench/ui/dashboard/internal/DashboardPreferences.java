package org.tagbench.ui.dashboard.internal;

import org.eclipse.core.runtime.Platform;

/**
 * Tagbench's user preferences, kept in the instance scope under the node {@code org.tagbench.ui} so every
 * Tagbench bundle reads them with {@code Platform.getPreferencesService()} without depending on this bundle.
 */
public final class DashboardPreferences {

	/** The preference node (qualifier). */
	public static final String NODE = "org.tagbench.ui";
	/** Who labels: recorded as the author of each annotation. */
	public static final String LABELER_NAME = "labelerName";
	/** Images per row when a grid of items is labeled at once. */
	public static final String GRID_SIZE = "gridSize";
	/** Items read ahead: the page size of item lists and the labeling queue's look-ahead. */
	public static final String PREFETCH_COUNT = "prefetchCount";

	public static final int DEFAULT_GRID_SIZE = 4;
	public static final int DEFAULT_PREFETCH_COUNT = 200;

	private DashboardPreferences() {
	}

	/** The operating-system user, the labeler unless the preference says otherwise. */
	public static String defaultLabelerName() {
		String user = System.getProperty("user.name");
		return user == null || user.isBlank() ? "unknown" : user;
	}

	public static String labelerName() {
		String name = Platform.getPreferencesService().getString(NODE, LABELER_NAME, defaultLabelerName(), null);
		return name.isBlank() ? defaultLabelerName() : name.trim();
	}

	public static int gridSize() {
		return clamp(Platform.getPreferencesService().getInt(NODE, GRID_SIZE, DEFAULT_GRID_SIZE, null), 1, 10);
	}

	public static int prefetchCount() {
		return clamp(Platform.getPreferencesService().getInt(NODE, PREFETCH_COUNT, DEFAULT_PREFETCH_COUNT, null), 10, 5000);
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}
}
