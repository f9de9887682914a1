package org.tagbench.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/** The contributions of the extension point {@code org.tagbench.ui.projectSources}. */
final class ProjectSources {

	static final String EXTENSION_POINT = "org.tagbench.ui.projectSources";

	private ProjectSources() {
	}

	/** A new instance of every contributed source; one that cannot be created is logged and left out. */
	static List<ProjectSource> all() {
		List<ProjectSource> sources = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"source".equals(element.getName())) {
				continue;
			}
			try {
				sources.add((ProjectSource) element.createExecutableExtension("class"));
			} catch (CoreException | ClassCastException e) {
				ILog.of(ProjectSources.class).error("The project source " + element.getAttribute("class") + " of "
						+ element.getContributor().getName() + " cannot be created: " + e.getMessage(), e);
			}
		}
		return sources;
	}
}
