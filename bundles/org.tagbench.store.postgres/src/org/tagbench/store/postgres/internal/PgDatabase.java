package org.tagbench.store.postgres.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.tagbench.store.jdbc.SqlProjectStore.Work;

/**
 * One connection to the project's server, used by one thread at a time, that outlives network errors and
 * server restarts: when the connection breaks, the work is run again on a new connection until
 * {@code patience} runs out. Every piece of work the store gives it is safe to run twice (commits carry an
 * id, registrations skip known items, a commit replaces the item's state), so a transaction whose outcome
 * was lost with the connection is simply retried.
 */
public final class PgDatabase implements AutoCloseable {

	private final DataSource dataSource;
	private final String schema;
	private final Duration patience;
	private Connection connection;

	public PgDatabase(DataSource dataSource, String schema, Duration patience) {
		this.dataSource = dataSource;
		this.schema = schema;
		this.patience = patience;
	}

	/** Runs {@code work} in one transaction; committed when it returns, rolled back when it throws. */
	public synchronized <T> T inTransaction(Work<T> work) throws SQLException {
		long deadline = System.nanoTime() + patience.toNanos();
		long pause = 100;
		while (true) {
			try {
				Connection c = connection();
				c.setAutoCommit(false);
				try {
					T result = work.run(c);
					c.commit();
					return result;
				} catch (SQLException | RuntimeException e) {
					rollbackQuietly(c, e);
					throw e;
				}
			} catch (SQLException e) {
				if (!isConnectionFailure(e) || System.nanoTime() > deadline) {
					throw e;
				}
				discardConnection();
				try {
					Thread.sleep(pause);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
				pause = Math.min(pause * 2, 2_000);
			}
		}
	}

	private static void rollbackQuietly(Connection c, Exception cause) {
		try {
			if (!c.isClosed()) {
				c.rollback();
			}
		} catch (SQLException rollbackFailure) {
			cause.addSuppressed(rollbackFailure);
		}
	}

	private Connection connection() throws SQLException {
		if (connection == null || connection.isClosed()) {
			connection = dataSource.getConnection();
			try (Statement statement = connection.createStatement()) {
				// the schema name is checked by ProjectNames: letters, digits and '_' only
				statement.execute("SET search_path TO " + schema + ", pg_temp");
			}
		}
		return connection;
	}

	private void discardConnection() {
		if (connection != null) {
			try {
				connection.close();
			} catch (SQLException e) {
				// already broken
			}
			connection = null;
		}
	}

	/**
	 * Whether the error means the connection or the server went away (the work may be retried on a new
	 * connection), rather than that the work itself was refused: SQLSTATE class 08 (connection exception),
	 * 57P01-57P03 (server shut down, crashed, or not yet accepting connections), 53300 (too many connections).
	 */
	public static boolean isConnectionFailure(SQLException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("08") || List.of("57P01", "57P02", "57P03", "53300").contains(state)) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public synchronized void close() {
		discardConnection();
	}
}
