package org.tagbench.ui.labeling;

import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.tagbench.model.DataItem;

/**
 * Turns an item's media into what the image canvas shows, plus optional viewer controls. Contributed through
 * the extension point {@code org.tagbench.ui.labeling.itemViewers} for one or more media types; each editor
 * creates its own instance (public no-argument constructor). The built-in image viewer reads PNG/JPEG/… with
 * SWT; the DICOM viewer ({@code org.tagbench.ui.dicom}) renders DICOM frames with window/level controls.
 * All methods but {@link #thumbnail} are called in the UI thread.
 */
public interface ItemViewer {

	/**
	 * Called once, when the editor creates its controls: add your controls to {@code parent} (a column beside
	 * the canvas, hidden while an item of another viewer is shown) and listeners to {@code site.canvas()}
	 * (the canvas leaves the right mouse button to viewers).
	 */
	default void createControls(Composite parent, ViewerSite site) {
		// no controls
	}

	/**
	 * Loads {@code item}'s media from {@code file} and returns what the canvas shows, in the item's pixel
	 * space: annotations are stored in its pixel coordinates.
	 *
	 * @throws Exception with a message for the person (shown on the canvas instead of the image)
	 */
	ImageData show(ViewerSite site, DataItem item, Path file) throws Exception;

	/**
	 * {@code item} will probably be shown soon (it is among the next items to do): start preparing what
	 * {@link #show} will need, in the background, so that it returns at once. Called in the UI thread; must not
	 * block it. The default does nothing.
	 */
	default void prefetch(DataItem item, Path file) {
		// no preparation
	}

	/** The shown item of this viewer is going away (another item, or the editor closes): drop its data. */
	default void hide(ViewerSite site) {
		// nothing kept
	}

	/** A text for the status line about image point (x, y) under the cursor (e.g. pixel values), or null. */
	default String describe(double x, double y) {
		return null;
	}

	/**
	 * A small rendering of the media for grids (classification editor), fitted within {@code maxSize}, or null
	 * to let the caller decode the file as an ordinary image. Called in a background thread.
	 */
	default ImageData thumbnail(DataItem item, Path file, int maxSize) throws Exception {
		return null;
	}

	/**
	 * Like {@link #thumbnail}, but a rendering the person can adjust in the grid (right-drag, the viewer's
	 * commands), or null when the media has nothing to adjust (the grid then asks {@link #thumbnail}). Called in a
	 * background thread.
	 *
	 * @since 0.2
	 */
	default AdjustableThumbnail adjustableThumbnail(DataItem item, Path file, int maxSize) throws Exception {
		return null;
	}

	/** The editor closes. */
	default void dispose() {
		// nothing to free
	}
}
