package org.tagbench.store.local.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.tagbench.store.Reservations;
import org.tagbench.store.StoreException;

/**
 * Reservations kept in the project's {@code labels.db} (table {@code reservation}), so that every process that
 * opens the folder sees them. A session is a random id (two editors of the same labeler are two sessions); a
 * reservation is taken in one statement that succeeds only when the item is free, expired or the session's own,
 * so two processes asking at once cannot both get it. A background thread renews the session's rows while it is
 * open; a process that dies stops renewing and its items come free when their time runs out.
 */
public final class FolderReservations implements Reservations {

	private static final ScheduledExecutorService RENEWER = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Tagbench reservation renewer");
		thread.setDaemon(true);
		return thread;
	});

	private final SqliteDatabase database;
	private final String session = UUID.randomUUID().toString();
	private final String labeler;
	private final long timeoutMillis;
	private final ScheduledFuture<?> renewal;
	private volatile boolean closed;

	/**
	 * @param renewEvery how often the session's reservations are renewed; null: never (as if the process had
	 *                   stopped, for tests and tools)
	 */
	public FolderReservations(SqliteDatabase database, String labeler, Duration timeout, Duration renewEvery) {
		this.database = database;
		this.labeler = labeler;
		this.timeoutMillis = Math.max(1, timeout.toMillis());
		this.renewal = renewEvery == null ? null
				: RENEWER.scheduleWithFixedDelay(this::renewQuietly, renewEvery.toMillis(), renewEvery.toMillis(),
						TimeUnit.MILLISECONDS);
	}

	@Override
	public String labeler() {
		return labeler;
	}

	@Override
	public boolean reserve(String itemId) throws StoreException {
		check();
		long now = System.currentTimeMillis();
		return sql("reserve item " + itemId, () -> database.inTransaction(c -> {
			try (PreparedStatement upsert = c.prepareStatement("INSERT INTO reservation (item_id, holder, labeler, expires)"
					+ " VALUES (?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET holder = excluded.holder,"
					+ " labeler = excluded.labeler, expires = excluded.expires"
					+ " WHERE reservation.holder = excluded.holder OR reservation.expires <= ?")) {
				upsert.setString(1, itemId);
				upsert.setString(2, session);
				upsert.setString(3, labeler);
				upsert.setLong(4, now + timeoutMillis);
				upsert.setLong(5, now);
				return upsert.executeUpdate() > 0;
			}
		}));
	}

	@Override
	public void release(String itemId) throws StoreException {
		sql("release item " + itemId, () -> database.inTransaction(c -> {
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM reservation WHERE item_id = ? AND holder = ?")) {
				delete.setString(1, itemId);
				delete.setString(2, session);
				return delete.executeUpdate();
			}
		}));
	}

	@Override
	public Set<String> heldByOthers() throws StoreException {
		return sql("read the reservations", () -> database.read(c -> {
			try (PreparedStatement select = c.prepareStatement(
					"SELECT item_id FROM reservation WHERE holder <> ? AND expires > ?")) {
				select.setString(1, session);
				select.setLong(2, System.currentTimeMillis());
				Set<String> held = new HashSet<>();
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						held.add(rows.getString(1));
					}
				}
				return held;
			}
		}));
	}

	/** Moves the expiry of every reservation of this session to now + timeout; returns how many it holds. */
	public int renew() throws StoreException {
		check();
		return sql("renew the reservations", () -> database.inTransaction(c -> {
			try (PreparedStatement update = c.prepareStatement("UPDATE reservation SET expires = ? WHERE holder = ?")) {
				update.setLong(1, System.currentTimeMillis() + timeoutMillis);
				update.setString(2, session);
				return update.executeUpdate();
			}
		}));
	}

	private void renewQuietly() {
		try {
			if (!closed) {
				renew();
			}
		} catch (StoreException | RuntimeException e) {
			// the next round tries again; until then the reservations run on their last expiry
		}
	}

	/** Gives back this session's items and, in passing, drops reservations that ran out long ago. */
	@Override
	public void close() throws StoreException {
		if (closed) {
			return;
		}
		closed = true;
		if (renewal != null) {
			renewal.cancel(false);
		}
		sql("give back the reservations", () -> database.inTransaction(c -> {
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM reservation WHERE holder = ? OR expires < ?")) {
				delete.setString(1, session);
				delete.setLong(2, System.currentTimeMillis() - timeoutMillis);
				return delete.executeUpdate();
			}
		}));
	}

	private void check() throws StoreException {
		if (closed) {
			throw new StoreException("The reservations of " + labeler + " on " + database.file() + " are closed");
		}
	}

	private interface Sql<T> {
		T run() throws SQLException;
	}

	private <T> T sql(String what, Sql<T> work) throws StoreException {
		try {
			return work.run();
		} catch (SQLException e) {
			throw new StoreException("Cannot " + what + " in " + database.file() + ": " + e.getMessage(), e);
		}
	}
}
