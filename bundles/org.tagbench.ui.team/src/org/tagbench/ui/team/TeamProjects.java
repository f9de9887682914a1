package org.tagbench.ui.team;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.framework.FrameworkUtil;
import org.tagbench.model.ProjectType;
import org.tagbench.store.StoreException;
import org.tagbench.store.postgres.ServerConnection;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.labeling.ProjectEditorInput;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.ui.classification.ClassificationEditor;
import org.tagbench.ui.dashboard.DashboardEditor;
import org.tagbench.ui.dashboard.DashboardEditorInput;
import org.tagbench.ui.views.ProjectsView;

/** Opens team projects in the workbench: checks the login on the server, keeps it, shows the dashboard. */
public final class TeamProjects {

	private TeamProjects() {
	}

	/** The dashboard's input for a team project: it opens stores on the server as the login's user. */
	public static DashboardEditorInput dashboardInput(TeamLogin login, String password, String name) {
		return new DashboardEditorInput(null, name + " (team)", login.location(),
				() -> PostgresProjectStore.open(login.server(password), login.project()));
	}

	/** How long the editor's operations wait for an unreachable server before it says so (its outbox retries on). */
	public static final java.time.Duration EDITOR_PATIENCE = java.time.Duration.ofSeconds(5);

	/**
	 * The input of the labeling or classification editor for a team project: items come from the server's queue
	 * by lease. The editor's
	 * connection gives up after {@link #EDITOR_PATIENCE} so that an unreachable server never freezes the window.
	 */
	public static ProjectEditorInput labelingInput(TeamLogin login, String password, String name) {
		return new ProjectEditorInput(name + " (team)", login.location(), () -> PostgresProjectStore.open(
				new ServerConnection(login.url(), login.user(), password, EDITOR_PATIENCE), login.project()),
				outboxFolder(login));
	}

	/**
	 * Where the labeling editor keeps the login's unsent commits on disk:
	 * {@code <workspace>/.metadata/.plugins/org.tagbench.ui.team/outbox/<project>-<hash of server URL and user>}
	 * (one folder per project, server and labeler, so a commit is only ever sent as the labeler who made it).
	 */
	public static Path outboxFolder(TeamLogin login) {
		Path state = Platform.getStateLocation(FrameworkUtil.getBundle(TeamProjects.class)).toPath();
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
					.digest((login.url() + "\n" + login.user()).getBytes(StandardCharsets.UTF_8));
			return state.resolve("outbox").resolve(login.project() + "-" + HexFormat.of().formatHex(hash, 0, 4));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every Java runtime has SHA-256
		}
	}

	/**
	 * Connects in a job (the server may be slow or away): opens the project once to check the login, keeps the
	 * login, the project (listed in the Projects view from then on) and, if {@code remember}, the password in secure
	 * storage, then opens the project's dashboard and its
	 * labeling editor (active; items by lease from the server's queue). A
	 * failure is reported with what and where. Returns the job.
	 */
	public static Job connect(IWorkbenchPage page, TeamLogin login, String password, boolean remember,
			TeamCredentials credentials) {
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		Job job = Job.create("Connecting to " + login.location(), monitor -> {
			String name;
			ProjectType type;
			try (PostgresProjectStore store = PostgresProjectStore.open(login.server(password), login.project())) {
				name = store.project().getName();
				type = store.project().getType();
			} catch (StoreException e) {
				return Status.error("Cannot connect as " + login.user() + ": " + e.getMessage(), e);
			}
			try {
				credentials.save(login, remember ? password : null);
				credentials.rememberProject(login, name, type);
			} catch (StoreException e) {
				return Status.error(e.getMessage(), e);
			}
			display.asyncExec(() -> {
				// listed in the Projects view from now on
				if (page.findView(ProjectsView.ID) instanceof ProjectsView projects) {
					projects.refresh();
				}
				try {
					page.openEditor(dashboardInput(login, password, name), DashboardEditor.ID);
					// both editors take items from the server's queue by lease (one input: the same outbox)
					boolean classification = type == ProjectType.MULTI_CLASS || type == ProjectType.MULTI_LABEL;
					page.openEditor(labelingInput(login, password, name),
							classification ? ClassificationEditor.ID : LabelingEditor.ID);
				} catch (PartInitException e) {
					org.eclipse.core.runtime.ILog.of(TeamProjects.class).error(e.getMessage(), e);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
