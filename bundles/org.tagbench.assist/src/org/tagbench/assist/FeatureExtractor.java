package org.tagbench.assist;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A backbone: turns images into fixed-length feature vectors (embeddings) that classification heads are
 * trained on and clustering compares.
 * <p>
 * Contributed as OSGi services (declarative services); {@link FeatureExtractors} lists them. The
 * built-in one ({@value FeatureExtractors#BUILT_IN_ID}) needs no weights. Implementations must be safe to
 * call from several jobs (they may serialize the calls).
 * </p>
 */
public interface FeatureExtractor {

	/** Stable id, stored with each model so its features are never mixed with another extractor's. */
	String id();

	/** Name for people. */
	String label();

	/** Length of every feature vector. */
	int dimension();

	/**
	 * How many images {@link #extract} should get per call for good throughput (memory grows with it).
	 */
	default int preferredBatchSize() {
		return 32;
	}

	/** One feature vector per image, in order. */
	float[][] extract(List<BufferedImage> images) throws AssistException;
}
