package org.tagbench.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import org.tagbench.ui.classification.ClassificationEditor;
import org.tagbench.ui.team.TeamCredentials;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * A multi-class team project opens in the classification editor on the server's queue: the page's images are
 * leased to the labeler, the classes given are committed through the queue with the database user as author, and
 * the next page holds other items, leased in turn; closing the editor gives the uncommitted leases back.
 */
class TeamClassificationTest extends TeamServerTest {

	private static final String PROJECT = "team_class";
	@TempDir
	static Path temp;

	@BeforeAll
	static void seed() throws Exception {
		createUser("cleo", "cleo-pw");
		LabelingProject project = TestProjects.project(ProjectType.MULTI_CLASS, "cat", "dog");
		project.setName("Team Classes");
		try (PostgresProjectStore store = PostgresProjectStore.create(owner(), PROJECT, project)) {
			store.addItems(TestProjects.items(project, 30));
			store.addMember("cleo", ProjectRole.LABELER);
		}
	}

	private static Set<String> ids(List<DataItem> page) {
		Set<String> ids = new HashSet<>();
		page.forEach(item -> ids.add(item.getId()));
		return ids;
	}

	@Test
	void aClassificationProjectIsLabeledPageByPageFromTheQueue() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		shell.setBounds(0, 0, 1400, 900);
		System.setProperty("tagbench.secureStorageKey", temp.resolve("master.key").toString());
		connect(page, new TeamLogin(cluster.url(), "cleo", PROJECT), "cleo-pw", false,
				new TeamCredentials(SecurePreferencesFactory.open(temp.resolve("storage").toUri().toURL(), null)));
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> page.getActiveEditor() instanceof ClassificationEditor e
				&& !e.page().isEmpty()), "the classification editor shows a page");
		ClassificationEditor editor = (ClassificationEditor) page.getActiveEditor();
		int tiles = editor.gridSize().tiles();
		List<DataItem> first = List.copyOf(editor.page());
		assertEquals(Math.min(tiles, 30), first.size(), "a full page");
		assertEquals(first.size(), count("SELECT count(*) FROM " + PROJECT + ".assignment WHERE labeler = 'cleo'"
				+ " AND committed_at IS NULL AND leased_until > now()"), "the page's images are leased to cleo");

		editor.selectAll();
		editor.applyClass(((LabelingProject) first.get(0).getDataSource().eContainer()).getLabelClasses().get(1));
		UiTestSupport.screenshot(shell, "team-classification-page");
		editor.submitPage();
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> count0("SELECT count(*) FROM " + PROJECT
				+ ".annotation WHERE author = 'cleo' AND class_id = 'class-dog'") == first.size()),
				"the classes are stored on the server as cleo's");
		assertEquals(first.size(), count("SELECT count(*) FROM " + PROJECT + ".item WHERE status = 'LABELED'"));
		assertEquals(first.size(), count("SELECT count(*) FROM " + PROJECT + ".commit_log WHERE labeler = 'cleo'"));
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> !editor.page().isEmpty()
				&& ids(editor.page()).stream().noneMatch(ids(first)::contains)), "the next page holds other items");
		int second = editor.page().size();
		assertEquals(second, count("SELECT count(*) FROM " + PROJECT + ".assignment WHERE labeler = 'cleo'"
				+ " AND committed_at IS NULL AND leased_until > now()"), "leased in turn");

		page.closeAllEditors(false);
		UiTestSupport.flush(display);
		assertEquals(0, count("SELECT count(*) FROM " + PROJECT + ".assignment WHERE labeler = 'cleo'"
				+ " AND committed_at IS NULL"), "the uncommitted leases are given back on close");
	}

	private static long count0(String sql) {
		try {
			return count(sql);
		} catch (Exception e) {
			return -1;
		}
	}
}
