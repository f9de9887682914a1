package org.tagbench.store;

/**
 * One rejection of an item by a reviewer: who, when (epoch milliseconds) and the comment for the labeler (may be
 * empty). An item's notes are its review history; {@code DataItem.reviewComment} holds the latest comment only.
 */
public record ReviewNote(String author, long time, String comment) {
}
