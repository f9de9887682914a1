package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Test;
import org.tagbench.ui.labeling.ViewTransform;
import org.tagbench.ui.labeling.internal.BoxTool;
import org.tagbench.ui.testing.RealInput;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * Two-click box drawing with real X input (pointer moves through Display.post, button clicks through xdotool,
 * Esc posted): the first click on nothing sets a corner, the second the opposite one; Esc, or a second click on
 * the first corner, makes nothing; a click on nothing while a box is selected only deselects (Shift+click still
 * sets a corner).
 */
class TwoClickBoxTest extends EditorTestBase {

	@Test
	void twoClicksDrawABoxEscAndASecondClickInPlaceMakeNothing() throws Exception {
		focusCanvas();
		postKey('2', '2');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> "dog".equals(editor.currentClass().getName())));
		BoxTool tool = (BoxTool) editor.canvas().tool();

		realClick(30, 20);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, tool::hasFirstCorner), "the first click sets a corner");
		assertTrue(editor.boxes().isEmpty(), "a click alone makes no box");
		realClick(90, 70);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.boxes().size() == 1), "the second click makes the box");
		assertBox(editor.boxes().get(0), 30, 20, 60, 50, "dog");
		assertFalse(tool.hasFirstCorner());
		screenshot("labeling-editor-two-click-box");

		// a click on the box selects it (no corner); a click on nothing then only deselects; the next one starts a
		// box, and Esc drops it
		realClick(60, 45);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.canvas().selected() == editor.boxes().get(0)),
				"a click on a box selects it");
		assertFalse(tool.hasFirstCorner(), "a click on a box starts no box");
		realClick(150, 30);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.canvas().selected() == null),
				"a click on nothing deselects");
		assertFalse(tool.hasFirstCorner(), "a click that deselects starts no box");
		realClick(160, 90);
		assertEquals(1, editor.boxes().size(), "the click that deselected set no corner: no box from it");
		assertTrue(UiTestSupport.waitUntil(display, 5_000, tool::hasFirstCorner), "with nothing selected a click sets a corner");
		postKey(SWT.ESC, (char) SWT.ESC);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> !tool.hasFirstCorner()), "Esc drops the first corner");
		realClick(180, 80); // after Esc this is a new first corner, not the end of a box
		assertTrue(UiTestSupport.waitUntil(display, 5_000, tool::hasFirstCorner));
		assertEquals(1, editor.boxes().size(), "Esc after the first click creates nothing");

		// the second click on the first corner (a double-click) ends it without an empty box
		realClick(180, 80);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> !tool.hasFirstCorner()));
		assertEquals(1, editor.boxes().size(), "no zero-size box");
		editor.boxes().forEach(b -> assertTrue(b.getW() >= 2 && b.getH() >= 2));

		// Shift+click starts a two-click box even while a box is selected
		realClick(60, 45);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.canvas().selected() == editor.boxes().get(0)));
		realClick(120, 10, true);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, tool::hasFirstCorner), "Shift+click sets a corner");
		realClick(170, 40);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.boxes().size() == 2));
		assertBox(editor.boxes().get(1), 120, 10, 50, 30, "dog");
		postKey('z', 'z', SWT.CTRL);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.boxes().size() == 1));

		// one undo removes the two-click box
		postKey('z', 'z', SWT.CTRL);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.boxes().isEmpty()), "Ctrl+Z undoes it");
	}

	/** A real left click at image point (ix, iy). */
	private void realClick(double ix, double iy) throws Exception {
		realClick(ix, iy, false);
	}

	/** A real left click at image point (ix, iy), with Shift held when {@code shift}. */
	private void realClick(double ix, double iy, boolean shift) throws Exception {
		ViewTransform t = editor.canvas().transform();
		Point onDisplay = editor.canvas().toDisplay((int) Math.round(t.toViewX(ix)), (int) Math.round(t.toViewY(iy)));
		RealInput.clickHolding(display, onDisplay, shift ? "shift" : null);
		UiTestSupport.flush(display);
	}
}
