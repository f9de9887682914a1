package org.tagbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tagbench.model.LabelClass;

class LabelClassesTest {

	@Test
	void classesGetPaletteColoursFreeKeysAndUniqueIds() {
		List<LabelClass> classes = new ArrayList<>();
		for (String name : List.of("Cat", "cat", "Traffic light", "+++")) {
			classes.add(LabelClasses.create(classes, name));
		}
		assertEquals(List.of("cls-cat", "cls-cat-2", "cls-traffic-light"),
				classes.subList(0, 3).stream().map(LabelClass::getId).toList());
		assertEquals(36 + 4, classes.get(3).getId().length(), "a name without letters gets a random id");
		assertEquals(List.of("1", "2", "3", "4"), classes.stream().map(LabelClass::getShortcutKey).toList());
		assertEquals(List.of(LabelClasses.PALETTE.get(0), LabelClasses.PALETTE.get(1)),
				classes.subList(0, 2).stream().map(LabelClass::getColour).toList());
	}

	@Test
	void keysFillGapsAndRunOutAfterNine() {
		List<LabelClass> classes = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			classes.add(LabelClasses.create(classes, "c" + i));
		}
		classes.remove(4); // key 5 is free again
		assertEquals("5", LabelClasses.create(classes, "again").getShortcutKey());
		classes.add(LabelClasses.create(classes, "again"));
		assertNull(LabelClasses.create(classes, "tenth").getShortcutKey());
		assertEquals(LabelClasses.PALETTE.get(9), LabelClasses.create(classes, "x").getColour(),
				"the colour follows the class count");
	}
}
