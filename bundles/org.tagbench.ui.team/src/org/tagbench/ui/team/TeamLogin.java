package org.tagbench.ui.team;

import org.tagbench.store.postgres.ServerConnection;

/**
 * How a person reaches a team project: the server's JDBC URL, their database user and the project (schema).
 * Holds no password: that lives in secure storage ({@link TeamCredentials}).
 */
public record TeamLogin(String url, String user, String project) {

	public ServerConnection server(String password) {
		return new ServerConnection(url, user, password);
	}

	/** Where the project is, for titles and messages. */
	public String location() {
		return server(null).displayUrl() + " (project " + project + ")";
	}
}
