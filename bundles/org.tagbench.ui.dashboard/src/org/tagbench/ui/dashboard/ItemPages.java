package org.tagbench.ui.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.MediaType;
import org.tagbench.store.ItemAgreement;
import org.tagbench.store.ItemLabels;
import org.tagbench.store.ItemOrder;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * The rows of a filtered, sorted item list, read from a {@link ProjectStore} a page at a time.
 * <p>
 * Only the row count and a bounded number of recently used pages are held, so a list of 500,000 items costs
 * a few pages of memory. {@link #get(long)} never waits for the store: a row whose page is not loaded yet is
 * {@code null} and its page is read on a background thread, after which the listener is told.
 * </p>
 * <p>
 * The store sorts by path, size in pixels, first class, first labeler, annotation count, agreement and best open pre-label score itself ({@link ItemOrder}, with
 * indexes). Sorting by status is made of one store query per status, in the enum's order (a "segment" each), in
 * the project's order; descending orders of those read each segment from its end and reverse the page.
 * </p>
 */
public final class ItemPages implements AutoCloseable {

	/** Orders the list can be in without reading it whole. */
	public enum Sort {
		ORDER, ORDER_DESCENDING, STATUS, STATUS_DESCENDING, PATH, PATH_DESCENDING, PIXELS, PIXELS_DESCENDING, CLASS,
		CLASS_DESCENDING, LABELER, LABELER_DESCENDING, ANNOTATIONS, ANNOTATIONS_DESCENDING, AGREEMENT,
		AGREEMENT_DESCENDING, SUGGESTION, SUGGESTION_DESCENDING;

		/** The store's order for this sort; by status the list is made of segments in the project's order. */
		ItemOrder storeOrder() {
			return switch (this) {
			case PATH -> ItemOrder.ascending(ItemOrder.Key.PATH);
			case PATH_DESCENDING -> ItemOrder.descending(ItemOrder.Key.PATH);
			case PIXELS -> ItemOrder.ascending(ItemOrder.Key.PIXELS);
			case PIXELS_DESCENDING -> ItemOrder.descending(ItemOrder.Key.PIXELS);
			case CLASS -> ItemOrder.ascending(ItemOrder.Key.CLASS);
			case CLASS_DESCENDING -> ItemOrder.descending(ItemOrder.Key.CLASS);
			case LABELER -> ItemOrder.ascending(ItemOrder.Key.LABELER);
			case LABELER_DESCENDING -> ItemOrder.descending(ItemOrder.Key.LABELER);
			case ANNOTATIONS -> ItemOrder.ascending(ItemOrder.Key.ANNOTATIONS);
			case ANNOTATIONS_DESCENDING -> ItemOrder.descending(ItemOrder.Key.ANNOTATIONS);
			case AGREEMENT -> ItemOrder.ascending(ItemOrder.Key.AGREEMENT);
			case AGREEMENT_DESCENDING -> ItemOrder.descending(ItemOrder.Key.AGREEMENT);
			case SUGGESTION -> ItemOrder.ascending(ItemOrder.Key.SUGGESTION);
			case SUGGESTION_DESCENDING -> ItemOrder.descending(ItemOrder.Key.SUGGESTION);
			default -> ItemOrder.PROJECT;
			};
		}
	}

	/**
	 * A run of rows that one store query lists in {@code order}: {@code count} rows, read backwards when
	 * {@code reversed}.
	 */
	private record Segment(ItemQuery query, ItemOrder order, long count, boolean reversed) {
	}

	/** What the list shows; immutable so a page load can tell whether it is still wanted. */
	private record View(ItemQuery query, Sort sort, Segment[] segments, long[] starts, long size) {
	}

	private final ProjectStore store;
	private final int pageSize;
	private final int maxPages;
	private final ExecutorService loader;
	private final Consumer<Long> pageLoaded;
	private volatile View view;
	private final Map<Long, List<ItemSummary>> pages;
	private final Set<Long> loading = new HashSet<>();
	/** The classes and authors of the labels of the items of the loaded pages (guarded by {@code pages}). */
	private final Map<String, ItemLabels> labels = new HashMap<>();
	/** Consensus review: the agreement of the items of the loaded pages (guarded by {@code pages}). */
	private final Map<String, ItemAgreement> agreements = new HashMap<>();
	private volatile int labelersPerItem = 1;
	/** Whether a page read so far held a DICOM item (the list then shows their header columns). */
	private volatile boolean sawDicom;

	/**
	 * @param pageSize   rows read per store call (the prefetch count)
	 * @param maxPages   pages kept; the least recently used is dropped first
	 * @param pageLoaded told (on the loader thread) the first row of each page that arrives
	 */
	public ItemPages(ProjectStore store, int pageSize, int maxPages, Consumer<Long> pageLoaded) {
		this.store = store;
		this.pageSize = Math.max(1, pageSize);
		this.maxPages = Math.max(2, maxPages);
		this.pageLoaded = pageLoaded;
		this.pages = new LinkedHashMap<>(16, 0.75f, true);
		this.loader = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "Tagbench item list pages");
			thread.setDaemon(true);
			return thread;
		});
		this.view = new View(ItemQuery.all(), Sort.ORDER, new Segment[0], new long[0], 0);
	}

	/**
	 * Shows the items matching {@code query} in the order {@code sort}: counts them (one count per status
	 * when sorting by status) and forgets every loaded page. Call it off the UI thread; it reads the store.
	 */
	public void setView(ItemQuery query, Sort sort) throws StoreException {
		labelersPerItem = store.labelersPerItem();
		List<Segment> segments = new ArrayList<>();
		switch (sort) {
		case ORDER, ORDER_DESCENDING -> segments.add(new Segment(query, ItemOrder.PROJECT, store.count(query),
				sort == Sort.ORDER_DESCENDING));
		case PATH, PATH_DESCENDING, PIXELS, PIXELS_DESCENDING, CLASS, CLASS_DESCENDING, LABELER, LABELER_DESCENDING,
				ANNOTATIONS, ANNOTATIONS_DESCENDING, AGREEMENT, AGREEMENT_DESCENDING, SUGGESTION,
				SUGGESTION_DESCENDING -> segments.add(new Segment(query, sort.storeOrder(),
				store.count(query), false));
		case STATUS, STATUS_DESCENDING -> {
			List<ItemStatus> order = new ArrayList<>(Arrays.asList(ItemStatus.values()));
			if (sort == Sort.STATUS_DESCENDING) {
				Collections.reverse(order);
			}
			for (ItemStatus status : order) {
				if (query.statuses().isEmpty() || query.statuses().contains(status)) {
					ItemQuery one = query.statuses(EnumSet.of(status));
					long count = store.count(one);
					if (count > 0) {
						segments.add(new Segment(one, ItemOrder.PROJECT, count, sort == Sort.STATUS_DESCENDING));
					}
				}
			}
		}
		}
		long[] starts = new long[segments.size()];
		long size = 0;
		for (int i = 0; i < starts.length; i++) {
			starts[i] = size;
			size += segments.get(i).count();
		}
		synchronized (pages) {
			view = new View(query, sort, segments.toArray(Segment[]::new), starts, size);
			pages.clear();
			loading.clear();
			agreements.clear();
			labels.clear();
		}
	}

	public ItemQuery query() {
		return view.query();
	}

	public Sort sort() {
		return view.sort();
	}

	/** Rows in the list. */
	public long size() {
		return view.size();
	}

	/** Row {@code row}, or null while its page is being read (then it is requested). */
	public ItemSummary get(long row) {
		View current = view;
		if (row < 0 || row >= current.size()) {
			return null;
		}
		long page = row / pageSize;
		synchronized (pages) {
			List<ItemSummary> rows = pages.get(page);
			if (rows != null) {
				int index = (int) (row - page * pageSize);
				return index < rows.size() ? rows.get(index) : null;
			}
			if (loading.add(page)) {
				loader.execute(() -> load(current, page));
			}
		}
		return null;
	}

	/** Row {@code row}, reading its page now if needed (for commands and tests, not for painting). */
	public ItemSummary getNow(long row) throws StoreException {
		View current = view;
		if (row < 0 || row >= current.size()) {
			return null;
		}
		long page = row / pageSize;
		List<ItemSummary> rows;
		synchronized (pages) {
			rows = pages.get(page);
		}
		if (rows == null) {
			rows = read(current, page);
			store(current, page, rows, agreementOf(rows), labelsOf(rows));
		}
		int index = (int) (row - page * pageSize);
		return index < rows.size() ? rows.get(index) : null;
	}

	/** Forgets loaded pages (after the store changed); the count stays until the next {@link #setView}. */
	public void invalidate() {
		synchronized (pages) {
			pages.clear();
			loading.clear();
			agreements.clear();
			labels.clear();
		}
	}

	/** How many labelers the project asks for per item (consensus when more than 1), as of the last {@link #setView}. */
	public int labelersPerItem() {
		return labelersPerItem;
	}

	/**
	 * Consensus review: who committed the item of a loaded row and whether they agree, or null (no consensus, not
	 * committed yet, or its page not loaded).
	 */
	public ItemAgreement agreement(ItemSummary item) {
		synchronized (pages) {
			return agreements.get(item.id());
		}
	}

	/**
	 * The label classes and authors of the item of a loaded row, read with its page (one store query per page);
	 * null when it has no labels or its page is not loaded.
	 */
	public ItemLabels labels(ItemSummary item) {
		synchronized (pages) {
			return labels.get(item.id());
		}
	}

	/** The labels of a page's items, for the Classes, Labelers and Suggestion columns; only items with annotations are read. */
	private Map<String, ItemLabels> labelsOf(List<ItemSummary> rows) throws StoreException {
		List<String> labeled = rows.stream().filter(row -> row.annotationCount() > 0).map(ItemSummary::id).toList();
		return labeled.isEmpty() ? Map.of() : store.labelsOf(labeled);
	}

	/** The agreement of a page's items; read only for projects with consensus. */
	private Map<String, ItemAgreement> agreementOf(List<ItemSummary> rows) throws StoreException {
		if (labelersPerItem <= 1 || rows.isEmpty()) {
			return Map.of();
		}
		return store.agreement(rows.stream().map(ItemSummary::id).toList());
	}

	/** Whether any page read so far (in any view) held a DICOM item. */
	public boolean hasDicom() {
		return sawDicom;
	}

	/** Pages held now (for tests and the benchmark). */
	public int loadedPages() {
		synchronized (pages) {
			return pages.size();
		}
	}

	private void load(View wanted, long page) {
		if (wanted != view) {
			return; // the list changed while this waited
		}
		try {
			List<ItemSummary> rows = read(wanted, page);
			if (store(wanted, page, rows, agreementOf(rows), labelsOf(rows))) {
				pageLoaded.accept(page * pageSize);
			}
		} catch (StoreException | RuntimeException e) {
			synchronized (pages) {
				loading.remove(page);
			}
			ILog.of(ItemPages.class).error("Items " + page * pageSize + "… of " + store.location() + " cannot be read", e);
		}
	}

	private boolean store(View wanted, long page, List<ItemSummary> rows, Map<String, ItemAgreement> agreement,
			Map<String, ItemLabels> pageLabels) {
		synchronized (pages) {
			if (wanted != view) {
				return false;
			}
			loading.remove(page);
			pages.put(page, rows);
			if (!sawDicom && rows.stream().anyMatch(row -> row.mediaType() == MediaType.DICOM)) {
				sawDicom = true;
			}
			agreements.putAll(agreement);
			labels.putAll(pageLabels);
			while (pages.size() > maxPages) {
				Long eldest = pages.keySet().iterator().next();
				for (ItemSummary dropped : pages.remove(eldest)) {
					agreements.remove(dropped.id());
					labels.remove(dropped.id());
				}
			}
			return true;
		}
	}

	/** Reads rows [first, first + pageSize) of {@code wanted}, across segment boundaries. */
	private List<ItemSummary> read(View wanted, long page) throws StoreException {
		long first = page * pageSize;
		long end = Math.min(wanted.size(), first + pageSize);
		List<ItemSummary> rows = new ArrayList<>((int) (end - first));
		for (int s = 0; s < wanted.segments().length && first < end; s++) {
			Segment segment = wanted.segments()[s];
			long segmentStart = wanted.starts()[s];
			long segmentEnd = segmentStart + segment.count();
			if (first >= segmentEnd) {
				continue;
			}
			long from = first - segmentStart;
			long to = Math.min(end, segmentEnd) - segmentStart;
			int length = (int) (to - from);
			if (segment.reversed()) {
				List<ItemSummary> part = new ArrayList<>(
						store.items(segment.query(), segment.order(), segment.count() - to, length));
				Collections.reverse(part);
				rows.addAll(part);
			} else {
				rows.addAll(store.items(segment.query(), segment.order(), from, length));
			}
			first = segmentStart + to;
		}
		return rows;
	}

	@Override
	public void close() {
		loader.shutdownNow();
	}
}
