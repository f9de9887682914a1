package org.tagbench.store.postgres.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.tagbench.store.StoreChange;
import org.tagbench.store.StoreListeners;

/**
 * Live updates of a team project: a thread holding a connection of its own that LISTENs on the project's
 * channel (filled by the {@code announce_change} trigger, whoever commits) and hands what arrives to the
 * store's listeners. When the connection breaks it says the server is unreachable, reconnects with back-off
 * and, once back, says so and asks for a full re-read (announcements made meanwhile are lost).
 */
public final class PgNotifications implements AutoCloseable {

	private static final int POLL_MILLIS = 500;

	private final DataSource dataSource;
	private final String channel;
	private final String where;
	private final StoreListeners listeners;
	private final Thread thread;
	private volatile boolean running = true;
	private volatile boolean listening;

	public PgNotifications(DataSource dataSource, String schema, String where, StoreListeners listeners) {
		this.dataSource = dataSource;
		this.channel = channel(schema);
		this.where = where;
		this.listeners = listeners;
		thread = new Thread(this::run, "Tagbench live updates of " + where);
		thread.setDaemon(true);
	}

	/** The project's channel (announce_change in PgSchema notifies on it). */
	public static String channel(String schema) {
		return "tagbench_" + schema;
	}

	public void start() {
		thread.start();
	}

	/** Whether the LISTEN is in place (changes committed from now on are delivered). */
	public boolean isListening() {
		return listening;
	}

	private void run() {
		boolean reachable = true;
		long pause = 200;
		while (running) {
			try (Connection c = dataSource.getConnection()) {
				try (Statement statement = c.createStatement()) {
					// the schema name is checked: letters, digits and '_' only
					statement.execute("LISTEN " + channel);
				}
				listening = true;
				pause = 200;
				if (!reachable) {
					reachable = true;
					listeners.reachabilityChanged(true, where + " is reachable again");
					listeners.changed(StoreChange.everything());
				}
				PGConnection pg = c.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] arrived = pg.getNotifications(POLL_MILLIS);
					if (arrived == null) {
						continue;
					}
					for (PGNotification notification : arrived) {
						listeners.changed(parse(notification.getParameter()));
					}
				}
			} catch (SQLException e) {
				listening = false;
				if (!running) {
					return;
				}
				if (reachable) {
					reachable = false;
					listeners.reachabilityChanged(false, "The server of " + where + " is unreachable ("
							+ e.getMessage() + "); retrying");
				}
				try {
					Thread.sleep(pause);
				} catch (InterruptedException interrupted) {
					return;
				}
				pause = Math.min(pause * 2, 5_000);
			}
		}
	}

	/** "id TAB status TAB user" from a row trigger, "*" from a statement trigger. */
	static StoreChange parse(String payload) {
		String[] parts = payload.split("\t", -1);
		if (parts.length != 3) {
			return StoreChange.everything();
		}
		return new StoreChange(parts[0], parts[1], parts[2]);
	}

	@Override
	public void close() {
		running = false;
		thread.interrupt();
		try {
			thread.join(2_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
