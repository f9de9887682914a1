package org.tagbench.ui.classification.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.Reservations;
import org.tagbench.store.StoreException;

/**
 * The pages of one labeling session: each new page holds the next items still to do (UNLABELED, IN_PROGRESS,
 * REJECTED) in the project's shuffled order that this session has not shown yet and no other editor holds (the
 * shown page's items are reserved, see {@link Reservations}); earlier pages are kept as
 * lists of item ids for Back and Forward and are read again from the store when shown (so they show what was
 * committed). Plain Java over {@link ProjectStore}: no UI.
 */
public final class PageSession {

	/** Statuses of items still to label. */
	public static final Set<ItemStatus> TO_DO = EnumSet.of(ItemStatus.UNLABELED, ItemStatus.IN_PROGRESS,
			ItemStatus.REJECTED);

	private final ProjectStore store;
	private final List<List<String>> pages = new ArrayList<>();
	private final Set<String> shown = new HashSet<>();
	/** Skipped items put on a page again after everything else was shown (each once per session). */
	private final Set<String> returned = new HashSet<>();
	/** Whether the last {@link #unseen} found skipped items (nothing else was left). */
	private boolean unseenWereSkipped;
	private int current = -1;
	/** Arranges a window of candidates into pages (the assist's clustering); null: project order. */
	private BiFunction<List<String>, Integer, List<List<String>>> ordering;
	/** Pages the ordering made and that were not shown yet. */
	private final Deque<List<String>> planned = new ArrayDeque<>();

	/** How many pages' worth of candidates the ordering gets at once (clustering cost grows with its square). */
	static final int WINDOW_PAGES = 24;

	/** Team mode: new pages are leased from the server's queue (page size, ids to skip → ids); null otherwise. */
	@FunctionalInterface
	public interface Leaser {
		List<String> lease(int count, Set<String> skip) throws StoreException;
	}

	private final Leaser leaser;

	/** The items of the shown page are held here, so that other editors on the project skip them. */
	private final Reservations reservations;
	private final Set<String> held = new HashSet<>();

	public PageSession(ProjectStore store) {
		this(store, Reservations.unshared("labeler"), null);
	}

	/** @param leaser where new pages come from in team mode (the server's queue: its leases hold the items) */
	public PageSession(ProjectStore store, Leaser leaser) {
		this(store, Reservations.unshared("labeler"), leaser);
	}

	public PageSession(ProjectStore store, Reservations reservations) {
		this(store, reservations, null);
	}

	private PageSession(ProjectStore store, Reservations reservations, Leaser leaser) {
		this.store = store;
		this.reservations = reservations;
		this.leaser = leaser;
	}

	/**
	 * Holds the items of the page about to be shown and gives back those of the page left. Items of a new
	 * page that another editor took meanwhile are left out of it (only then: an earlier page is shown whole).
	 */
	private List<String> hold(List<String> page, boolean dropTaken) throws StoreException {
		for (String id : List.copyOf(held)) {
			if (!page.contains(id)) {
				reservations.release(id);
				held.remove(id);
			}
		}
		List<String> kept = new ArrayList<>();
		for (String id : page) {
			if (reservations.reserve(id)) {
				held.add(id);
				kept.add(id);
			} else if (!dropTaken) {
				kept.add(id);
			}
		}
		return kept;
	}

	/**
	 * New pages come from {@code ordering}: it gets the next items to do (ids, project order) and the page
	 * size and returns pages of them, or an empty list for the project's order.
	 */
	public void setOrdering(BiFunction<List<String>, Integer, List<List<String>>> ordering) {
		this.ordering = ordering;
		planned.clear();
	}

	/** 1-based number of the shown page in this session; 0 before the first. */
	public int pageNumber() {
		return current + 1;
	}

	public int pageCount() {
		return pages.size();
	}

	public boolean canGoBack() {
		return current > 0;
	}

	public boolean canGoForward() {
		return current < pages.size() - 1;
	}

	/** Whether the shown page is the newest of the session (new items come after it). */
	public boolean isNewest() {
		return current == pages.size() - 1;
	}

	/**
	 * The page after the shown one: the next page of the history, or a new page of up to {@code tiles} items
	 * still to do. Empty when nothing is left; the shown page then stays current.
	 */
	public List<DataItem> next(int tiles) throws StoreException {
		if (canGoForward()) {
			current++;
			return load(hold(pages.get(current), false));
		}
		List<String> ids = unseen(tiles);
		if (ids.isEmpty()) {
			return List.of();
		}
		ids = hold(ids, true);
		if (ids.isEmpty()) {
			return next(tiles); // all taken by another editor between the look-up and the reservation
		}
		pages.add(ids);
		if (unseenWereSkipped) {
			returned.addAll(ids); // a page of skipped items coming back: once per session
		}
		shown.addAll(ids);
		current = pages.size() - 1;
		return load(ids);
	}

	public List<DataItem> back() throws StoreException {
		if (!canGoBack()) {
			return List.of();
		}
		current--;
		return load(hold(pages.get(current), false));
	}

	/** The shown page again, read from the store. */
	public List<DataItem> reload() throws StoreException {
		return current < 0 ? List.of() : load(pages.get(current));
	}

	/**
	 * Forgets the newest page (its items count as not shown again), so that it can be built anew with another
	 * number of tiles. Only when the shown page is the newest.
	 */
	public void dropNewest() {
		if (current >= 0 && isNewest()) {
			List<String> dropped = pages.remove(current);
			shown.removeAll(dropped);
			for (String id : dropped) {
				if (held.remove(id)) {
					try {
						reservations.release(id);
					} catch (StoreException e) {
						// it runs out by itself
					}
				}
			}
			current--;
		}
	}

	/**
	 * A new page, after every other, holding only the given item (Edit from the review list), whatever its status;
	 * empty when the store has no such item.
	 */
	public List<DataItem> jumpTo(String itemId) throws StoreException {
		List<DataItem> items = load(List.of(itemId));
		if (!items.isEmpty()) {
			hold(List.of(itemId), false);
			pages.add(List.of(itemId));
			shown.add(itemId);
			current = pages.size() - 1;
		}
		return items;
	}

	/**
	 * The ids of the page that {@link #next} would show, without moving (for prefetching its images); in team mode
	 * only pages of the history (new ones are leased when shown).
	 */
	public List<String> peekNext(int tiles) throws StoreException {
		if (!canGoForward() && leaser != null) {
			return List.of(); // team mode: the next page is leased when it is shown, not to prefetch it
		}
		return canGoForward() ? pages.get(current + 1) : unseen(tiles);
	}

	/** Reads items by id; an item that has disappeared from the store is left out. */
	public List<DataItem> load(List<String> ids) throws StoreException {
		List<DataItem> items = new ArrayList<>();
		for (String id : ids) {
			Optional<DataItem> item = store.item(id);
			item.ifPresent(items::add);
		}
		return items;
	}

	/** Items still to do not shown yet; when none is left, the skipped ones come back (at the end). */
	private List<String> unseen(int tiles) throws StoreException {
		if (leaser != null) {
			return leaser.lease(tiles, shown);
		}
		if (ordering != null) {
			List<String> page = plannedPage(tiles);
			if (page != null) {
				return page;
			}
		}
		return inOrder(tiles);
	}

	/** The first planned page that is still unseen and full; plans the next window once when none is. */
	private List<String> plannedPage(int tiles) throws StoreException {
		for (int attempt = 0; attempt < 2; attempt++) {
			while (!planned.isEmpty()) {
				List<String> head = planned.peekFirst();
				if (head.size() == tiles && head.stream().noneMatch(shown::contains)) {
					return head;
				}
				planned.removeFirst(); // shown already, or made for another grid size
			}
			if (attempt == 0) {
				List<String> candidates = inOrder(tiles * WINDOW_PAGES);
				if (candidates.size() < 2 * tiles) {
					return null; // too few left to be worth grouping
				}
				List<List<String>> pages = ordering.apply(candidates, tiles);
				if (pages == null || pages.isEmpty()) {
					return null;
				}
				// short pages are dropped: their items come back in the next window
				pages.stream().filter(p -> p.size() == tiles).forEach(planned::addLast);
			}
		}
		return null;
	}

	private List<String> inOrder(int tiles) throws StoreException {
		List<String> ids = new ArrayList<>();
		Set<String> others = reservations.heldByOthers();
		for (ItemQuery query : List.of(ItemQuery.all().statuses(TO_DO), ItemQuery.withStatus(ItemStatus.SKIPPED))) {
			boolean skipped = !query.statuses().containsAll(TO_DO);
			unseenWereSkipped = skipped;
			Set<String> seen = skipped ? returned : shown;
			long offset = 0;
			int batch = Math.max(64, tiles * 4);
			while (ids.size() < tiles) {
				List<ItemSummary> rows = store.items(query, offset, batch);
				for (ItemSummary row : rows) {
					if (!seen.contains(row.id()) && !others.contains(row.id()) && ids.size() < tiles) {
						ids.add(row.id());
					}
				}
				if (rows.size() < batch) {
					break;
				}
				offset += batch;
			}
			if (!ids.isEmpty()) {
				return ids; // a page never mixes to-do and skipped items
			}
			if (skipped) {
				break;
			}
		}
		return ids;
	}
}
