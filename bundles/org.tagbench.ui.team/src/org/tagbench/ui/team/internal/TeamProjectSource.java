package org.tagbench.ui.team.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPage;
import org.tagbench.store.CommitOutbox;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.StoreException;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.ui.team.TeamCredentials;
import org.tagbench.ui.team.TeamCredentials.RememberedProject;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjectRow;
import org.tagbench.ui.team.TeamProjects;
import org.tagbench.ui.views.ListedProject;
import org.tagbench.ui.views.ProjectSource;

/**
 * The team projects connected before, in the Projects view: progress asked from each server with the saved
 * password, over connections kept open between refreshes ({@link ProgressConnections}); a server that is away is
 * waited for briefly, once per refresh, and its projects are listed as unreachable; a double-click connects, asking
 * for the password only when none is saved; Remove from List forgets a project.
 */
public final class TeamProjectSource implements ProjectSource {

	/** How long the view waits for a server that does not answer. */
	private static final Duration PATIENCE = Duration.ofSeconds(2);
	static final String NO_PASSWORD = "password not saved: double-click to connect";

	@Override
	public List<? extends ListedProject> projects(IProgressMonitor monitor) {
		TeamCredentials credentials = TeamCredentials.standard();
		List<RememberedProject> remembered = credentials.projects();
		ProgressConnections.keepOnly(remembered.stream().map(RememberedProject::login).collect(Collectors.toSet()));
		List<TeamProjectRow> rows = new ArrayList<>();
		// a server found away in this refresh is not asked again for its other projects (each would wait)
		Set<String> away = new HashSet<>();
		for (RememberedProject project : remembered) {
			if (monitor.isCanceled()) {
				break;
			}
			rows.add(read(credentials, project, away));
		}
		return rows;
	}

	private static TeamProjectRow read(TeamCredentials credentials, RememberedProject remembered, Set<String> away) {
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
		String unreachable = "server unreachable: " + login.server(null).displayUrl();
		if (away.contains(login.url())) {
			return new TeamProjectRow(login, remembered.name(), type, 0, 0, unreachable);
		}
		try {
			PostgresProjectStore store = ProgressConnections.store(login, password.get(), PATIENCE);
			return new TeamProjectRow(login, store.project().getName(), ListedProject.typeName(store.project().getType()),
					ListedProject.done(store.countByStatus()), store.count(ItemQuery.all()), null);
		} catch (StoreException e) {
			ProgressConnections.discard(login);
			if (CommitOutbox.isUnreachable(e)) {
				away.add(login.url());
				return new TeamProjectRow(login, remembered.name(), type, 0, 0, unreachable);
			}
			return new TeamProjectRow(login, remembered.name(), type, 0, 0, e.getMessage());
		}
	}

	/**
	 * Remove from List: the project is forgotten (and with the last project of its login, the saved password);
	 * nothing on the server changes, and connecting again lists it again.
	 */
	@Override
	public boolean remove(ListedProject project) {
		try {
			TeamLogin login = ((TeamProjectRow) project).login();
			TeamCredentials.standard().forgetProject(login);
			ProgressConnections.discard(login);
			return true;
		} catch (StoreException e) {
			throw new IllegalStateException(e.getMessage(), e);
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
