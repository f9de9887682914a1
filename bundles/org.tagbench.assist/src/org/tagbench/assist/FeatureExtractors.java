package org.tagbench.assist;

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

	private FeatureExtractors() {
	}

	/** Every registered extractor, highest service ranking first; outside OSGi, only the built-in one. */
	public static List<FeatureExtractor> available() {
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

	/** A new built-in extractor, for use outside OSGi (benchmarks, command-line tools). */
	public static FeatureExtractor builtIn() {
		return new PyramidFeatureExtractor();
	}

	private static BundleContext context() {
		Bundle bundle = FrameworkUtil.getBundle(FeatureExtractors.class);
		return bundle == null ? null : bundle.getBundleContext();
	}
}
