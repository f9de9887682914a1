package org.tagbench.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tagbench.store.postgres.ServerConnection;
import org.tagbench.store.postgres.internal.LocalCluster;
import org.tagbench.ui.team.TeamCredentials;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjects;
import org.tagbench.ui.testing.UiTestSupport;

/** A throwaway PostgreSQL cluster for one test class (started before its own set-up, removed after it). */
abstract class TeamServerTest {

	static LocalCluster cluster;

	@BeforeAll
	static void startCluster() throws Exception {
		cluster = LocalCluster.start();
	}

	@AfterAll
	static void removeCluster() {
		if (cluster != null) {
			cluster.close();
			cluster = null;
		}
	}

	/** The cluster's superuser, who creates projects. */
	static ServerConnection owner() {
		return new ServerConnection(cluster.url(), LocalCluster.SUPERUSER, LocalCluster.SUPERUSER_PASSWORD);
	}

	/** A login role (a person) with a password. */
	static void createUser(String name, String password) throws Exception {
		try (Connection c = owner().dataSource().getConnection(); Statement statement = c.createStatement()) {
			statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
		}
	}

	/** Secure storage (and its master key) in {@code folder} instead of the user's (undone by {@link #forgetStorage}). */
	static void useSecureStorageIn(java.nio.file.Path folder) {
		System.setProperty("tagbench.secureStorageKey", folder.resolve("master.key").toString());
		System.setProperty(TeamCredentials.STORAGE_PROPERTY, folder.resolve("secure_storage").toString());
	}

	static void forgetStorage() {
		System.clearProperty(TeamCredentials.STORAGE_PROPERTY);
	}

	/** A box project {@code schema} named {@code name} with {@code items} items, {@code labeler} one of its labelers. */
	static void createBoxProject(String schema, String name, int items, String labeler) throws Exception {
		org.tagbench.model.LabelingProject definition = org.tagbench.store.testing.TestProjects
				.project(org.tagbench.model.ProjectType.BOUNDING_BOX, "cat");
		definition.setName(name);
		try (org.tagbench.store.postgres.PostgresProjectStore store = org.tagbench.store.postgres.PostgresProjectStore
				.create(owner(), schema, definition)) {
			store.addItems(org.tagbench.store.testing.TestProjects.items(definition, items));
			store.addMember(labeler, org.tagbench.store.postgres.ProjectRole.LABELER);
		}
	}

	/** The single number {@code sql} gives, asked as the superuser. */
	static long count(String sql) throws Exception {
		try (Connection c = owner().dataSource().getConnection(); Statement statement = c.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** Connects as the workbench does, letting the UI run meanwhile, and checks that it worked. */
	static void connect(IWorkbenchPage page, TeamLogin login, String password, boolean remember,
			TeamCredentials credentials) throws InterruptedException {
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		Job job = TeamProjects.connect(page, login, password, remember, credentials);
		while (!job.join(50, null)) {
			UiTestSupport.flush(display);
		}
		assertTrue(job.getResult().isOK(), job.getResult().getMessage());
	}
}
