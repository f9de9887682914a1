package org.tagbench.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.store.postgres.ProjectRole;
import org.tagbench.store.testing.TestProjects;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.team.TeamCredentials;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjects;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * The labeling editor closed while the server is away keeps the unsent commit on disk, in the workspace; the next
 * time the project is opened (server back) it is sent first and stored exactly once.
 */
class OutboxReplayTest extends TeamServerTest {

	private static final String PROJECT = "team_replay";
	@TempDir
	static Path temp;

	@BeforeAll
	static void seed() throws Exception {
		createUser("olga", "olga-pw");
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat");
		project.setName("Team Replay");
		try (PostgresProjectStore store = PostgresProjectStore.create(owner(), PROJECT, project)) {
			store.addItems(TestProjects.items(project, 5));
			store.addMember("olga", ProjectRole.LABELER);
		}
	}

	private static long commitFiles(Path folder) throws Exception {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".commit.xmi")).count();
		}
	}

	private static LabelingEditor connect(IWorkbenchPage page, TeamLogin login) throws Exception {
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		System.setProperty("tagbench.secureStorageKey", temp.resolve("master.key").toString());
		connect(page, login, "olga-pw", false,
				new TeamCredentials(SecurePreferencesFactory.open(temp.resolve("storage").toUri().toURL(), null)));
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> page.getActiveEditor() instanceof LabelingEditor e
				&& e.item() != null), "the labeling editor shows a leased item");
		return (LabelingEditor) page.getActiveEditor();
	}

	@Test
	void aCommitUnsentWhenTheEditorClosedIsSentWhenTheProjectIsOpenedAgain() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		shell.setBounds(0, 0, 1400, 900);
		TeamLogin login = new TeamLogin(cluster.url(), "olga", PROJECT);
		Path outbox = TeamProjects.outboxFolder(login);
		LabelingEditor editor = connect(page, login);
		DataItem shown = editor.item();
		String itemId = shown.getId();

		cluster.stopServer("fast");
		try {
			LabelingProject definition = (LabelingProject) shown.getDataSource().eContainer();
			org.tagbench.model.Annotation box = TestProjects.box(definition.getLabelClasses().get(0), 10, 10, 50, 40);
			box.setAuthor("olga");
			editor.item().getAnnotations().add(box);
			editor.submit();
			assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> editor.queueSession().problem() != null),
					"the server is away");
			assertEquals(1, editor.queueSession().pending());
			assertEquals(1, commitFiles(outbox), "the commit is on disk in " + outbox);
			page.closeAllEditors(false); // waits 5 s for the outbox, then keeps the commit on disk
			UiTestSupport.flush(display);
			assertEquals(1, commitFiles(outbox), "still on disk after the editor closed");
		} finally {
			cluster.startAgain();
		}
		assertEquals(0, count("SELECT count(*) FROM " + PROJECT + ".annotation WHERE item_id = '" + itemId + "'"));

		// the project opened again: the commit is sent first, once
		LabelingEditor again = connect(page, login);
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> again.queueSession().pending() == 0),
				"replayed: " + again.queueSession().problem());
		assertEquals(0, commitFiles(outbox), "deleted once the server acknowledged it");
		assertEquals(1, count("SELECT count(*) FROM " + PROJECT + ".annotation WHERE item_id = '" + itemId
				+ "' AND author = 'olga'"), "stored once");
		assertEquals(1, count("SELECT count(*) FROM " + PROJECT + ".commit_log WHERE item_id = '" + itemId + "'"));
		assertTrue(!itemId.equals(again.item().getId()), "the replayed item is not shown again");
		UiTestSupport.screenshot(shell, "team-outbox-replayed");
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
	}

	@Test
	void theUncommittedBoxOfTheShownItemIsRestoredFromItsDraftAfterTheWorkbenchDied() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		TeamLogin login = new TeamLogin(cluster.url(), "olga", PROJECT);
		LabelingEditor editor = connect(page, login);
		String itemId = editor.item().getId();
		LabelingProject definition = (LabelingProject) editor.item().getDataSource().eContainer();
		org.tagbench.model.Annotation box = TestProjects.box(definition.getLabelClasses().get(0), 12, 14, 30, 20);
		box.setAuthor("olga");
		editor.editingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(
				editor.editingDomain(), editor.item(), org.tagbench.model.TagbenchPackage.Literals.DATA_ITEM__ANNOTATIONS, box));
		assertTrue(editor.drafts().flush(5_000));
		Path draft = editor.drafts().file(itemId);
		assertTrue(draft.startsWith(TeamProjects.outboxFolder(login)), "beside the login's outbox: " + draft);
		byte[] leftByTheDeadWorkbench = Files.readAllBytes(draft);
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
		Files.write(draft, leftByTheDeadWorkbench); // what a killed workbench leaves

		LabelingEditor again = connect(page, login);
		assertEquals(itemId, again.item().getId(), "the same item is leased first again");
		assertEquals(1, again.boxes().size(), "its box is restored");
		assertEquals(12, again.boxes().get(0).getX(), 1e-9);
		assertEquals(20, again.boxes().get(0).getH(), 1e-9);
		assertTrue(again.draftNoticeText() != null && again.draftNoticeText().startsWith("Restored"), again.draftNoticeText());
		assertEquals(0, count("SELECT count(*) FROM " + PROJECT + ".annotation WHERE item_id = '" + itemId + "'"),
				"nothing of it on the server yet");
		again.submit();
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> again.queueSession().pending() == 0));
		assertEquals(1, count("SELECT count(*) FROM " + PROJECT + ".annotation WHERE item_id = '" + itemId
				+ "' AND author = 'olga'"), "committed as olga's");
		assertTrue(again.drafts().flush(5_000));
		assertTrue(!Files.exists(draft), "the draft is gone after the commit");
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
	}
}
