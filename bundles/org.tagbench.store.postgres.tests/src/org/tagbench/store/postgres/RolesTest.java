package org.tagbench.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.store.Lease;
import org.tagbench.store.StoreException;
import org.tagbench.store.TaskQueue.CommitOutcome;
import org.tagbench.store.testing.TestProjects;

/**
 * Roles are enforced by the server: each test connects as a real database user of one role and tries what
 * that role may and may not do, through the store and through raw SQL on its own connection (as a modified
 * client could).
 */
class RolesTest {

	private String schema;
	private ServerConnection alice;
	private ServerConnection bob;
	private ServerConnection rita;
	private ServerConnection adam;

	@BeforeEach
	void createProjectWithMembers() throws Exception {
		schema = TestServer.freshSchema("roles");
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat", "dog");
		alice = TestServer.user("alice");
		bob = TestServer.user("bob");
		rita = TestServer.user("rita");
		adam = TestServer.user("adam");
		try (PostgresProjectStore owner = PostgresProjectStore.create(TestServer.superuser(), schema, project)) {
			owner.addItems(TestProjects.items(project, 10));
			owner.addMember("alice", ProjectRole.LABELER);
			owner.addMember("bob", ProjectRole.LABELER);
			owner.addMember("rita", ProjectRole.REVIEWER);
			owner.addMember("adam", ProjectRole.ADMIN);
		}
	}

	/** Alice leases an item and labels it with one box. */
	private DataItem aliceLabelsOneItem() throws Exception {
		try (PostgresProjectStore store = PostgresProjectStore.open(alice, schema)) {
			Lease lease = store.queue().lease(1, Duration.ofMinutes(5)).get(0);
			DataItem item = store.item(lease.itemId()).orElseThrow();
			Annotation box = TestProjects.box(store.project().getLabelClasses().get(0), 1, 2, 3, 4);
			box.setAuthor(null);
			item.getAnnotations().add(box);
			item.setStatus(ItemStatus.LABELED);
			assertEquals(CommitOutcome.STORED, store.queue().commit(lease, item, UUID.randomUUID().toString()));
			DataItem stored = store.item(lease.itemId()).orElseThrow();
			assertEquals("alice", stored.getAnnotations().get(0).getAuthor(), "a labeler's labels carry their name");
			return stored;
		}
	}

	@Test
	void aLabelerCannotChangeProjectSettings() throws Exception {
		try (PostgresProjectStore store = PostgresProjectStore.open(alice, schema)) {
			store.project().setDescription("label everything as cat");
			StoreException save = assertThrows(StoreException.class, store::saveProject);
			assertTrue(save.getMessage().contains("permission denied for table project"), save.getMessage());
			StoreException consensus = assertThrows(StoreException.class, () -> store.setLabelersPerItem(3));
			assertTrue(consensus.getMessage().contains("permission denied"), consensus.getMessage());
			assertThrows(StoreException.class, () -> store.addItems(TestProjects.items(store.project(), 12)),
					"a labeler registers no items");
			assertThrows(StoreException.class, () -> store.addMember("bob", ProjectRole.ADMIN),
					"a labeler makes nobody admin");
		}
		SQLException raw = assertThrows(SQLException.class,
				() -> TestServer.execute(alice, "UPDATE " + schema + ".project SET labelers_per_item = 5"));
		assertTrue(raw.getMessage().contains("permission denied"), raw.getMessage());
		try (PostgresProjectStore store = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			assertEquals(null, store.project().getDescription(), "the settings are unchanged");
			assertEquals(1, store.labelersPerItem());
		}
	}

	@Test
	void aLabelerCannotChangeAnotherLabelersLabels() throws Exception {
		DataItem labeled = aliceLabelsOneItem();
		try (PostgresProjectStore store = PostgresProjectStore.open(bob, schema)) {
			DataItem item = store.item(labeled.getId()).orElseThrow();
			item.getAnnotations().clear();
			item.setStatus(ItemStatus.REJECTED);
			StoreException e = assertThrows(StoreException.class, () -> store.commit(item));
			assertTrue(e.getMessage().contains("bob may not change item " + labeled.getId()), e.getMessage());
			assertTrue(store.queue().lease(10, Duration.ofMinutes(1)).stream().noneMatch(l -> l.itemId().equals(labeled.getId())),
					"a labeled item is not leased again");
		}
		// a modified client on bob's own connection gets no further
		try (Connection c = bob.dataSource().getConnection(); Statement statement = c.createStatement()) {
			assertEquals(0, statement.executeUpdate("DELETE FROM " + schema + ".annotation WHERE author = 'alice'"));
			assertEquals(0, statement.executeUpdate("UPDATE " + schema + ".item SET status = 'REJECTED' WHERE id = '"
					+ labeled.getId() + "'"), "bob holds leases on other items, not on this one");
			SQLException forged = assertThrows(SQLException.class, () -> statement.executeUpdate("INSERT INTO " + schema
					+ ".annotation (id, item_id, kind, author, created, source) VALUES ('x', '" + labeled.getId()
					+ "', 'LABEL', 'alice', 0, 'HUMAN')"));
			assertTrue(forged.getMessage().contains("row-level security"), forged.getMessage());
			SQLException takeOver = assertThrows(SQLException.class,
					() -> statement.executeUpdate("UPDATE " + schema + ".assignment SET labeler = 'bob'"));
			assertTrue(takeOver.getMessage().contains("permission denied"), takeOver.getMessage());
			assertEquals(0, statement.executeUpdate("UPDATE " + schema + ".assignment SET committed_at = NULL"
					+ " WHERE labeler = 'alice'"), "nor reopen alice's item");
			assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM " + schema + ".item"));
		}
		try (PostgresProjectStore store = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			DataItem item = store.item(labeled.getId()).orElseThrow();
			assertEquals(ItemStatus.LABELED, item.getStatus());
			assertEquals(1, item.getAnnotations().size(), "alice's label is still there");
			assertEquals(10, store.count(org.tagbench.store.ItemQuery.all()));
		}
	}

	/**
	 * Writes, as the owner, labels on {@code itemId} that are not alice's: an imported one, bob's accepted suggestion and
	 * the machine's open suggestion.
	 */
	private void othersLabelsOn(String itemId) throws Exception {
		TestServer.execute(TestServer.superuser(), "INSERT INTO " + schema + ".annotation (id, item_id, kind, class_id,"
				+ " author, created, source, geometry) VALUES"
				+ " ('imported', '" + itemId + "', 'BOX', 'class-cat', NULL, 0, 'IMPORTED', '{1,2,3,4}'),"
				+ " ('bobs', '" + itemId + "', 'BOX', 'class-dog', 'bob', 0, 'PRELABEL_ACCEPTED', '{5,6,7,8}'),"
				+ " ('machine', '" + itemId + "', 'BOX', 'class-dog', 'tagbench-assist', 0, 'PRELABEL', '{9,9,9,9}')");
	}

	private void assign(String itemId, String user, Duration duration) throws Exception {
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			owner.assign(itemId, user, duration);
		}
	}

	/** The ids of the item's labels, as the owner sees them, in written order. */
	private String labelIds(String itemId) throws Exception {
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			return owner.item(itemId).orElseThrow().getAnnotations().stream().map(Annotation::getId)
					.collect(java.util.stream.Collectors.joining(" "));
		}
	}

	private String insertAs(String id, String itemId, String author, String source) {
		return "INSERT INTO " + schema + ".annotation (id, item_id, kind, class_id, author, created, source) VALUES ('" + id
				+ "', '" + itemId + "', 'LABEL', 'class-cat', " + (author == null ? "NULL" : "'" + author + "'") + ", 0, '"
				+ source + "')";
	}

	private static void assertRefusedByRowSecurity(Statement statement, String sql) {
		SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(sql), sql);
		assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
	}

	@Test
	void onAnItemSheHoldsALabelerWritesOnlyHerOwnLabelsAndTheMachinesSuggestions() throws Exception {
		String item = "item-0000003";
		othersLabelsOn(item);
		assign(item, "alice", Duration.ofMinutes(5));
		try (Connection c = alice.dataSource().getConnection(); Statement statement = c.createStatement()) {
			assertEquals(2, statement.executeUpdate("DELETE FROM " + schema + ".annotation WHERE item_id = '" + item + "'"),
					"the machine's suggestion and the imported label (nobody's, without consensus) are hers to correct");
			for (String[] forged : new String[][] { { "bob", "PRELABEL_ACCEPTED" }, { "bob", "HUMAN" } }) {
				assertRefusedByRowSecurity(statement, insertAs("forged", item, forged[0], forged[1]));
			}
			assertEquals(1, statement.executeUpdate(insertAs("hers", item, "alice", "HUMAN")));
			assertEquals(1, statement.executeUpdate(insertAs("suggestion", item, "tagbench-assist", "PRELABEL")));
			assertEquals(1, statement.executeUpdate(insertAs("reimported", item, null, "IMPORTED")));
		}
		assertEquals("bobs hers suggestion reimported", labelIds(item));
	}

	@Test
	void withConsensusImportedLabelsStayAsImportedForEveryLabeler() throws Exception {
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			owner.setLabelersPerItem(2);
		}
		String item = "item-0000007";
		othersLabelsOn(item);
		assign(item, "alice", Duration.ofMinutes(5));
		try (Connection c = alice.dataSource().getConnection(); Statement statement = c.createStatement()) {
			assertEquals(1, statement.executeUpdate("DELETE FROM " + schema + ".annotation WHERE item_id = '" + item + "'"),
					"only the machine's suggestion");
			assertRefusedByRowSecurity(statement, insertAs("forged", item, null, "IMPORTED"));
		}
		assertEquals("imported bobs", labelIds(item));
	}

	@Test
	void aLabelerWritesNothingOnAnItemWhoseLeaseRanOutAndWentToSomeoneElse() throws Exception {
		String item = "item-0000004";
		othersLabelsOn(item);
		assign(item, "alice", Duration.ofSeconds(1));
		Thread.sleep(1500);
		try (Connection c = alice.dataSource().getConnection(); Statement statement = c.createStatement()) {
			assertEquals(1, statement.executeUpdate(insertAs("late", item, "alice", "HUMAN")),
					"ran out, nobody took it over: her late commit is still accepted");
			assign(item, "bob", Duration.ofMinutes(5));
			assertRefusedByRowSecurity(statement, insertAs("later", item, "alice", "HUMAN"));
			assertEquals(0, statement.executeUpdate("DELETE FROM " + schema + ".annotation WHERE item_id = '" + item + "'"),
					"not even her own label or the machine's suggestion");
			assertEquals(0, statement.executeUpdate("UPDATE " + schema + ".item SET status = 'LABELED' WHERE id = '" + item
					+ "'"), "nor the item's status");
		}
		try (PostgresProjectStore store = PostgresProjectStore.open(alice, schema)) {
			DataItem late = store.item(item).orElseThrow();
			StoreException e = assertThrows(StoreException.class,
					() -> store.queue().commit(new Lease(item, "alice", 0), late, UUID.randomUUID().toString()));
			assertTrue(e.getMessage().contains("went to another labeler"), e.getMessage());
		}
		try (Connection c = bob.dataSource().getConnection(); Statement statement = c.createStatement()) {
			assertEquals(1, statement.executeUpdate("DELETE FROM " + schema + ".annotation WHERE id = 'machine'"),
					"the item is bob's now");
		}
		assertEquals("imported bobs late", labelIds(item));
	}

	@Test
	void aLabelersQueueCommitCorrectsImportedLabelsInPlaceLeavesOthersAsTheyAreAndKeepsHerChangeOfOneAsHerOwn()
			throws Exception {
		String item = "item-0000005";
		othersLabelsOn(item);
		assign(item, "alice", Duration.ofMinutes(5));
		try (PostgresProjectStore store = PostgresProjectStore.open(alice, schema)) {
			DataItem shown = store.item(item).orElseThrow();
			assertEquals(3, shown.getAnnotations().size());
			// she moves the imported box, removes bob's and the machine's, and draws one of her own
			org.tagbench.model.BoundingBox imported = (org.tagbench.model.BoundingBox) shown.getAnnotations().get(0);
			imported.setX(10);
			shown.getAnnotations().removeIf(a -> "bobs".equals(a.getId()) || "machine".equals(a.getId()));
			Annotation box = TestProjects.box(store.project().getLabelClasses().get(1), 20, 20, 5, 5);
			box.setAuthor(null);
			shown.getAnnotations().add(box);
			shown.setStatus(ItemStatus.LABELED);
			assertEquals(CommitOutcome.STORED, store.queue().commit(new Lease(item, "alice", 0), shown,
					UUID.randomUUID().toString()));
		}
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			DataItem stored = owner.item(item).orElseThrow();
			assertEquals(ItemStatus.LABELED, stored.getStatus());
			List<String> rows = stored.getAnnotations().stream().map(a -> (a.getId().length() > 10 ? "new" : a.getId()) + ":"
					+ a.getSource() + ":" + a.getAuthor() + ":" + ((org.tagbench.model.BoundingBox) a).getX()).toList();
			assertEquals(List.of("bobs:PRELABEL_ACCEPTED:bob:5.0", "imported:IMPORTED:null:10.0", "new:HUMAN:alice:20.0"), rows,
					"bob's label stays though she removed it; the imported box is moved in place (not kept twice); her box");
		}
	}

	/** Undoes migration 8 (the narrower labeler policies), as SQL: the policies of version 1 again. */
	private String undoNarrowerPolicies() {
		String s = schema;
		String leased = "EXISTS (SELECT 1 FROM " + s + ".assignment a WHERE a.item_id = annotation.item_id AND a.labeler = current_user)";
		return "DROP POLICY leased ON " + s + ".item; CREATE POLICY leased ON " + s + ".item FOR UPDATE TO " + s
				+ "_labeler USING (EXISTS (SELECT 1 FROM " + s + ".assignment a WHERE a.item_id = item.id AND a.labeler = current_user));"
				+ " DROP POLICY own_on_leased ON " + s + ".annotation; CREATE POLICY own_on_leased ON " + s
				+ ".annotation FOR INSERT TO " + s + "_labeler WITH CHECK ((author = current_user OR source <> 'HUMAN') AND "
				+ leased + ");"
				+ " DROP POLICY own_on_leased_delete ON " + s + ".annotation; CREATE POLICY own_on_leased_delete ON " + s
				+ ".annotation FOR DELETE TO " + s + "_labeler USING ((author = current_user OR source <> 'HUMAN') AND "
				+ leased + ");"
				+ " DROP FUNCTION " + s + ".holds_item(text); DELETE FROM " + s + ".schema_version WHERE version > 7";
	}

	/** How many of the item's labels alice's connection would delete (rolled back: nothing changes). */
	private int aliceCouldDelete(String itemId) throws SQLException {
		try (Connection c = alice.dataSource().getConnection(); Statement statement = c.createStatement()) {
			c.setAutoCommit(false);
			try {
				return statement.executeUpdate("DELETE FROM " + schema + ".annotation WHERE item_id = '" + itemId + "'");
			} finally {
				c.rollback();
			}
		}
	}

	@Test
	void aProjectOfVersion7GetsTheNarrowerLabelerPoliciesAndKeepsItsLabels() throws Exception {
		DataItem labeled = aliceLabelsOneItem();
		String item = "item-0000006";
		othersLabelsOn(item);
		assign(item, "alice", Duration.ofMinutes(5));
		TestServer.execute(TestServer.superuser(), undoNarrowerPolicies());
		assertEquals(3, aliceCouldDelete(item), "version 7: her connection could remove imported labels and bob's");
		try (PostgresProjectStore owner = PostgresProjectStore.open(TestServer.superuser(), schema)) {
			assertEquals(1, owner.item(labeled.getId()).orElseThrow().getAnnotations().size(), "her committed label stays");
			assertEquals(10, owner.count(org.tagbench.store.ItemQuery.all()));
		}
		assertEquals(org.tagbench.store.postgres.internal.PgSchema.MIGRATIONS.size(), (int) TestServer.count(TestServer.superuser(), "SELECT max(version) FROM " + schema + ".schema_version"));
		assertEquals(2, aliceCouldDelete(item), "version 8: the machine's suggestion and the imported label, not bob's");
		assertEquals("imported bobs machine", labelIds(item));
	}

	@Test
	void aReviewerChangesLabelsButNotSettingsAndAnAdminChangesSettings() throws Exception {
		DataItem labeled = aliceLabelsOneItem();
		try (PostgresProjectStore store = PostgresProjectStore.open(rita, schema)) {
			DataItem item = store.item(labeled.getId()).orElseThrow();
			item.getAnnotations().clear();
			item.setStatus(ItemStatus.REJECTED);
			store.commit(item);
			assertEquals(ItemStatus.REJECTED, store.item(labeled.getId()).orElseThrow().getStatus());
			assertTrue(store.item(labeled.getId()).orElseThrow().getAnnotations().isEmpty());
			store.project().setDescription("reviewers may not");
			assertThrows(StoreException.class, store::saveProject);
		}
		try (PostgresProjectStore store = PostgresProjectStore.open(adam, schema)) {
			store.project().setDescription("Boxes tight around the animal.");
			store.saveProject();
			store.setLabelersPerItem(2);
		}
		try (PostgresProjectStore store = PostgresProjectStore.open(alice, schema)) {
			assertEquals("Boxes tight around the animal.", store.project().getDescription());
			assertEquals(2, store.labelersPerItem());
		}
	}

	@Test
	void aStrangerCannotOpenTheProject() throws Exception {
		ServerConnection mallory = TestServer.user("mallory");
		StoreException e = assertThrows(StoreException.class, () -> {
			try (PostgresProjectStore store = PostgresProjectStore.open(mallory, schema)) {
				store.count(org.tagbench.store.ItemQuery.all());
			}
		});
		assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
	}
}
