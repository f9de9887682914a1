package org.tagbench.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.tagbench.store.postgres.internal.LocalCluster;

/**
 * One throwaway PostgreSQL cluster for all tests of this fragment, started on first use and removed when the
 * test JVM exits. A machine without PostgreSQL fails the tests (with the package to install); it never skips them.
 */
final class TestServer {

	private static LocalCluster cluster;
	private static final AtomicInteger NAMES = new AtomicInteger();

	private TestServer() {
	}

	static synchronized LocalCluster cluster() throws Exception {
		if (cluster == null) {
			cluster = LocalCluster.start();
			Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
		}
		return cluster;
	}

	/** The cluster's superuser, who creates projects. */
	static ServerConnection superuser() throws Exception {
		return new ServerConnection(cluster().url(), LocalCluster.SUPERUSER, LocalCluster.SUPERUSER_PASSWORD);
	}

	/** A login role with a password, member of nothing yet. */
	static ServerConnection user(String name) throws Exception {
		String password = name + "-secret";
		try (Connection c = superuser().dataSource().getConnection(); Statement statement = c.createStatement()) {
			statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + name
					+ "') THEN CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'; END IF; END $$");
		}
		return new ServerConnection(cluster().url(), name, password);
	}

	/** A schema name not used before in this run. */
	static String freshSchema(String prefix) {
		return prefix + "_" + NAMES.incrementAndGet();
	}

	/** A multi-class project on its own schema, with an admin and two labelers (connections as each). */
	record TeamProject(String schema, ServerConnection admin, ServerConnection alice, ServerConnection bob) {
	}

	/**
	 * Creates a multi-class project (classes cat, dog) of {@code items} items on a fresh schema named after
	 * {@code schemaPrefix}, with members {@code <userPrefix>_adam} (admin), {@code <userPrefix>_alice} and
	 * {@code <userPrefix>_bob} (labelers).
	 */
	static TeamProject multiClassProject(String schemaPrefix, String userPrefix, int items) throws Exception {
		String schema = freshSchema(schemaPrefix);
		org.tagbench.model.LabelingProject project = org.tagbench.store.testing.TestProjects
				.project(org.tagbench.model.ProjectType.MULTI_CLASS, "cat", "dog");
		TeamProject team = new TeamProject(schema, user(userPrefix + "_adam"), user(userPrefix + "_alice"),
				user(userPrefix + "_bob"));
		try (PostgresProjectStore owner = PostgresProjectStore.create(superuser(), schema, project)) {
			owner.addItems(org.tagbench.store.testing.TestProjects.items(project, items));
			owner.addMember(userPrefix + "_adam", ProjectRole.ADMIN);
			owner.addMember(userPrefix + "_alice", ProjectRole.LABELER);
			owner.addMember(userPrefix + "_bob", ProjectRole.LABELER);
		}
		return team;
	}

	static void execute(ServerConnection as, String sql) throws SQLException {
		try (Connection c = as.dataSource().getConnection(); Statement statement = c.createStatement()) {
			statement.execute(sql);
		}
	}

	/** The single number {@code query} gives, asked as {@code as}. */
	static long count(ServerConnection as, String query) throws SQLException {
		try (Connection c = as.dataSource().getConnection(); Statement statement = c.createStatement();
				java.sql.ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * Undoes migration 9 (each item's annotation count and agreement state) of {@code schema}, as SQL: the migration
	 * runs again at the next open (the function and trigger it replaces are created again by it).
	 */
	static void undoMigration9(String schema) throws Exception {
		execute(superuser(), "DROP TRIGGER item_changed ON " + schema + ".item; DROP INDEX " + schema
				+ ".item_by_annotation_count; DROP INDEX " + schema + ".item_by_agreement; ALTER TABLE " + schema
				+ ".item DROP COLUMN annotation_count, DROP COLUMN agreement_state; DELETE FROM " + schema
				+ ".schema_version WHERE version > 8");
	}
}
