package org.tagbench.ui.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.tagbench.model.ProjectType;
import org.tagbench.store.StoreException;

/**
 * Team logins and their passwords in Eclipse secure storage: node
 * {@code /org.tagbench.store.postgres/<server URL>/<user>}, the password encrypted under key {@code password}, the
 * last project opened (not secret) under {@code project}, and the projects connected to (not secret, for the Projects
 * view) as children of {@code projects}. Never in a plain file.
 */
public final class TeamCredentials {

	static final String NODE = "org.tagbench.store.postgres";
	private static final String PASSWORD = "password";
	private static final String PROJECT = "project";
	private static final String PROJECTS = "projects";
	private static final String NAME = "name";
	private static final String TYPE = "type";

	private final ISecurePreferences root;

	public TeamCredentials(ISecurePreferences root) {
		this.root = root;
	}

	/**
	 * The user's default secure storage (its master password from {@code TagbenchPasswordProvider}), or the
	 * storage file the system property {@value #STORAGE_PROPERTY} names (tests, scripted starts).
	 */
	public static TeamCredentials standard() {
		String file = System.getProperty(STORAGE_PROPERTY);
		if (file != null) {
			try {
				return new TeamCredentials(SecurePreferencesFactory.open(Path.of(file).toUri().toURL(), null));
			} catch (IOException e) {
				throw new IllegalStateException("The secure storage " + file + " cannot be opened: " + e.getMessage(), e);
			}
		}
		return new TeamCredentials(SecurePreferencesFactory.getDefault());
	}

	/** A system property naming the secure storage file to use instead of the user's default one. */
	public static final String STORAGE_PROPERTY = "tagbench.secureStorage";

	/** A team project connected before: how to reach it, its name and type (no password). */
	public record RememberedProject(TeamLogin login, String name, ProjectType type) {
	}

	/** Remembers a project connected to (listed in the Projects view), under its login; nothing secret. */
	public void rememberProject(TeamLogin login, String name, ProjectType type) throws StoreException {
		try {
			ISecurePreferences node = node(login).node(PROJECTS).node(EncodingUtils.encodeSlashes(login.project()));
			node.put(NAME, name, false);
			node.put(TYPE, type.getName(), false);
			root.flush();
		} catch (StorageException | IOException e) {
			throw new StoreException("The team project " + login.location() + " cannot be remembered: " + e.getMessage(), e);
		}
	}

	/**
	 * Forgets a remembered project (it leaves the Projects view); when no other project of the same server and user
	 * is remembered, the whole login goes too, its saved password included. Nothing on the server changes.
	 */
	public void forgetProject(TeamLogin login) throws StoreException {
		try {
			ISecurePreferences node = node(login);
			if (Arrays.asList(node.childrenNames()).contains(PROJECTS)) {
				ISecurePreferences projects = node.node(PROJECTS);
				String key = EncodingUtils.encodeSlashes(login.project());
				if (Arrays.asList(projects.childrenNames()).contains(key)) {
					projects.node(key).removeNode();
				}
			}
			boolean othersLeft = Arrays.asList(node.childrenNames()).contains(PROJECTS)
					&& node.node(PROJECTS).childrenNames().length > 0;
			if (!othersLeft) {
				ISecurePreferences server = node.parent();
				node.removeNode(); // the password with it
				if (server.childrenNames().length == 0) {
					server.removeNode();
				}
			}
			root.flush();
		} catch (IOException | IllegalStateException e) {
			throw new StoreException("The team project " + login.location() + " cannot be forgotten in secure storage: "
					+ e.getMessage(), e);
		}
	}

	/** Every team project connected before, by server, user and project. */
	public List<RememberedProject> projects() {
		List<RememberedProject> projects = new ArrayList<>();
		if (!root.nodeExists(NODE)) {
			return projects;
		}
		ISecurePreferences servers = root.node(NODE);
		for (String url : servers.childrenNames()) {
			for (String user : servers.node(url).childrenNames()) {
				ISecurePreferences login = servers.node(url).node(user);
				if (!Arrays.asList(login.childrenNames()).contains(PROJECTS)) {
					continue;
				}
				for (String project : login.node(PROJECTS).childrenNames()) {
					try {
						ISecurePreferences node = login.node(PROJECTS).node(project);
						ProjectType type = ProjectType.get(node.get(TYPE, ""));
						projects.add(new RememberedProject(new TeamLogin(EncodingUtils.decodeSlashes(url),
								EncodingUtils.decodeSlashes(user), EncodingUtils.decodeSlashes(project)),
								node.get(NAME, project), type != null ? type : ProjectType.BOUNDING_BOX));
					} catch (StorageException e) {
						// an unreadable entry is skipped; connecting again remembers it again
					}
				}
			}
		}
		return projects;
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

	/** The saved password of the login's user on its server, if any (asking creates nothing in the storage). */
	public Optional<String> password(TeamLogin login) throws StoreException {
		String path = NODE + "/" + EncodingUtils.encodeSlashes(login.url()) + "/" + EncodingUtils.encodeSlashes(login.user());
		if (!root.nodeExists(path)) {
			return Optional.empty();
		}
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
