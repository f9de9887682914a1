package org.tagbench.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.tagbench.ui.views.ProjectsView;

/** The default layout: projects on the left, the editor area (labeling editors, dashboards) in the middle. */
public class LabelingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.tagbench.ui.perspective.labeling";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(ProjectsView.ID, IPageLayout.LEFT, 0.22f, layout.getEditorArea());
		layout.getViewLayout(ProjectsView.ID).setCloseable(true);
		layout.addShowViewShortcut(ProjectsView.ID);
	}
}
