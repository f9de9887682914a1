package org.tagbench.store;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The items one labeling session (one editor) holds: an item being labeled is reserved for its labeler until
 * it is submitted, skipped or left, or until the reservation runs out (the timeout the session was opened
 * with; a live session renews its reservations by itself). Other sessions on the same project, in this process
 * or another, are not handed a reserved item. Reservations never block a commit: a label committed after its
 * reservation ran out is stored all the same.
 * <p>
 * Made by {@link ProjectStore#reservations}; closing the session gives back what it still holds.
 * </p>
 */
public interface Reservations extends AutoCloseable {

	/** Who holds this session's reservations (shown to other labelers). */
	String labeler();

	/**
	 * Reserves the item for this session: true when it was free, its reservation had run out, or it was this
	 * session's already (then renewed); false when another session holds it.
	 */
	boolean reserve(String itemId) throws StoreException;

	/** Gives the item back (nothing happens when this session does not hold it). */
	void release(String itemId) throws StoreException;

	/** The items another session holds now (reservations that have not run out). */
	Set<String> heldByOthers() throws StoreException;

	/** Gives back everything this session holds and stops renewing. */
	@Override
	void close() throws StoreException;

	/**
	 * Reserves and returns the first item matching {@code query} in the project's order that is not in
	 * {@code exclude} and not held by another session; empty when there is none.
	 */
	default Optional<String> reserveNext(ProjectStore store, ItemQuery query, Set<String> exclude) throws StoreException {
		Set<String> others = heldByOthers();
		int page = Math.max(64, exclude.size() + others.size() + 1);
		for (long offset = 0;; offset += page) {
			List<ItemSummary> rows = store.items(query, offset, page);
			for (ItemSummary row : rows) {
				if (!exclude.contains(row.id()) && !others.contains(row.id()) && reserve(row.id())) {
					return Optional.of(row.id());
				}
			}
			if (rows.size() < page) {
				return Optional.empty();
			}
		}
	}

	/** Reservations of a store that is never shared: every item is free for the one session. */
	static Reservations unshared(String labeler) {
		Set<String> held = new HashSet<>();
		return new Reservations() {
			@Override
			public String labeler() {
				return labeler;
			}

			@Override
			public synchronized boolean reserve(String itemId) {
				held.add(itemId);
				return true;
			}

			@Override
			public synchronized void release(String itemId) {
				held.remove(itemId);
			}

			@Override
			public Set<String> heldByOthers() {
				return Set.of();
			}

			@Override
			public synchronized void close() {
				held.clear();
			}
		};
	}
}
