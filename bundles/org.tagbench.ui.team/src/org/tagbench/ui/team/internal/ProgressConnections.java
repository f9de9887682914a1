package org.tagbench.ui.team.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.tagbench.store.StoreException;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.store.postgres.ServerConnection;
import org.tagbench.ui.team.TeamLogin;

/**
 * The stores the Projects view asks for the progress of remembered team projects, kept open from one refresh to the
 * next (the view refreshes after every commit): one connection per project, opened once, instead of one per
 * project and refresh. A store whose server went away is closed (the next refresh opens a new one); a changed
 * password, or a project no longer remembered, closes it too.
 */
final class ProgressConnections {

	private record Open(String password, PostgresProjectStore store) {
	}

	private static final Map<TeamLogin, Open> OPEN = new HashMap<>();

	private ProgressConnections() {
	}

	/** The open store of the login's project, opened now (waiting at most {@code patience}) if there is none. */
	static synchronized PostgresProjectStore store(TeamLogin login, String password, Duration patience) throws StoreException {
		Open open = OPEN.get(login);
		if (open != null && open.password().equals(password)) {
			return open.store();
		}
		discard(login);
		PostgresProjectStore store = PostgresProjectStore.open(new ServerConnection(login.url(), login.user(), password,
				patience), login.project());
		OPEN.put(login, new Open(password, store));
		return store;
	}

	/** Closes the login's store (its server is away, or the project was forgotten). */
	static synchronized void discard(TeamLogin login) {
		Open open = OPEN.remove(login);
		if (open != null) {
			open.store().close();
		}
	}

	/** Closes the stores of projects no longer remembered. */
	static synchronized void keepOnly(Set<TeamLogin> remembered) {
		for (TeamLogin login : Set.copyOf(OPEN.keySet())) {
			if (!remembered.contains(login)) {
				discard(login);
			}
		}
	}
}
