package org.tagbench.ui.team.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.store.StoreException;
import org.tagbench.ui.team.TeamCredentials;
import org.tagbench.ui.team.TeamLogin;
import org.tagbench.ui.team.TeamProjects;

/** File > Connect to Team Project…: the login dialog (filled with the last login), then the project's dashboard. */
public final class ConnectTeamProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		TeamCredentials credentials = TeamCredentials.standard();
		List<TeamLogin> logins = credentials.logins();
		TeamLogin last = logins.isEmpty() ? null : logins.get(logins.size() - 1);
		String saved = null;
		if (last != null) {
			try {
				saved = credentials.password(last).orElse(null);
			} catch (StoreException e) {
				// the person types it again
			}
		}
		ConnectTeamProjectDialog dialog = new ConnectTeamProjectDialog(window.getShell(), last, saved);
		if (dialog.open() == Window.OK) {
			TeamProjects.connect(window.getActivePage(), dialog.login(), dialog.password(), dialog.rememberPassword(),
					credentials);
		}
		return null;
	}
}
