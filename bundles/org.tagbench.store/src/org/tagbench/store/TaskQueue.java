package org.tagbench.store;

import java.time.Duration;
import java.util.ArrayList;
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

	/**
	 * What a commit did. {@code alreadyStored}: an earlier attempt with the same id had stored it (nothing stored now;
	 * the rest as that attempt recorded it).
	 * The rest concerns other people's labels on the item, which a labeler may not change (a shared store without
	 * consensus, say an item a reviewer sent back holding another labeler's labels): {@code keptAsCopies} of them the
	 * labeler changed were stored as the labeler's own labels beside the originals, which stay; {@code removalsRefused}
	 * of them the labeler removed are still on the item; {@code otherAuthors} are whose labels those were. Everything
	 * else the labeler committed was stored.
	 */
	record CommitOutcome(boolean alreadyStored, int keptAsCopies, int removalsRefused, List<String> otherAuthors) {

		/** Stored now, every change as the labeler made it. */
		public static final CommitOutcome STORED = new CommitOutcome(false, 0, 0, List.of());
		/** Stored by an earlier attempt with the same commit id. */
		public static final CommitOutcome ALREADY_STORED = new CommitOutcome(true, 0, 0, List.of());

		public CommitOutcome {
			otherAuthors = List.copyOf(otherAuthors);
		}

		/** Stored now; {@code keptAsCopies} and {@code removalsRefused} of the labeler's changes to others' labels not as made. */
		public static CommitOutcome stored(int keptAsCopies, int removalsRefused, List<String> otherAuthors) {
			return keptAsCopies == 0 && removalsRefused == 0 ? STORED
					: new CommitOutcome(false, keptAsCopies, removalsRefused, otherAuthors);
		}

		/** Whether some of the labeler's changes to other people's labels were not stored as made. */
		public boolean leftOthersLabels() {
			return keptAsCopies > 0 || removalsRefused > 0;
		}

		/**
		 * What happened to the labeler's changes to other people's labels on {@code itemPath}, for the labeler to read
		 * (null when nothing of the kind happened).
		 */
		public String othersLabelsMessage(String itemPath) {
			if (!leftOthersLabels()) {
				return null;
			}
			List<String> what = new ArrayList<>();
			if (keptAsCopies > 0) {
				what.add(labels(keptAsCopies) + " you changed " + (keptAsCopies == 1 ? "was" : "were")
						+ " stored as your own beside the original" + (keptAsCopies == 1 ? "" : "s"));
			}
			if (removalsRefused > 0) {
				what.add(labels(removalsRefused) + " you removed " + (removalsRefused == 1 ? "is" : "are")
						+ " still on the item");
			}
			String whose = otherAuthors.isEmpty() ? "other people" : String.join(", ", otherAuthors);
			return "Committed " + itemPath + ", but the labels of " + whose + " there are not yours to change: "
					+ String.join("; ", what) + ". A reviewer can correct or remove them.";
		}

		private static String labels(int count) {
			return count == 1 ? "1 label" : count + " labels";
		}
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
