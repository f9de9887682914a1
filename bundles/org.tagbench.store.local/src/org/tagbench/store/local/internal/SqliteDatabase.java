package org.tagbench.store.local.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite database file, opened for crash-safe writes: write-ahead log with a full sync at each
 * commit, so a commit that returned survives a killed process and a power loss.
 * <p>
 * The driver is used through {@link SQLiteDataSource} rather than {@code DriverManager}: in OSGi the
 * latter finds drivers through the thread context class loader, which is not ours.
 * </p>
 */
public final class SqliteDatabase implements AutoCloseable {

	/** Work done with the connection inside one transaction. */
	@FunctionalInterface
	public interface Work<T> {
		T run(Connection connection) throws SQLException;
	}

	private final Path file;
	private final Connection connection;

	private SqliteDatabase(Path file, Connection connection) {
		this.file = file;
		this.connection = connection;
	}

	/**
	 * Opens (creating if needed) the database at {@code file} and brings its schema up to date.
	 *
	 * @param migrations SQL scripts, the n-th bringing the schema from version n to n+1; statements
	 *                   separated by ';' at line ends
	 */
	public static SqliteDatabase open(Path file, List<String> migrations) throws SQLException {
		SQLiteConfig config = new SQLiteConfig();
		config.setJournalMode(SQLiteConfig.JournalMode.WAL);
		config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
		config.enforceForeignKeys(true);
		config.setBusyTimeout(10_000);
		SQLiteDataSource dataSource = new SQLiteDataSource(config);
		dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
		Connection connection = dataSource.getConnection();
		SqliteDatabase database = new SqliteDatabase(file, connection);
		try {
			database.migrate(migrations);
		} catch (SQLException | RuntimeException e) {
			database.close();
			throw e;
		}
		return database;
	}

	private void migrate(List<String> migrations) throws SQLException {
		inTransaction(c -> {
			try (Statement statement = c.createStatement()) {
				statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
				int version;
				try (var rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
					version = rows.next() ? rows.getInt(1) : 0;
				}
				if (version > migrations.size()) {
					throw new SQLException(file + " was written by a newer Tagbench (schema " + version
							+ ", this version knows up to " + migrations.size() + ")");
				}
				for (int next = version; next < migrations.size(); next++) {
					for (String sql : migrations.get(next).split(";\\s*\\n")) {
						if (!sql.isBlank()) {
							statement.execute(sql);
						}
					}
					statement.execute("INSERT INTO schema_version (version) VALUES (" + (next + 1) + ")");
				}
			}
			return null;
		});
	}

	/** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
	public synchronized <T> T inTransaction(Work<T> work) throws SQLException {
		connection.setAutoCommit(false);
		try {
			T result = work.run(connection);
			connection.commit();
			return result;
		} catch (SQLException | RuntimeException e) {
			try {
				connection.rollback();
			} catch (SQLException rollbackFailure) {
				e.addSuppressed(rollbackFailure);
			}
			throw e;
		} finally {
			connection.setAutoCommit(true);
		}
	}

	/** Runs read-only {@code work} outside an explicit transaction. */
	public synchronized <T> T read(Work<T> work) throws SQLException {
		return work.run(connection);
	}

	public Path file() {
		return file;
	}

	@Override
	public synchronized void close() throws SQLException {
		connection.close();
	}
}
