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
import org.tagbench.store.StoreException;

/**
 * The pages of one labeling session: each new page holds the next items still to do (UNLABELED, IN_PROGRESS,
 * REJECTED) in the project's shuffled order that this session has not shown yet; earlier pages are kept as
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

	public PageSession(ProjectStore store) {
		this.store = store;
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
			return load(pages.get(current));
		}
		List<String> ids = unseen(tiles);
		if (ids.isEmpty()) {
			return List.of();
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
		return load(pages.get(current));
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
			shown.removeAll(pages.remove(current));
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
			pages.add(List.of(itemId));
			shown.add(itemId);
			current = pages.size() - 1;
		}
		return items;
	}

	/** The ids of the page that {@link #next} would show, without moving (for prefetching its images). */
	public List<String> peekNext(int tiles) throws StoreException {
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
		for (ItemQuery query : List.of(ItemQuery.all().statuses(TO_DO), ItemQuery.withStatus(ItemStatus.SKIPPED))) {
			boolean skipped = !query.statuses().containsAll(TO_DO);
			unseenWereSkipped = skipped;
			Set<String> seen = skipped ? returned : shown;
			long offset = 0;
			int batch = Math.max(64, tiles * 4);
			while (ids.size() < tiles) {
				List<ItemSummary> rows = store.items(query, offset, batch);
				for (ItemSummary row : rows) {
					if (!seen.contains(row.id()) && ids.size() < tiles) {
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
