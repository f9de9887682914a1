package org.tagbench.ui.dashboard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.ui.dashboard.ItemPages;

/** The paged item list against a real store: row order per sort, page boundaries, lazy loading. */
class ItemPagesTest {

	private static final int ITEMS = 257;

	private Path folder;
	private ProjectStore store;
	private final List<Long> arrived = new CopyOnWriteArrayList<>();
	private ItemPages pages;

	@BeforeEach
	void create() throws Exception {
		folder = Files.createTempDirectory("tagbench-pages");
		store = SyntheticProjects.create(folder.resolve("p"), "Pages", ITEMS);
		pages = new ItemPages(store, 10, 4, arrived::add); // small pages: many boundaries, evictions
	}

	@AfterEach
	void delete() throws Exception {
		pages.close();
		store.close();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	private List<String> ids(ItemPages list) throws Exception {
		List<String> ids = new ArrayList<>();
		for (long row = 0; row < list.size(); row++) {
			ids.add(list.getNow(row).id());
		}
		return ids;
	}

	private List<String> storeOrder(ItemQuery query) throws Exception {
		return store.items(query, 0, ITEMS).stream().map(ItemSummary::id).toList();
	}

	@Test
	void ordersByProjectOrderAndStatusBothWays() throws Exception {
		pages.setView(ItemQuery.all(), ItemPages.Sort.ORDER);
		assertEquals(ITEMS, pages.size());
		List<String> order = storeOrder(ItemQuery.all());
		assertEquals(order, ids(pages));
		assertTrue(pages.loadedPages() <= 4, "at most 4 pages held, not " + pages.loadedPages());

		pages.setView(ItemQuery.all(), ItemPages.Sort.ORDER_DESCENDING);
		List<String> reversed = new ArrayList<>(order);
		Collections.reverse(reversed);
		assertEquals(reversed, ids(pages));

		pages.setView(ItemQuery.all(), ItemPages.Sort.STATUS);
		List<String> byStatus = new ArrayList<>();
		for (ItemStatus status : ItemStatus.values()) {
			byStatus.addAll(storeOrder(ItemQuery.withStatus(status)));
		}
		assertEquals(byStatus, ids(pages));

		pages.setView(ItemQuery.all(), ItemPages.Sort.STATUS_DESCENDING);
		Collections.reverse(byStatus);
		assertEquals(byStatus, ids(pages));
	}

	@Test
	void filtersCombineWithStatusSort() throws Exception {
		ItemQuery query = ItemQuery.all().statuses(EnumSet.of(ItemStatus.ACCEPTED, ItemStatus.LABELED)).author("alice");
		pages.setView(query, ItemPages.Sort.STATUS_DESCENDING);
		List<String> expected = new ArrayList<>(storeOrder(query.statuses(EnumSet.of(ItemStatus.LABELED))));
		expected.addAll(storeOrder(query.statuses(EnumSet.of(ItemStatus.ACCEPTED))));
		Collections.reverse(expected);
		assertEquals(store.count(query), pages.size());
		assertEquals(expected, ids(pages));
	}

	@Test
	void getNeverWaitsAndLoadsThePageInTheBackground() throws Exception {
		pages.setView(ItemQuery.all(), ItemPages.Sort.ORDER);
		assertNull(pages.get(123), "not loaded yet");
		long deadline = System.currentTimeMillis() + 5_000;
		while (pages.get(123) == null && System.currentTimeMillis() < deadline) {
			Thread.sleep(10);
		}
		assertEquals(storeOrder(ItemQuery.all()).get(123), pages.get(123).id());
		assertEquals(List.of(120L), arrived, "one page read, announced by its first row");
		assertNull(pages.get(ITEMS), "past the end");
	}
}
