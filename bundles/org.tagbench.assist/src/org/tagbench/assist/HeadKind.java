package org.tagbench.assist;

/** How a classification head turns scores into classes. */
public enum HeadKind {
	/** One class per item: softmax over the classes, trained with cross-entropy on one-hot targets. */
	MULTI_CLASS,
	/** Any number of classes per item: one sigmoid per class, trained with per-class binary cross-entropy. */
	MULTI_LABEL
}
