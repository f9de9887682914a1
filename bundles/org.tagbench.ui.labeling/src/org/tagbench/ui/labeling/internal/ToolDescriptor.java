package org.tagbench.ui.labeling.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.tagbench.model.ProjectType;
import org.tagbench.ui.labeling.AnnotationTool;

/** One {@code tool} of the extension point {@code org.tagbench.ui.labeling.annotationTools}. */
public record ToolDescriptor(String id, String name, String description, ImageDescriptor icon, int order,
		Set<ProjectType> projectTypes, IConfigurationElement element) {

	public static final String EXTENSION_POINT = "org.tagbench.ui.labeling.annotationTools";

	/** The valid tools that apply to {@code type}, the default (lowest order, then name) first. */
	public static List<ToolDescriptor> forProjectType(ProjectType type) {
		List<ToolDescriptor> tools = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"tool".equals(element.getName())) {
				continue;
			}
			ToolDescriptor tool = of(element);
			if (tool != null && tool.projectTypes().contains(type)) {
				tools.add(tool);
			}
		}
		tools.sort(Comparator.comparingInt(ToolDescriptor::order).thenComparing(ToolDescriptor::name));
		return tools;
	}

	private static ToolDescriptor of(IConfigurationElement element) {
		String contributor = element.getContributor().getName();
		String id = element.getAttribute("id");
		String name = element.getAttribute("name");
		if (id == null || name == null || element.getAttribute("class") == null) {
			ILog.of(ToolDescriptor.class).warn("Annotation tool of " + contributor + " without id, name or class: ignored");
			return null;
		}
		int order = ExtensionSupport.order(element, "Annotation tool " + id);
		Set<ProjectType> types = new TreeSet<>();
		for (IConfigurationElement child : element.getChildren("projectType")) {
			ProjectType type = ProjectType.getByName(child.getAttribute("name"));
			if (type == null) {
				ILog.of(ToolDescriptor.class).warn("Annotation tool " + id + ": unknown project type '"
						+ child.getAttribute("name") + "'");
			} else {
				types.add(type);
			}
		}
		String iconPath = element.getAttribute("icon");
		ImageDescriptor icon = iconPath == null ? null
				: ResourceLocator.imageDescriptorFromBundle(contributor, iconPath).orElse(null);
		return new ToolDescriptor(id, name, element.getAttribute("description"), icon, order, Set.copyOf(types), element);
	}

	/** A new instance of the tool's class, or null (logged) when it cannot be created. */
	public AnnotationTool create() {
		return ExtensionSupport.create(element, AnnotationTool.class, "annotation tool " + id);
	}
}
