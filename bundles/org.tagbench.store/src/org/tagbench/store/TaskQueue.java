package org.tagbench.store;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.tagbench.model.DataItem;

/**
 * The labeling queue of one labeler (team mode, issue #7): items are leased, labeled and committed.
 * <p>
 * A lease keeps an item away from other labelers until it expires; a labeler who disappears loses their
 * leases when they run out. A commit carries an id made by the client (e.g. a random UUID made once per
 * commit, before the first attempt), so a commit retried after a network error is stored once.
 * </p>
 * <p>
 * A shared store (PostgreSQL) hands each item to as many labelers as the project's labelers-per-item
 * setting (consensus), never more; the embedded store has one labeler and implements it with
 * {@link SingleUserQueue}.
 * </p>
 */
public interface TaskQueue {

	/** Whether a commit was stored now or had been stored by an earlier attempt with the same id. */
	enum CommitOutcome {
		STORED, ALREADY_STORED
	}

	/** Who labels through this queue: the database user of a shared store, the system user otherwise. */
	String labeler();

	/**
	 * Leases up to {@code count} items for {@code duration}: the labeler's running leases first (renewed),
	 * then the next free items in the project's order.
	 */
	List<Lease> lease(int count, Duration duration) throws StoreException;

	/** Gives a leased, uncommitted item back to the queue. */
	void release(Lease lease) throws StoreException;

	/**
	 * Stores the labeler's annotations and status for a leased item. Retrying with the same
	 * {@code commitId} after an error stores nothing twice.
	 *
	 * @throws StoreException when the lease ran out and the item went to someone else (nothing is stored)
	 */
	CommitOutcome commit(Lease lease, DataItem item, String commitId) throws StoreException;

	/**
	 * Of {@code itemIds}, those this labeler lost: they hold no running lease on them and other labelers committed them
	 * (as many as the project asks for), so a commit of this labeler's would be refused. By item id, who committed
	 * them. A queue with one labeler loses nothing (the default).
	 */
	default Map<String, List<String>> committedByOthers(Collection<String> itemIds) throws StoreException {
		return Map.of();
	}
}
