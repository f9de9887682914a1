package org.tagbench.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.labeling.ViewTransform;
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

	@AfterEach
	void closeEditors() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		UiTestSupport.flush(page.getWorkbenchWindow().getShell().getDisplay());
	}

	@AfterAll
	static void stopServer() {
		if (cluster != null) {
			cluster.close();
		}
	}

	private static <T> T editor(IWorkbenchPage page, Class<T> type) {
		for (IEditorReference reference : page.getEditorReferences()) {
			if (type.isInstance(reference.getEditor(false))) {
				return type.cast(reference.getEditor(false));
			}
		}
		return null;
	}

	private static long count(String sql) throws Exception {
		try (Connection c = owner().dataSource().getConnection(); Statement statement = c.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static ServerConnection owner() {
		return new ServerConnection(cluster.url(), LocalCluster.SUPERUSER, LocalCluster.SUPERUSER_PASSWORD);
	}

	/** A left-button drag on the editor's canvas from image point (x0, y0) to (x1, y1). */
	private static void drag(LabelingEditor editor, double x0, double y0, double x1, double y1) {
		ImageCanvas canvas = editor.canvas();
		ViewTransform t = canvas.transform();
		int[][] steps = { { SWT.MouseDown, 0 }, { SWT.MouseMove, 1 }, { SWT.MouseUp, 1 } };
		for (int[] step : steps) {
			Event event = new Event();
			event.button = step[0] == SWT.MouseMove ? 0 : 1;
			event.stateMask = step[0] == SWT.MouseDown ? 0 : SWT.BUTTON1;
			event.x = (int) Math.round(t.toViewX(step[1] == 0 ? x0 : x1));
			event.y = (int) Math.round(t.toViewY(step[1] == 0 ? y0 : y1));
			canvas.notifyListeners(step[0], event);
		}
	}

	@Test
	void aLabelersCommitWhileTheServerIsDownIsKeptAndStoredOnceWhenItIsBack() throws Exception {
		System.setProperty("tagbench.secureStorageKey", temp.resolve("master.key").toString());
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		project.setName("Team Boxes");
		// the shared image folder every desktop reads
		Path images = temp.resolve("images");
		project.getDataSources().get(0).setRootUri(images.toUri().toString());
		java.util.List<DataItem> items = TestProjects.items(project, 5);
		for (DataItem item : items) {
			java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(640, 480,
					java.awt.image.BufferedImage.TYPE_INT_RGB);
			java.awt.Graphics2D g = image.createGraphics();
			g.setColor(java.awt.Color.ORANGE);
			g.fillOval(100, 80, 300, 200);
			g.dispose();
			Path file = images.resolve(item.getPath());
			Files.createDirectories(file.getParent());
			javax.imageio.ImageIO.write(image, "png", file.toFile());
		}
		try (PostgresProjectStore store = PostgresProjectStore.create(owner(), "team_lab", project)) {
			store.addItems(items);
			store.addMember("lena", ProjectRole.LABELER);
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		shell.setBounds(0, 0, 1400, 900);
		TeamLogin login = new TeamLogin(cluster.url(), "lena", "team_lab");
		Job job = TeamProjects.connect(page, login, "lena-secret", false,
				new TeamCredentials(SecurePreferencesFactory.open(temp.resolve("storage").toUri().toURL(), null)));
		while (!job.join(50, null)) {
			UiTestSupport.flush(display);
		}
		assertTrue(job.getResult().isOK(), job.getResult().getMessage());
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> page.getActiveEditor() instanceof LabelingEditor e
				&& e.item() != null && e.canvas().transform().scale() > 0), "the labeling editor shows a leased item");
		LabelingEditor editor = (LabelingEditor) page.getActiveEditor();
		String first = editor.item().getId();
		assertEquals(1, count("SELECT count(*) FROM team_lab.assignment WHERE item_id = '" + first
				+ "' AND labeler = 'lena' AND committed_at IS NULL AND leased_until > now()"), "leased to lena");

		drag(editor, 10, 10, 200, 150);
		assertEquals(1, editor.boxes().size(), "the drag drew a box");
		editor.submit();
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> editor.queueSession().pending() == 0));
		assertEquals(1, count("SELECT count(*) FROM team_lab.annotation WHERE item_id = '" + first + "' AND author = 'lena'"));
		String second = editor.item().getId();
		assertTrue(!second.equals(first));

		cluster.stopServer("fast");
		try {
			drag(editor, 20, 20, 120, 90);
			assertEquals(1, editor.boxes().size(), "the drag drew a box");
			editor.submit();
			assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> editor.queueSession().pending() == 1
					&& editor.queueSession().problem() != null), "the commit is kept while the server is away");
			assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> editor.statusLine().contains("unreachable")),
					editor.statusLine());
			UiTestSupport.screenshot(shell, "team-editor-server-down");
		} finally {
			cluster.startAgain();
		}
		assertTrue(UiTestSupport.waitUntil(display, 90_000, () -> editor.queueSession().pending() == 0),
				"sent once the server is back: " + editor.queueSession().problem());
		assertEquals(1, count("SELECT count(*) FROM team_lab.commit_log WHERE item_id = '" + second + "'"));
		assertEquals(1, count("SELECT count(*) FROM team_lab.annotation WHERE item_id = '" + second + "' AND author = 'lena'"),
				"stored once");
		assertEquals(1, count("SELECT count(*) FROM team_lab.item WHERE id = '" + second + "' AND status = 'LABELED'"));
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> editor.item() != null), "the editor resumes");
		UiTestSupport.screenshot(shell, "team-editor-resumed");
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
		assertEquals(0, count("SELECT count(*) FROM team_lab.assignment WHERE labeler = 'lena' AND committed_at IS NULL"),
				"the lease of the item shown last is given back on close");
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
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> editor(page, DashboardEditor.class) != null
				&& page.getActiveEditor() instanceof LabelingEditor), "the team project's dashboard and labeling editor open");
		DashboardEditor dashboard = editor(page, DashboardEditor.class);
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
