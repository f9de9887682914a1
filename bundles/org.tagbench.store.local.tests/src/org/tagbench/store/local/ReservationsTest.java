package org.tagbench.store.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.Lease;
import org.tagbench.store.Reservations;
import org.tagbench.store.local.internal.HolderProcess;
import org.tagbench.store.testing.TestProjects;

/**
 * The task queue of a folder project: reservations in labels.db, seen by every store (every process) on the
 * folder. Two stores stand for two processes: each has its own SQLite connection.
 */
class ReservationsTest {

	private static final ItemQuery TO_DO = ItemQuery.all().statuses(
			java.util.EnumSet.of(ItemStatus.UNLABELED, ItemStatus.IN_PROGRESS, ItemStatus.REJECTED));

	@TempDir
	Path temp;

	private Path folder() {
		return temp.resolve("project");
	}

	private LabelingProject createProject(int items) throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		try (LocalProjectStore store = LocalProjectStore.create(folder(), project)) {
			store.addItems(TestProjects.items(project, items));
		}
		return project;
	}

	private static String first(LocalProjectStore store, long offset) throws Exception {
		return store.items(TO_DO, offset, 1).get(0).id();
	}

	@Test
	void twoStoresOnTheSameFolderAreHandedDifferentItemsAndAClosedSessionGivesItsItemsBack() throws Exception {
		createProject(10);
		try (LocalProjectStore one = LocalProjectStore.open(folder()); LocalProjectStore two = LocalProjectStore.open(folder())) {
			Reservations ann = one.reservations("ann", Duration.ofMinutes(5));
			Reservations bob = two.reservations("bob", Duration.ofMinutes(5));
			String annsItem = ann.reserveNext(one, TO_DO, Set.of()).orElseThrow();
			assertEquals(first(one, 0), annsItem, "the first item in the project's order");
			String bobsItem = bob.reserveNext(two, TO_DO, Set.of()).orElseThrow();
			assertNotEquals(annsItem, bobsItem, "an item being labeled is not handed to a second labeler");
			assertEquals(first(two, 1), bobsItem, "the next one in order instead");
			assertEquals(Set.of(annsItem), bob.heldByOthers());
			assertFalse(bob.reserve(annsItem));
			assertTrue(ann.reserve(annsItem), "asking again renews one's own reservation");

			// the queue (leases) of each store respects the other's reservations too
			List<String> leasedByTwo = two.queue().lease(3, Duration.ofMinutes(5)).stream().map(Lease::itemId).toList();
			assertFalse(leasedByTwo.contains(annsItem), leasedByTwo.toString());
			List<String> leasedByOne = one.queue().lease(3, Duration.ofMinutes(5)).stream().map(Lease::itemId).toList();
			assertTrue(leasedByOne.stream().noneMatch(leasedByTwo::contains), leasedByOne + " / " + leasedByTwo);

			ann.release(annsItem);
			assertFalse(bob.heldByOthers().contains(annsItem), "released on submit, skip or leaving the item");
			String again = ann.reserveNext(one, TO_DO, Set.of(annsItem)).orElseThrow();
			ann.close();
			assertFalse(bob.heldByOthers().contains(again), "closing the editor gives its items back");
			assertTrue(bob.reserve(again));
		}
	}

	@Test
	void aReservationThatRanOutIsHandedOutAgainWhileARenewedOneIsNot() throws Exception {
		createProject(4);
		try (LocalProjectStore one = LocalProjectStore.open(folder()); LocalProjectStore two = LocalProjectStore.open(folder())) {
			// a labeler whose process stopped: nobody renews
			Reservations gone = one.reservations("gone", Duration.ofMillis(400), null);
			// a labeler with the editor open: renewed every 100 ms, 3 s timeout
			Reservations alive = one.reservations("alive", Duration.ofSeconds(3), Duration.ofMillis(100));
			String stale = gone.reserveNext(one, TO_DO, Set.of()).orElseThrow();
			String held = alive.reserveNext(one, TO_DO, Set.of()).orElseThrow();
			long start = System.currentTimeMillis();

			Reservations bob = two.reservations("bob", Duration.ofMinutes(5));
			Set<String> bobs = new HashSet<>();
			bobs.add(bob.reserveNext(two, TO_DO, Set.of()).orElseThrow());
			assertFalse(bobs.contains(stale) || bobs.contains(held), bobs.toString());

			// wait (for a condition, not a fixed time) until the renewed one is well past its first expiry
			while (System.currentTimeMillis() < start + 7_000) {
				Thread.sleep(100);
			}
			assertEquals(Set.of(held), bob.heldByOthers(), "the stale reservation ran out, the renewed one did not");
			String next = bob.reserveNext(two, TO_DO, bobs).orElseThrow();
			assertEquals(stale, next, "an item whose reservation ran out is handed out again, in order");
			assertFalse(bob.reserve(held));
			alive.close();
			gone.close();
		}
	}

	@Test
	void theItemsOfAKilledProcessOnThisHostComeFreeAtOnceAndThoseOfALiveOneDoNot() throws Exception {
		createProject(4);
		// two real processes stand for two labeling editors on this computer: one is killed, one lives on
		Process killed = new ProcessBuilder("sleep", "120").start();
		Process alive = new ProcessBuilder("sleep", "120").start();
		try (LocalProjectStore one = LocalProjectStore.open(folder()); LocalProjectStore two = LocalProjectStore.open(folder())) {
			Reservations ofKilled = one.reservations("ann", Duration.ofMinutes(30), null,
					HolderProcess.of(killed.toHandle()));
			Reservations ofAlive = one.reservations("cleo", Duration.ofMinutes(30), null,
					HolderProcess.of(alive.toHandle()));
			String annsItem = ofKilled.reserveNext(one, TO_DO, Set.of()).orElseThrow();
			String cleosItem = ofAlive.reserveNext(one, TO_DO, Set.of()).orElseThrow();
			Reservations bob = two.reservations("bob", Duration.ofMinutes(5));
			assertEquals(Set.of(annsItem, cleosItem), bob.heldByOthers(), "both holders run");

			killed.destroyForcibly().waitFor();
			// a new session checks at once (later ones every few seconds)
			Reservations dan = two.reservations("dan", Duration.ofMinutes(5));
			assertEquals(Set.of(cleosItem), dan.heldByOthers(),
					"the killed process's item is free without waiting 30 minutes; the live one's is not");
			assertTrue(dan.reserve(annsItem));
			assertFalse(dan.reserve(cleosItem));
		} finally {
			killed.destroyForcibly();
			alive.destroyForcibly();
		}
	}

	@Test
	void aHolderIsReadBackFromItsSessionAndSessionsOfOtherHostsAreNeverTakenForDead() {
		HolderProcess self = HolderProcess.current();
		assertEquals(Optional.of(self), HolderProcess.ofSession("3f2a " + self.format()));
		assertEquals(Optional.empty(), HolderProcess.ofSession("3f2a-without-process"), "an older session");
		assertFalse(self.isGoneFromThisHost(), "this process runs");
		HolderProcess elsewhere = new HolderProcess(self.host() + "-elsewhere", Long.MAX_VALUE, 1);
		assertFalse(elsewhere.isGoneFromThisHost(), "another host's processes cannot be seen from here");
		assertTrue(new HolderProcess(self.host(), self.pid(), self.startMillis() - 60_000).isGoneFromThisHost(),
				"the same process id with another start time is a later process: the holder is gone");
	}

	@Test
	void aCommittedLabelIsNeverLostEvenWhenItsReservationRanOut() throws Exception {
		LabelingProject project = createProject(3);
		String itemId;
		try (LocalProjectStore one = LocalProjectStore.open(folder()); LocalProjectStore two = LocalProjectStore.open(folder())) {
			Reservations slow = one.reservations("slow", Duration.ofMillis(200), null);
			itemId = slow.reserveNext(one, TO_DO, Set.of()).orElseThrow();
			long start = System.currentTimeMillis();
			while (System.currentTimeMillis() < start + 400) {
				Thread.sleep(50);
			}
			Reservations bob = two.reservations("bob", Duration.ofMinutes(5));
			assertTrue(bob.reserve(itemId), "ran out: another labeler may take it");

			DataItem item = one.item(itemId).orElseThrow();
			item.getAnnotations().add(TestProjects.box(one.project().getLabelClasses().get(0), 1, 2, 3, 4));
			item.setStatus(ItemStatus.LABELED);
			one.commit(item); // the slow labeler submits late: stored all the same
			slow.release(itemId);
			assertEquals(Set.of(itemId), slow.heldByOthers(), "releasing late does not free bob's reservation");

			assertEquals(ItemStatus.LABELED, two.item(itemId).orElseThrow().getStatus());
			bob.release(itemId);
			Set<String> handed = new HashSet<>();
			for (String next; (next = bob.reserveNext(two, TO_DO, handed).orElse(null)) != null;) {
				handed.add(next);
			}
			assertEquals(2, handed.size());
			assertFalse(handed.contains(itemId), "a labeled item is not handed out again");
		}
		try (LocalProjectStore reopened = LocalProjectStore.open(folder())) {
			DataItem item = reopened.item(itemId).orElseThrow();
			assertEquals(ItemStatus.LABELED, item.getStatus());
			assertEquals(1, item.getAnnotations().size());
			assertTrue(reopened.verify().ok(), reopened.verify().problems().toString());
		}
		assertEquals("cat", project.getLabelClasses().get(0).getName());
	}

	@Test
	void skippedItemsComeBackAfterEverythingElse() throws Exception {
		createProject(3);
		try (LocalProjectStore store = LocalProjectStore.open(folder())) {
			Reservations ann = store.reservations("ann", Duration.ofMinutes(5));
			String skipped = ann.reserveNext(store, TO_DO, Set.of()).orElseThrow();
			DataItem item = store.item(skipped).orElseThrow();
			item.setStatus(ItemStatus.SKIPPED);
			store.commit(item);
			ann.release(skipped);
			Set<String> handed = new HashSet<>();
			for (String next; (next = ann.reserveNext(store, TO_DO, handed).orElse(null)) != null;) {
				handed.add(next);
			}
			assertFalse(handed.contains(skipped), handed.toString());
			assertEquals(skipped, ann.reserveNext(store, ItemQuery.withStatus(ItemStatus.SKIPPED), Set.of()).orElseThrow());
		}
	}
}
