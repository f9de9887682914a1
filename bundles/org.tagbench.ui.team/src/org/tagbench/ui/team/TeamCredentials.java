package org.tagbench.ui.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.tagbench.store.StoreException;

/**
 * Team logins and their passwords in Eclipse secure storage: node
 * {@code /org.tagbench.store.postgres/<server URL>/<user>}, the password encrypted under key {@code password}, the
 * last project opened (not secret) under {@code project}. Never in a plain file.
 */
public final class TeamCredentials {

	static final String NODE = "org.tagbench.store.postgres";
	private static final String PASSWORD = "password";
	private static final String PROJECT = "project";

	private final ISecurePreferences root;

	public TeamCredentials(ISecurePreferences root) {
		this.root = root;
	}

	/** The user's default secure storage (its master password from {@code TagbenchPasswordProvider}). */
	public static TeamCredentials standard() {
		return new TeamCredentials(SecurePreferencesFactory.getDefault());
	}

	private ISecurePreferences node(TeamLogin login) {
		return root.node(NODE).node(EncodingUtils.encodeSlashes(login.url())).node(EncodingUtils.encodeSlashes(login.user()));
	}

	/** Remembers the login, with the password encrypted (null password: remember the login only). */
	public void save(TeamLogin login, String password) throws StoreException {
		try {
			ISecurePreferences node = node(login);
			node.put(PROJECT, login.project(), false);
			if (password != null) {
				node.put(PASSWORD, password, true);
			} else {
				node.remove(PASSWORD);
			}
			root.flush();
		} catch (StorageException | IOException e) {
			throw new StoreException("The password of " + login.user() + " on " + login.location()
					+ " cannot be kept in secure storage: " + e.getMessage(), e);
		}
	}

	/** The saved password of the login's user on its server, if any. */
	public Optional<String> password(TeamLogin login) throws StoreException {
		try {
			return Optional.ofNullable(node(login).get(PASSWORD, null));
		} catch (StorageException e) {
			throw new StoreException("Secure storage cannot give the password of " + login.user() + " on "
					+ login.location() + ": " + e.getMessage(), e);
		}
	}

	/** Every remembered login, with the last project opened on it. */
	public List<TeamLogin> logins() {
		List<TeamLogin> logins = new ArrayList<>();
		if (!root.nodeExists(NODE)) {
			return logins;
		}
		ISecurePreferences servers = root.node(NODE);
		for (String url : servers.childrenNames()) {
			for (String user : servers.node(url).childrenNames()) {
				try {
					String project = servers.node(url).node(user).get(PROJECT, "");
					logins.add(new TeamLogin(EncodingUtils.decodeSlashes(url), EncodingUtils.decodeSlashes(user), project));
				} catch (StorageException e) {
					// an unreadable entry is skipped; the person types the login again
				}
			}
		}
		return logins;
	}
}
