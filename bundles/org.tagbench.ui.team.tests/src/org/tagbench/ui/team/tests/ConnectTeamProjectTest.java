package org.tagbench.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.store.Lease;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.store.postgres.ProjectRole;
import org.tagbench.store.postgres.ServerConnection;
import org.tagbench.store.postgres.internal.LocalCluster;
import org.tagbench.store.testing.TestProjects;
import org.tagbench.ui.dashboard.DashboardEditor;
import org.tagbench.ui.dashboard.ProjectFigures.Progress;
import org.tagbench.ui.team.TeamCredentials;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjects;
import org.tagbench.ui.team.internal.ConnectTeamProjectDialog;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * Connects the real workbench to a project on a throwaway PostgreSQL through the login dialog, keeps the password
 * in secure storage (encrypted, no prompt), opens the project's dashboard, and sees another labeler's commit there
 * live (LISTEN/NOTIFY), without a refresh.
 */
class ConnectTeamProjectTest {

	private static final String PROJECT = "team_ui";
	private static final String PASSWORD = "rita-Secret-42";
	private static LocalCluster cluster;

	@TempDir
	Path temp;

	@BeforeAll
	static void startServer() throws Exception {
		cluster = LocalCluster.start();
		ServerConnection owner = new ServerConnection(cluster.url(), LocalCluster.SUPERUSER, LocalCluster.SUPERUSER_PASSWORD);
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat", "dog");
		project.setName("Team Cats");
		try (Connection c = owner.dataSource().getConnection(); Statement statement = c.createStatement()) {
			statement.execute("CREATE ROLE rita LOGIN PASSWORD '" + PASSWORD + "'");
			statement.execute("CREATE ROLE lena LOGIN PASSWORD 'lena-secret'");
		}
		try (PostgresProjectStore store = PostgresProjectStore.create(owner, PROJECT, project)) {
			store.addItems(TestProjects.items(project, 20));
			store.addMember("rita", ProjectRole.REVIEWER);
			store.addMember("lena", ProjectRole.LABELER);
		}
	}

	@AfterAll
	static void stopServer() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	void connectKeepsThePasswordEncryptedAndTheDashboardShowsAnotherLabelersCommitLive() throws Exception {
		System.setProperty("tagbench.secureStorageKey", temp.resolve("master.key").toString());
		Path storageFile = temp.resolve("secure_storage");
		TeamCredentials credentials = new TeamCredentials(SecurePreferencesFactory.open(storageFile.toUri().toURL(), null));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		shell.setBounds(0, 0, 1400, 900);

		// the dialog, typed into: a bad URL is refused before Connect is enabled
		ConnectTeamProjectDialog dialog = new ConnectTeamProjectDialog(shell, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Button connect = dialog.getButtonForTest(IDialogConstants.OK_ID);
		dialog.urlText().setText("postgres://nowhere");
		assertFalse(connect.isEnabled(), "a URL that is no JDBC URL is refused");
		dialog.urlText().setText(cluster.url());
		dialog.userText().setText("rita");
		dialog.passwordText().setText(PASSWORD);
		dialog.projectText().setText(PROJECT);
		assertTrue(connect.isEnabled());
		UiTestSupport.screenshot(dialog.getShell(), "team-connect-dialog");
		connect.notifyListeners(SWT.Selection, new Event());
		TeamLogin login = dialog.login();
		assertEquals(new TeamLogin(cluster.url(), "rita", PROJECT), login);

		Job job = TeamProjects.connect(page, login, dialog.password(), dialog.rememberPassword(), credentials);
		while (!job.join(50, null)) {
			UiTestSupport.flush(display);
		}
		assertTrue(job.getResult().isOK(), job.getResult().getMessage());
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> page.getActiveEditor() instanceof DashboardEditor),
				"the team project's dashboard opens");
		DashboardEditor dashboard = (DashboardEditor) page.getActiveEditor();
		assertEquals("Team Cats (team) — Dashboard", dashboard.getEditorInput().getName());
		assertTrue(UiTestSupport.waitUntil(display, 30_000,
				() -> dashboard.progressChart().values()[Progress.REMAINING.ordinal()] == 20), "20 items to do");

		// the password is in secure storage, encrypted: not in the file as typed, and read back as typed
		TeamCredentials reread = new TeamCredentials(SecurePreferencesFactory.open(storageFile.toUri().toURL(), null));
		assertEquals(PASSWORD, reread.password(login).orElseThrow());
		assertEquals(java.util.List.of(login), reread.logins(), "the login is kept");
		String stored = Files.readString(storageFile, StandardCharsets.ISO_8859_1);
		assertFalse(stored.contains(PASSWORD), "not in plain text");
		assertFalse(stored.contains(java.util.Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8))),
				"not merely encoded");
		assertTrue(Files.isRegularFile(temp.resolve("master.key")), "the master key came from our provider, no prompt");

		// lena, on another desktop, labels an item: the dashboard shows it by itself
		try (PostgresProjectStore lena = PostgresProjectStore.open(new ServerConnection(cluster.url(), "lena", "lena-secret"),
				PROJECT)) {
			Lease lease = lena.queue().lease(1, Duration.ofMinutes(5)).get(0);
			DataItem item = lena.item(lease.itemId()).orElseThrow();
			org.tagbench.model.Annotation box = TestProjects.box(lena.project().getLabelClasses().get(0), 2, 2, 8, 8);
			box.setAuthor("lena");
			item.getAnnotations().add(box);
			item.setStatus(ItemStatus.LABELED);
			lena.queue().commit(lease, item, UUID.randomUUID().toString());
		}
		assertTrue(UiTestSupport.waitUntil(display, 30_000,
				() -> dashboard.progressChart().values()[Progress.LABELED.ordinal()] == 1
						&& dashboard.classChart().values()[0] == 1),
				"lena's commit reaches the dashboard: " + java.util.Arrays.toString(dashboard.progressChart().values()));
		assertTrue(dashboard.liveUpdates().changes() >= 1);
		UiTestSupport.waitUntil(display, 30_000, () -> dashboard.labelerTable().getItemCount() == 1);
		assertEquals("lena", dashboard.labelerTable().getItem(0).getText(0));
		Path shot = UiTestSupport.screenshot(shell, "team-dashboard-live");
		assertNotNull(shot);
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
	}
}
