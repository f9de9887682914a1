package org.tagbench.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.store.ItemOrder;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.postgres.internal.PgSchema;
import org.tagbench.store.testing.ProjectStoreContract;
import org.tagbench.store.testing.TestProjects;

/** The store contract on a real PostgreSQL server, and what only the server store does. */
class PostgresProjectStoreTest extends ProjectStoreContract {

	private String schema;

	@Override
	protected ProjectStore create(LabelingProject project) throws Exception {
		schema = TestServer.freshSchema("contract");
		return PostgresProjectStore.create(TestServer.superuser(), schema, project);
	}

	@Override
	protected ProjectStore reopen() throws Exception {
		return PostgresProjectStore.open(TestServer.superuser(), schema);
	}

	@Test
	void schemaVersionIsRecordedAndAProjectIsNotCreatedTwice() throws Exception {
		create(TestProjects.project(ProjectType.MULTI_CLASS, "a")).close();
		try (Connection c = TestServer.superuser().dataSource().getConnection(); Statement statement = c.createStatement();
				ResultSet rows = statement.executeQuery("SELECT max(version) FROM " + schema + ".schema_version")) {
			rows.next();
			assertEquals(PgSchema.MIGRATIONS.size(), rows.getInt(1));
		}
		StoreException twice = assertThrows(StoreException.class, () -> PostgresProjectStore.create(TestServer.superuser(),
				schema, TestProjects.project(ProjectType.MULTI_CLASS, "a")));
		assertTrue(twice.getMessage().contains("already holds a project"), twice.getMessage());
	}

	@Test
	void aSchemaOfVersion5GetsTheSortIndexesAndThePlannerUsesThem() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.MULTI_CLASS, "a");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, 3));
		}
		TestServer.execute(TestServer.superuser(), undoFirstLabels() + "; DROP INDEX " + schema + ".item_by_path; DROP INDEX "
				+ schema + ".item_by_pixels; DELETE FROM " + schema + ".schema_version WHERE version > 5");
		try (ProjectStore store = reopen()) {
			assertEquals(List.of("item-0000002", "item-0000001", "item-0000000"), store
					.items(ItemQuery.all(), ItemOrder.descending(ItemOrder.Key.PATH), 0, 3).stream().map(ItemSummary::id).toList());
		}
		try (Connection c = TestServer.superuser().dataSource().getConnection(); Statement statement = c.createStatement()) {
			try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM " + schema + ".schema_version")) {
				rows.next();
				assertEquals(PgSchema.MIGRATIONS.size(), rows.getInt(1));
			}
			// a table of 3 rows is sorted cheaper than read by index, so forbid sorting: the plan then shows whether the
			// store's ORDER BY matches an index's expression and collation
			statement.execute("SET enable_sort = off");
			for (String orderBy : List.of("i.path COLLATE \"C\" DESC, i.order_key DESC, i.id DESC",
					"(i.width::bigint * i.height), i.order_key, i.id")) {
				StringBuilder plan = new StringBuilder();
				try (ResultSet rows = statement.executeQuery("EXPLAIN SELECT i.id FROM " + schema + ".item i ORDER BY "
						+ orderBy + " LIMIT 200 OFFSET 1")) {
					while (rows.next()) {
						plan.append(rows.getString(1)).append('\n');
					}
				}
				assertTrue(plan.toString().contains(" using item_by_p"), orderBy + ": " + plan);
				assertFalse(plan.toString().contains("Sort"), orderBy + ": " + plan);
			}
		}
	}

	/** Undoes migration 7 (each item's first class and labeler), as SQL. */
	private String undoFirstLabels() {
		return "DROP FUNCTION " + schema + ".refresh_first_labels(text); DROP TRIGGER item_changed ON " + schema + ".item;"
				+ " CREATE TRIGGER item_changed AFTER UPDATE ON " + schema + ".item FOR EACH ROW EXECUTE FUNCTION " + schema
				+ ".announce_change(); DROP INDEX " + schema + ".item_by_first_class; DROP INDEX " + schema
				+ ".item_by_first_author; ALTER TABLE " + schema + ".item DROP COLUMN first_class_id, DROP COLUMN first_author";
	}

	@Test
	void aSchemaOfVersion6GetsEachItemsFirstClassAndLabelerAndThePlannerSortsByThemWithAnIndex() throws Exception {
		createWithFirstLabels();
		TestServer.execute(TestServer.superuser(),
				undoFirstLabels() + "; DELETE FROM " + schema + ".schema_version WHERE version > 6");
		try (ProjectStore store = reopen()) {
			assertFirstLabelsFilled(store);
		}
		try (Connection c = TestServer.superuser().dataSource().getConnection(); Statement statement = c.createStatement()) {
			try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM " + schema + ".schema_version")) {
				rows.next();
				assertTrue(rows.getInt(1) >= 7, "migrated to " + rows.getInt(1));
			}
			statement.execute("SET enable_sort = off");
			for (String query : List.of("WHERE i.first_class_id = 'class-dog' ORDER BY i.order_key DESC, i.id DESC",
					"WHERE i.first_author IS NOT NULL ORDER BY i.first_author COLLATE \"C\", i.order_key, i.id",
					"WHERE i.first_author IS NOT NULL ORDER BY i.first_author COLLATE \"C\" DESC, i.order_key DESC, i.id DESC")) {
				StringBuilder plan = new StringBuilder();
				try (ResultSet rows = statement.executeQuery("EXPLAIN SELECT i.id FROM " + schema + ".item i " + query
						+ " LIMIT 200 OFFSET 1")) {
					while (rows.next()) {
						plan.append(rows.getString(1)).append('\n');
					}
				}
				assertTrue(plan.toString().contains(" using item_by_first_"), query + ": " + plan);
				assertFalse(plan.toString().contains("Sort"), query + ": " + plan);
			}
		}
	}

	@Test
	void aSchemaOfVersion8GetsEachItemsAnnotationCountAndThePlannerSortsByItWithAnIndex() throws Exception {
		createWithAnnotationCounts();
		TestServer.undoMigration9(schema);
		try (ProjectStore store = reopen()) {
			assertAnnotationCountsFilled(store);
			assertSortedByAnnotations(store);
		}
		try (Connection c = TestServer.superuser().dataSource().getConnection(); Statement statement = c.createStatement()) {
			try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM " + schema + ".schema_version")) {
				rows.next();
				assertTrue(rows.getInt(1) >= 9, "migrated to " + rows.getInt(1));
			}
			statement.execute("SET enable_sort = off");
			for (String orderBy : List.of("i.annotation_count, i.order_key, i.id",
					"i.annotation_count DESC, i.order_key DESC, i.id DESC")) {
				StringBuilder plan = new StringBuilder();
				try (ResultSet rows = statement.executeQuery(
						"EXPLAIN SELECT i.id FROM " + schema + ".item i ORDER BY " + orderBy + " LIMIT 200 OFFSET 1")) {
					while (rows.next()) {
						plan.append(rows.getString(1)).append('\n');
					}
				}
				assertTrue(plan.toString().contains(" using item_by_annotation_count"), orderBy + ": " + plan);
				assertFalse(plan.toString().contains("Sort"), orderBy + ": " + plan);
			}
		}
	}

	@Test
	void aSchemaOfVersion10GetsEachItemsSuggestionScoreAndTheTriggerStillSkipsSortKeys() throws Exception {
		createWithSuggestions();
		// undoes migration 11 (the function and trigger it replaces are created again by it, as it runs them)
		TestServer.execute(TestServer.superuser(), "DROP TRIGGER item_changed ON " + schema + ".item; DROP INDEX " + schema
				+ ".item_by_prelabel_score; ALTER TABLE " + schema + ".item DROP COLUMN prelabel_score; DELETE FROM "
				+ schema + ".schema_version WHERE version > 10");
		try (ProjectStore store = reopen()) {
			assertSuggestionsFilled(store);
			assertSortedBySuggestion(store);
		}
		try (Connection c = TestServer.superuser().dataSource().getConnection(); Statement statement = c.createStatement()) {
			try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM " + schema + ".schema_version")) {
				rows.next();
				assertEquals(org.tagbench.store.postgres.internal.PgSchema.MIGRATIONS.size(), rows.getInt(1));
			}
			try (ResultSet rows = statement.executeQuery("SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t"
					+ " WHERE t.tgname = 'item_changed' AND t.tgrelid = '" + schema + ".item'::regclass")) {
				assertTrue(rows.next(), "the trigger is back");
				String definition = rows.getString(1);
				for (String column : List.of("first_class_id", "first_author", "annotation_count", "agreement_state",
						"prelabel_score")) {
					assertTrue(definition.contains("(NOT (old." + column + " IS DISTINCT FROM new." + column + "))"), column + ": " + definition);
				}
			}
			statement.execute("SET enable_sort = off");
			StringBuilder plan = new StringBuilder();
			try (ResultSet rows = statement.executeQuery("EXPLAIN SELECT i.id FROM " + schema + ".item i"
					+ " WHERE i.prelabel_score IS NOT NULL ORDER BY i.prelabel_score, i.order_key, i.id LIMIT 200 OFFSET 1")) {
				while (rows.next()) {
					plan.append(rows.getString(1)).append('\n');
				}
			}
			assertTrue(plan.toString().contains(" using item_by_prelabel_score"), plan.toString());
		}
	}

	@Test
	void aNewerSchemaIsRefusedWithAMessage() throws Exception {
		create(TestProjects.project(ProjectType.MULTI_CLASS, "a")).close();
		TestServer.execute(TestServer.superuser(), "INSERT INTO " + schema + ".schema_version (version) VALUES (99)");
		StoreException e = assertThrows(StoreException.class, this::reopen);
		assertTrue(e.getMessage().contains("written by a newer Tagbench (schema version 99"), e.getMessage());
	}

	@Test
	void openingAMissingProjectOrABadNameSaysWhat() throws Exception {
		StoreException none = assertThrows(StoreException.class,
				() -> PostgresProjectStore.open(TestServer.superuser(), "no_such_project"));
		assertTrue(none.getMessage().contains("the server has no project no_such_project"), none.getMessage());
		StoreException bad = assertThrows(StoreException.class,
				() -> PostgresProjectStore.open(TestServer.superuser(), "Robert'); DROP"));
		assertTrue(bad.getMessage().contains("cannot name a project on a server"), bad.getMessage());
		assertEquals("cats_dogs_2026", PostgresProjectStore.schemaName("Cats & Dogs 2026"));
		assertEquals("p_2026_cats", PostgresProjectStore.schemaName("2026 cats"));
	}

	@Test
	void wrongPasswordIsReportedWithTheServer() throws Exception {
		ServerConnection wrong = new ServerConnection(TestServer.cluster().url(), "tagbench", "not-the-password",
				java.time.Duration.ofSeconds(2));
		StoreException e = assertThrows(StoreException.class, () -> PostgresProjectStore.open(wrong, "anything"));
		assertTrue(e.getMessage().contains(TestServer.cluster().url()), e.getMessage());
		assertTrue(e.getMessage().contains("password authentication failed"), e.getMessage());
	}
}
