package org.tagbench.store.local.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite database file, opened for crash-safe writes: write-ahead log with a full sync at each
 * commit, so a commit that returned survives a killed process and a power loss.
 * <p>
 * Copying the log back into the database (a checkpoint) is done by a background thread on its own
 * connection, not by the committing thread as SQLite does by default: a checkpoint of a large project
 * writes and syncs pages all over the file and would add tens of milliseconds to an unlucky label commit.
 * </p>
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

	/** How often the background thread checkpoints when there were commits. */
	private static final long CHECKPOINT_PERIOD_MILLIS = 1_000;

	private final Path file;
	private final Connection connection;
	private final SQLiteDataSource dataSource;
	private final AtomicLong commitsSinceCheckpoint = new AtomicLong();
	private final ScheduledExecutorService checkpointer;
	private Connection checkpointConnection;

	private SqliteDatabase(Path file, Connection connection, SQLiteDataSource dataSource) {
		this.file = file;
		this.connection = connection;
		this.dataSource = dataSource;
		this.checkpointer = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "Tagbench checkpoint of " + file.getFileName());
			thread.setDaemon(true);
			return thread;
		});
		checkpointer.scheduleWithFixedDelay(this::checkpointIfNeeded, CHECKPOINT_PERIOD_MILLIS, CHECKPOINT_PERIOD_MILLIS,
				TimeUnit.MILLISECONDS);
	}

	private void checkpointIfNeeded() {
		if (commitsSinceCheckpoint.getAndSet(0) == 0) {
			return;
		}
		try {
			if (checkpointConnection == null) {
				checkpointConnection = dataSource.getConnection();
			}
			try (Statement statement = checkpointConnection.createStatement()) {
				// PASSIVE: copies what it can without waiting for the writer; the rest waits for the next round
				statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
			}
		} catch (SQLException e) {
			// not fatal: committed data is safe in the log; the next round (or close) tries again
			commitsSinceCheckpoint.incrementAndGet();
		}
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
		try (Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA wal_autocheckpoint=0");
		}
		SqliteDatabase database = new SqliteDatabase(file, connection, dataSource);
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
			commitsSinceCheckpoint.incrementAndGet();
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

	/** Stops the checkpoint thread, copies the whole log into the database, and closes. */
	@Override
	public synchronized void close() throws SQLException {
		checkpointer.shutdown();
		try {
			checkpointer.awaitTermination(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
		} catch (SQLException e) {
			// another process (the UI and a headless command) may be reading; it checkpoints when it closes
		} finally {
			if (checkpointConnection != null) {
				checkpointConnection.close();
			}
			connection.close();
		}
	}
}
