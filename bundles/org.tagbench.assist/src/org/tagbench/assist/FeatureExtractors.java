package org.tagbench.assist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.tagbench.assist.internal.PyramidFeatureExtractor;

/** Finds the feature extractors (backbones) registered as OSGi services. */
public final class FeatureExtractors {

	/** The weight-free extractor every installation has. */
	public static final String BUILT_IN_ID = PyramidFeatureExtractor.ID;
	/** A project's backbone choice meaning "the user's SavedModel backbone" ({@link UserBackbone}), whatever its id. */
	public static final String USER_SAVED_MODEL = "savedmodel";
	/** The file in a project's assist folder that holds its backbone choice (an extractor id or {@link #USER_SAVED_MODEL}). */
	public static final String CHOICE_FILE = "backbone";

	private FeatureExtractors() {
	}

	/**
	 * Every registered extractor, highest service ranking first (outside OSGi, only the built-in one), then the
	 * user's SavedModel backbone ({@link UserBackbone}) when one is configured and readable.
	 */
	public static List<FeatureExtractor> available() {
		List<FeatureExtractor> result = new ArrayList<>(registered());
		try {
			UserBackbone.current().ifPresent(result::add);
		} catch (AssistException e) {
			// not offered; UserBackbone.problem() tells why
		}
		return result;
	}

	private static List<FeatureExtractor> registered() {
		BundleContext context = context();
		if (context == null) {
			return List.of(builtIn());
		}
		List<FeatureExtractor> result = new ArrayList<>();
		try {
			for (ServiceReference<FeatureExtractor> reference : context.getServiceReferences(FeatureExtractor.class, null)) {
				FeatureExtractor extractor = context.getService(reference);
				if (extractor != null) {
					result.add(extractor);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e); // a null filter is always valid
		}
		return result;
	}

	/** The extractor with this id, if one is registered. */
	public static Optional<FeatureExtractor> find(String id) {
		return available().stream().filter(e -> e.id().equals(id)).findFirst();
	}

	/** The backbone chosen for the project whose assist folder this is; empty: automatic. */
	public static Optional<String> chosen(Path assistFolder) throws AssistException {
		Path file = assistFolder.resolve(CHOICE_FILE);
		try {
			if (!Files.isRegularFile(file)) {
				return Optional.empty();
			}
			String id = Files.readString(file, StandardCharsets.UTF_8).strip();
			return id.isEmpty() ? Optional.empty() : Optional.of(id);
		} catch (IOException e) {
			throw new AssistException("Could not read the backbone choice " + file + ": " + e.getMessage(), e);
		}
	}

	/** Records the project's backbone choice (null: automatic); the next training uses it. */
	public static void choose(Path assistFolder, String id) throws AssistException {
		Path file = assistFolder.resolve(CHOICE_FILE);
		try {
			if (id == null) {
				Files.deleteIfExists(file);
			} else {
				Files.createDirectories(assistFolder);
				Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			throw new AssistException("Could not write the backbone choice " + file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The backbone to train with: the project's choice (a clear error when it is not available), else the
	 * previous model's ({@code previousId}, may be null), else the built-in one, else any.
	 */
	public static FeatureExtractor forTraining(Path assistFolder, String previousId) throws AssistException {
		Optional<String> choice = chosen(assistFolder);
		if (choice.isPresent() && choice.get().equals(USER_SAVED_MODEL)) {
			return UserBackbone.current().orElseThrow(() -> new AssistException(
					"This project uses the SavedModel backbone, but none is set in the preferences (Tagbench → ML Assist)."));
		}
		if (choice.isPresent()) {
			return find(choice.get()).orElseThrow(() -> new AssistException("The backbone " + choice.get()
					+ " chosen for this project is not installed; choose another in the assist panel."));
		}
		if (previousId != null) {
			Optional<FeatureExtractor> same = find(previousId);
			if (same.isPresent()) {
				return same.get();
			}
		}
		return find(BUILT_IN_ID).or(() -> available().stream().findFirst())
				.orElseThrow(() -> new AssistException("No feature extractor is installed: install the Tagbench ML Assist feature."));
	}

	/** A new built-in extractor, for use outside OSGi (benchmarks, command-line tools). */
	public static FeatureExtractor builtIn() {
		return new PyramidFeatureExtractor();
	}

	private static BundleContext context() {
		Bundle bundle = FrameworkUtil.getBundle(FeatureExtractors.class);
		return bundle == null ? null : bundle.getBundleContext();
	}
}
