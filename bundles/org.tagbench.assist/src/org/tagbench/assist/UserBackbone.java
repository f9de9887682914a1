package org.tagbench.assist;

import java.nio.file.Path;
import java.util.Optional;

import org.tagbench.assist.internal.AssistPreferences;
import org.tagbench.assist.internal.SavedModelFeatureExtractor;

/**
 * The user-supplied SavedModel backbone, set in the workspace preferences of this bundle (node
 * {@value #NODE}: {@value #FOLDER_KEY} = the SavedModel folder, {@value #RANGE_KEY} = the pixel range it expects,
 * {@link InputRange#label()}). Outside OSGi (benchmarks) the system properties {@value #FOLDER_PROPERTY} and
 * {@value #RANGE_PROPERTY} take their place. {@link FeatureExtractors#available()} lists it when it can be read.
 */
public final class UserBackbone {

	public static final String NODE = "org.tagbench.assist";
	public static final String FOLDER_KEY = "savedModelBackbone";
	public static final String RANGE_KEY = "savedModelInputRange";
	public static final String FOLDER_PROPERTY = "tagbench.assist.savedModel";
	public static final String RANGE_PROPERTY = "tagbench.assist.savedModelInputRange";

	private static SavedModelFeatureExtractor cached;

	private UserBackbone() {
	}

	/** The configured folder, if any. */
	public static Optional<Path> folder() {
		String folder = setting(FOLDER_KEY, FOLDER_PROPERTY);
		return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder.strip()));
	}

	/** Sets (or, with null, clears) the folder and range in the instance preferences and saves them. */
	public static void configure(Path folder, InputRange range) throws AssistException {
		AssistPreferences.put(NODE, FOLDER_KEY, folder == null ? null : folder.toString(), RANGE_KEY, range.label());
	}

	/**
	 * The configured backbone (empty when none is configured); throws with a message naming the folder when it is
	 * missing, is not a SavedModel or has no usable signature. The same instance while the settings and the
	 * SavedModel stay the same.
	 */
	public static synchronized Optional<FeatureExtractor> current() throws AssistException {
		Optional<Path> folder = folder();
		if (folder.isEmpty()) {
			return Optional.empty();
		}
		SavedModelFeatureExtractor opened = SavedModelFeatureExtractor.open(folder.get(),
				InputRange.parse(setting(RANGE_KEY, RANGE_PROPERTY)));
		if (cached != null && cached.id().equals(opened.id())) {
			return Optional.of(cached);
		}
		if (cached != null) {
			cached.close();
		}
		cached = opened;
		return Optional.of(opened);
	}

	/** The configured backbone's label, or empty when none is configured or it cannot be used. */
	public static String currentLabel() {
		try {
			return current().map(FeatureExtractor::label).orElse("");
		} catch (AssistException e) {
			return "";
		}
	}

	/** Why the configured backbone cannot be used, if it cannot. */
	public static Optional<String> problem() {
		try {
			current();
			return Optional.empty();
		} catch (AssistException e) {
			return Optional.of(e.getMessage());
		}
	}

	private static String setting(String key, String property) {
		String value = System.getProperty(property);
		if (value != null) {
			return value;
		}
		try {
			return AssistPreferences.get(NODE, key);
		} catch (RuntimeException | LinkageError e) {
			return null; // outside OSGi there are no instance preferences
		}
	}
}
