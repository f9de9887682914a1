package org.tagbench.ui.views;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Lists projects that are not folders of the workspace in the Projects view, and opens them on a double-click.
 * Contributed through the extension point {@code org.tagbench.ui.projectSources}; {@code org.tagbench.ui.team}
 * lists the team projects connected before.
 */
public interface ProjectSource {

	/**
	 * The projects to list, with their progress. Called in the view's background job (it may take a while, e.g.
	 * ask servers); a project that cannot be read is listed with its {@link ListedProject#problem()}.
	 */
	List<? extends ListedProject> projects(IProgressMonitor monitor);

	/** Opens a project this source listed (the user double-clicked it). Called on the UI thread. */
	void open(ListedProject project, IWorkbenchPage page);

	/**
	 * Remove from List: the source forgets a project it listed (never changes the project itself). Called on the UI
	 * thread; false when this source cannot forget projects (the default).
	 *
	 * @throws IllegalStateException with a message for the user when forgetting failed
	 */
	default boolean remove(ListedProject project) {
		return false;
	}
}
