package org.tagbench.ui.labeling;

import java.util.List;

import org.eclipse.swt.graphics.ImageData;

/**
 * A grid tile's rendering whose display the person adjusts in place (a DICOM frame's window/level, inversion,
 * presets), from {@link ItemViewer#adjustableThumbnail}. Display only: nothing is stored with the item. Created in
 * a background thread, then used in the UI thread only.
 *
 * @since 0.2
 */
public interface AdjustableThumbnail {

	/** The rendering as now adjusted, fitted within the size it was made for. */
	ImageData image();

	/** A right-drag on the tile begins: later {@link #drag}s are relative to the display now. */
	void beginDrag();

	/**
	 * The pointer is (dx, dy) screen pixels from where the drag began: right widens the window, left narrows it,
	 * down raises its centre (darker), up lowers it. The image follows at once.
	 */
	void drag(int dx, int dy);

	/** Inverts the grey levels, or takes the inversion back. */
	void toggleInvert();

	/** Back to the display the item opened with. */
	void reset();

	/** Applies the preset of this name (one of the viewer's, e.g. DICOM's {@code AUTOMATIC}); others change nothing. */
	void applyPreset(String preset);

	/**
	 * The same item was rendered again (another tile size): go on with the display {@code earlier} had, so that a
	 * resize or another grid does not lose the person's window. The default keeps this one's own.
	 */
	default void takeDisplayFrom(AdjustableThumbnail earlier) {
		// nothing to take
	}

	/** How many frames the item has (more than one for a multi-frame DICOM item); the default: one. */
	default int frames() {
		return 1;
	}

	/** The frame shown, from 0; tiles open on the first. */
	default int frame() {
		return 0;
	}

	/**
	 * Shows frame {@code index} (clamped to the item's frames) with the same display adjustments. Display only: a
	 * class applies to the whole item, whichever frame is shown. False when the frame cannot be decoded (the tile
	 * keeps its frame) or the item has one frame.
	 */
	default boolean showFrame(int index) {
		return false;
	}

	/**
	 * The display state in a few words for the tile's caption ("frame 2 of 3", "C 40 W 400", "inverted"), "" when
	 * nothing to say.
	 */
	String describe();

	/**
	 * What an editor with a grid of tiles offers to the viewer's commands (through {@code getAdapter}): the
	 * adjustable thumbnails of the selected tiles, and a way to show their changes.
	 */
	interface Grid {

		/** The adjustable thumbnails of the selected tiles that are decoded, in page order. */
		List<AdjustableThumbnail> selectedThumbnails();

		/** Their images changed: repaint. */
		void thumbnailsChanged();
	}
}
