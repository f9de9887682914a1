package org.tagbench.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.tagbench.model.DataItem;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.Lease;
import org.tagbench.store.StoreChange;
import org.tagbench.store.StoreException;

/**
 * The assist's clustered order written over a large queue (10,000 items; {@code -Dtagbench.reorderItems=100000} for a
 * measurement): every desktop hears of it once, not once per moved item, and a labeler who asks for a page while the
 * reorder holds its row locks gets that page in the new order instead of an empty queue. Prints the reorder's and
 * the waiting lease's times (figures for docs/TEAM.md; not asserted).
 */
class QueueReorderAtScaleTest {

	private static final int ITEMS = Integer.getInteger("tagbench.reorderItems", 10_000);
	private static final int ROUNDS = Integer.getInteger("tagbench.reorderRounds", 3);
	private static final long WAIT_SECONDS = 60;

	private static List<String> inOrder(PostgresProjectStore store) throws StoreException {
		List<String> ids = new ArrayList<>(ITEMS);
		store.forEachItem(ItemQuery.all(), (DataItem item) -> ids.add(item.getId()));
		return ids;
	}

	/** Whether the admin's reorder holds its lock (its transaction is under way, rows being locked and rewritten). */
	private static boolean reorderRunning(String admin) throws Exception {
		return TestServer.count(TestServer.superuser(), "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a"
				+ " ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND a.usename = '" + admin + "'") > 0;
	}

	@Test
	void aLargeReorderIsAnnouncedOnceAndALeaseAskedForMeanwhileGetsTheNewOrder() throws Exception {
		TestServer.TeamProject team = TestServer.multiClassProject("bigreorder", "br", ITEMS);
		try (PostgresProjectStore assist = PostgresProjectStore.open(team.admin(), team.schema());
				PostgresProjectStore alice = PostgresProjectStore.open(team.alice(), team.schema())) {
			List<StoreChange> heard = new CopyOnWriteArrayList<>();
			alice.addListener(heard::add);
			long deadline = System.currentTimeMillis() + WAIT_SECONDS * 1000;
			while (!alice.isListening() && System.currentTimeMillis() < deadline) {
				Thread.sleep(20);
			}
			assertTrue(alice.isListening());
			List<String> order = inOrder(assist);
			List<Long> reorderMillis = new ArrayList<>();
			List<Long> leaseMillis = new ArrayList<>();
			for (int round = 0; round < ROUNDS; round++) {
				List<String> shuffled = new ArrayList<>(order);
				Collections.shuffle(shuffled, new Random(round));
				heard.clear();
				long started = System.nanoTime();
				CompletableFuture<Long> reorder = CompletableFuture.supplyAsync(() -> {
					try {
						assertEquals(ITEMS, assist.reorderQueue(shuffled));
						return System.nanoTime();
					} catch (StoreException e) {
						throw new IllegalStateException(e);
					}
				});
				deadline = System.currentTimeMillis() + WAIT_SECONDS * 1000;
				while (!reorderRunning("br_adam") && !reorder.isDone() && System.currentTimeMillis() < deadline) {
					Thread.sleep(1);
				}
				assertTrue(!reorder.isDone(), "the lease below is asked for while the reorder runs");
				long asked = System.nanoTime();
				List<Lease> page = alice.queue().lease(4, Duration.ofMinutes(5));
				long answered = System.nanoTime();
				long reordered = reorder.get(WAIT_SECONDS, TimeUnit.SECONDS);
				reorderMillis.add((reordered - started) / 1_000_000);
				leaseMillis.add((answered - asked) / 1_000_000);
				assertEquals(shuffled.subList(0, 4), page.stream().map(Lease::itemId).toList(),
						"the page asked for during the reorder: the first four of the new order, not an empty queue");
				assertTrue(answered >= reordered, "the lease waited for the reorder to end");
				for (Lease lease : page) {
					alice.queue().release(lease);
				}
				Thread.sleep(1_500); // live updates are polled every 0.5 s
				assertEquals(List.of(StoreChange.everything()), heard, "one announcement of the whole reorder");
				order = shuffled;
			}
			System.out.printf(Locale.ROOT, "Reorder of %d items: %s ms (median %d); a lease asked for meanwhile waited %s ms"
					+ " (median %d)%n", ITEMS, reorderMillis, median(reorderMillis), leaseMillis, median(leaseMillis));
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
