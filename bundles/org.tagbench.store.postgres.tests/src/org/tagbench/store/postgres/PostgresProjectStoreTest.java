package org.tagbench.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
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
