package org.tagbench.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.store.postgres.ProjectRole;
import org.tagbench.store.postgres.ServerConnection;
import org.tagbench.ui.dashboard.DashboardEditor;
import org.tagbench.ui.dashboard.ProjectFigures;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjects;
import org.tagbench.ui.testing.UiTestSupport;
import org.tagbench.ui.views.LiveUpdates;

/**
 * A reviewer's Accept on the team dashboard refreshes it once: the server announces the review's commits back to
 * the dashboard (as every desktop's), and those announcements cause no second refresh; a change made elsewhere
 * still refreshes it, once.
 */
class DashboardOwnReviewTest extends TeamServerTest {

	private static final String PROJECT = "team_own_review";

	@BeforeAll
	static void seed() throws Exception {
		createUser("rex", "rex-pw");
		createUser("lia", "lia-pw");
		createBoxProject(PROJECT, "Own Review", 3, "lia");
		try (PostgresProjectStore owner = PostgresProjectStore.open(owner(), PROJECT)) {
			owner.addMember("rex", ProjectRole.REVIEWER);
			for (int i = 0; i < 3; i++) {
				labeled(owner, "item-000000" + i, ItemStatus.LABELED);
			}
		}
	}

	private static void labeled(PostgresProjectStore store, String itemId, ItemStatus status) throws Exception {
		DataItem item = store.item(itemId).orElseThrow();
		item.setStatus(status);
		store.commit(item);
	}

	/** Whether rex's dashboard listens on the server for live updates. */
	private static boolean rexListens() {
		try {
			return count("SELECT count(*) FROM pg_stat_activity WHERE usename = 'rex' AND query LIKE 'LISTEN%'") > 0;
		} catch (Exception e) {
			return false;
		}
	}

	/** Whether the list's first two rows are read (Accept reviews the rows it has read). */
	private static boolean rowsRead(DashboardEditor dashboard) {
		try {
			return dashboard.pages().getNow(0) != null && dashboard.pages().getNow(1) != null;
		} catch (org.tagbench.store.StoreException e) {
			return false;
		}
	}

	private static void pause(Display display, long millis) {
		UiTestSupport.waitUntil(display, millis, () -> false);
	}

	@Test
	void theReviewersOwnAcceptRefreshesTheDashboardOnceAndAnotherDesktopsChangeOnceMore() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		page.getWorkbenchWindow().getShell().setBounds(0, 0, 1500, 900);
		DashboardEditor dashboard = (DashboardEditor) page.openEditor(
				TeamProjects.dashboardInput(new TeamLogin(cluster.url(), "rex", PROJECT), "rex-pw", "Own Review"),
				DashboardEditor.ID);
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> dashboard.pages().size() == 3 && rexListens()
				&& dashboard.itemTable().selectionLayer().getRowCount() == 3 && rowsRead(dashboard)
				&& dashboard.refreshJob() != null && dashboard.refreshJob().getState() == Job.NONE
				&& (dashboard.listJob() == null || dashboard.listJob().getState() == Job.NONE)),
				"the three labeled items listed, live updates on");
		LiveUpdates live = dashboard.liveUpdates();
		int changes = live.changes();
		int refreshes = live.refreshes();

		// the first two rows (selected again while a late read of the list's rows clears the selection)
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> {
			if (dashboard.itemTable().selectedRows().length != 2) {
				var layer = dashboard.itemTable().selectionLayer();
				dashboard.itemTable().natTable().doCommand(new SelectRowsCommand(layer, 0, new int[] { 0 }, false, false, 0));
				dashboard.itemTable().natTable().doCommand(new SelectRowsCommand(layer, 0, new int[] { 1 }, false, true, 1));
			}
			return dashboard.itemTable().selectedRows().length == 2;
		}), "two rows selected");
		Job review = dashboard.review(ItemStatus.ACCEPTED);
		assertNotNull(review);
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> review.getState() == Job.NONE));
		assertEquals(2, count("SELECT count(*) FROM " + PROJECT + ".item WHERE status = 'ACCEPTED'"));
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> live.changes() == changes + 2),
				"the server announced both commits back to the dashboard: " + (live.changes() - changes));
		pause(display, 1_500); // longer than the dashboard's coalescing of changes (0.5 s)
		assertEquals(refreshes, live.refreshes(), "its own commits cause no second refresh (the review refreshed it)");
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> dashboard.figures().progress()[ProjectFigures.Progress.ACCEPTED.ordinal()] == 2),
				"the review's own refresh shows the accepted items: " + dashboard.figures());

		// another desktop (the owner's) rejects the third item: one refresh
		try (PostgresProjectStore owner = PostgresProjectStore.open(
				new ServerConnection(cluster.url(), org.tagbench.store.postgres.internal.LocalCluster.SUPERUSER,
						org.tagbench.store.postgres.internal.LocalCluster.SUPERUSER_PASSWORD), PROJECT)) {
			labeled(owner, "item-0000002", ItemStatus.REJECTED);
		}
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> live.refreshes() == refreshes + 1),
				"another desktop's change refreshes the dashboard");
		pause(display, 1_500);
		assertEquals(refreshes + 1, live.refreshes(), "once");
		assertEquals(changes + 3, live.changes());
		page.closeAllEditors(false);
		UiTestSupport.flush(display);
	}
}
