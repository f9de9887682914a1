package org.tagbench.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.tagbench.ui.views.ProjectsView;

/** The default layout: projects on the left, the editor area (labeling editors, dashboards) in the middle. */
public class LabelingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.tagbench.ui.perspective.labeling";

	/** Eclipse's Error Log view: every entry of the workspace log, with details and stack traces. */
	public static final String ERROR_LOG_VIEW_ID = "org.eclipse.pde.runtime.LogView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(ProjectsView.ID, IPageLayout.LEFT, 0.28f, layout.getEditorArea());
		layout.getViewLayout(ProjectsView.ID).setCloseable(true);
		layout.addShowViewShortcut(ProjectsView.ID);
		layout.addShowViewShortcut(ERROR_LOG_VIEW_ID);
		// Not shown at first, but opens below the editors, where users expect it.
		layout.addPlaceholder(ERROR_LOG_VIEW_ID, IPageLayout.BOTTOM, 0.75f, layout.getEditorArea());
	}
}
