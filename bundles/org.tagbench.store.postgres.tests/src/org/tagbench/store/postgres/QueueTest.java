package org.tagbench.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.Lease;
import org.tagbench.store.StoreException;
import org.tagbench.store.TaskQueue.CommitOutcome;
import org.tagbench.store.VerifyReport;
import org.tagbench.store.testing.TestProjects;

/** Leases between several labelers, each on a connection of their own, at once. */
class QueueTest {

	private static final List<String> LABELERS = List.of("lab1", "lab2", "lab3", "lab4", "lab5", "lab6");

	private String schema;

	@BeforeEach
	void createProject() throws Exception {
		schema = TestServer.freshSchema("queue");
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		try (PostgresProjectStore owner = PostgresProjectStore.create(TestServer.superuser(), schema, project)) {
			owner.addItems(TestProjects.items(project, 60));
			for (String labeler : LABELERS) {
				TestServer.user(labeler);
				owner.addMember(labeler, ProjectRole.LABELER);
			}
		}
	}

	private PostgresProjectStore open(String labeler) throws Exception {
		return PostgresProjectStore.open(TestServer.user(labeler), schema);
	}

	@Test
	void labelersLeasingAtOnceNeverShareAnItem() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(LABELERS.size());
		CountDownLatch start = new CountDownLatch(1);
		Map<String, String> holder = new ConcurrentHashMap<>();
		List<Future<Integer>> results = new ArrayList<>();
		for (String labeler : LABELERS) {
			results.add(pool.submit(() -> {
				try (PostgresProjectStore store = open(labeler)) {
					start.await();
					int leased = 0;
					for (int round = 0; round < 5; round++) {
						for (Lease lease : store.queue().lease(2 + round, Duration.ofMinutes(5))) {
							String previous = holder.putIfAbsent(lease.itemId(), labeler);
							assertTrue(previous == null || previous.equals(labeler),
									lease.itemId() + " went to " + previous + " and " + labeler);
							leased++;
						}
					}
					return leased;
				}
			}));
		}
		start.countDown();
		for (Future<Integer> result : results) {
			result.get();
		}
		pool.shutdown();
		// each labeler ends with 6 leases: 36 items of 60, none of them twice
		assertEquals(36, holder.size());
	}

	@Test
	void anExpiredLeaseGoesToTheNextLabelerAndTheLateCommitIsRefused() throws Exception {
		try (PostgresProjectStore lab1 = open("lab1"); PostgresProjectStore lab2 = open("lab2")) {
			Lease first = lab1.queue().lease(1, Duration.ofSeconds(1)).get(0);
			Thread.sleep(1_500);
			Lease taken = lab2.queue().lease(1, Duration.ofMinutes(5)).get(0);
			assertEquals(first.itemId(), taken.itemId(), "the first item in order is free again");
			DataItem item = labeled(lab1, first.itemId());
			StoreException late = assertThrows(StoreException.class,
					() -> lab1.queue().commit(first, item, UUID.randomUUID().toString()));
			assertTrue(late.getMessage().contains("ran out and the item went to another labeler"), late.getMessage());
			assertEquals(CommitOutcome.STORED, lab2.queue().commit(taken, labeled(lab2, taken.itemId()),
					UUID.randomUUID().toString()));
			DataItem stored = lab2.item(first.itemId()).orElseThrow();
			assertEquals(1, stored.getAnnotations().size());
			assertEquals("lab2", stored.getAnnotations().get(0).getAuthor());
		}
	}

	@Test
	void anExpiredLeaseNobodyTookStillCommits() throws Exception {
		try (PostgresProjectStore lab1 = open("lab1")) {
			Lease lease = lab1.queue().lease(1, Duration.ofSeconds(1)).get(0);
			Thread.sleep(1_200);
			assertEquals(CommitOutcome.STORED,
					lab1.queue().commit(lease, labeled(lab1, lease.itemId()), UUID.randomUUID().toString()));
			assertEquals(ItemStatus.LABELED, lab1.item(lease.itemId()).orElseThrow().getStatus());
		}
	}

	@Test
	void consensusHandsEachItemToExactlyNLabelersAndKeepsAllTheirLabels() throws Exception {
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			owner.setLabelersPerItem(2);
		}
		try (PostgresProjectStore lab1 = open("lab1"); PostgresProjectStore lab2 = open("lab2");
				PostgresProjectStore lab3 = open("lab3")) {
			Lease one = lab1.queue().lease(1, Duration.ofMinutes(5)).get(0);
			Lease two = lab2.queue().lease(1, Duration.ofMinutes(5)).get(0);
			Lease three = lab3.queue().lease(1, Duration.ofMinutes(5)).get(0);
			assertEquals(one.itemId(), two.itemId(), "two labelers get the same item");
			assertTrue(!three.itemId().equals(one.itemId()), "a third does not");

			lab1.queue().commit(one, labeled(lab1, one.itemId()), UUID.randomUUID().toString());
			assertEquals(ItemStatus.IN_PROGRESS, lab1.item(one.itemId()).orElseThrow().getStatus(),
					"labeled by one of two");
			lab2.queue().commit(two, labeled(lab2, two.itemId()), UUID.randomUUID().toString());
			DataItem done = lab2.item(one.itemId()).orElseThrow();
			assertEquals(ItemStatus.LABELED, done.getStatus());
			Set<String> authors = new HashSet<>();
			done.getAnnotations().forEach(annotation -> authors.add(annotation.getAuthor()));
			assertEquals(Set.of("lab1", "lab2"), authors, "each labeler's labels are kept for agreement");
			VerifyReport report = lab1.verify();
			assertTrue(report.ok(), report.problems().toString());
		}
	}

	@Test
	void anAdminAssignsAnItemToANamedLabelerAndALabelerCannot() throws Exception {
		String last;
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			last = owner.items(ItemQuery.all(), 59, 1).get(0).id();
			owner.assign(last, "lab3", Duration.ofHours(1));
		}
		try (PostgresProjectStore lab1 = open("lab1"); PostgresProjectStore lab3 = open("lab3")) {
			List<Lease> all = lab1.queue().lease(60, Duration.ofMinutes(5));
			assertEquals(59, all.size(), "every item but the assigned one");
			assertTrue(all.stream().noneMatch(lease -> lease.itemId().equals(last)));
			assertEquals(last, lab3.queue().lease(1, Duration.ofMinutes(5)).get(0).itemId(), "the assigned item comes first");
			StoreException refused = assertThrows(StoreException.class,
					() -> lab1.assign(last, "lab1", Duration.ofHours(1)));
			assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
		}
	}

	/** The item as {@code store} reads it, with one box of its labeler's added. */
	private static DataItem labeled(PostgresProjectStore store, String itemId) throws Exception {
		DataItem item = store.item(itemId).orElseThrow();
		item.getAnnotations().removeIf(annotation -> store.queue().labeler().equals(annotation.getAuthor()));
		Annotation box = TestProjects.box(store.project().getLabelClasses().get(0), 1, 1, 5, 5);
		box.setAuthor(store.queue().labeler());
		item.getAnnotations().add(box);
		item.setStatus(ItemStatus.LABELED);
		return item;
	}
}
