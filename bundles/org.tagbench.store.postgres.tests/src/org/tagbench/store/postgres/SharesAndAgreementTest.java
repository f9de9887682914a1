package org.tagbench.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.store.ItemAgreement;
import org.tagbench.store.ItemOrder;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.Lease;
import org.tagbench.store.StoreException;
import org.tagbench.store.testing.TestProjects;

/** Shares of the queue given to named labelers, and the labelers' agreement for consensus review. */
class SharesAndAgreementTest {

	private static final int ITEMS = 200;

	private String schema;

	@BeforeEach
	void createProject() throws Exception {
		schema = TestServer.freshSchema("share");
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat", "dog");
		try (PostgresProjectStore owner = PostgresProjectStore.create(TestServer.superuser(), schema, project)) {
			owner.addItems(TestProjects.items(project, ITEMS));
			for (String labeler : List.of("anna", "ben")) {
				TestServer.user(labeler);
				owner.addMember(labeler, ProjectRole.LABELER);
			}
		}
	}

	private PostgresProjectStore open(String labeler) throws Exception {
		return PostgresProjectStore.open(TestServer.user(labeler), schema);
	}

	/** The items the server reserves for {@code labeler}, computed by the server's own share functions. */
	private Set<String> reservedFor(String labeler) throws Exception {
		Set<String> ids = new HashSet<>();
		try (Connection c = TestServer.superuser().dataSource().getConnection(); Statement statement = c.createStatement();
				ResultSet rows = statement.executeQuery("SELECT i.id FROM " + schema + ".item i JOIN " + schema
						+ ".share_range r ON " + schema + ".share_point(i.id) >= r.from_point AND " + schema
						+ ".share_point(i.id) < r.to_point WHERE r.labeler = '" + labeler + "'")) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	@Test
	void aShareOfTheQueueGoesToTheNamedLabelerAndNotToOthers() throws Exception {
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			owner.assignShare("anna", 0.3);
			assertEquals(Map.of("anna", 0.3), owner.shares());
			StoreException tooMuch = assertThrows(StoreException.class, () -> owner.assignShare("ben", 0.8));
			assertTrue(tooMuch.getMessage().contains("more than all of it"), tooMuch.getMessage());
			assertEquals(Map.of("anna", 0.3), owner.shares(), "the refused share changed nothing");
		}
		Set<String> annas = reservedFor("anna");
		// a hash spreads 200 items: about 60, far from none and from all
		assertTrue(annas.size() > 30 && annas.size() < 90, annas.size() + " items reserved for anna");
		try (PostgresProjectStore ben = open("ben"); PostgresProjectStore anna = open("anna")) {
			List<Lease> bens = ben.queue().lease(ITEMS, Duration.ofMinutes(5));
			assertEquals(ITEMS - annas.size(), bens.size(), "ben gets every item but anna's share");
			assertTrue(bens.stream().noneMatch(lease -> annas.contains(lease.itemId())));
			List<Lease> hers = anna.queue().lease(ITEMS, Duration.ofMinutes(5));
			assertEquals(annas, new HashSet<>(hers.stream().map(Lease::itemId).toList()), "anna gets her share");
			StoreException refused = assertThrows(StoreException.class, () -> anna.assignShare("anna", 1));
			assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
		}
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			owner.assignShare("anna", 0);
			assertTrue(owner.shares().isEmpty());
		}
	}

	@Test
	void anOwnShareComesFirstAndIsFreeForOthersOnceTaken() throws Exception {
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			owner.assignShare("anna", 0.5);
			owner.setLabelersPerItem(2);
		}
		Set<String> annas = reservedFor("anna");
		try (PostgresProjectStore anna = open("anna"); PostgresProjectStore ben = open("ben")) {
			List<Lease> first = anna.queue().lease(5, Duration.ofMinutes(5));
			assertTrue(first.stream().allMatch(lease -> annas.contains(lease.itemId())), "her share first");
			// with two labelers per item, ben may take the second labeling of an item anna holds
			List<Lease> bens = ben.queue().lease(ITEMS, Duration.ofMinutes(5));
			Set<String> benIds = new HashSet<>(bens.stream().map(Lease::itemId).toList());
			for (Lease lease : first) {
				assertTrue(benIds.contains(lease.itemId()), "taken by anna, free for a second labeler");
			}
			assertEquals(ITEMS - annas.size() + first.size(), benIds.size());
		}
	}

	@Test
	void agreementSaysHowManyLabelersAndWhetherTheyAgree() throws Exception {
		twoLabelersPerItem();
		try (PostgresProjectStore anna = open("anna"); PostgresProjectStore ben = open("ben")) {
			List<Lease> annas = anna.queue().lease(2, Duration.ofMinutes(5));
			List<Lease> bens = ben.queue().lease(2, Duration.ofMinutes(5));
			assertEquals(annas.stream().map(Lease::itemId).toList(), bens.stream().map(Lease::itemId).toList());
			String same = annas.get(0).itemId();
			String differ = annas.get(1).itemId();
			commit(anna, annas.get(0), "cat");
			commit(ben, bens.get(0), "cat");
			commit(anna, annas.get(1), "cat");
			assertEquals(List.of(new Agreement(same, anna.item(same).orElseThrow().getPath(), List.of("anna", "ben"), true)),
					anna.agreement(2, 0, 10), "the second item has one labeler so far");
			commit(ben, bens.get(1), "dog");
			List<Agreement> both = ben.agreement(2, 0, 10);
			assertEquals(2, both.size());
			Agreement disagreement = both.stream().filter(a -> a.itemId().equals(differ)).findFirst().orElseThrow();
			assertFalse(disagreement.agree(), "cat against dog");
			assertEquals(List.of("anna", "ben"), disagreement.labelers());
			assertEquals(2, anna.agreement(1, 0, 10).size());
			assertEquals(1, anna.agreement(2, 1, 10).size(), "paged");
		}
	}

	@Test
	void agreementComparesTheBoxesThemselvesNotOnlyTheirClasses() throws Exception {
		twoLabelersPerItem();
		try (PostgresProjectStore anna = open("anna"); PostgresProjectStore ben = open("ben")) {
			List<Lease> annas = anna.queue().lease(4, Duration.ofMinutes(5));
			List<Lease> bens = ben.queue().lease(4, Duration.ofMinutes(5));
			// nearly the same box (IoU 0.78): agree
			commit(anna, annas.get(0), new Box("cat", 10, 10, 40, 40));
			commit(ben, bens.get(0), new Box("cat", 12, 13, 40, 40));
			// the same class, but elsewhere on the image (IoU 0): disagree, though the class counts are equal
			commit(anna, annas.get(1), new Box("cat", 10, 10, 40, 40));
			commit(ben, bens.get(1), new Box("cat", 100, 100, 40, 40));
			// two boxes each, drawn in the other order: each finds its partner
			commit(anna, annas.get(2), new Box("cat", 0, 0, 20, 20), new Box("dog", 50, 50, 30, 30));
			commit(ben, bens.get(2), new Box("dog", 52, 49, 30, 30), new Box("cat", 1, 1, 20, 20));
			// the same place, another class: disagree
			commit(anna, annas.get(3), new Box("cat", 10, 10, 40, 40));
			commit(ben, bens.get(3), new Box("dog", 10, 10, 40, 40));

			Map<String, Boolean> agree = new java.util.HashMap<>();
			for (Agreement agreement : anna.agreement(2, 0, 10)) {
				agree.put(agreement.itemId(), agreement.agree());
			}
			assertEquals(Map.of(annas.get(0).itemId(), true, annas.get(1).itemId(), false, annas.get(2).itemId(), true,
					annas.get(3).itemId(), false), agree);
			// the review list reads the same through the ProjectStore API
			var listed = ben.agreement(annas.stream().map(Lease::itemId).toList());
			assertTrue(listed.get(annas.get(0).itemId()).agree());
			assertFalse(listed.get(annas.get(1).itemId()).agree());
			assertEquals("disagree · anna, ben", listed.get(annas.get(1).itemId()).describe(2));
		}
	}

	@Test
	void theListSortsByAgreementAndFollowsLaterCommitsReviewsAndTheNumberOfLabelers() throws Exception {
		twoLabelersPerItem();
		try (PostgresProjectStore anna = open("anna"); PostgresProjectStore ben = open("ben");
				PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			List<Lease> annas = anna.queue().lease(6, Duration.ofMinutes(5));
			List<Lease> bens = ben.queue().lease(6, Duration.ofMinutes(5));
			assertEquals(annas.stream().map(Lease::itemId).toList(), bens.stream().map(Lease::itemId).toList());
			commitInPairs(anna, annas, ben, bens, "cat", "cat", "cat", "dog", "dog", "dog", "cat", null, "dog", "cat");
			// agree, disagree, agree, waiting for ben, disagree; the rest nobody's
			assertSortedByAgreement(owner);
			// leases come in the project's order
			assertEquals(List.of(annas.get(1).itemId(), annas.get(4).itemId(), annas.get(0).itemId(), annas.get(2).itemId(),
					annas.get(3).itemId()), ids(owner, 0, 5), "disagreements, agreements, then the item waiting for ben");
			// ben's late commit: now they disagree; a labeler's list cannot compare, and keeps it apart
			commit(ben, bens.get(3), "dog");
			assertEquals(List.of(annas.get(3).itemId()), ids(anna, 4, 1),
					"not compared since the commit: after the decided and the waiting items, before nobody's");
			assertSortedByAgreement(owner);
			// a reviewer's correction of an agreeing item
			DataItem corrected = owner.item(annas.get(0).itemId()).orElseThrow();
			corrected.getAnnotations().stream().filter(a -> "ben".equals(a.getAuthor())).findFirst().orElseThrow()
					.setLabelClass(owner.project().getLabelClasses().get(1));
			owner.commit(corrected);
			assertSortedByAgreement(owner);
			// three labelers per item: no item has them all
			owner.setLabelersPerItem(3);
			assertSortedByAgreement(owner);
			assertEquals(annas.stream().limit(5).map(Lease::itemId).toList(), ids(owner, 0, 5),
					"every committed item waits for a third labeler: in the project's order");
		}
	}

	@Test
	void aProjectOfVersion8IsSortedByAgreementAfterTheMigration() throws Exception {
		twoLabelersPerItem();
		try (PostgresProjectStore anna = open("anna"); PostgresProjectStore ben = open("ben")) {
			List<Lease> annas = anna.queue().lease(3, Duration.ofMinutes(5));
			commitInPairs(anna, annas, ben, ben.queue().lease(3, Duration.ofMinutes(5)), "cat", "dog", "cat", "cat", "dog",
					null);
			TestServer.undoMigration9(schema);
			try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema);
					PostgresProjectStore watcher = PostgresProjectStore.open(TestServer.superuser(), schema)) {
				java.util.concurrent.BlockingQueue<org.tagbench.store.StoreChange> heard = new java.util.concurrent.LinkedBlockingQueue<>();
				watcher.addListener(heard::add);
				long deadline = System.nanoTime() + 30_000_000_000L;
				while (!watcher.isListening() && System.nanoTime() < deadline) {
					Thread.sleep(20);
				}
				assertTrue(watcher.isListening());
				assertSortedByAgreement(owner);
				assertEquals(List.of(annas.get(0).itemId(), annas.get(1).itemId(), annas.get(2).itemId()), ids(owner, 0, 3),
						"disagree, agree, waiting: compared after the migration");
				// announcements arrive in commit order: the marker comes first when writing the sort keys announced nothing
				String marker = "item-0000199";
				owner.setMissing(marker, true);
				org.tagbench.store.StoreChange first = heard.poll(30, java.util.concurrent.TimeUnit.SECONDS);
				assertEquals(marker, first == null ? null : first.itemId(), "comparing agreement is no change to announce");
			}
		}
	}

	/**
	 * Commits the k-th leased item as anna with the class {@code classes[2k]} and as ben with {@code classes[2k + 1]}
	 * (null: not committed by that labeler).
	 */
	private static void commitInPairs(PostgresProjectStore anna, List<Lease> annas, PostgresProjectStore ben,
			List<Lease> bens, String... classes) throws Exception {
		for (int k = 0; k < classes.length / 2; k++) {
			if (classes[2 * k] != null) {
				commit(anna, annas.get(k), classes[2 * k]);
			}
			if (classes[2 * k + 1] != null) {
				commit(ben, bens.get(k), classes[2 * k + 1]);
			}
		}
	}

	private static List<String> ids(PostgresProjectStore store, long offset, int limit) throws StoreException {
		return store.items(ItemQuery.all(), ItemOrder.ascending(ItemOrder.Key.AGREEMENT), offset, limit).stream()
				.map(ItemSummary::id).toList();
	}

	/**
	 * Checks the agreement order both ways, read in pages of 7, against what {@link PostgresProjectStore#agreement}
	 * says of each item: decided items (disagree before agree ascending, agree first descending), then those waiting
	 * for labelers, then those nobody committed, each run in the project's order (reversed descending).
	 */
	private static void assertSortedByAgreement(PostgresProjectStore store) throws StoreException {
		int perItem = store.labelersPerItem();
		List<ItemSummary> rows = store.items(ItemQuery.all(), 0, ITEMS);
		Map<String, ItemAgreement> agreements = store.agreement(rows.stream().map(ItemSummary::id).toList());
		for (boolean descending : new boolean[] { false, true }) {
			java.util.function.ToIntFunction<ItemSummary> run = row -> {
				ItemAgreement agreement = agreements.get(row.id());
				if (agreement == null) {
					return 3;
				}
				if (agreement.labelers().size() < perItem) {
					return 2;
				}
				return agreement.agree() == descending ? 0 : 1;
			};
			java.util.Comparator<ItemSummary> projectOrder = java.util.Comparator.comparingLong(ItemSummary::orderKey);
			List<String> expected = rows.stream()
					.sorted(java.util.Comparator.comparingInt(run)
							.thenComparing(descending ? projectOrder.reversed() : projectOrder))
					.map(ItemSummary::id).toList();
			List<String> listed = new java.util.ArrayList<>();
			for (int offset = 0; offset < ITEMS; offset += 7) {
				store.items(ItemQuery.all(), new ItemOrder(ItemOrder.Key.AGREEMENT, descending), offset,
						Math.min(7, ITEMS - offset)).forEach(row -> listed.add(row.id()));
			}
			assertEquals(expected, listed, "by agreement" + (descending ? " descending" : ""));
		}
	}

	private void twoLabelersPerItem() throws Exception {
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			owner.setLabelersPerItem(2);
		}
	}

	private record Box(String className, double x, double y, double w, double h) {
	}

	private static void commit(PostgresProjectStore store, Lease lease, String className) throws Exception {
		commit(store, lease, new Box(className, 1, 1, 5, 5));
	}

	private static void commit(PostgresProjectStore store, Lease lease, Box... boxes) throws Exception {
		DataItem item = store.item(lease.itemId()).orElseThrow();
		for (Box b : boxes) {
			Annotation box = TestProjects.box(store.project().getLabelClasses().stream()
					.filter(c -> c.getName().equals(b.className())).findFirst().orElseThrow(), b.x(), b.y(), b.w(), b.h());
			box.setAuthor(store.queue().labeler());
			item.getAnnotations().add(box);
		}
		item.setStatus(ItemStatus.LABELED);
		store.queue().commit(lease, item, UUID.randomUUID().toString());
	}
}
