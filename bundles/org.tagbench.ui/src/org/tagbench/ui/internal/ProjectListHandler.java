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
import org.eclipse.jface.dialogs.MessageDialog;
import org.tagbench.ui.views.ListedProject;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/**
 * Remove from List (the selected projects leave the Projects view; their folders, labels and images stay; a
 * contributed project, e.g. a team project, is forgotten by its source) and Show Removed Projects (the folders come
 * back). The list of removed folders is a preference.
 */
public class ProjectListHandler extends AbstractHandler implements IExecutableExtension {

	private String action = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		action = data instanceof String text ? text : "";
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ProjectsView view = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
				.findView(ProjectsView.ID) instanceof ProjectsView found ? found : null;
		switch (action) {
		case "remove" -> {
			List<Path> folders = new ArrayList<>();
			List<String> failed = new ArrayList<>();
			for (Object element : HandlerUtil.getCurrentStructuredSelection(event)) {
				if (element instanceof ProjectRow row) {
					folders.add(row.folder());
				} else if (element instanceof ListedProject row && view != null && view.sourceOf(row) != null) {
					// a contributed project (a team project): its source forgets it
					try {
						if (view.sourceOf(row).remove(row)) {
							view.forget(row);
						}
					} catch (IllegalStateException e) {
						failed.add(e.getMessage());
					}
				}
			}
			TagbenchPreferences.setHidden(folders, true);
			if (!failed.isEmpty()) {
				MessageDialog.openError(HandlerUtil.getActiveShellChecked(event), "Remove from List", String.join("\n", failed));
			}
		}
		case "showAll" -> TagbenchPreferences.setHidden(TagbenchPreferences.hiddenProjects(), false);
		default -> throw new ExecutionException("Unknown project list action " + action);
		}
		if (view != null) {
			view.refresh();
		}
		return null;
	}
}
