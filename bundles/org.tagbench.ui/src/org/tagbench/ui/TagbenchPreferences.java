package org.tagbench.ui;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.swt.graphics.RGB;

/**
 * Tagbench's user preferences (Window > Preferences > Tagbench), kept in the instance scope under the node
 * {@value #NODE}. Every editor reads them here; the defaults are registered by {@link Initializer}.
 */
public final class TagbenchPreferences {

	/** The preference node (qualifier). */
	public static final String NODE = "org.tagbench.ui";
	/** Who labels: recorded as the author of each annotation. */
	public static final String LABELER_NAME = "labelerName";
	/** Items read ahead: the page size of item lists and the labeling queue's look-ahead. */
	public static final String PREFETCH_COUNT = "prefetchCount";
	/** Behind images in the labeling editors ("r,g,b"). */
	public static final String BACKGROUND_COLOUR = "backgroundColour";
	/** Frame of selected images and annotations in the labeling editors ("r,g,b"). */
	public static final String SELECTION_COLOUR = "selectionColour";

	/** Project folders removed from the Projects view's list (one absolute path a line); their data stays. */
	public static final String HIDDEN_PROJECTS = "hiddenProjects";

	/** Minutes an item being labeled stays reserved for its labeler without the editor renewing it. */
	public static final String RESERVATION_MINUTES = "reservationMinutes";
	public static final int DEFAULT_RESERVATION_MINUTES = 10;
	public static final int MIN_RESERVATION_MINUTES = 1;
	public static final int MAX_RESERVATION_MINUTES = 1440;

	public static final int DEFAULT_PREFETCH_COUNT = 200;
	public static final int MIN_PREFETCH_COUNT = 10;
	public static final int MAX_PREFETCH_COUNT = 5000;
	public static final RGB DEFAULT_BACKGROUND = new RGB(48, 48, 52);
	public static final RGB DEFAULT_SELECTION = new RGB(53, 132, 228);

	private TagbenchPreferences() {
	}

	/** The operating-system user, the labeler unless the preference says otherwise. */
	public static String defaultLabelerName() {
		String user = System.getProperty("user.name");
		return user == null || user.isBlank() ? "unknown" : user;
	}

	/** The labeler's name, never blank. */
	public static String labelerName() {
		String name = Platform.getPreferencesService().getString(NODE, LABELER_NAME, defaultLabelerName(), null);
		return name.isBlank() ? defaultLabelerName() : name.trim();
	}

	public static int prefetchCount() {
		int count = Platform.getPreferencesService().getInt(NODE, PREFETCH_COUNT, DEFAULT_PREFETCH_COUNT, null);
		return Math.max(MIN_PREFETCH_COUNT, Math.min(MAX_PREFETCH_COUNT, count));
	}

	/** How long a folder project's reservation runs when its editor stops renewing it (a crash, a lost network share). */
	public static java.time.Duration reservationTimeout() {
		int minutes = Platform.getPreferencesService().getInt(NODE, RESERVATION_MINUTES, DEFAULT_RESERVATION_MINUTES, null);
		return java.time.Duration.ofMinutes(Math.max(MIN_RESERVATION_MINUTES, Math.min(MAX_RESERVATION_MINUTES, minutes)));
	}

	public static RGB backgroundColour() {
		return colour(BACKGROUND_COLOUR, DEFAULT_BACKGROUND);
	}

	public static RGB selectionColour() {
		return colour(SELECTION_COLOUR, DEFAULT_SELECTION);
	}

	/** The project folders removed from the Projects view's list. */
	public static java.util.Set<java.nio.file.Path> hiddenProjects() {
		String value = Platform.getPreferencesService().getString(NODE, HIDDEN_PROJECTS, "", null);
		java.util.Set<java.nio.file.Path> folders = new java.util.LinkedHashSet<>();
		for (String line : value.split("\n")) {
			if (!line.isBlank()) {
				folders.add(java.nio.file.Path.of(line.strip()));
			}
		}
		return folders;
	}

	/** Removes folders from the Projects view's list, or (hidden = false) puts them back; nothing on disk changes. */
	public static void setHidden(java.util.Collection<java.nio.file.Path> folders, boolean hidden) {
		java.util.Set<java.nio.file.Path> all = hiddenProjects();
		for (java.nio.file.Path folder : folders) {
			if (hidden) {
				all.add(folder.toAbsolutePath().normalize());
			} else {
				all.remove(folder.toAbsolutePath().normalize());
			}
		}
		IEclipsePreferences node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(NODE);
		node.put(HIDDEN_PROJECTS, String.join("\n", all.stream().map(java.nio.file.Path::toString).toList()));
		try {
			node.flush();
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			org.eclipse.core.runtime.ILog.of(TagbenchPreferences.class).warn("Cannot save the hidden projects: " + e.getMessage());
		}
	}

	/** A damaged value falls back to the default rather than failing a paint. */
	private static RGB colour(String key, RGB fallback) {
		String value = Platform.getPreferencesService().getString(NODE, key, null, null);
		return value == null ? fallback : StringConverter.asRGB(value, fallback);
	}

	/** Registered in plugin.xml: the default values, so the preference page's "Restore Defaults" shows them. */
	public static final class Initializer extends AbstractPreferenceInitializer {
		@Override
		public void initializeDefaultPreferences() {
			IEclipsePreferences node = DefaultScope.INSTANCE.getNode(NODE);
			node.put(LABELER_NAME, defaultLabelerName());
			node.putInt(PREFETCH_COUNT, DEFAULT_PREFETCH_COUNT);
			node.putInt(RESERVATION_MINUTES, DEFAULT_RESERVATION_MINUTES);
			node.put(BACKGROUND_COLOUR, StringConverter.asString(DEFAULT_BACKGROUND));
			node.put(SELECTION_COLOUR, StringConverter.asString(DEFAULT_SELECTION));
		}
	}
}
