package org.tagbench.ui.labeling.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.tagbench.model.MediaType;
import org.tagbench.ui.labeling.ItemViewer;

/** One {@code viewer} of the extension point {@code org.tagbench.ui.labeling.itemViewers}. */
public record ViewerDescriptor(String id, String name, int order, Set<MediaType> mediaTypes, String notice,
		IConfigurationElement element) {

	public static final String EXTENSION_POINT = "org.tagbench.ui.labeling.itemViewers";

	/** The valid viewers, lowest order (then name) first. */
	public static List<ViewerDescriptor> all() {
		List<ViewerDescriptor> viewers = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("viewer".equals(element.getName())) {
				ViewerDescriptor viewer = of(element);
				if (viewer != null) {
					viewers.add(viewer);
				}
			}
		}
		viewers.sort(Comparator.comparingInt(ViewerDescriptor::order).thenComparing(ViewerDescriptor::name));
		return viewers;
	}

	/** The viewer that shows items of {@code type} (lowest order), or null when none is installed. */
	public static ViewerDescriptor forMediaType(MediaType type) {
		for (ViewerDescriptor viewer : all()) {
			if (viewer.mediaTypes().contains(type)) {
				return viewer;
			}
		}
		return null;
	}

	private static ViewerDescriptor of(IConfigurationElement element) {
		String contributor = element.getContributor().getName();
		String id = element.getAttribute("id");
		String name = element.getAttribute("name");
		if (id == null || name == null || element.getAttribute("class") == null) {
			ILog.of(ViewerDescriptor.class).warn("Item viewer of " + contributor + " without id, name or class: ignored");
			return null;
		}
		int order = ExtensionSupport.order(element, "Item viewer " + id);
		Set<MediaType> types = new TreeSet<>();
		for (IConfigurationElement child : element.getChildren("mediaType")) {
			MediaType type = MediaType.getByName(child.getAttribute("name"));
			if (type == null) {
				ILog.of(ViewerDescriptor.class).warn("Item viewer " + id + ": unknown media type '" + child.getAttribute("name") + "'");
			} else {
				types.add(type);
			}
		}
		return new ViewerDescriptor(id, name, order, Set.copyOf(types), element.getAttribute("notice"), element);
	}

	/** A new instance of the viewer's class, or null (logged) when it cannot be created. */
	public ItemViewer create() {
		return ExtensionSupport.create(element, ItemViewer.class, "item viewer " + id);
	}
}
