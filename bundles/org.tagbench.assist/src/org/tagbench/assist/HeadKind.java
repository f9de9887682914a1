package org.tagbench.assist;

/** How a classification head turns scores into classes. */
public enum HeadKind {
	/** One class per item: softmax over the classes, trained with cross-entropy on one-hot targets. */
	MULTI_CLASS,
	/** Any number of classes per item: one sigmoid per class, trained with per-class binary cross-entropy. */
	MULTI_LABEL,
	/**
	 * Boxes (bounding-box projects): a softmax over the classes plus background on proposal crops
	 * ({@link BoxDetection}); the model's {@code classIds} are the project's classes, the last output is background.
	 */
	BOXES
}
