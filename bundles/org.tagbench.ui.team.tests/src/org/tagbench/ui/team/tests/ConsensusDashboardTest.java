package org.tagbench.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagbench.model.Annotation;
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
import org.tagbench.ui.dashboard.ItemPages;
import org.tagbench.ui.dashboard.ItemTable;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjects;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * A consensus project (two labelers per item) on a real server: the dashboard's item list shows per item who labeled
 * it and whether they agree — agree, disagree, one of two so far, or nothing for an item nobody labeled.
 */
class ConsensusDashboardTest extends TeamServerTest {

	private static final String PROJECT = "team_vote";
	/** Expected agreement text by item path. */
	private static final Map<String, String> EXPECTED = new HashMap<>();

	@BeforeAll
	static void seed() throws Exception {
		ServerConnection owner = owner();
		createUser("anna", "anna-pw");
		createUser("ben", "ben-pw");
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat", "dog");
		project.setName("Team Vote");
		try (PostgresProjectStore store = PostgresProjectStore.create(owner, PROJECT, project)) {
			store.addItems(TestProjects.items(project, 4));
			store.setLabelersPerItem(2);
			store.addMember("anna", ProjectRole.LABELER);
			store.addMember("ben", ProjectRole.LABELER);
		}
		try (PostgresProjectStore anna = open("anna"); PostgresProjectStore ben = open("ben")) {
			List<Lease> annas = anna.queue().lease(3, Duration.ofMinutes(5));
			List<Lease> bens = ben.queue().lease(2, Duration.ofMinutes(5));
			assertEquals(annas.subList(0, 2).stream().map(Lease::itemId).toList(), bens.stream().map(Lease::itemId).toList(),
					"with consensus both labelers get the same first items");
			// item 1: both say one cat; item 2: a cat against a dog; item 3: only anna so far; item 4: nobody
			commit(anna, annas.get(0), "cat");
			commit(ben, bens.get(0), "cat");
			commit(anna, annas.get(1), "cat");
			commit(ben, bens.get(1), "dog");
			commit(anna, annas.get(2), "cat");
			EXPECTED.put(path(anna, annas.get(0)), "agree · anna, ben");
			EXPECTED.put(path(anna, annas.get(1)), "disagree · anna, ben");
			EXPECTED.put(path(anna, annas.get(2)), "1 of 2 · anna");
		}
	}

	private static PostgresProjectStore open(String labeler) throws Exception {
		return PostgresProjectStore.open(new ServerConnection(cluster.url(), labeler, labeler + "-pw"), PROJECT);
	}

	private static String path(PostgresProjectStore store, Lease lease) throws Exception {
		return store.item(lease.itemId()).orElseThrow().getPath();
	}

	private static void commit(PostgresProjectStore store, Lease lease, String className) throws Exception {
		DataItem item = store.item(lease.itemId()).orElseThrow();
		Annotation box = TestProjects.box(store.project().getLabelClasses().stream()
				.filter(c -> c.getName().equals(className)).findFirst().orElseThrow(), 5, 5, 20, 20);
		box.setAuthor(store.queue().labeler());
		item.getAnnotations().add(box);
		item.setStatus(ItemStatus.LABELED);
		store.queue().commit(lease, item, UUID.randomUUID().toString());
	}

	@Test
	void theItemListShowsTheAgreementOfEachItem() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		DashboardEditor dashboard = openTeamVoteDashboard(page);
		ItemTable table = dashboard.itemTable();
		assertEquals("Agreement", ItemTable.COLUMNS[ItemTable.AGREEMENT_COLUMN]);
		Map<String, String> shown = new HashMap<>();
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> {
			shown.clear();
			for (int row = 0; row < 4; row++) {
				String path = table.cellText(ItemTable.PATH_COLUMN, row);
				if (path.isEmpty()) {
					return false; // its page is being read
				}
				shown.put(path, table.cellText(ItemTable.AGREEMENT_COLUMN, row));
			}
			return shown.values().stream().filter(s -> !s.isEmpty()).count() == 3;
		}), "rows read: " + shown);
		for (Map.Entry<String, String> expected : EXPECTED.entrySet()) {
			assertEquals(expected.getValue(), shown.get(expected.getKey()), "agreement of " + expected.getKey());
		}
		assertEquals(1, shown.values().stream().filter(String::isEmpty).count(), "the item nobody labeled: " + shown);
		table.revealColumn(ItemTable.AGREEMENT_COLUMN);
		UiTestSupport.flush(display);
		UiTestSupport.screenshot(shell, "team-consensus-dashboard");
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
	}

	@Test
	void aClickOnTheAgreementHeaderListsDisagreementsFirstThenAgreementsThenTheUndecided() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		DashboardEditor dashboard = openTeamVoteDashboard(page);
		ItemTable table = dashboard.itemTable();
		// what the store says of each item, in the project's order
		List<String> paths = new java.util.ArrayList<>();
		Map<String, org.tagbench.store.ItemAgreement> agreements = new HashMap<>();
		try (PostgresProjectStore store = PostgresProjectStore.open(owner(), PROJECT)) {
			List<org.tagbench.store.ItemSummary> rows = store.items(org.tagbench.store.ItemQuery.all(), 0, 10);
			var byId = store.agreement(rows.stream().map(org.tagbench.store.ItemSummary::id).toList());
			for (org.tagbench.store.ItemSummary row : rows) {
				paths.add(row.path());
				if (byId.containsKey(row.id())) {
					agreements.put(row.path(), byId.get(row.id()));
				}
			}
		}
		// once the editor is laid out, scrolled sideways to the column
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> {
			table.revealColumn(ItemTable.AGREEMENT_COLUMN);
			return table.headerBounds(ItemTable.AGREEMENT_COLUMN) != null;
		}), "the Agreement header is shown");
		for (boolean descending : new boolean[] { false, true }) {
			clickAgreementHeader(table);
			join(dashboard.listJob(), display);
			assertEquals(descending ? ItemPages.Sort.AGREEMENT_DESCENDING : ItemPages.Sort.AGREEMENT, table.requestedSort());
			// decided items (disagree first ascending, agree first descending), then those waiting for a labeler, then
			// the item nobody labeled
			java.util.function.ToIntFunction<String> run = path -> {
				org.tagbench.store.ItemAgreement agreement = agreements.get(path);
				return agreement == null ? 3 : agreement.labelers().size() < 2 ? 2 : agreement.agree() == descending ? 0 : 1;
			};
			List<String> expected = paths.stream().sorted(java.util.Comparator.comparingInt(run)).toList();
			List<String> shown = new java.util.ArrayList<>();
			List<String> cells = new java.util.ArrayList<>();
			assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> {
				shown.clear();
				cells.clear();
				for (int row = 0; row < 4; row++) {
					shown.add(table.cellText(ItemTable.PATH_COLUMN, row));
					cells.add(table.cellText(ItemTable.AGREEMENT_COLUMN, row));
				}
				return !shown.contains("") && cells.stream().filter(c -> !c.isEmpty()).count() == 3;
			}), "rows read: " + shown);
			assertEquals(expected, shown, "sorted by agreement" + (descending ? ", descending" : ""));
			assertEquals(descending ? List.of("agree · anna, ben", "disagree · anna, ben", "1 of 2 · anna", "")
					: List.of("disagree · anna, ben", "agree · anna, ben", "1 of 2 · anna", ""), cells);
			if (!descending) {
				UiTestSupport.screenshot(shell, "team-consensus-sorted-by-agreement");
			}
		}
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
	}

	/** The admin's dashboard of the seeded project, once it lists the four items of a two-labeler project. */
	private static DashboardEditor openTeamVoteDashboard(IWorkbenchPage page) throws Exception {
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1500, 900);
		TeamLogin login = new TeamLogin(cluster.url(), LocalCluster.SUPERUSER, PROJECT);
		DashboardEditor dashboard = (DashboardEditor) page.openEditor(
				TeamProjects.dashboardInput(login, LocalCluster.SUPERUSER_PASSWORD, "Team Vote"), DashboardEditor.ID);
		assertTrue(UiTestSupport.waitUntil(shell.getDisplay(), 60_000, () -> dashboard.pages().size() == 4
				&& dashboard.pages().labelersPerItem() == 2), "the four items listed");
		return dashboard;
	}

	/** A real click on the Agreement header (revealed). */
	private static void clickAgreementHeader(ItemTable table) {
		org.eclipse.swt.graphics.Rectangle header = table.headerBounds(ItemTable.AGREEMENT_COLUMN);
		UiTestSupport.click(table.natTable(), header.x + header.width / 2, header.y + header.height / 2);
	}

	private static void join(org.eclipse.core.runtime.jobs.Job job, Display display) throws InterruptedException {
		while (job != null && !job.join(50, null)) {
			UiTestSupport.flush(display);
		}
		UiTestSupport.flush(display);
	}
}
