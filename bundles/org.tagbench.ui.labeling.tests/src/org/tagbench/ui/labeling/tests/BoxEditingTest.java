package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.labeling.internal.ImageAdjustment;
import org.tagbench.ui.testing.UiTestSupport;

/** Moving, resizing, nudging, Tab, class change, copy previous, Back/Forward on a bounding-box project. */
class BoxEditingTest extends EditorTestBase {

	private CommandStack stack() {
		return editor.editingDomain().getCommandStack();
	}

	@Test
	void moveResizeAndNudgeAreUndoableAndNeverMakeAZeroSizeBox() throws Exception {
		drag(20, 10, 80, 60);
		BoundingBox box = editor.boxes().get(0);
		assertSame(box, editor.canvas().selected(), "a drawn box is selected");

		drag(50, 35, 70, 45); // inside the selected box: moves it
		assertBox(box, 40, 20, 60, 50, "cat");
		assertEquals("Move Box", stack().getUndoCommand().getLabel());
		stack().undo();
		assertBox(box, 20, 10, 60, 50, "cat");
		stack().redo();
		assertBox(box, 40, 20, 60, 50, "cat");

		drag(100, 70, 120, 90); // the SE handle
		assertBox(box, 40, 20, 80, 70, "cat");
		drag(80, 20, 80, 5); // the N handle: only the top moves
		assertBox(box, 40, 5, 80, 85, "cat");
		drag(40, 47.5, 130, 47.5); // the W handle dragged across the E side: the box flips
		assertBox(box, 120, 5, 10, 85, "cat");
		settle();
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "box-editing-handles");

		drag(120, 5, 130, 90); // NW handle onto the SE corner: the smallest box, not an empty one
		assertTrue(box.getW() >= 2 && box.getH() >= 2, box.getW() + " × " + box.getH());
		stack().undo();
		assertBox(box, 120, 5, 10, 85, "cat");

		// Esc during a resize puts the box back and leaves nothing on the command stack
		var before = stack().getUndoCommand();
		press(130, 90);
		move(180, 99);
		assertEquals(60, box.getW(), 1, "the box follows the handle while dragging");
		key(SWT.ESC, SWT.ESC);
		release(180, 99);
		assertBox(box, 120, 5, 10, 85, "cat");
		assertSame(before, stack().getUndoCommand());

		key(0, SWT.ARROW_RIGHT);
		assertBox(box, 121, 5, 10, 85, "cat");
		key(0, SWT.ARROW_UP, SWT.SHIFT);
		assertBox(box, 121, 0, 10, 85, "cat"); // kept inside the image
		key(0, SWT.ARROW_LEFT, SWT.SHIFT);
		assertBox(box, 111, 0, 10, 85, "cat");
		assertEquals("Nudge Box", stack().getUndoCommand().getLabel());

		while (stack().canUndo()) {
			stack().undo();
		}
		assertTrue(editor.boxes().isEmpty());
		assertFalse(editor.isDirty());
	}

	@Test
	void tabCyclesTheBoxesAndTheClassKeysChangeTheChosenOne() {
		drag(10, 10, 40, 40);
		drag(60, 10, 90, 40);
		drag(110, 10, 140, 40);
		List<BoundingBox> boxes = editor.boxes();
		key('2', '2');
		assertEquals("cat", boxes.get(2).getLabelClass().getName(), "a box just drawn keeps its class");
		assertEquals("dog", editor.currentClass().getName());

		key(SWT.TAB, SWT.TAB);
		assertSame(boxes.get(0), editor.canvas().selected(), "Tab wraps to the first box");
		key(SWT.TAB, SWT.TAB);
		assertSame(boxes.get(1), editor.canvas().selected());
		key(SWT.TAB, SWT.TAB, SWT.SHIFT);
		assertSame(boxes.get(0), editor.canvas().selected(), "Shift+Tab goes back");
		key('2', '2');
		key('1', '1');
		assertEquals("cat", boxes.get(0).getLabelClass().getName());
		key('2', '2');
		assertEquals("dog", boxes.get(0).getLabelClass().getName(), "the class key changes the chosen box");
		assertEquals("Change Class", stack().getUndoCommand().getLabel());
		stack().undo();
		assertEquals("cat", boxes.get(0).getLabelClass().getName());

		click(75, 25); // a click chooses too
		key('2', '2');
		assertEquals("dog", boxes.get(1).getLabelClass().getName());
		key(0, SWT.DEL);
		assertEquals(2, editor.boxes().size());
		assertFalse(editor.boxes().contains(boxes.get(1)));

		assertTrue(editor.canvas().showLabels());
		key('l', 'l');
		assertFalse(editor.canvas().showLabels(), "L hides the class names");
		key('l', 'l');
		assertTrue(editor.canvas().showLabels());
	}

	@Test
	void copyPreviousAndBackAndForwardThroughTheSession() throws Exception {
		DataItem first = editor.item();
		drag(20, 10, 80, 60);
		key('2', '2');
		drag(110, 40, 150, 90);
		key(SWT.CR, SWT.CR);
		DataItem second = editor.item();
		assertNotEquals(first.getId(), second.getId());
		assertTrue(editor.timeText().matches("\\d+:\\d\\d on this item"), editor.timeText());

		key('v', 'v', SWT.MOD1 | SWT.SHIFT);
		List<BoundingBox> copies = editor.boxes();
		assertEquals(2, copies.size(), "the previous item's boxes are copied");
		assertBox(copies.get(0), 20, 10, 60, 50, "cat");
		assertBox(copies.get(1), 110, 40, 40, 50, "dog");
		assertNotEquals(first.getAnnotations().get(0).getId(), copies.get(0).getId());
		stack().undo();
		assertTrue(editor.boxes().isEmpty(), "one undo removes every copy");
		stack().redo();

		key(0, SWT.ARROW_LEFT, SWT.ALT);
		assertEquals(first.getId(), editor.item().getId(), "Alt+Left shows the previous item");
		assertTrue(editor.statusText().startsWith("Back 1: LABELED"), editor.statusText());
		assertEquals(2, editor.boxes().size());
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			DataItem stored = store.item(second.getId()).orElseThrow();
			assertEquals(ItemStatus.IN_PROGRESS, stored.getStatus(), "leaving a changed item commits it");
			assertEquals(2, stored.getAnnotations().size());
		}

		click(50, 30);
		key(0, SWT.ARROW_DOWN);
		key(0, SWT.ARROW_RIGHT, SWT.ALT);
		assertEquals(second.getId(), editor.item().getId(), "Alt+Right goes forward to the same next item");
		assertEquals(2, editor.boxes().size());
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			DataItem stored = store.item(first.getId()).orElseThrow();
			assertEquals(ItemStatus.LABELED, stored.getStatus(), "an edited earlier item keeps its status");
			assertBox((BoundingBox) stored.getAnnotations().get(0), 20, 11, 60, 50, "cat");
		}
		key(SWT.CR, SWT.CR);
		assertNotEquals(second.getId(), editor.item().getId());
		assertTrue(editor.statusText().startsWith("Item 3 of 3 · 2 labeled"), editor.statusText());
	}

	@Test
	void theKeysAreBindingsInTheLabelingContextAndRealKeysWork() throws Exception {
		focusCanvas();
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		String prefix = "org.tagbench.ui.labeling.commands.";
		String[][] expected = { { "TAB", "nextAnnotation" }, { "M2+TAB", "previousAnnotation" },
				{ "ARROW_LEFT", "nudge" }, { "M2+ARROW_DOWN", "nudge" }, { "M3+ARROW_LEFT", "back" },
				{ "M3+ARROW_RIGHT", "forward" }, { "L", "toggleLabels" }, { "M1+M2+V", "copyPrevious" } };
		for (String[] binding : expected) {
			var match = bindings.getPerfectMatch(KeySequence.getInstance(binding[0]));
			assertNotNull(match, binding[0] + " is bound");
			assertEquals(prefix + binding[1], match.getParameterizedCommand().getId(), binding[0]);
		}
		assertEquals("10", bindings.getPerfectMatch(KeySequence.getInstance("M2+ARROW_DOWN")).getParameterizedCommand()
				.getParameterMap().get("org.tagbench.ui.labeling.dy"));

		drag(20, 10, 80, 60);
		drag(110, 40, 150, 90);
		BoundingBox first = editor.boxes().get(0);
		postKey(SWT.TAB, '\t');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.canvas().selected() == first),
				"Tab selects the first box");
		postKey(SWT.ARROW_RIGHT, (char) 0);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> first.getX() == 21), "Right nudges by one pixel");
		postKey(SWT.ARROW_DOWN, (char) 0, SWT.SHIFT);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> first.getY() == 20), "Shift+Down nudges by ten");
		postKey('l', 'l');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> !editor.canvas().showLabels()), "L hides labels");
		postKey('l', 'l');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.canvas().showLabels()));
		assertTrue(editor.canvas().isFocusControl(), "Tab did not move the focus away from the canvas");
	}

	@Test
	void zoomToActualSizeAndBrightnessContrastChangeOnlyTheDisplay() throws Exception {
		key('1', '1', SWT.MOD1);
		assertEquals(1.0, editor.canvas().transform().scale(), 1e-9, "Ctrl+1 = 100 %");
		key('0', '0');
		assertTrue(editor.canvas().transform().isFitted());

		ImageData before = editor.canvas().image().getImageData();
		RGB orange = before.palette.getRGB(before.getPixel(2, 2));
		editor.setAdjustment(40, 50);
		assertNotSame(editor.canvas().image(), editor.canvas().shownImage());
		ImageData after = editor.canvas().shownImage().getImageData();
		RGB adjusted = after.palette.getRGB(after.getPixel(2, 2));
		int[] lut = ImageAdjustment.lut(40, 50);
		assertEquals(new RGB(lut[orange.red], lut[orange.green], lut[orange.blue]), adjusted);
		assertNotEquals(orange, adjusted);
		drag(20, 10, 80, 60);
		screenshot("box-editing-brightness");
		key(SWT.CR, SWT.CR);
		assertEquals(40, editor.canvas().brightness(), "kept for the next item");
		assertNotSame(editor.canvas().image(), editor.canvas().shownImage());
		editor.setAdjustment(0, 0);
		assertSame(editor.canvas().image(), editor.canvas().shownImage());
	}

	private static void assertNotSame(Object a, Object b) {
		assertFalse(a == b, "different objects expected");
	}
}
