package org.tagbench.ui.labeling;

import org.eclipse.swt.graphics.GC;

/**
 * A tool of the labeling editor: it turns mouse and key input on the image canvas into annotations of the
 * shown item. Contributed through the extension point {@code org.tagbench.ui.labeling.annotationTools}
 * (see {@code schema/annotationTools.exsd} and docs/PLUGIN-GUIDE.md); each labeling editor creates its own
 * instance, so a tool may keep state (a drag in progress).
 * <p>
 * Every coordinate is in <b>image pixels</b> (not clamped: use {@link ViewTransform#clampImageX(double)});
 * the canvas converts, and it keeps zoom (wheel, +/-, 0) and pan (middle-drag, Space+drag) for itself.
 * Mouse methods are called for the left button only, and only while an image is shown. Changes to the item
 * must go through {@link ToolContext#editingDomain()} (or {@link ToolContext#add}), so they can be undone.
 * All methods are called in the UI thread. Every method has an empty default. An exception thrown by a tool
 * is logged (once per tool instance) and does not stop the editor.
 *
 * @since 0.1
 */
public interface AnnotationTool {

	/** The tool became the active one (also when a new item is shown). */
	default void activate(ToolContext context) {
	}

	/** Another tool was chosen, the item changes or the editor closes: drop anything in progress. */
	default void deactivate(ToolContext context) {
	}

	/** Left button pressed at image point ({@code x}, {@code y}); {@code stateMask} as in SWT events. */
	default void mouseDown(ToolContext context, double x, double y, int stateMask) {
	}

	/** The mouse moved (any button state: test {@code stateMask & SWT.BUTTON1}). */
	default void mouseMove(ToolContext context, double x, double y, int stateMask) {
	}

	/** Left button released. */
	default void mouseUp(ToolContext context, double x, double y, int stateMask) {
	}

	/**
	 * Double-click of the left button (after the mouseDown/mouseUp pairs of both clicks).
	 *
	 * @since 0.2
	 */
	default void mouseDoubleClick(ToolContext context, double x, double y, int stateMask) {
	}

	/**
	 * Submit (Enter) was asked for: finish what is in progress (e.g. close a polygon) and return true, so the
	 * item is not submitted yet; return false when nothing is in progress.
	 *
	 * @since 0.2
	 */
	default boolean finish(ToolContext context) {
		return false;
	}

	/**
	 * Delete was asked for: delete a part of the selection the tool owns (e.g. a selected polygon vertex) and
	 * return true; return false to let the editor delete the selected annotation.
	 *
	 * @since 0.2
	 */
	default boolean delete(ToolContext context) {
		return false;
	}

	/**
	 * A key reached the canvas ({@code character}, {@code keyCode}, {@code stateMask} as in SWT). Return true
	 * when the tool used it; the editor's own keys (Enter, S, 1-9, Delete, zoom keys) come first through
	 * commands and are not for tools.
	 */
	default boolean keyDown(ToolContext context, char character, int keyCode, int stateMask) {
		return false;
	}

	/**
	 * Paints what the tool shows in progress (a rubber band, a preview), on top of the image and the stored
	 * annotations. {@code gc} is in canvas pixels: convert with {@link ToolContext#transform()}.
	 */
	default void paint(ToolContext context, GC gc) {
	}
}
