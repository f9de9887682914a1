package org.tagbench.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/**
 * Remove from List (the selected projects leave the Projects view; their folders, labels and images stay) and
 * Show Removed Projects (all come back). The list of removed folders is a preference.
 */
public class ProjectListHandler extends AbstractHandler implements IExecutableExtension {

	private String action = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		action = data instanceof String text ? text : "";
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		switch (action) {
		case "remove" -> {
			List<Path> folders = new ArrayList<>();
			for (Object element : HandlerUtil.getCurrentStructuredSelection(event)) {
				if (element instanceof ProjectRow row) {
					folders.add(row.folder());
				}
			}
			TagbenchPreferences.setHidden(folders, true);
		}
		case "showAll" -> TagbenchPreferences.setHidden(TagbenchPreferences.hiddenProjects(), false);
		default -> throw new ExecutionException("Unknown project list action " + action);
		}
		if (HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().findView(ProjectsView.ID) instanceof ProjectsView view) {
			view.refresh();
		}
		return null;
	}
}
