package org.tagbench.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.ProjectType;
import org.tagbench.ui.team.TeamCredentials;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjectRow;
import org.tagbench.ui.testing.UiTestSupport;
import org.tagbench.ui.views.ProjectsView;

/**
 * The Projects view's team rows: refreshing asks the servers over connections kept open (not one new connection per
 * project and refresh), and Remove from List forgets a team project (its password with the last project of the
 * login) without touching the server.
 */
class TeamProjectListTest extends TeamServerTest {

	private static final String PASSWORD = "nils-Secret-3";
	private static final String REMOVE_COMMAND = "org.tagbench.ui.commands.removeFromList";

	@TempDir
	static Path temp;

	@BeforeAll
	static void seed() throws Exception {
		useSecureStorageIn(temp);
		createUser("nils", PASSWORD);
		createBoxProject("list_a", "List A", 4, "nils");
		createBoxProject("list_b", "List B", 4, "nils");
	}

	@AfterAll
	static void useDefaultStorage() {
		forgetStorage();
	}

	private static TeamLogin login(String project) {
		return new TeamLogin(cluster.url(), "nils", project);
	}

	/** Remembers both projects with the password, as connecting to each once does. */
	private static TeamCredentials rememberBoth() throws Exception {
		TeamCredentials credentials = TeamCredentials.standard();
		for (String project : new String[] { "list_a", "list_b" }) {
			credentials.save(login(project), PASSWORD);
			credentials.rememberProject(login(project), project.equals("list_a") ? "List A" : "List B",
					ProjectType.BOUNDING_BOX);
		}
		return credentials;
	}

	/** The server processes of nils's connections (one per open connection). */
	private static Set<Integer> connectionsOfNils() throws Exception {
		Set<Integer> pids = new TreeSet<>();
		try (Connection c = owner().dataSource().getConnection(); Statement statement = c.createStatement();
				ResultSet rows = statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE usename = 'nils'")) {
			while (rows.next()) {
				pids.add(rows.getInt(1));
			}
		}
		return pids;
	}

	private static TableItem row(ProjectsView view, String project) {
		for (TableItem item : view.getViewer().getTable().getItems()) {
			if (item.getData() instanceof TeamProjectRow row && row.login().project().equals(project)) {
				return item;
			}
		}
		return null;
	}

	/** Refreshes the view and waits until its background read is done and shown. */
	private static void refresh(ProjectsView view, Display display) throws InterruptedException {
		view.refresh();
		while (!view.getRefreshJob().join(50, null)) {
			UiTestSupport.flush(display);
		}
		UiTestSupport.flush(display);
	}

	@Test
	void refreshingReusesOneConnectionPerProjectAndSaysOnceThatTheServerIsAway() throws Exception {
		rememberBoth();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);

		refresh(view, display);
		assertEquals("0 / 4 (0 %)", row(view, "list_a").getText(2));
		assertEquals("0 / 4 (0 %)", row(view, "list_b").getText(2));
		Set<Integer> first = connectionsOfNils();
		assertEquals(2, first.size(), "one connection per project, kept open for the next refresh");
		for (int i = 0; i < 5; i++) {
			refresh(view, display);
		}
		assertEquals(first, connectionsOfNils(), "five more refreshes opened no connection");
		assertEquals("0 / 4 (0 %)", row(view, "list_a").getText(2));

		// the server away: both rows say so, and the view keeps working
		cluster.stopServer("fast");
		try {
			refresh(view, display);
			assertTrue(row(view, "list_a").getText(2).startsWith("server unreachable"), row(view, "list_a").getText(2));
			assertTrue(row(view, "list_b").getText(2).startsWith("server unreachable"), row(view, "list_b").getText(2));
		} finally {
			cluster.startAgain();
		}
		// back: new connections (the broken ones were dropped), reused again
		refresh(view, display);
		assertEquals("0 / 4 (0 %)", row(view, "list_b").getText(2));
		Set<Integer> after = connectionsOfNils();
		assertEquals(2, after.size());
		assertNotEquals(first, after);
		refresh(view, display);
		assertEquals(after, connectionsOfNils());
	}

	@Test
	void removeFromListForgetsTheTeamProjectAndItsPasswordButNotTheServerProject() throws Exception {
		TeamCredentials credentials = rememberBoth();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		refresh(view, display);
		assertTrue(row(view, "list_a") != null && row(view, "list_b") != null);
		page.activate(view);
		IHandlerService handlers = view.getSite().getService(IHandlerService.class);

		// the first project: gone from the list and from secure storage; the login stays for the other one
		view.getViewer().setSelection(new StructuredSelection(row(view, "list_a").getData()), true);
		UiTestSupport.flush(display);
		handlers.executeCommand(REMOVE_COMMAND, null); // fails when the command is not enabled for a team row
		assertTrue(row(view, "list_a") == null, "gone from the list at once");
		refresh(view, display);
		assertTrue(row(view, "list_a") == null, "and after a refresh");
		assertTrue(row(view, "list_b") != null);
		assertEquals(Set.of("list_b"), projectsRemembered(credentials));
		assertEquals(PASSWORD, credentials.password(login("list_b")).orElseThrow(), "list_b still needs the password");
		assertEquals(1, connectionsOfNils().size(), "the view's connection to list_a is closed");

		// the last project of the login: the password goes too
		view.getViewer().setSelection(new StructuredSelection(row(view, "list_b").getData()), true);
		UiTestSupport.flush(display);
		handlers.executeCommand(REMOVE_COMMAND, null);
		refresh(view, display);
		assertTrue(row(view, "list_b") == null);
		assertTrue(projectsRemembered(credentials).isEmpty());
		assertTrue(credentials.password(login("list_b")).isEmpty(), "the saved password is removed");
		assertTrue(credentials.logins().isEmpty(), "nothing of the login is left");
		String stored = Files.readString(temp.resolve("secure_storage"), StandardCharsets.ISO_8859_1);
		assertFalse(stored.contains("list_a") || stored.contains("list_b") || stored.contains("nils"), stored);
		assertEquals(0, connectionsOfNils().size());

		// the server is untouched
		assertEquals(2, count("SELECT count(*) FROM information_schema.schemata WHERE schema_name IN ('list_a', 'list_b')"));
		assertEquals(8, count("SELECT (SELECT count(*) FROM list_a.item) + (SELECT count(*) FROM list_b.item)"));
	}

	private static Set<String> projectsRemembered(TeamCredentials credentials) {
		Set<String> projects = new TreeSet<>();
		credentials.projects().forEach(p -> projects.add(p.login().project()));
		return projects;
	}
}
