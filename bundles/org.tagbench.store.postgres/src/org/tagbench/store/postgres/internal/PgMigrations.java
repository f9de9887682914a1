package org.tagbench.store.postgres.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a project's schema up to date with {@link PgSchema#MIGRATIONS}, recording each applied version in
 * {@code <schema>.schema_version (version, applied)}. A small table of our own instead of Flyway or
 * Liquibase: both find their scripts and drivers through class-path scanning and the context class loader,
 * which needs extra work inside OSGi, for what is here a list of scripts applied in order. Two clients that
 * open an outdated project at once are serialized by a transaction-level advisory lock.
 */
public final class PgMigrations {

	private PgMigrations() {
	}

	public static boolean schemaExists(Connection c, String schema) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
			select.setString(1, schema);
			try (ResultSet rows = select.executeQuery()) {
				return rows.next();
			}
		}
	}

	/** The schema's version: 0 for a schema without a version table. */
	public static int version(Connection c, String schema) throws SQLException {
		try (PreparedStatement exists = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
			exists.setString(1, schema + ".schema_version");
			try (ResultSet rows = exists.executeQuery()) {
				rows.next();
				if (!rows.getBoolean(1)) {
					return 0;
				}
			}
		}
		try (Statement statement = c.createStatement();
				ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM " + schema + ".schema_version")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/** Applies the missing migrations inside the caller's transaction. */
	public static void migrate(Connection c, String schema) throws SQLException {
		migrate(c, schema, PgSchema.MIGRATIONS);
	}

	static void migrate(Connection c, String schema, List<String> migrations) throws SQLException {
		int version = version(c, schema);
		if (version == migrations.size()) {
			return;
		}
		if (version > migrations.size()) {
			throw new SQLException("the project was written by a newer Tagbench (schema version " + version
					+ ", this version knows up to " + migrations.size() + ")");
		}
		try (Statement statement = c.createStatement()) {
			statement.execute("SELECT pg_advisory_xact_lock(hashtext('tagbench-migrate " + schema + "'))");
			version = version(c, schema);
			if (version == 0) {
				statement.execute("CREATE TABLE IF NOT EXISTS " + schema + ".schema_version (version integer PRIMARY KEY,"
						+ " applied timestamptz NOT NULL DEFAULT now())");
			}
			for (int next = version; next < migrations.size(); next++) {
				try {
					statement.execute(migrations.get(next).replace("${schema}", schema));
				} catch (SQLException e) {
					throw new SQLException("the project's schema cannot be brought from version " + next + " to "
							+ (next + 1) + " (the project admin must open it once with this Tagbench): " + e.getMessage(),
							e.getSQLState(), e);
				}
				statement.execute("INSERT INTO " + schema + ".schema_version (version) VALUES (" + (next + 1) + ")");
			}
		}
	}
}
