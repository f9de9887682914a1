package org.tagbench.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.Lease;
import org.tagbench.store.PrelabelWrite;
import org.tagbench.store.StoreChange;
import org.tagbench.store.StoreException;
import org.tagbench.store.StoreListener;
import org.tagbench.store.Subscription;
import org.tagbench.store.TaskQueue.CommitOutcome;
import org.tagbench.store.testing.TestProjects;

/**
 * The assist's pre-labels on a team project: written by an admin's desktop only where, at the moment of writing, no
 * person has labeled or leased the item — also when a labeler on another desktop commits at that very moment —
 * and seen by the labelers in their queue.
 */
class PrelabelsOnServerTest {

	private static final long WAIT_SECONDS = 30;

	private String schema;
	private ServerConnection admin;
	private ServerConnection alice;
	private ServerConnection bob;

	@BeforeEach
	void createProject() throws Exception {
		TestServer.TeamProject team = TestServer.multiClassProject("prelabels", "pre", 6);
		schema = team.schema();
		admin = team.admin();
		alice = team.alice();
		bob = team.bob();
	}

	private static ClassificationLabel label(PostgresProjectStore store, int classIndex, AnnotationSource source) {
		ClassificationLabel label = TestProjects.FACTORY.createClassificationLabel();
		label.setId(UUID.randomUUID().toString());
		label.setLabelClass(store.project().getLabelClasses().get(classIndex));
		label.setSource(source);
		if (source == AnnotationSource.PRELABEL) {
			label.setScore(0.97);
			label.setModelVersion("m1");
			label.setAuthor("tagbench-assist");
		}
		return label;
	}

	private static List<Annotation> prelabel(PostgresProjectStore store) {
		return List.of(label(store, 1, AnnotationSource.PRELABEL));
	}

	/** Alice's item with her "cat", as her editor commits it. */
	private static DataItem labeledByAlice(PostgresProjectStore store, String itemId) throws StoreException {
		DataItem item = store.item(itemId).orElseThrow();
		item.getAnnotations().removeIf(a -> a.getSource() == AnnotationSource.PRELABEL);
		item.getAnnotations().add(label(store, 0, AnnotationSource.HUMAN));
		item.setStatus(ItemStatus.LABELED);
		return item;
	}

	/** Waits until a connection of {@code user} waits for a lock (a row lock held by another transaction). */
	private static void awaitWaitingForLock(String user) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		try (Connection c = TestServer.superuser().dataSource().getConnection();
				PreparedStatement select = c.prepareStatement(
						"SELECT count(*) FROM pg_stat_activity WHERE usename = ? AND wait_event_type = 'Lock'")) {
			select.setString(1, user);
			while (System.nanoTime() < deadline) {
				try (ResultSet rows = select.executeQuery()) {
					rows.next();
					if (rows.getLong(1) > 0) {
						return;
					}
				}
				Thread.sleep(20);
			}
		}
		throw new AssertionError(user + " is not waiting for a lock after " + WAIT_SECONDS + " s");
	}

	/** A transaction of the database administrator holding the item's row lock, so that others queue behind it. */
	private static Connection holdRowLock(String schema, String itemId) throws Exception {
		Connection blocker = TestServer.superuser().dataSource().getConnection();
		blocker.setAutoCommit(false);
		try (PreparedStatement lock = blocker.prepareStatement("SELECT 1 FROM " + schema + ".item WHERE id = ? FOR UPDATE")) {
			lock.setString(1, itemId);
			lock.executeQuery().close();
		}
		return blocker;
	}

	/** Alice's lease that ran out with nobody taking the item over: her late commit is still accepted. */
	private Lease expiredLeaseOfAlice(PostgresProjectStore store) throws Exception {
		Lease lease = store.queue().lease(1, Duration.ofSeconds(1)).get(0);
		Thread.sleep(1500);
		return lease;
	}

	/**
	 * Starts {@code first} (on its own thread) while the item's row is locked, waits until its connection (of
	 * {@code firstUser}) waits for that lock, then {@code second} likewise, then lets go: both are granted the row in
	 * that order, one after the other.
	 */
	private void inOrderOnTheRowLock(String itemId, Runnable first, String firstUser, Runnable second, String secondUser)
			throws Exception {
		try (Connection blocker = holdRowLock(schema, itemId)) {
			new Thread(first, "first").start();
			awaitWaitingForLock(firstUser);
			new Thread(second, "second").start();
			awaitWaitingForLock(secondUser);
			blocker.rollback();
		}
	}

	private static void commitInto(PostgresProjectStore store, Lease lease, DataItem item, CompletableFuture<CommitOutcome> result) {
		try {
			result.complete(store.queue().commit(lease, item, UUID.randomUUID().toString()));
		} catch (StoreException | RuntimeException e) {
			result.completeExceptionally(e);
		}
	}

	private static void prelabelInto(PostgresProjectStore store, String itemId, CompletableFuture<PrelabelWrite> result) {
		try {
			result.complete(store.replacePrelabels(itemId, prelabel(store)));
		} catch (StoreException | RuntimeException e) {
			result.completeExceptionally(e);
		}
	}

	@Test
	void aPrelabelWaitingBehindALabelersCommitOnAnotherDesktopLeavesTheLabelAlone() throws Exception {
		try (PostgresProjectStore assist = PostgresProjectStore.open(admin, schema);
				PostgresProjectStore desktop = PostgresProjectStore.open(alice, schema)) {
			Lease lease = expiredLeaseOfAlice(desktop);
			DataItem item = labeledByAlice(desktop, lease.itemId());
			CompletableFuture<CommitOutcome> commit = new CompletableFuture<>();
			CompletableFuture<PrelabelWrite> prelabel = new CompletableFuture<>();
			// her commit is under way (it has asked for the item's row); the assist's write comes a moment later
			inOrderOnTheRowLock(lease.itemId(),
					() -> commitInto(desktop, lease, item, commit), "pre_alice",
					() -> prelabelInto(assist, lease.itemId(), prelabel), "pre_adam");
			assertEquals(CommitOutcome.STORED, commit.get(WAIT_SECONDS, TimeUnit.SECONDS));
			assertEquals(PrelabelWrite.HUMAN_WORK, prelabel.get(WAIT_SECONDS, TimeUnit.SECONDS),
					"checked after her commit: her label is left alone");
			DataItem stored = assist.item(lease.itemId()).orElseThrow();
			assertEquals(ItemStatus.LABELED, stored.getStatus());
			assertEquals(1, stored.getAnnotations().size(), "only her label");
			assertEquals(AnnotationSource.HUMAN, stored.getAnnotations().get(0).getSource());
			assertEquals("pre_alice", stored.getAnnotations().get(0).getAuthor());
		}
	}

	@Test
	void aLabelersCommitWaitingBehindAPrelabelReplacesItAndIsKept() throws Exception {
		try (PostgresProjectStore assist = PostgresProjectStore.open(admin, schema);
				PostgresProjectStore desktop = PostgresProjectStore.open(alice, schema)) {
			Lease lease = expiredLeaseOfAlice(desktop);
			DataItem item = labeledByAlice(desktop, lease.itemId());
			CompletableFuture<CommitOutcome> commit = new CompletableFuture<>();
			CompletableFuture<PrelabelWrite> prelabel = new CompletableFuture<>();
			inOrderOnTheRowLock(lease.itemId(),
					() -> prelabelInto(assist, lease.itemId(), prelabel), "pre_adam",
					() -> commitInto(desktop, lease, item, commit), "pre_alice");
			assertEquals(PrelabelWrite.WRITTEN, prelabel.get(WAIT_SECONDS, TimeUnit.SECONDS),
					"first in the queue, the lease had run out: written");
			assertEquals(CommitOutcome.STORED, commit.get(WAIT_SECONDS, TimeUnit.SECONDS));
			DataItem stored = assist.item(lease.itemId()).orElseThrow();
			assertEquals(ItemStatus.LABELED, stored.getStatus());
			assertEquals(1, stored.getAnnotations().size(), "her commit replaced the pre-label: " + stored.getAnnotations());
			assertEquals(AnnotationSource.HUMAN, stored.getAnnotations().get(0).getSource());
			assertEquals("class-cat", stored.getAnnotations().get(0).getLabelClass().getId());
		}
	}

	@Test
	void anItemLeasedToALabelerGetsNoPrelabelUntilItIsGivenBack() throws Exception {
		try (PostgresProjectStore assist = PostgresProjectStore.open(admin, schema);
				PostgresProjectStore desktop = PostgresProjectStore.open(alice, schema)) {
			Lease lease = desktop.queue().lease(1, Duration.ofMinutes(10)).get(0);
			assertEquals(PrelabelWrite.LEASED, assist.replacePrelabels(lease.itemId(), prelabel(assist)));
			assertTrue(assist.item(lease.itemId()).orElseThrow().getAnnotations().isEmpty(), "nothing written");
			desktop.queue().release(lease);
			assertEquals(PrelabelWrite.WRITTEN, assist.replacePrelabels(lease.itemId(), prelabel(assist)));
			assertEquals(PrelabelWrite.WRITTEN, assist.replacePrelabels(lease.itemId(), prelabel(assist)),
					"a newer model's pre-labels replace the older ones");
			assertEquals(1, assist.item(lease.itemId()).orElseThrow().getAnnotations().size());
			assertEquals(PrelabelWrite.CLEARED, assist.replacePrelabels(lease.itemId(), List.of()));
			assertEquals(PrelabelWrite.UNCHANGED, assist.replacePrelabels(lease.itemId(), List.of()));
			assertEquals(PrelabelWrite.MISSING, assist.replacePrelabels("no-such-item", prelabel(assist)));
		}
	}

	@Test
	void aPredictionRunWritesEachItemInItsOwnShortTransaction() throws Exception {
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			assertEquals(300, owner.addItems(TestProjects.items(owner.project(), 306)));
		}
		try (PostgresProjectStore assist = PostgresProjectStore.open(admin, schema)) {
			List<String> ids = assist.items(org.tagbench.store.ItemQuery.all(), 0, 1000).stream()
					.map(org.tagbench.store.ItemSummary::id).toList();
			long[] nanos = new long[ids.size()];
			for (int k = 0; k < ids.size(); k++) {
				long start = System.nanoTime();
				assertEquals(PrelabelWrite.WRITTEN, assist.replacePrelabels(ids.get(k), prelabel(assist)));
				nanos[k] = System.nanoTime() - start;
			}
			java.util.Arrays.sort(nanos);
			// a figure for the record, not a check (the machine is shared)
			System.out.printf("conditional pre-label write on a loopback server: median %.2f ms, p95 %.2f ms (%d items)%n",
					nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6, nanos.length);
			assertEquals(306, assist.items(org.tagbench.store.ItemQuery.all(), 0, 1000).stream()
					.filter(row -> row.status() == ItemStatus.UNLABELED).count(), "pre-labeled items stay unlabeled");
		}
		assertEquals(306, TestServer.count(TestServer.superuser(), "SELECT count(*) FROM " + schema
				+ ".annotation WHERE source = 'PRELABEL' AND author = 'tagbench-assist'"));
	}

	@Test
	void withConsensusASuggestionALabelerAcceptedIsTheirLabelAndCountsInAgreement() throws Exception {
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			owner.setLabelersPerItem(2);
		}
		try (PostgresProjectStore assist = PostgresProjectStore.open(admin, schema);
				PostgresProjectStore first = PostgresProjectStore.open(alice, schema);
				PostgresProjectStore second = PostgresProjectStore.open(bob, schema)) {
			Lease lease = first.queue().lease(1, Duration.ofMinutes(10)).get(0);
			first.queue().release(lease);
			assertEquals(PrelabelWrite.WRITTEN, assist.replacePrelabels(lease.itemId(), prelabel(assist)));
			// alice accepts the suggestion "dog" as it is (Enter)
			Lease hers = first.queue().lease(1, Duration.ofMinutes(10)).get(0);
			assertEquals(lease.itemId(), hers.itemId());
			DataItem accepted = first.item(hers.itemId()).orElseThrow();
			accepted.getAnnotations().get(0).setSource(AnnotationSource.PRELABEL_ACCEPTED);
			accepted.setStatus(ItemStatus.LABELED);
			assertEquals(CommitOutcome.STORED, first.queue().commit(hers, accepted, UUID.randomUUID().toString()));
			DataItem stored = assist.item(hers.itemId()).orElseThrow();
			assertEquals(ItemStatus.IN_PROGRESS, stored.getStatus(), "one of two labelers committed");
			assertTrue(stored.getAnnotations().stream().anyMatch(a -> a.getSource() == AnnotationSource.PRELABEL),
					"the suggestion stays open for the second labeler");
			assertEquals(1, stored.getAnnotations().stream().filter(a -> a.getSource() == AnnotationSource.PRELABEL_ACCEPTED
					&& "pre_alice".equals(a.getAuthor()) && "class-dog".equals(a.getLabelClass().getId())).count(),
					"her acceptance is kept as her label: " + stored.getAnnotations());
			// bob, the second labeler, gives "dog" himself: they agree
			Lease his = second.queue().lease(1, Duration.ofMinutes(10)).get(0);
			assertEquals(hers.itemId(), his.itemId(), "the item needs a second labeler");
			DataItem own = second.item(his.itemId()).orElseThrow();
			own.getAnnotations().removeIf(a -> a.getSource() != AnnotationSource.HUMAN);
			own.getAnnotations().add(label(second, 1, AnnotationSource.HUMAN));
			own.setStatus(ItemStatus.LABELED);
			assertEquals(CommitOutcome.STORED, second.queue().commit(his, own, UUID.randomUUID().toString()));
			DataItem done = assist.item(his.itemId()).orElseThrow();
			assertEquals(ItemStatus.LABELED, done.getStatus());
			assertTrue(done.getAnnotations().stream().noneMatch(a -> a.getSource() == AnnotationSource.PRELABEL),
					"both labelers decided: the machine's suggestion is no longer open " + done.getAnnotations());
			var agreement = assist.agreement(List.of(his.itemId())).get(his.itemId());
			assertEquals(List.of("pre_alice", "pre_bob"), agreement.labelers());
			assertTrue(agreement.agree(), "her accepted dog and his dog agree");
			assertEquals("class-dog pre_alice", sortKeys(his.itemId()),
					"sorted by its labelers' labels, not by the removed suggestion's author");
		}
	}

	/** The item's sort keys as the server holds them (first class id, first author). */
	private String sortKeys(String itemId) throws Exception {
		try (Connection c = TestServer.superuser().dataSource().getConnection();
				PreparedStatement select = c.prepareStatement(
						"SELECT first_class_id || ' ' || first_author FROM " + schema + ".item WHERE id = ?")) {
			select.setString(1, itemId);
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}

	@Test
	void aPrelabelSortsItsItemByClassAndLabelerLikeTheClassesColumnShowsIt() throws Exception {
		try (PostgresProjectStore assist = PostgresProjectStore.open(admin, schema)) {
			List<String> ids = assist.items(org.tagbench.store.ItemQuery.all(), 0, 10).stream()
					.map(org.tagbench.store.ItemSummary::id).toList();
			String last = ids.get(ids.size() - 1);
			assertEquals(PrelabelWrite.WRITTEN, assist.replacePrelabels(last, prelabel(assist)));
			assertEquals("class-dog tagbench-assist", sortKeys(last));
			List<String> byClass = assist.items(org.tagbench.store.ItemQuery.all(),
					org.tagbench.store.ItemOrder.ascending(org.tagbench.store.ItemOrder.Key.CLASS), 0, 10).stream()
					.map(org.tagbench.store.ItemSummary::id).toList();
			assertEquals(last, byClass.get(0), "the only item with a class comes first");
		}
	}

	@Test
	void onlyAdminsWritePrelabels() throws Exception {
		try (PostgresProjectStore assist = PostgresProjectStore.open(admin, schema);
				PostgresProjectStore desktop = PostgresProjectStore.open(alice, schema)) {
			assertTrue(assist.mayWritePrelabels());
			assertFalse(desktop.mayWritePrelabels());
			Lease lease = desktop.queue().lease(1, Duration.ofMinutes(10)).get(0);
			desktop.queue().release(lease);
			StoreException refused = assertThrows(StoreException.class,
					() -> desktop.replacePrelabels(lease.itemId(), prelabel(desktop)));
			assertTrue(refused.getMessage().contains("only the project's admins"), refused.getMessage());
			assertTrue(assist.item(lease.itemId()).orElseThrow().getAnnotations().isEmpty());
		}
	}

	@Test
	void prelabelsReachAnotherLabelersQueueLiveAndAcceptingThemMakesThemHumanWork() throws Exception {
		try (PostgresProjectStore assist = PostgresProjectStore.open(admin, schema);
				PostgresProjectStore desktop = PostgresProjectStore.open(bob, schema)) {
			BlockingQueue<StoreChange> heard = new LinkedBlockingQueue<>();
			Subscription subscription = desktop.addListener(new StoreListener() {
				@Override
				public void changed(StoreChange change) {
					heard.add(change);
				}

				@Override
				public void reachabilityChanged(boolean reachable, String message) {
				}
			});
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
			while (!desktop.isListening() && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			List<String> ids = assist.items(org.tagbench.store.ItemQuery.all(), 0, 100).stream()
					.map(org.tagbench.store.ItemSummary::id).toList();
			for (String id : ids) {
				assertEquals(PrelabelWrite.WRITTEN, assist.replacePrelabels(id, prelabel(assist)));
			}
			StoreChange change = heard.poll(WAIT_SECONDS, TimeUnit.SECONDS);
			assertNotNull(change, "bob's desktop hears of the pre-labels");
			assertTrue(ids.contains(change.itemId()), change.toString());
			subscription.close();

			List<Lease> leases = desktop.queue().lease(2, Duration.ofMinutes(10));
			assertEquals(2, leases.size(), "pre-labeled items are still in the queue");
			for (Lease lease : leases) {
				DataItem shown = desktop.item(lease.itemId()).orElseThrow();
				assertEquals(ItemStatus.UNLABELED, shown.getStatus());
				assertEquals(1, shown.getAnnotations().size());
				Annotation suggestion = shown.getAnnotations().get(0);
				assertEquals(AnnotationSource.PRELABEL, suggestion.getSource());
				assertEquals("m1", suggestion.getModelVersion());
				assertEquals(0.97, suggestion.getScore(), 1e-9);
				assertEquals("class-dog", suggestion.getLabelClass().getId());
			}
			// bob accepts the first suggestion as it is
			Lease accepted = leases.get(0);
			DataItem item = desktop.item(accepted.itemId()).orElseThrow();
			item.getAnnotations().get(0).setSource(AnnotationSource.PRELABEL_ACCEPTED);
			item.setStatus(ItemStatus.LABELED);
			assertEquals(CommitOutcome.STORED, desktop.queue().commit(accepted, item, UUID.randomUUID().toString()));
			assertEquals(PrelabelWrite.HUMAN_WORK, assist.replacePrelabels(accepted.itemId(), List.of()),
					"an accepted suggestion is a person's label: never replaced or removed");
			DataItem stored = assist.item(accepted.itemId()).orElseThrow();
			assertEquals(AnnotationSource.PRELABEL_ACCEPTED, stored.getAnnotations().get(0).getSource());
			assertEquals(ItemStatus.LABELED, stored.getStatus());
			// bob removes the second suggestion; neither item has an open one now: both leave the suggestion run
			Lease removed = leases.get(1);
			DataItem rejected = desktop.item(removed.itemId()).orElseThrow();
			rejected.getAnnotations().clear();
			rejected.setStatus(ItemStatus.SKIPPED);
			assertEquals(CommitOutcome.STORED, desktop.queue().commit(removed, rejected, UUID.randomUUID().toString()));
			List<String> bySuggestion = desktop.items(org.tagbench.store.ItemQuery.all(),
					org.tagbench.store.ItemOrder.ascending(org.tagbench.store.ItemOrder.Key.SUGGESTION), 0, 100).stream()
					.map(org.tagbench.store.ItemSummary::id).toList();
			assertEquals(ids.size(), bySuggestion.size());
			assertEquals(java.util.Set.of(accepted.itemId(), removed.itemId()),
					java.util.Set.copyOf(bySuggestion.subList(ids.size() - 2, ids.size())),
					"the server kept the sort key at the labeler's commits: " + bySuggestion);
			assertTrue(assist.verify().ok(), assist.verify().problems().toString());
		}
	}
}
