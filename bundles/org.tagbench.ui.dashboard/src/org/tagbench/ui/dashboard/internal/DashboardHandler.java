package org.tagbench.ui.dashboard.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.model.ItemStatus;
import org.tagbench.ui.dashboard.DashboardEditor;

/** Refresh, Accept, Reject (with a comment) and Edit on the active dashboard; which one is the class parameter in plugin.xml. */
public class DashboardHandler extends AbstractHandler implements IExecutableExtension {

	private String action = "refresh";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
		if (data instanceof String name) {
			action = name;
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof DashboardEditor dashboard) {
			switch (action) {
			case "accept" -> dashboard.review(ItemStatus.ACCEPTED);
			case "reject" -> dashboard.rejectWithComment();
			case "edit" -> dashboard.editSelected();
			default -> dashboard.refresh();
			}
		}
		return null;
	}
}
