package org.tagbench.store;

/**
 * An item handed to one labeler by a {@link TaskQueue} until {@code expiresAt} (epoch milliseconds). While
 * the lease runs, no other labeler gets the item (unless the project asks for several labelers per item).
 */
public record Lease(String itemId, String labeler, long expiresAt) {
}
