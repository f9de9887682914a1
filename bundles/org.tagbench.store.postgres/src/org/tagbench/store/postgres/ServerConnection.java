package org.tagbench.store.postgres;

import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * How to reach a PostgreSQL server as one database user. The password is held only in memory: the
 * workbench keeps it in Eclipse secure storage, the command line reads it from an environment variable or a
 * prompt (see docs/TEAM.md). Never put it in the URL.
 *
 * @param url      a JDBC URL, {@code jdbc:postgresql://host:port/database}
 * @param user     the database user, who is also the labeler's name in the project
 * @param password the user's password, or null for trust/peer authentication
 * @param patience how long an operation keeps retrying while the server is unreachable
 */
public record ServerConnection(String url, String user, String password, Duration patience) {

	public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(60);

	public ServerConnection(String url, String user, String password) {
		this(url, user, password, DEFAULT_PATIENCE);
	}

	/** The URL without its query part (which could carry secrets), for messages. */
	public String displayUrl() {
		int query = url.indexOf('?');
		return query < 0 ? url : url.substring(0, query);
	}

	/**
	 * A data source for connections of this user (a new connection each time). The driver's own data
	 * source: in OSGi, {@code DriverManager} looks drivers up through the thread
	 * context class loader, which is not ours.
	 */
	public DataSource dataSource() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(url);
		dataSource.setUser(user);
		if (password != null) {
			dataSource.setPassword(password);
		}
		dataSource.setApplicationName("Tagbench");
		dataSource.setConnectTimeout(5);
		// a commit that hangs on a dead connection fails in time and is retried on a new one
		dataSource.setSocketTimeout(30);
		dataSource.setTcpKeepAlive(true);
		return dataSource;
	}
}
