package org.tagbench.ui.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.model.DataItem;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.Lease;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.store.postgres.ProjectRole;
import org.tagbench.store.postgres.ServerConnection;
import org.tagbench.store.postgres.internal.LocalCluster;
import org.tagbench.ui.assist.AssistPanel;
import org.tagbench.ui.assist.ProjectAssist;
import org.tagbench.ui.assist.internal.OpenAssistHandler;
import org.tagbench.ui.classification.ClassificationEditor;
import org.tagbench.ui.dashboard.DashboardEditor;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjects;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * The assist on a team project, from the product: the admin opens the panel from the project's dashboard
 * (Assist…), trains with Train now, and the pre-labels are written on the server — not on items a labeler holds —
 * while features and models stay on the admin's desktop; a labeler's classification editor then shows them as
 * suggestions, and the labeler's panel does not offer training. Retraining after N labels follows the labelers'
 * commits while any editor of the project is open on the admin's desktop (here the dashboard, the panel closed),
 * never on a labeler's.
 */
class TeamAssistPanelTest {

	private static final long TRAINING_TIMEOUT = 180_000;
	private static final String SCHEMA = "team_assist";

	private static LocalCluster cluster;
	private IWorkbenchPage page;
	private Display display;
	private Shell shell;

	@BeforeAll
	static void startCluster() throws Exception {
		cluster = LocalCluster.start();
	}

	@AfterAll
	static void removeCluster() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@AfterEach
	void closeEditors() {
		if (page != null) {
			page.closeAllEditors(false);
		}
	}

	private static ServerConnection owner() {
		return new ServerConnection(cluster.url(), LocalCluster.SUPERUSER, LocalCluster.SUPERUSER_PASSWORD);
	}

	private static void sql(String statement) throws Exception {
		try (Connection c = owner().dataSource().getConnection(); Statement s = c.createStatement()) {
			s.execute(statement);
		}
	}

	private static long count(String query) throws Exception {
		try (Connection c = owner().dataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rows = s.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** The folder project with its labels and assist settings, pushed to the server as {@link #SCHEMA}. */
	private static void push(AssistTestProject project) throws Exception {
		try (LocalProjectStore local = LocalProjectStore.open(project.folder)) {
			List<DataItem> items = new ArrayList<>();
			local.forEachItem(ItemQuery.all(), items::add);
			try (PostgresProjectStore server = PostgresProjectStore.create(owner(), SCHEMA, local.project())) {
				server.addItems(items);
				server.addMember("ada", ProjectRole.ADMIN);
				server.addMember("lea", ProjectRole.LABELER);
			}
		}
	}

	private AssistPanel openPanelWithCommand() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(OpenAssistHandler.COMMAND_ID, null);
		return awaitPanel();
	}

	private AssistPanel awaitPanel() {
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> page.getActiveEditor() instanceof AssistPanel),
				"the assist panel opens");
		AssistPanel panel = (AssistPanel) page.getActiveEditor();
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> panel.figures() != null && !panel.isReading()),
				"the panel read the project from the server: " + panel.problem());
		UiTestSupport.flush(display);
		return panel;
	}

	/** Commits {@code count} leased items with their true class, as a labeler's desktop does. */
	private static void commitTruth(PostgresProjectStore desktop, int count) throws Exception {
		for (Lease lease : desktop.queue().lease(count, Duration.ofMinutes(10))) {
			DataItem item = desktop.item(lease.itemId()).orElseThrow();
			ClassificationLabel label = TagbenchFactory.eINSTANCE.createClassificationLabel();
			label.setLabelClass(desktop.project().getLabelClasses().stream()
					.filter(c -> c.getName().equals(AssistTestProject.truth(item))).findFirst().orElseThrow());
			label.setSource(AnnotationSource.HUMAN);
			item.getAnnotations().add(label);
			item.setStatus(ItemStatus.LABELED);
			desktop.queue().commit(lease, item, UUID.randomUUID().toString());
		}
	}

	private static String latestVersion(ProjectAssist assist) {
		try {
			return assist.latestModel().map(m -> m.version()).orElse(null);
		} catch (org.tagbench.assist.AssistException e) {
			return e.getMessage();
		}
	}

	@Test
	void anAdminTrainsOnTheServerAndALabelerSeesTheSuggestionsButCannotTrain() throws Exception {
		AssistTestProject project = AssistTestProject.create("team-assist", 30);
		project.labelByPerson(12);
		project.settings(true, 1000, 10);
		sql("CREATE ROLE ada LOGIN PASSWORD 'ada-pw'");
		sql("CREATE ROLE lea LOGIN PASSWORD 'lea-pw'");
		push(project);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		shell = page.getWorkbenchWindow().getShell();
		display = shell.getDisplay();
		shell.setBounds(0, 0, 1400, 900);

		// Lea, on another desktop, holds two items while the admin trains
		Set<String> held;
		try (PostgresProjectStore desktop = PostgresProjectStore.open(new ServerConnection(cluster.url(), "lea", "lea-pw"), SCHEMA)) {
			held = desktop.queue().lease(2, Duration.ofMinutes(10)).stream().map(Lease::itemId).collect(Collectors.toSet());
		}

		// the admin: the team project's dashboard, Assist…, Train now
		TeamLogin admin = new TeamLogin(cluster.url(), "ada", SCHEMA);
		page.openEditor(TeamProjects.dashboardInput(admin, "ada-pw", "Team Assist"), DashboardEditor.ID);
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> UiTestSupport.button(shell, "Assist…") != null),
				"the dashboard offers the assist");
		assertTrue(UiTestSupport.press(shell, "Assist…"));
		AssistPanel panel = awaitPanel();
		assertEquals(24, panel.figures().labeled(), "the labels on the server");
		assertEquals("Ready to train", panel.statusText());
		assertTrue(panel.trainButton().isEnabled(), "an admin trains");
		Path workspaceState = Platform.getStateLocation(Platform.getBundle("org.tagbench.ui.assist")).toPath();
		assertTrue(panel.assist().assistFolder().startsWith(workspaceState.resolve("team")),
				"features and models on this desktop: " + panel.assist().assistFolder());

		UiTestSupport.press(shell, "Train now");
		assertTrue(panel.assist().isRunning(), "Train now starts the jobs");
		assertTrue(UiTestSupport.waitUntil(display, TRAINING_TIMEOUT, () -> !panel.assist().isRunning()), "training ends");
		assertTrue(UiTestSupport.waitUntil(display, 30_000, () -> panel.model() != null && !panel.isReading()
				&& panel.figures().prelabeled() > 0), "the panel shows the model and its suggestions: " + panel.assist().lastResult()
						+ " / " + panel.stageText());
		UiTestSupport.screenshot(shell, "team-assist-panel");
		assertEquals("m1", panel.model().version());
		assertTrue(Files.isDirectory(panel.assist().assistFolder().resolve("models").resolve("m1")));
		assertFalse(Files.exists(project.folder.resolve(ProjectAssist.FOLDER)), "nothing written into the folder it was pushed from");

		// on the server: suggestions only on unlabeled items nobody holds, people's labels untouched
		String annotations = SCHEMA + ".annotation a JOIN " + SCHEMA + ".item i ON i.id = a.item_id";
		long suggestions = count("SELECT count(*) FROM " + annotations + " WHERE a.source = 'PRELABEL'");
		assertTrue(suggestions > 0);
		assertEquals(suggestions, panel.figures().prelabeled(), "the panel counts the server's suggestions");
		assertEquals(suggestions, count("SELECT count(*) FROM " + annotations + " WHERE a.source = 'PRELABEL'"
				+ " AND i.status = 'UNLABELED' AND a.author = 'tagbench-assist' AND a.model_version = 'm1'"));
		assertEquals(0, count("SELECT count(*) FROM " + annotations + " WHERE a.source = 'PRELABEL' AND i.id IN ('"
				+ String.join("','", held) + "')"), "the items Lea holds get no suggestion");
		assertEquals(24, count("SELECT count(*) FROM " + annotations + " WHERE a.source = 'HUMAN' AND i.status = 'LABELED'"));

		// retraining follows the team's commits while the admin has the project open, panel or not: after 2 more
		// labels, committed on Lea's desktop, model m2 comes by itself with only the dashboard open
		panel.retrainSpinner().setSelection(2);
		panel.retrainSpinner().notifyListeners(SWT.Selection, new Event());
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> panel.figures().settings().getRetrainAfterLabels() == 2
				&& !panel.isReading()), "the setting is saved on the server and read back");
		ProjectAssist assist = panel.assist();
		page.closeEditor(panel, false);
		assertTrue(page.getActiveEditor() instanceof DashboardEditor, "the dashboard stays open");
		assertTrue(UiTestSupport.waitUntil(display, 20_000, assist::isFollowingTeamCommits),
				"the admin's desktop hears the labelers' commits without the panel");
		try (PostgresProjectStore desktop = PostgresProjectStore.open(new ServerConnection(cluster.url(), "lea", "lea-pw"), SCHEMA)) {
			commitTruth(desktop, 2);
		}
		assertTrue(UiTestSupport.waitUntil(display, TRAINING_TIMEOUT, () -> "m2".equals(latestVersion(assist)) && !assist.isRunning()),
				"two commits on another desktop retrain the model in the background: " + assist.lastResult());
		assertEquals(26, assist.latestModel().orElseThrow().trainedOn(), "trained on Lea's two labels too");
		String lastResult = assist.lastResult().getMessage();
		page.closeAllEditors(false);
		assertFalse(assist.isFollowingTeamCommits(), "closing the project's last editor stops following");

		// Lea's desktop: her classification editor shows the suggestions; her assist panel offers no training
		TeamLogin labeler = new TeamLogin(cluster.url(), "lea", SCHEMA);
		page.openEditor(TeamProjects.labelingInput(labeler, "lea-pw", "Team Assist"), ClassificationEditor.ID);
		assertTrue(UiTestSupport.waitUntil(display, 60_000, () -> page.getActiveEditor() instanceof ClassificationEditor e
				&& !e.page().isEmpty()), "Lea's editor shows a page of leased items");
		ClassificationEditor editor = (ClassificationEditor) page.getActiveEditor();
		long suggestedOnPage = editor.page().stream().filter(item -> item.getAnnotations().stream()
				.anyMatch(a -> a.getSource() == AnnotationSource.PRELABEL)).count();
		assertTrue(suggestedOnPage > 0, "the page shows the admin's suggestions");
		// the admin's run wrote the clustered order to the server's queue: her leased page holds one kind of image
		assertTrue(String.valueOf(lastResult).contains("items queued in pages of similar images"), String.valueOf(lastResult));
		assertEquals(1, editor.page().stream().map(AssistTestProject::truth).distinct().count(),
				"Lea's first leased page is one cluster: " + editor.page().stream().map(DataItem::getPath).toList());
		UiTestSupport.screenshot(shell, "team-assist-labeler-page");
		// her desktop never trains: her open editor follows no commits, and two more labels retrain nothing
		try (PostgresProjectStore desktop = PostgresProjectStore.open(new ServerConnection(cluster.url(), "lea", "lea-pw"), SCHEMA)) {
			commitTruth(desktop, 2);
		}
		assertFalse(UiTestSupport.waitUntil(display, 5_000, () -> assist.isFollowingTeamCommits() || assist.isRunning()),
				"a labeler's desktop neither follows the commits nor trains");
		assertEquals("m2", latestVersion(assist));

		AssistPanel lea = openPanelWithCommand();
		assertFalse(lea.trainButton().isEnabled(), "a labeler does not train");
		assertFalse(lea.enabledButton().isEnabled(), "nor change the project's assist settings");
		assertEquals(ProjectAssist.ONLY_ADMINS_TRAIN, lea.stageText());
		assertEquals("m2", lea.model() == null ? null : lea.model().version(), "this desktop has the model the admin trained");
	}
}
