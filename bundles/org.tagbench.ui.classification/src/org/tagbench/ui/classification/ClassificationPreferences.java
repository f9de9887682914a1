package org.tagbench.ui.classification;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/** Preferences of the classification editor (instance scope, node {@value #NODE}). */
public final class ClassificationPreferences {

	public static final String NODE = "org.tagbench.ui.classification";

	/** Images per page of a newly opened editor: 1, 4, 6 or 9. */
	public static final String GRID_SIZE = "gridSize";

	public static final int DEFAULT_GRID_SIZE = 4;

	private ClassificationPreferences() {
	}

	/** The preferred grid; a damaged value falls back to the default. */
	public static GridSize gridSize() {
		int tiles = Platform.getPreferencesService().getInt(NODE, GRID_SIZE, DEFAULT_GRID_SIZE, null);
		return GridSize.ofTiles(tiles).orElse(GridSize.ofTiles(DEFAULT_GRID_SIZE).orElseThrow());
	}

	/** Registered in plugin.xml: the default values. */
	public static final class Initializer extends AbstractPreferenceInitializer {
		@Override
		public void initializeDefaultPreferences() {
			DefaultScope.INSTANCE.getNode(NODE).putInt(GRID_SIZE, DEFAULT_GRID_SIZE);
		}
	}
}
