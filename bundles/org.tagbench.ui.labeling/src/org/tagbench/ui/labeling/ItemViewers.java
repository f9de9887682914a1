package org.tagbench.ui.labeling;

import org.tagbench.model.MediaType;
import org.tagbench.ui.labeling.internal.ViewerDescriptor;

/** Access to the contributions of the extension point {@code org.tagbench.ui.labeling.itemViewers}. */
public final class ItemViewers {

	private ItemViewers() {
	}

	/** A new instance of the viewer used for {@code type} (lowest order), or null when none is installed. */
	public static ItemViewer create(MediaType type) {
		ViewerDescriptor descriptor = ViewerDescriptor.forMediaType(type);
		return descriptor == null ? null : descriptor.create();
	}
}
