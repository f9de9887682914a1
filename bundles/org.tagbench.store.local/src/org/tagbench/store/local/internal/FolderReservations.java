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
 * open; a process that dies stops renewing and its items come free when their time runs out — or at once when the
 * dead process ran on this computer: a session names its host and process ({@link HolderProcess}), so a process on
 * the same host can tell a killed editor from a slow one and take its items back.
 */
public final class FolderReservations implements Reservations {

	private static final ScheduledExecutorService RENEWER = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Tagbench reservation renewer");
		thread.setDaemon(true);
		return thread;
	});

	/** How often the holders of other sessions are checked for being dead processes of this host. */
	private static final long DEAD_HOLDER_CHECK_MILLIS = 2_000;

	private final SqliteDatabase database;
	private final String session;
	private final String labeler;
	private final long timeoutMillis;
	private final ScheduledFuture<?> renewal;
	private volatile boolean closed;
	private long deadHoldersCheckedAt;

	/**
	 * @param renewEvery how often the session's reservations are renewed; null: never (as if the process had
	 *                   stopped, for tests and tools)
	 */
	public FolderReservations(SqliteDatabase database, String labeler, Duration timeout, Duration renewEvery) {
		this(database, labeler, timeout, renewEvery, HolderProcess.current());
	}

	/** @param holder the process that holds this session's reservations (another one than this, for tests) */
	public FolderReservations(SqliteDatabase database, String labeler, Duration timeout, Duration renewEvery,
			HolderProcess holder) {
		this.database = database;
		this.session = UUID.randomUUID() + " " + holder.format();
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
		freeItemsOfDeadProcesses();
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
		freeItemsOfDeadProcesses();
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

	/**
	 * Deletes the reservations of sessions whose process ran on this host and is gone (killed, crashed), at most
	 * every {@link #DEAD_HOLDER_CHECK_MILLIS}; sessions of other hosts, or of an older format, run out by time.
	 */
	private void freeItemsOfDeadProcesses() throws StoreException {
		long now = System.currentTimeMillis();
		synchronized (this) {
			if (now - deadHoldersCheckedAt < DEAD_HOLDER_CHECK_MILLIS) {
				return;
			}
			deadHoldersCheckedAt = now;
		}
		Set<String> dead = sql("read the holders of reservations", () -> database.read(c -> {
			try (PreparedStatement select = c.prepareStatement(
					"SELECT DISTINCT holder FROM reservation WHERE holder <> ? AND expires > ?")) {
				select.setString(1, session);
				select.setLong(2, now);
				Set<String> holders = new HashSet<>();
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						String holder = rows.getString(1);
						if (HolderProcess.ofSession(holder).map(HolderProcess::isGoneFromThisHost).orElse(false)) {
							holders.add(holder);
						}
					}
				}
				return holders;
			}
		}));
		for (String holder : dead) {
			sql("free the items of a stopped process", () -> database.inTransaction(c -> {
				try (PreparedStatement delete = c.prepareStatement("DELETE FROM reservation WHERE holder = ?")) {
					delete.setString(1, holder);
					return delete.executeUpdate();
				}
			}));
		}
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
