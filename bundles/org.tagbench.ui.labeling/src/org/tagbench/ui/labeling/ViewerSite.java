package org.tagbench.ui.labeling;

import org.eclipse.swt.graphics.ImageData;
import org.tagbench.model.DataItem;

/** The editor as an {@link ItemViewer} sees it. Implemented by the editor; do not implement it. */
public interface ViewerSite {

	/** The canvas that shows the image and the annotations. */
	ImageCanvas canvas();

	/** The shown item, or null. */
	DataItem item();

	/**
	 * Replaces the shown image (e.g. after a window/level change), keeping zoom, pan, selection and the tool's
	 * state. {@code data} may be smaller than the item (a preview while dragging): it is stretched over the
	 * item's pixel space.
	 */
	void setImage(ImageData data);

	/**
	 * The frame of a multi-frame item now shown (0-based): new annotations record it in {@code frameIndex}, and
	 * the canvas shows only the annotations of this frame.
	 */
	void setFrame(int frame);

	/** The frame shown (0 for single images). */
	int frame();

	/** Asks the editor to refresh its status line (e.g. after the viewer's state changed). */
	void updateStatus();
}
