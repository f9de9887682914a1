package org.tagbench.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
