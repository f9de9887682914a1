package org.tagbench.ui.classification.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelClass;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.ui.classification.internal.ClassAssignment;

/** Replace (multi-class), toggle (multi-label) and clear as single undoable steps over several items. */
class ClassAssignmentTest {

	private final BasicCommandStack stack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);
	private final LabelClass cat = labelClass("cat");
	private final LabelClass dog = labelClass("dog");
	private final DataItem a = item("a");
	private final DataItem b = item("b");

	@Test
	void replaceLeavesExactlyTheClassAndUndoesInOneStep() {
		stack.execute(ClassAssignment.replace(domain, List.of(a), dog));
		stack.execute(ClassAssignment.replace(domain, List.of(a, b), cat));
		assertEquals(List.of("cat"), names(a));
		assertEquals(List.of("cat"), names(b));
		assertEquals(AnnotationSource.HUMAN, ClassAssignment.labels(a).get(0).getSource());
		assertNull(ClassAssignment.replace(domain, List.of(a, b), cat), "nothing to change: no command");
		stack.undo();
		assertEquals(List.of("dog"), names(a));
		assertEquals(List.of(), names(b));
	}

	@Test
	void toggleAddsToThoseLackingTheClassThenRemovesItFromAll() {
		stack.execute(ClassAssignment.toggle(domain, List.of(a), cat));
		stack.execute(ClassAssignment.toggle(domain, List.of(a), dog));
		assertEquals(List.of("cat", "dog"), names(a));
		Command mixed = ClassAssignment.toggle(domain, List.of(a, b), cat);
		assertEquals("Add class cat", mixed.getLabel());
		stack.execute(mixed);
		assertEquals(List.of("cat", "dog"), names(a), "a already had cat: not added twice");
		assertEquals(List.of("cat"), names(b));
		stack.execute(ClassAssignment.toggle(domain, List.of(a, b), cat));
		assertEquals(List.of("dog"), names(a));
		assertEquals(List.of(), names(b));
		stack.undo();
		assertEquals(List.of("cat"), names(b));
	}

	@Test
	void clearRemovesEveryClass() {
		stack.execute(ClassAssignment.toggle(domain, List.of(a, b), cat));
		stack.execute(ClassAssignment.toggle(domain, List.of(a), dog));
		stack.execute(ClassAssignment.clear(domain, List.of(a, b)));
		assertEquals(List.of(), names(a));
		assertEquals(List.of(), names(b));
		assertNull(ClassAssignment.clear(domain, List.of(a, b)));
		stack.undo();
		assertEquals(List.of("cat", "dog"), names(a));
		assertFalse(ClassAssignment.has(b, dog));
	}

	private static List<String> names(DataItem item) {
		return ClassAssignment.labels(item).stream().map(label -> label.getLabelClass().getName()).toList();
	}

	private static LabelClass labelClass(String name) {
		LabelClass labelClass = TagbenchFactory.eINSTANCE.createLabelClass();
		labelClass.setId("cls-" + name);
		labelClass.setName(name);
		return labelClass;
	}

	private static DataItem item(String id) {
		DataItem item = TagbenchFactory.eINSTANCE.createDataItem();
		item.setId(id);
		return item;
	}
}
