package org.tagbench.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.store.Lease;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.store.postgres.ServerConnection;
import org.tagbench.store.testing.TestProjects;
import org.tagbench.ui.dashboard.DashboardEditor;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.team.TeamCredentials;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjectRow;
import org.tagbench.ui.team.internal.ConnectTeamProjectDialog;
import org.tagbench.ui.testing.UiTestSupport;
import org.tagbench.ui.views.ProjectsView;

/**
 * Team projects connected once are listed in the Projects view with type, progress (from the server) and the team
 * marker; a double-click connects with the saved password, or asks for it when none is saved; a server that is away
 * is listed as unreachable. The password is never in a plain file.
 */
class TeamProjectsViewTest extends TeamServerTest {

	private static final String PASSWORD = "mara-Secret-7";

	@TempDir
	static Path temp;

	@BeforeAll
	static void seed() throws Exception {
		useSecureStorageIn(temp);
		createUser("mara", PASSWORD);
		createBoxProject("team_view", "Team View", 6, "mara");
		createBoxProject("team_ask", "Team Ask", 6, "mara");
		// two items of team_view labeled already (on another desktop)
		try (PostgresProjectStore mara = PostgresProjectStore.open(new ServerConnection(cluster.url(), "mara", PASSWORD),
				"team_view")) {
			for (Lease lease : mara.queue().lease(2, Duration.ofMinutes(5))) {
				DataItem item = mara.item(lease.itemId()).orElseThrow();
				Annotation box = TestProjects.box(mara.project().getLabelClasses().get(0), 2, 2, 8, 8);
				box.setAuthor("mara");
				item.getAnnotations().add(box);
				item.setStatus(ItemStatus.LABELED);
				mara.queue().commit(lease, item, UUID.randomUUID().toString());
			}
		}
	}

	@AfterAll
	static void useDefaultStorage() {
		forgetStorage();
	}

	private static TableItem row(ProjectsView view, String project) {
		for (TableItem item : view.getViewer().getTable().getItems()) {
			if (item.getData() instanceof TeamProjectRow row && row.login().project().equals(project)) {
				return item;
			}
		}
		return null;
	}

	private static int editors(IWorkbenchPage page, String title) {
		int count = 0;
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) != null && reference.getEditor(false).getEditorInput().getName().startsWith(title)) {
				count++;
			}
		}
		return count;
	}

	/** A double-click on the row, as the table reports it (SWT.DefaultSelection on the selected row). */
	private static void doubleClick(ProjectsView view, TableItem item) {
		view.getViewer().setSelection(new StructuredSelection(item.getData()), true);
		Event event = new Event();
		event.item = item;
		view.getViewer().getTable().notifyListeners(SWT.DefaultSelection, event);
	}

	@Test
	void connectedTeamProjectsAreListedWithProgressAndOpenFromTheView() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		shell.setBounds(0, 0, 1400, 900);
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		TeamCredentials credentials = TeamCredentials.standard();

		// connect once: the project is remembered (login, no password in a plain file) and listed
		connect(page, new TeamLogin(cluster.url(), "mara", "team_view"), PASSWORD, true, credentials);
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> row(view, "team_view") != null
				&& row(view, "team_view").getText(2).contains("/")), "the team project is listed with its progress");
		TableItem listed = row(view, "team_view");
		assertEquals("Team View (team)", listed.getText(0));
		assertEquals("Boxes", listed.getText(1));
		assertEquals("2 / 6 (33 %)", listed.getText(2));
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
		assertEquals(0, editors(page, "Team View"));

		// a double-click connects with the saved password: dashboard and labeling editor, no dialog
		doubleClick(view, row(view, "team_view"));
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> editors(page, "Team View (team)") == 2
				&& page.getActiveEditor() instanceof LabelingEditor), "the project opens from the Projects view");
		assertTrue(java.util.Arrays.stream(page.getEditorReferences())
				.anyMatch(r -> r.getEditor(false) instanceof DashboardEditor), "with its dashboard");
		UiTestSupport.screenshot(shell, "team-projects-view");
		page.closeAllEditors(false);
		UiTestSupport.flush(display);

		// a project remembered without a password: listed as such, the double-click asks for it (filled in otherwise)
		TeamLogin ask = new TeamLogin(cluster.url(), "mara", "team_ask");
		credentials.save(ask, null);
		credentials.rememberProject(ask, "Team Ask", ProjectType.BOUNDING_BOX);
		view.refresh();
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> row(view, "team_ask") != null
				&& row(view, "team_ask").getText(2).contains("password not saved")), "listed without progress");
		AtomicReference<String> prompted = new AtomicReference<>();
		display.asyncExec(new Runnable() {
			@Override
			public void run() {
				Shell dialogShell = UiTestSupport.findShell(display, s -> s.getData() instanceof ConnectTeamProjectDialog);
				if (dialogShell == null) {
					display.asyncExec(this); // not open yet
					return;
				}
				ConnectTeamProjectDialog dialog = (ConnectTeamProjectDialog) dialogShell.getData();
				prompted.set(dialog.urlText().getText() + " " + dialog.userText().getText() + " "
						+ dialog.projectText().getText() + " [" + dialog.passwordText().getText() + "]");
				dialog.passwordText().setText(PASSWORD);
				dialog.getButtonForTest(IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
			}
		});
		doubleClick(view, row(view, "team_ask"));
		assertEquals(cluster.url() + " mara team_ask []", prompted.get(), "asked for the password only, the rest filled in");
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> editors(page, "Team Ask (team)") == 2),
				"connected with the typed password");
		assertEquals(PASSWORD, credentials.password(ask).orElseThrow(), "and kept in secure storage");
		String stored = Files.readString(temp.resolve("secure_storage"), StandardCharsets.ISO_8859_1);
		assertTrue(stored.contains("team_view") && stored.contains("team_ask"), "the projects are remembered there");
		assertFalse(stored.contains(PASSWORD), "the password is not in plain text");
		page.closeAllEditors(false);
		UiTestSupport.flush(display);

		// the server away: listed as unreachable, not hanging the view
		cluster.stopServer("fast");
		try {
			view.refresh();
			assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> row(view, "team_view") != null
					&& row(view, "team_view").getText(2).startsWith("server unreachable")),
					"an unreachable server is said: " + (row(view, "team_view") == null ? "" : row(view, "team_view").getText(2)));
			assertEquals("Team View (team)", row(view, "team_view").getText(0), "still listed by its remembered name");
			UiTestSupport.screenshot(shell, "team-projects-view-unreachable");
		} finally {
			cluster.startAgain();
		}
	}
}
