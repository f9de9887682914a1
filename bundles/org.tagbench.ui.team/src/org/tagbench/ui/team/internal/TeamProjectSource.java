package org.tagbench.ui.team.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPage;
import org.tagbench.store.CommitOutbox;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.StoreException;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.store.postgres.ServerConnection;
import org.tagbench.ui.team.TeamCredentials;
import org.tagbench.ui.team.TeamCredentials.RememberedProject;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjectRow;
import org.tagbench.ui.team.TeamProjects;
import org.tagbench.ui.views.ListedProject;
import org.tagbench.ui.views.ProjectSource;

/**
 * The team projects connected before, in the Projects view: progress asked from each server with the saved
 * password (briefly: a server that is away is listed as unreachable); a double-click connects, asking for the
 * password only when none is saved.
 */
public final class TeamProjectSource implements ProjectSource {

	/** How long the view waits for a server that does not answer. */
	private static final Duration PATIENCE = Duration.ofSeconds(2);
	static final String NO_PASSWORD = "password not saved: double-click to connect";

	@Override
	public List<? extends ListedProject> projects(IProgressMonitor monitor) {
		TeamCredentials credentials = TeamCredentials.standard();
		List<TeamProjectRow> rows = new ArrayList<>();
		for (RememberedProject remembered : credentials.projects()) {
			if (monitor.isCanceled()) {
				break;
			}
			rows.add(read(credentials, remembered));
		}
		return rows;
	}

	private static TeamProjectRow read(TeamCredentials credentials, RememberedProject remembered) {
		TeamLogin login = remembered.login();
		String type = ListedProject.typeName(remembered.type());
		Optional<String> password;
		try {
			password = credentials.password(login);
		} catch (StoreException e) {
			password = Optional.empty();
		}
		if (password.isEmpty()) {
			return new TeamProjectRow(login, remembered.name(), type, 0, 0, NO_PASSWORD);
		}
		ServerConnection server = new ServerConnection(login.url(), login.user(), password.get(), PATIENCE);
		try (PostgresProjectStore store = PostgresProjectStore.open(server, login.project())) {
			return new TeamProjectRow(login, store.project().getName(), ListedProject.typeName(store.project().getType()),
					ListedProject.done(store.countByStatus()), store.count(ItemQuery.all()), null);
		} catch (StoreException e) {
			String why = CommitOutbox.isUnreachable(e) ? "server unreachable: " + server.displayUrl() : e.getMessage();
			return new TeamProjectRow(login, remembered.name(), type, 0, 0, why);
		}
	}

	@Override
	public void open(ListedProject project, IWorkbenchPage page) {
		TeamLogin login = ((TeamProjectRow) project).login();
		TeamCredentials credentials = TeamCredentials.standard();
		String password;
		try {
			password = credentials.password(login).orElse(null);
		} catch (StoreException e) {
			password = null;
		}
		if (password != null) {
			TeamProjects.connect(page, login, password, true, credentials);
			return;
		}
		ConnectTeamProjectDialog dialog = new ConnectTeamProjectDialog(page.getWorkbenchWindow().getShell(), login, null);
		if (dialog.open() == Window.OK) {
			TeamProjects.connect(page, dialog.login(), dialog.password(), dialog.rememberPassword(), credentials);
		}
	}
}
