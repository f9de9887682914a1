package org.tagbench.store.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.ItemOrder;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreChange;
import org.tagbench.store.Subscription;
import org.tagbench.store.StoreException;
import org.tagbench.store.VerifyReport;
import org.tagbench.store.local.internal.Schema;
import org.tagbench.store.local.internal.SqliteDatabase;
import org.tagbench.store.testing.LabelInOtherProcess;
import org.tagbench.store.testing.ProjectStoreContract;
import org.tagbench.store.testing.TestProjects;

/** The store contract on a project folder, and what only the folder store does. */
class LocalProjectStoreTest extends ProjectStoreContract {

	@TempDir
	Path temp;

	private Path folder() {
		return temp.resolve("project");
	}

	@Override
	protected ProjectStore create(LabelingProject project) throws StoreException {
		return LocalProjectStore.create(folder(), project);
	}

	@Override
	protected ProjectStore reopen() throws StoreException {
		return LocalProjectStore.open(folder());
	}

	@Test
	void aCommitThroughOneStoreReachesTheListenersOfTheOtherStoresOnTheFolderUntilTheyClose() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		List<StoreChange> heard = new CopyOnWriteArrayList<>();
		List<StoreChange> heardByOtherFolder = new CopyOnWriteArrayList<>();
		try (LocalProjectStore editor = LocalProjectStore.create(folder(), project);
				LocalProjectStore dashboard = LocalProjectStore.open(folder());
				LocalProjectStore other = LocalProjectStore.create(temp.resolve("other"),
						TestProjects.project(ProjectType.BOUNDING_BOX, "dog"))) {
			Subscription subscription = dashboard.addListener(heard::add);
			other.addListener(heardByOtherFolder::add);
			List<StoreChange> heardBySelf = new CopyOnWriteArrayList<>();
			editor.addListener(heardBySelf::add);
			editor.addItems(TestProjects.items(project, 3));
			DataItem item = editor.item("item-0000001").orElseThrow();
			item.setStatus(ItemStatus.LABELED);
			editor.commit(item);
			assertEquals(List.of(StoreChange.everything(), new StoreChange("item-0000001", "LABELED", null)), heard);
			assertTrue(heardByOtherFolder.isEmpty(), "another project hears nothing");
			assertTrue(heardBySelf.isEmpty(), "a store's own caller knows what it committed");
			subscription.close();
			editor.commit(item);
			assertEquals(2, heard.size(), "nothing after the subscription was closed");
		}
	}

	@Test
	void definitionIsHumanReadableXmi() throws Exception {
		LocalProjectStore.create(folder(), TestProjects.project(ProjectType.BOUNDING_BOX, "cat", "dog")).close();
		assertTrue(Files.readString(folder().resolve("project.tagbench")).contains("name=\"cat\""));
	}

	@Test
	void verifyReportsDamagedGeometryAndTheDamagedLabelStillLoads() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		try (LocalProjectStore store = LocalProjectStore.create(folder(), project)) {
			store.addItems(TestProjects.items(project, 2));
			DataItem item = store.item("item-0000000").orElseThrow();
			item.getAnnotations().add(TestProjects.box(project.getLabelClasses().get(0), 1, 1, 2, 2));
			store.commit(item);
		}
		damageGeometry();
		try (LocalProjectStore store = LocalProjectStore.open(folder())) {
			VerifyReport report = store.verify();
			assertFalse(report.ok());
			assertTrue(report.problems().stream().anyMatch(p -> p.contains("a BOX with a geometry of 2 bytes")),
					report.problems().toString());
			assertEquals(1, store.item("item-0000000").orElseThrow().getAnnotations().size());
		}
	}

	@Test
	void aDatabaseOfSchemaVersion1GetsTheReviewCommentColumnAndKeepsItsLabels() throws Exception {
		createWithOneBox(1);
		// turn the file back into what Tagbench wrote before the column existed
		try (var database = org.tagbench.store.local.internal.SqliteDatabase.open(folder().resolve("labels.db"),
				org.tagbench.store.local.internal.Schema.MIGRATIONS)) {
			database.inTransaction(c -> {
				c.createStatement().execute("ALTER TABLE item DROP COLUMN review_comment");
				c.createStatement().execute("DROP TABLE reservation");
				c.createStatement().execute("DROP TABLE review_note");
				c.createStatement().execute("DROP TABLE change_counter");
				dropSortIndexes(c);
				return c.createStatement().executeUpdate("DELETE FROM schema_version WHERE version > 1");
			});
		}
		try (LocalProjectStore store = LocalProjectStore.open(folder())) {
			DataItem item = store.item("item-0000000").orElseThrow();
			assertEquals(1, item.getAnnotations().size(), "labels kept by the migration");
			item.setReviewComment("again, please");
			store.commit(item);
			assertEquals("again, please", store.item("item-0000000").orElseThrow().getReviewComment());
		}
		try (var database = org.tagbench.store.local.internal.SqliteDatabase.open(folder().resolve("labels.db"),
				org.tagbench.store.local.internal.Schema.MIGRATIONS)) {
			assertEquals(org.tagbench.store.local.internal.Schema.MIGRATIONS.size(), (int) database.read(c -> {
				var rows = c.createStatement().executeQuery("SELECT max(version) FROM schema_version");
				rows.next();
				return rows.getInt(1);
			}));
		}
	}

	@Test
	void aDatabaseOfSchemaVersion4GetsTheChangeCounterAndKeepsItsLabels() throws Exception {
		createWithOneBox(2);
		try (var database = org.tagbench.store.local.internal.SqliteDatabase.open(folder().resolve("labels.db"),
				org.tagbench.store.local.internal.Schema.MIGRATIONS)) {
			database.inTransaction(c -> {
				c.createStatement().execute("DROP TABLE change_counter");
				dropSortIndexes(c);
				return c.createStatement().executeUpdate("DELETE FROM schema_version WHERE version > 4");
			});
		}
		try (LocalProjectStore store = LocalProjectStore.open(folder())) {
			assertEquals(1, store.item("item-0000000").orElseThrow().getAnnotations().size(), "labels kept by the migration");
			long before = store.changesByOtherProcesses().orElseThrow();
			DataItem other = store.item("item-0000001").orElseThrow();
			other.setStatus(ItemStatus.SKIPPED);
			store.commit(other);
			assertEquals(before, store.changesByOtherProcesses().orElseThrow(), "this process's commits do not count");
			try (var database = org.tagbench.store.local.internal.SqliteDatabase.open(folder().resolve("labels.db"),
					org.tagbench.store.local.internal.Schema.MIGRATIONS)) {
				assertEquals(Schema.MIGRATIONS.size(), (int) database.read(c -> {
					var rows = c.createStatement().executeQuery("SELECT max(version) FROM schema_version");
					rows.next();
					return rows.getInt(1);
				}));
				assertEquals(1L, (long) database.read(c -> {
					var rows = c.createStatement().executeQuery("SELECT changes FROM change_counter");
					rows.next();
					return rows.getLong(1);
				}), "the commit after the migration was counted");
			}
		}
	}

	@Test
	void aDatabaseOfSchemaVersion5GetsTheSortIndexesAndKeepsItsLabels() throws Exception {
		createWithOneBox(3);
		try (var database = SqliteDatabase.open(folder().resolve("labels.db"), Schema.MIGRATIONS)) {
			database.inTransaction(c -> {
				dropSortIndexes(c);
				return c.createStatement().executeUpdate("DELETE FROM schema_version WHERE version > 5");
			});
		}
		try (LocalProjectStore store = LocalProjectStore.open(folder())) {
			assertEquals(1, store.item("item-0000000").orElseThrow().getAnnotations().size(), "labels kept by the migration");
			assertEquals(List.of("item-0000002", "item-0000001", "item-0000000"), store
					.items(ItemQuery.all(), ItemOrder.descending(ItemOrder.Key.PATH), 0, 3).stream().map(ItemSummary::id).toList());
		}
		try (var database = SqliteDatabase.open(folder().resolve("labels.db"), Schema.MIGRATIONS)) {
			assertEquals(Schema.MIGRATIONS.size(), (int) database.read(c -> {
				var rows = c.createStatement().executeQuery("SELECT max(version) FROM schema_version");
				rows.next();
				return rows.getInt(1);
			}));
			// the plans of the list's sorted page reads walk an index instead of sorting every item
			for (String orderBy : List.of("i.path, i.order_key, i.id", "i.path DESC, i.order_key DESC, i.id DESC",
					"i.width * i.height, i.order_key, i.id", "i.width * i.height DESC, i.order_key DESC, i.id DESC")) {
				String plan = queryPlan(database, "SELECT i.id FROM item i ORDER BY "
							+ orderBy + " LIMIT 200 OFFSET 1000");
				assertTrue(plan.contains("USING INDEX item_by_") || plan.contains("USING COVERING INDEX item_by_"), orderBy + ": " + plan);
				assertFalse(plan.contains("TEMP B-TREE"), orderBy + ": " + plan);
			}
		}
	}

	@Test
	void commitsOfAnotherProcessChangeTheCounterThoseOfThisProcessDoNot() throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.MULTI_CLASS, "cat", "dog");
		try (LocalProjectStore dashboard = LocalProjectStore.create(folder(), project);
				LocalProjectStore editor = LocalProjectStore.open(folder())) {
			dashboard.addItems(TestProjects.items(project, 5));
			long start = dashboard.changesByOtherProcesses().orElseThrow();
			// this process: another store on the folder (it tells the dashboard's listeners itself) and a review note
			DataItem item = editor.item("item-0000002").orElseThrow();
			item.setStatus(ItemStatus.LABELED);
			editor.commit(item);
			dashboard.addReviewNote("item-0000002", new org.tagbench.store.ReviewNote("rita", 1, "again"));
			editor.reservations("eve", java.time.Duration.ofMinutes(1), null).reserve("item-0000003");
			assertEquals(start, dashboard.changesByOtherProcesses().orElseThrow());
			assertEquals(start, editor.changesByOtherProcesses().orElseThrow());

			LabelInOtherProcess.run(folder(), "item-0000004", 1, "olga", ItemStatus.LABELED);
			long afterOne = dashboard.changesByOtherProcesses().orElseThrow();
			assertTrue(afterOne > start, "the other process's commit shows: " + start + " -> " + afterOne);
			assertEquals(afterOne, editor.changesByOtherProcesses().orElseThrow(), "to every store of this process");
			assertEquals(afterOne, dashboard.changesByOtherProcesses().orElseThrow(), "and stays as long as nobody writes");
			DataItem labeled = dashboard.item("item-0000004").orElseThrow();
			assertEquals(ItemStatus.LABELED, labeled.getStatus());
			assertEquals("olga", labeled.getAnnotations().get(0).getAuthor());
		}
	}

	/** Undoes schema versions 7 and 6, for the tests of migrations from older versions. */
	private static void dropSortIndexes(java.sql.Connection c) throws java.sql.SQLException {
		undoFirstLabels(c);
		c.createStatement().execute("DROP INDEX item_by_path");
		c.createStatement().execute("DROP INDEX item_by_pixels");
	}

	/** Undoes schema versions 8 and 7 (the annotation count, the first class and labeler of each item). */
	private static void undoFirstLabels(java.sql.Connection c) throws java.sql.SQLException {
		undoAnnotationCounts(c);
		for (String sql : List.of("DROP INDEX item_by_first_class", "DROP INDEX item_by_first_author",
				"ALTER TABLE item DROP COLUMN first_class_id", "ALTER TABLE item DROP COLUMN first_author")) {
			c.createStatement().execute(sql);
		}
	}

	/** Undoes schema versions 9 and 8 (each item's suggestion score and annotation count). */
	private static void undoAnnotationCounts(java.sql.Connection c) throws java.sql.SQLException {
		undoSuggestionScores(c);
		c.createStatement().execute("DROP INDEX item_by_annotation_count");
		c.createStatement().execute("ALTER TABLE item DROP COLUMN annotation_count");
	}

	/** How SQLite runs {@code select}: the details of its plan, a line each. */
	private static String queryPlan(SqliteDatabase database, String select) throws Exception {
		return database.read(c -> {
			var rows = c.createStatement().executeQuery("EXPLAIN QUERY PLAN " + select);
			StringBuilder lines = new StringBuilder();
			while (rows.next()) {
				lines.append(rows.getString(4)).append('\n');
			}
			return lines.toString();
		});
	}

	/** Undoes schema version 9 (each item's best open pre-label score). */
	private static void undoSuggestionScores(java.sql.Connection c) throws java.sql.SQLException {
		c.createStatement().execute("DROP INDEX item_by_prelabel_score");
		c.createStatement().execute("ALTER TABLE item DROP COLUMN prelabel_score");
	}

	@Test
	void aDatabaseOfSchemaVersion8GetsEachItemsSuggestionScoreAndSortsByItWithAnIndex() throws Exception {
		createWithSuggestions();
		try (var database = SqliteDatabase.open(folder().resolve("labels.db"), Schema.MIGRATIONS)) {
			database.inTransaction(c -> {
				undoSuggestionScores(c);
				return c.createStatement().executeUpdate("DELETE FROM schema_version WHERE version > 8");
			});
		}
		try (LocalProjectStore store = LocalProjectStore.open(folder())) {
			assertSuggestionsFilled(store);
			assertSortedBySuggestion(store);
		}
		try (var database = SqliteDatabase.open(folder().resolve("labels.db"), Schema.MIGRATIONS)) {
			assertEquals(9, Schema.MIGRATIONS.size());
			assertEquals(9, (int) database.read(c -> {
				var rows = c.createStatement().executeQuery("SELECT max(version) FROM schema_version");
				rows.next();
				return rows.getInt(1);
			}));
			// the run of items with a suggestion is read through the index, either way (equal scores are rare: the
			// project's order among them is sorted per score, not for the whole list)
			for (String orderBy : List.of("i.prelabel_score, i.order_key, i.id", "i.prelabel_score DESC, i.order_key, i.id")) {
				String plan = queryPlan(database, "SELECT i.id FROM item i"
							+ " WHERE i.prelabel_score IS NOT NULL ORDER BY " + orderBy + " LIMIT 200 OFFSET 10");
				assertTrue(plan.contains("INDEX item_by_prelabel_score"), orderBy + ": " + plan);
				assertFalse(plan.contains("USE TEMP B-TREE FOR ORDER BY"), orderBy + ": " + plan);
			}
		}
	}

	@Test
	void verifyReportsASuggestionScoreThatDoesNotMatchThePrelabels() throws Exception {
		createWithSuggestions();
		try (var database = SqliteDatabase.open(folder().resolve("labels.db"), Schema.MIGRATIONS)) {
			database.inTransaction(c -> c.createStatement()
					.executeUpdate("UPDATE item SET prelabel_score = 0.1 WHERE id = 'item-0000002'"));
		}
		try (LocalProjectStore store = LocalProjectStore.open(folder())) {
			VerifyReport report = store.verify();
			assertEquals(List.of("item folder2/img0000002.jpg is sorted by a suggestion score of 0.1 but its best open"
					+ " pre-label scores 0.3 (open it and commit it again to mend the key)"), report.problems());
		}
	}

	@Test
	void aDatabaseOfSchemaVersion7GetsEachItemsAnnotationCountAndSortsByItWithAnIndex() throws Exception {
		createWithAnnotationCounts();
		try (var database = SqliteDatabase.open(folder().resolve("labels.db"), Schema.MIGRATIONS)) {
			database.inTransaction(c -> {
				undoAnnotationCounts(c);
				return c.createStatement().executeUpdate("DELETE FROM schema_version WHERE version > 7");
			});
		}
		try (LocalProjectStore store = LocalProjectStore.open(folder())) {
			assertAnnotationCountsFilled(store);
			assertSortedByAnnotations(store);
		}
		try (var database = SqliteDatabase.open(folder().resolve("labels.db"), Schema.MIGRATIONS)) {
			assertEquals(Schema.MIGRATIONS.size(), (int) database.read(c -> {
				var rows = c.createStatement().executeQuery("SELECT max(version) FROM schema_version");
				rows.next();
				return rows.getInt(1);
			}));
			// the list's page reads sorted by count walk an index instead of sorting every item
			for (String orderBy : List.of("i.annotation_count, i.order_key, i.id",
					"i.annotation_count DESC, i.order_key DESC, i.id DESC")) {
				String plan = queryPlan(database, "SELECT i.id FROM item i ORDER BY " + orderBy + " LIMIT 200 OFFSET 10");
				assertTrue(plan.contains("INDEX item_by_annotation_count"), orderBy + ": " + plan);
				assertFalse(plan.contains("TEMP B-TREE"), orderBy + ": " + plan);
			}
		}
	}

	@Test
	void verifyReportsAnAnnotationCountThatDoesNotMatchTheAnnotations() throws Exception {
		createWithAnnotationCounts();
		try (var database = SqliteDatabase.open(folder().resolve("labels.db"), Schema.MIGRATIONS)) {
			database.inTransaction(c -> c.createStatement()
					.executeUpdate("UPDATE item SET annotation_count = 7 WHERE id = 'item-0000002'"));
		}
		try (LocalProjectStore store = LocalProjectStore.open(folder())) {
			VerifyReport report = store.verify();
			assertEquals(List.of("item folder2/img0000002.jpg has 1 annotations but is sorted as having 7 (open it and commit it"
					+ " again to mend the count)"), report.problems());
		}
	}

	@Test
	void aDatabaseOfSchemaVersion6GetsEachItemsFirstClassAndLabelerAndSortsByThemWithAnIndex() throws Exception {
		createWithFirstLabels();
		try (var database = SqliteDatabase.open(folder().resolve("labels.db"), Schema.MIGRATIONS)) {
			database.inTransaction(c -> {
				undoFirstLabels(c);
				return c.createStatement().executeUpdate("DELETE FROM schema_version WHERE version > 6");
			});
		}
		try (LocalProjectStore store = LocalProjectStore.open(folder())) {
			assertFirstLabelsFilled(store);
		}
		try (var database = SqliteDatabase.open(folder().resolve("labels.db"), Schema.MIGRATIONS)) {
			assertEquals(Schema.MIGRATIONS.size(), (int) database.read(c -> {
				var rows = c.createStatement().executeQuery("SELECT max(version) FROM schema_version");
				rows.next();
				return rows.getInt(1);
			}));
			// a run of the class order and the labeler order walks an index instead of sorting every item
			for (String query : List.of("WHERE i.first_class_id = 'class-dog' ORDER BY i.order_key DESC, i.id DESC",
					"WHERE i.first_author IS NOT NULL ORDER BY i.first_author, i.order_key, i.id",
					"WHERE i.first_author IS NOT NULL ORDER BY i.first_author DESC, i.order_key DESC, i.id DESC")) {
				String plan = queryPlan(database, "SELECT i.id FROM item i " + query + " LIMIT 200 OFFSET 10");
				assertTrue(plan.contains("INDEX item_by_first_"), query + ": " + plan);
				assertFalse(plan.contains("TEMP B-TREE"), query + ": " + plan);
			}
		}
	}

	/** A project of {@code items} items whose first has one box, for the migration tests. */
	private void createWithOneBox(int items) throws Exception {
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		try (ProjectStore store = create(project)) {
			store.addItems(TestProjects.items(project, items));
			DataItem item = store.item("item-0000000").orElseThrow();
			item.getAnnotations().add(TestProjects.box(store.project().getLabelClasses().get(0), 1, 2, 3, 4));
			store.commit(item);
		}
	}

	/** Damages every stored geometry behind the store's back, as a bad tool or disk might. */
	private void damageGeometry() throws Exception {
		try (var database = org.tagbench.store.local.internal.SqliteDatabase.open(folder().resolve("labels.db"),
				org.tagbench.store.local.internal.Schema.MIGRATIONS)) {
			database.inTransaction(c -> c.createStatement().executeUpdate("UPDATE annotation SET geometry = x'0011'"));
		}
	}

	@Test
	void openingAFolderWithoutAProjectSaysWhatIsMissing() throws Exception {
		Files.createDirectories(folder());
		StoreException none = assertThrows(StoreException.class, () -> LocalProjectStore.open(folder()));
		assertTrue(none.getMessage().contains(folder() + " is not a Tagbench project"), none.getMessage());

		LocalProjectStore.create(folder(), TestProjects.project(ProjectType.MULTI_CLASS, "a")).close();
		Files.delete(folder().resolve("labels.db"));
		StoreException noLabels = assertThrows(StoreException.class, () -> LocalProjectStore.open(folder()));
		assertTrue(noLabels.getMessage().contains("has no labels.db"), noLabels.getMessage());

		StoreException twice = assertThrows(StoreException.class,
				() -> LocalProjectStore.create(folder(), TestProjects.project(ProjectType.MULTI_CLASS, "a")));
		assertTrue(twice.getMessage().contains("already holds a Tagbench project"), twice.getMessage());
	}

	@Test
	void damagedDefinitionIsReportedWithItsFile() throws Exception {
		LocalProjectStore.create(folder(), TestProjects.project(ProjectType.MULTI_CLASS, "a")).close();
		Files.writeString(folder().resolve("project.tagbench"), "<?xml version=\"1.0\"?><broken");
		StoreException e = assertThrows(StoreException.class, () -> LocalProjectStore.open(folder()));
		assertTrue(e.getMessage().startsWith("The project definition " + folder().resolve("project.tagbench")),
				e.getMessage());
	}
}
