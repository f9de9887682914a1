package org.tagbench.ui.classification.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.project.ProjectSetup;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.ui.classification.internal.PageSession;

/** Pages of a session over a real project store: new pages, Back, Forward, prefetch peek, rebuild. */
class PageSessionTest {

	@TempDir
	Path temp;

	private ProjectStore store(int images) throws Exception {
		Path folder = temp.resolve("images");
		java.nio.file.Files.createDirectories(folder);
		for (int i = 0; i < images; i++) {
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("i" + i + ".png").toFile());
		}
		return ProjectSetup.create(new ProjectSetup.Request(temp.resolve("project"), "P", ProjectType.MULTI_CLASS,
				List.of("a"), List.of(folder), true, 5L), null).store();
	}

	@Test
	void pagesFollowTheShuffledOrderAndNeverRepeatAnItemInASession() throws Exception {
		try (ProjectStore store = store(10)) {
			List<String> order = store.items(ItemQuery.all(), 0, 100).stream().map(ItemSummary::id).toList();
			PageSession session = new PageSession(store);
			assertEquals(order.subList(0, 4), session.peekNext(4), "peek does not move");
			List<DataItem> first = session.next(4);
			assertEquals(order.subList(0, 4), ids(first));
			assertEquals(1, session.pageNumber());

			// an item of page 1 stays to do (no class): it is not shown again in this session
			DataItem labeled = first.get(0);
			labeled.setStatus(ItemStatus.LABELED);
			store.commit(labeled);
			assertEquals(order.subList(4, 8), ids(session.next(4)));
			assertEquals(order.subList(8, 10), ids(session.next(4)), "the two left");
			assertTrue(session.next(4).isEmpty(), "nothing left");
			assertEquals(3, session.pageNumber(), "the last page stays current");

			assertEquals(order.subList(4, 8), ids(session.back()));
			List<DataItem> again = session.back();
			assertEquals(order.subList(0, 4), ids(again));
			assertEquals(ItemStatus.LABELED, again.get(0).getStatus(), "read again from the store");
			assertFalse(session.canGoBack());
			assertEquals(order.subList(4, 8), session.peekNext(9), "Forward goes through the history");
			assertEquals(order.subList(4, 8), ids(session.next(9)));
		}
	}

	@Test
	void twoEditorsOnTheFolderGetDisjointPagesAndALeftPageIsGivenBack() throws Exception {
		try (ProjectStore store = store(10);
				ProjectStore other = org.tagbench.store.local.LocalProjectStore.open(temp.resolve("project"))) {
			List<String> order = store.items(ItemQuery.all(), 0, 100).stream().map(ItemSummary::id).toList();
			var annsQueue = store.reservations("ann", java.time.Duration.ofMinutes(5));
			var bobsQueue = other.reservations("bob", java.time.Duration.ofMinutes(5));
			PageSession ann = new PageSession(store, annsQueue);
			PageSession bob = new PageSession(other, bobsQueue);
			assertEquals(order.subList(0, 4), ids(ann.next(4)));
			assertEquals(order.subList(4, 8), ids(bob.next(4)), "ann's page is held: bob gets the next items");
			assertEquals(new java.util.HashSet<>(order.subList(0, 4)), bobsQueue.heldByOthers());
			assertEquals(order.subList(8, 10), ids(ann.next(4)), "the two left");
			assertEquals(new java.util.HashSet<>(order.subList(8, 10)), bobsQueue.heldByOthers(),
					"the page left is given back, the shown one held");
			ann.back();
			assertEquals(new java.util.HashSet<>(order.subList(0, 4)), bobsQueue.heldByOthers(), "Back holds that page again");
			annsQueue.close();
			assertTrue(bobsQueue.heldByOthers().isEmpty());
		}
	}

	@Test
	void theNewestPageCanBeRebuiltWithAnotherSize() throws Exception {
		try (ProjectStore store = store(7)) {
			List<String> order = store.items(ItemQuery.all(), 0, 100).stream().map(ItemSummary::id).toList();
			PageSession session = new PageSession(store);
			session.next(4);
			session.dropNewest();
			assertEquals(0, session.pageNumber());
			List<String> nine = ids(session.next(9));
			assertEquals(order, nine, "the same items first, then the rest");
			assertTrue(session.isNewest());
		}
	}

	@Test
	void skippedItemsComeBackAtTheEndOnPagesOfTheirOwn() throws Exception {
		try (ProjectStore store = store(5)) {
			List<String> order = store.items(ItemQuery.all(), 0, 100).stream().map(ItemSummary::id).toList();
			PageSession session = new PageSession(store);
			List<DataItem> first = session.next(2);
			for (DataItem item : first) {
				item.setStatus(ItemStatus.SKIPPED);
				store.commit(item);
			}
			assertEquals(order.subList(2, 4), ids(session.next(2)));
			assertEquals(order.subList(4, 5), ids(session.next(2)), "the last item to do, not mixed with skipped ones");
			assertEquals(order.subList(0, 2), ids(session.next(2)), "then the skipped ones, in order");
			assertTrue(session.next(2).isEmpty(), "once per session");
			// Edit from the review list: a page holding just that item, whatever its status
			assertEquals(List.of(order.get(3)), ids(session.jumpTo(order.get(3))));
			assertTrue(session.isNewest());
			assertTrue(session.jumpTo("no-such-item").isEmpty());
		}
	}

	@Test
	void anOrderingArrangesTheNextItemsIntoPagesAndShortPagesComeBackLater() throws Exception {
		try (ProjectStore store = store(10)) {
			List<String> order = store.items(ItemQuery.all(), 0, 100).stream().map(ItemSummary::id).toList();
			PageSession session = new PageSession(store);
			List<List<String>> asked = new ArrayList<>();
			// pages from the end of the window backwards, as a clustering might group them
			session.setOrdering((candidates, tiles) -> {
				asked.add(candidates);
				List<List<String>> pages = new ArrayList<>();
				for (int end = candidates.size(); end > 0; end -= tiles) {
					pages.add(new ArrayList<>(candidates.subList(Math.max(0, end - tiles), end)));
				}
				return pages;
			});
			assertEquals(order.subList(6, 10), session.peekNext(4), "peek shows the planned page without moving");
			assertEquals(order.subList(6, 10), ids(session.next(4)));
			assertEquals(order.subList(2, 6), ids(session.next(4)));
			assertEquals(1, asked.size(), "one window planned both pages");
			assertEquals(order, asked.get(0), "the window: every item to do, in project order");
			// the short page (2 items) was dropped: too few are left to plan, so they come in project order
			assertEquals(order.subList(0, 2), ids(session.next(4)));
			assertTrue(session.next(4).isEmpty());
		}
	}

	@Test
	void withoutPagesFromTheOrderingTheProjectOrderStays() throws Exception {
		try (ProjectStore store = store(10)) {
			List<String> order = store.items(ItemQuery.all(), 0, 100).stream().map(ItemSummary::id).toList();
			PageSession session = new PageSession(store);
			session.setOrdering((candidates, tiles) -> List.of());
			assertEquals(order.subList(0, 4), ids(session.next(4)));
			assertEquals(order.subList(4, 8), ids(session.next(4)));
		}
	}

	private static List<String> ids(List<DataItem> items) {
		List<String> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.getId()));
		return ids;
	}
}
