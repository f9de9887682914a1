package org.tagbench.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;

/**
 * The {@link TaskQueue} of a store with one labeler: leases live in memory for the session (and, given
 * {@link Reservations}, are reserved there too, so other sessions skip them), the next items are the unlabeled
 * ones in the project's order that no other session holds, and a commit is {@link ProjectStore#commit}, which
 * replaces the item's state and is therefore harmless to repeat. Commit ids seen in this session are
 * remembered so that a repeated commit reports {@link CommitOutcome#ALREADY_STORED}.
 */
public final class SingleUserQueue implements TaskQueue {

	private static final int REMEMBERED_COMMITS = 10_000;

	private final ProjectStore store;
	private final String labeler;
	private final Map<String, Lease> leases = new LinkedHashMap<>();
	private final Set<String> commitIds = Collections.newSetFromMap(new LinkedHashMap<>() {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > REMEMBERED_COMMITS;
		}
	});

	/** Items other sessions hold are not leased (a folder store's reservations are seen by every process). */
	private final Reservations reservations;

	public SingleUserQueue(ProjectStore store, String labeler) {
		this(store, Reservations.unshared(labeler));
	}

	/** A queue whose leases are also reservations of {@code reservations}, which it closes never. */
	public SingleUserQueue(ProjectStore store, Reservations reservations) {
		this.store = store;
		this.labeler = reservations.labeler();
		this.reservations = reservations;
	}

	@Override
	public String labeler() {
		return labeler;
	}

	@Override
	public synchronized List<Lease> lease(int count, Duration duration) throws StoreException {
		long expires = System.currentTimeMillis() + duration.toMillis();
		List<Lease> result = new ArrayList<>();
		for (String itemId : List.copyOf(leases.keySet())) {
			if (result.size() < count) {
				Lease renewed = new Lease(itemId, labeler, expires);
				leases.put(itemId, renewed);
				result.add(renewed);
			}
		}
		Set<String> others = result.size() < count ? reservations.heldByOthers() : Set.of();
		long offset = 0;
		int page = Math.max(count * 2, 50);
		while (result.size() < count) {
			List<ItemSummary> rows = store.items(ItemQuery.withStatus(ItemStatus.UNLABELED), offset, page);
			for (ItemSummary row : rows) {
				if (result.size() < count && !row.missing() && !leases.containsKey(row.id())
						&& !others.contains(row.id()) && reservations.reserve(row.id())) {
					Lease lease = new Lease(row.id(), labeler, expires);
					leases.put(row.id(), lease);
					result.add(lease);
				}
			}
			if (rows.size() < page) {
				break;
			}
			offset += page;
		}
		return result;
	}

	@Override
	public synchronized void release(Lease lease) throws StoreException {
		leases.remove(lease.itemId());
		reservations.release(lease.itemId());
	}

	@Override
	public synchronized CommitOutcome commit(Lease lease, DataItem item, String commitId) throws StoreException {
		if (commitIds.contains(commitId)) {
			return CommitOutcome.ALREADY_STORED;
		}
		if (!lease.itemId().equals(item.getId())) {
			throw new StoreException("The lease is for item " + lease.itemId() + ", not for " + item.getId());
		}
		store.commit(item);
		commitIds.add(commitId);
		leases.remove(lease.itemId());
		reservations.release(lease.itemId());
		return CommitOutcome.STORED;
	}
}
