package org.tagbench.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.Lease;
import org.tagbench.store.StoreException;

/**
 * The assist's clustered order written to a team project's queue: the order keys of the free unlabeled items are
 * permuted among their own places, so a labeler's page leased in order holds one cluster, while labeled and leased
 * items keep their places — also a lease under way while the order is written.
 */
class QueueReorderTest {

	private static final int ITEMS = 20;

	private String schema;
	private ServerConnection admin;
	private ServerConnection alice;
	private ServerConnection bob;

	@BeforeEach
	void createProject() throws Exception {
		TestServer.TeamProject team = TestServer.multiClassProject("reorder", "ro", ITEMS);
		schema = team.schema();
		admin = team.admin();
		alice = team.alice();
		bob = team.bob();
	}

	/** Item ids in the queue's order (order key, then id). */
	private static List<String> inOrder(PostgresProjectStore store) throws StoreException {
		List<DataItem> items = new ArrayList<>();
		store.forEachItem(ItemQuery.all(), items::add);
		return items.stream().map(DataItem::getId).toList();
	}

	private static Map<String, Long> orderKeys(PostgresProjectStore store) throws StoreException {
		Map<String, Long> keys = new HashMap<>();
		store.forEachItem(ItemQuery.all(), item -> keys.put(item.getId(), item.getOrderKey()));
		return keys;
	}

	private static void label(PostgresProjectStore store, String itemId) throws StoreException {
		DataItem item = store.item(itemId).orElseThrow();
		item.setStatus(ItemStatus.LABELED);
		store.commit(item);
	}

	private static Set<String> leasedIds(List<Lease> leases) {
		Set<String> ids = new HashSet<>();
		leases.forEach(lease -> ids.add(lease.itemId()));
		return ids;
	}

	@Test
	void aPageLeasedAfterTheReorderHoldsOneClusterAndLabeledAndLeasedItemsKeepTheirPlaces() throws Exception {
		try (PostgresProjectStore assist = PostgresProjectStore.open(admin, schema);
				PostgresProjectStore aliceDesktop = PostgresProjectStore.open(alice, schema);
				PostgresProjectStore bobDesktop = PostgresProjectStore.open(bob, schema)) {
			List<String> order = inOrder(assist);
			label(assist, order.get(1));
			label(assist, order.get(5));
			String bobsItem = bobDesktop.queue().lease(1, Duration.ofMinutes(5)).get(0).itemId();
			assertEquals(order.get(0), bobsItem);
			Map<String, Long> before = orderKeys(assist);

			// the assist's clusters: every fourth item of the project's order together (scattered over the queue)
			List<List<String>> clusters = new ArrayList<>();
			for (int c = 0; c < 4; c++) {
				List<String> cluster = new ArrayList<>();
				for (int k = c; k < ITEMS; k += 4) {
					cluster.add(order.get(k));
				}
				clusters.add(cluster);
			}
			// pages of four free items: cluster 3 first (none of its items labeled or leased), then cluster 2
			List<String> wanted = new ArrayList<>();
			wanted.addAll(clusters.get(3).subList(0, 4));
			wanted.addAll(clusters.get(2).subList(0, 4));
			wanted.addAll(clusters.get(1)); // holds order[1] and order[5], labeled: skipped
			wanted.addAll(clusters.get(0)); // holds order[0], leased by Bob: skipped
			wanted.addAll(clusters.get(3).subList(4, 5));
			wanted.addAll(clusters.get(2).subList(4, 5));

			assertTrue(assist.mayReorderQueue());
			assertEquals(ITEMS - 3, assist.reorderQueue(wanted), "all but the two labeled items and Bob's");

			Map<String, Long> after = orderKeys(assist);
			for (String kept : List.of(order.get(0), order.get(1), order.get(5))) {
				assertEquals(before.get(kept), after.get(kept), "labeled or leased item " + kept + " keeps its place");
			}
			assertEquals(new HashSet<>(before.values()), new HashSet<>(after.values()), "the same places, permuted");
			assertEquals(Set.copyOf(clusters.get(3).subList(0, 4)),
					leasedIds(aliceDesktop.queue().lease(4, Duration.ofMinutes(5))), "Alice's first page: one cluster");
			assertEquals(Set.copyOf(clusters.get(2).subList(0, 4)),
					leasedIds(bobDesktop.queue().lease(5, Duration.ofMinutes(5))).stream()
							.filter(id -> !id.equals(bobsItem)).collect(java.util.stream.Collectors.toSet()),
					"Bob's next page (after the item he holds): the next cluster");
			List<String> reordered = inOrder(assist);
			List<String> freeInOrder = reordered.stream().filter(id -> !Set.of(order.get(0), order.get(1), order.get(5))
					.contains(id)).toList();
			List<String> expectedFree = wanted.stream().filter(id -> !Set.of(order.get(0), order.get(1), order.get(5))
					.contains(id)).toList();
			assertEquals(expectedFree, freeInOrder, "the free items in the given order");
		}
	}

	@Test
	void aLabelersConnectionMayNotReorderAndNothingMoves() throws Exception {
		try (PostgresProjectStore labeler = PostgresProjectStore.open(alice, schema)) {
			assertFalse(labeler.mayReorderQueue());
			List<String> order = inOrder(labeler);
			List<String> reversed = new ArrayList<>(order);
			Collections.reverse(reversed);
			StoreException refused = assertThrows(StoreException.class, () -> labeler.reorderQueue(reversed));
			assertTrue(refused.getMessage().contains("only the project's admins"), refused.getMessage());
			assertEquals(order, inOrder(labeler), "nothing moved");
		}
	}

	@Test
	void aLeaseUnderWayDuringTheReorderIsSkippedAndKeepsItsItem() throws Exception {
		try (PostgresProjectStore assist = PostgresProjectStore.open(admin, schema);
				PostgresProjectStore aliceDesktop = PostgresProjectStore.open(alice, schema)) {
			List<String> order = inOrder(assist);
			String taken = order.get(0);
			Map<String, Long> before = orderKeys(assist);
			List<String> reversed = new ArrayList<>(order);
			Collections.reverse(reversed);
			CompletableFuture<Integer> reorder = new CompletableFuture<>();
			// Alice's lease under way, as lease_items does it: the item's row locked, her assignment inserted, not
			// yet committed
			try (Connection lease = TestServer.superuser().dataSource().getConnection()) {
				lease.setAutoCommit(false);
				try (PreparedStatement lock = lease.prepareStatement("SELECT 1 FROM " + schema + ".item WHERE id = ? FOR UPDATE");
						PreparedStatement insert = lease.prepareStatement("INSERT INTO " + schema
								+ ".assignment (item_id, labeler, leased_until) VALUES (?, 'ro_alice', now() + interval '5 minutes')")) {
					lock.setString(1, taken);
					lock.executeQuery().close();
					insert.setString(1, taken);
					insert.executeUpdate();
				}
				new Thread(() -> {
					try {
						reorder.complete(assist.reorderQueue(reversed));
					} catch (StoreException | RuntimeException e) {
						reorder.completeExceptionally(e);
					}
				}, "reorder").start();
				assertEquals(ITEMS - 1, reorder.get(30, TimeUnit.SECONDS), "done without waiting for the lease: its item skipped");
				lease.commit();
			}
			Map<String, Long> after = orderKeys(assist);
			assertEquals(before.get(taken), after.get(taken), "the leased item keeps its place");
			List<Lease> leases = aliceDesktop.queue().lease(1, Duration.ofMinutes(5));
			assertEquals(List.of(taken), leases.stream().map(Lease::itemId).toList(), "her lease is intact");
			List<String> free = inOrder(assist).stream().filter(id -> !id.equals(taken)).toList();
			assertEquals(reversed.stream().filter(id -> !id.equals(taken)).toList(), free);
		}
	}

	@Test
	void leasesRunningWhileTheOrderIsRewrittenAgainAndAgainNeverFailOrLoseAPlace() throws Exception {
		try (PostgresProjectStore assist = PostgresProjectStore.open(admin, schema);
				PostgresProjectStore bobDesktop = PostgresProjectStore.open(bob, schema)) {
			Set<Long> places = new HashSet<>(orderKeys(assist).values());
			AtomicBoolean done = new AtomicBoolean();
			List<String> bobsItems = Collections.synchronizedList(new ArrayList<>());
			CompletableFuture<Void> leasing = CompletableFuture.runAsync(() -> {
				try {
					while (!done.get() && bobsItems.size() < ITEMS) {
						List<Lease> leases = bobDesktop.queue().lease(bobsItems.size() + 1, Duration.ofMinutes(5));
						synchronized (bobsItems) {
							bobsItems.clear();
							leases.forEach(lease -> bobsItems.add(lease.itemId()));
						}
					}
				} catch (StoreException e) {
					throw new IllegalStateException(e);
				}
			});
			List<String> order = inOrder(assist);
			for (int round = 0; round < 20; round++) {
				List<String> shuffled = new ArrayList<>(order);
				Collections.shuffle(shuffled, new java.util.Random(round));
				Map<String, Long> before = orderKeys(assist);
				Set<String> heldBefore;
				synchronized (bobsItems) { // the leasing thread rewrites the list meanwhile
					heldBefore = Set.copyOf(bobsItems);
				}
				assist.reorderQueue(shuffled);
				Map<String, Long> after = orderKeys(assist);
				for (String held : heldBefore) {
					assertEquals(before.get(held), after.get(held), "an item Bob held before the reorder keeps its place");
				}
			}
			done.set(true);
			leasing.get(30, TimeUnit.SECONDS);
			Map<String, Long> keys = orderKeys(assist);
			assertEquals(places, new HashSet<>(keys.values()), "every place still taken once");
			assertEquals(ITEMS, new HashSet<>(keys.values()).size());
		}
	}
	/** The announcements on the project's channel that arrive on {@code listening} until none came for a second. */
	private static List<String> announcements(Connection listening) throws Exception {
		List<String> heard = new ArrayList<>();
		org.postgresql.PGConnection pg = listening.unwrap(org.postgresql.PGConnection.class);
		for (org.postgresql.PGNotification[] arrived = pg.getNotifications(1_000); arrived != null
				&& arrived.length > 0; arrived = pg.getNotifications(1_000)) {
			for (org.postgresql.PGNotification notification : arrived) {
				heard.add(notification.getParameter());
			}
		}
		return heard;
	}

	@Test
	void aProjectOfTheVersionBeforeIsMigratedAndThenAReorderIsAnnouncedOnceAndCommitsAsBefore() throws Exception {
		int latest = org.tagbench.store.postgres.internal.PgSchema.MIGRATIONS.size();
		// the announce_change of version 2 again, commit_log without the commits' outcomes, the schema's version before migration 10 (later ones run again)
		TestServer.execute(TestServer.superuser(), "CREATE OR REPLACE FUNCTION " + schema + ".announce_change()"
				+ " RETURNS trigger LANGUAGE plpgsql AS $a$ BEGIN IF TG_LEVEL = 'ROW' THEN PERFORM pg_notify('tagbench_"
				+ schema + "', NEW.id || chr(9) || NEW.status || chr(9) || session_user); ELSE PERFORM pg_notify('tagbench_"
				+ schema + "', '*'); END IF; RETURN NULL; END $a$; DROP POLICY own_outcome ON " + schema + ".commit_log;"
				+ " ALTER TABLE " + schema + ".commit_log DROP COLUMN kept_as_copies, DROP COLUMN removals_refused,"
				+ " DROP COLUMN other_authors; DELETE FROM " + schema + ".schema_version WHERE version >= 10");
		try (Connection listening = TestServer.superuser().dataSource().getConnection()) {
			listening.createStatement().execute("LISTEN tagbench_" + schema);
			TestServer.execute(TestServer.superuser(), "UPDATE " + schema + ".item SET order_key = order_key + 1000"
					+ " WHERE id IN ('item-0000001', 'item-0000002', 'item-0000003')");
			assertEquals(3, announcements(listening).size(), "before: each item whose order key changed is announced");

			PostgresProjectStore.open(TestServer.superuser(), schema).close(); // its owner opens it once
			assertEquals(latest, TestServer.count(TestServer.superuser(), "SELECT max(version) FROM " + schema
					+ ".schema_version"), "opening brought the project up to date");
			assertEquals(3, TestServer.count(TestServer.superuser(), "SELECT count(*) FROM information_schema.columns"
					+ " WHERE table_schema = '" + schema + "' AND table_name = 'commit_log' AND column_name IN"
					+ " ('kept_as_copies', 'removals_refused', 'other_authors')"), "commit_log keeps the commits' outcomes");
			try (PostgresProjectStore assist = PostgresProjectStore.open(admin, schema);
					PostgresProjectStore aliceDesktop = PostgresProjectStore.open(alice, schema)) {
				List<String> reversed = new ArrayList<>(inOrder(assist));
				Collections.reverse(reversed);
				assertEquals(ITEMS, assist.reorderQueue(reversed));
				assertEquals(List.of("*"), announcements(listening), "the reorder of 20 items: one announcement");
				assertEquals(reversed, inOrder(assist));

				Lease lease = aliceDesktop.queue().lease(1, Duration.ofMinutes(5)).get(0);
				assertEquals(reversed.get(0), lease.itemId(), "the queue in the new order");
				DataItem item = aliceDesktop.item(lease.itemId()).orElseThrow();
				item.setStatus(ItemStatus.LABELED);
				aliceDesktop.queue().commit(lease, item, java.util.UUID.randomUUID().toString());
				assertEquals(List.of(lease.itemId() + "\tLABELED\tro_alice"), announcements(listening),
						"a commit is announced as before, with the item, its status and who");
			}
		}
	}
}
