package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.tagbench.model.LabelClass;
import org.tagbench.ui.labeling.ClassKeys;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.testing.UiTestSupport;

/** A project of 40 classes: keys 1–9, then letters that skip the letters bound in the labeling context. */
class ClassLettersTest extends EditorTestBase {

	@Override
	List<String> classNames() {
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			names.add("class" + i);
		}
		return names;
	}

	@Test
	void classesAfterNineGetLettersThatNoCommandTakes() {
		List<LabelClass> classes = labelClasses();
		ClassKeys keys = editor.classKeys();
		Set<Character> bound = ClassKeys.boundLetters(PlatformUI.getWorkbench(), LabelingEditor.CONTEXT_ID);
		assertTrue(bound.contains('s') && bound.contains('l'), "S (Skip) and L (labels) are bound: " + bound);
		for (int i = 0; i < 9; i++) {
			assertEquals(String.valueOf(i + 1), keys.keyOf(classes.get(i)));
		}
		assertEquals("a", keys.keyOf(classes.get(9)), "the 10th class gets a");
		assertEquals("b", keys.keyOf(classes.get(10)));
		Set<String> seen = new HashSet<>();
		for (LabelClass labelClass : classes) {
			String key = keys.keyOf(labelClass);
			if (!key.isEmpty()) {
				assertTrue(seen.add(key), "keys are unique: " + key);
				assertFalse(bound.contains(key.charAt(0)), key + " is bound to a command");
			}
		}
		assertTrue(seen.size() < 40, "not enough free letters for 40 classes: the last have none");
		assertEquals("", keys.keyOf(classes.get(39)));

		// the class list shows them
		Table table = classTable();
		assertEquals("a", table.getItem(9).getText(0));
		assertEquals("class10", table.getItem(9).getText(2));
	}

	@Test
	void aPostedLetterSelectsItsClassAndChangesTheSelectedBox() throws Exception {
		List<LabelClass> classes = labelClasses();
		LabelClass letterC = editor.classKeys().classFor("c");
		assertEquals("class12", letterC.getName(), "c is the 12th class (a, b, c)");
		assertNull(editor.classKeys().classFor("s"), "s stays Skip");

		drag(30, 20, 90, 70);
		assertEquals(1, editor.boxes().size());
		assertBox(editor.boxes().get(0), 30, 20, 60, 50, classes.get(0).getName());
		click(60, 45); // a person's selection: the next class key changes the box's class
		assertTrue(editor.canvas().selected() == editor.boxes().get(0), "the box is selected");

		focusCanvas();
		postKey('c', 'c');
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.currentClass() == letterC),
				"the posted key c selects class12, was " + editor.currentClass().getName());
		assertEquals("class12", editor.boxes().get(0).getLabelClass().getName(), "the selected box gets class12");
		assertEquals(11, classTable().getSelectionIndex(), "the class list shows the choice");

		postKey('z', 'z', org.eclipse.swt.SWT.CTRL);
		assertTrue(UiTestSupport.waitUntil(display, 3_000,
				() -> editor.boxes().get(0).getLabelClass() == classes.get(0)), "Ctrl+Z gives the box its class back");
		screenshot("labeling-editor-class-letters");
	}

	@Test
	void theFilterTypesWithoutTriggeringKeysAndEnterPicksTheFirstClassShown() throws Exception {
		var item = editor.item();
		editor.classFilter().setFocus();
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.classFilter().isFocusControl()));
		for (char c : "class3".toCharArray()) {
			postKey(c, c);
		}
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> "class3".equals(editor.classFilter().getText())),
				"typed into the filter (s did not skip, 3 did not pick): " + editor.classFilter().getText());
		assertTrue(editor.item() == item, "the item was not skipped");
		assertEquals(11, classTable().getItemCount(), "class3 and class30 … class39");
		assertEquals("class3", classTable().getItem(0).getText(2));
		postKey(SWT.CR, (char) SWT.CR);
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> "class3".equals(editor.currentClass().getName())),
				"Enter picks the first class listed");
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.canvas().isFocusControl()), "and returns to the canvas");
		assertTrue(editor.item() == item, "Enter in the filter does not submit");

		editor.classFilter().setText("c");
		assertEquals(List.of("class12"), java.util.Arrays.stream(classTable().getItems())
				.filter(r -> r.getText(0).equals("c")).map(r -> r.getText(2)).toList());
		editor.classFilter().setText("");
		assertEquals(40, classTable().getItemCount());
		postKey('c', 'c');
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> "class12".equals(editor.currentClass().getName())),
				"back in the canvas, c picks class12 again");
		assertEquals("class12", classTable().getItem(classTable().getSelectionIndex()).getText(2));
	}

	private List<LabelClass> labelClasses() {
		List<LabelClass> classes = new ArrayList<>();
		Table table = classTable();
		for (int i = 0; i < table.getItemCount(); i++) {
			classes.add((LabelClass) table.getItem(i).getData());
		}
		return classes;
	}

	private Table classTable() {
		return editor.classTable();
	}
}
