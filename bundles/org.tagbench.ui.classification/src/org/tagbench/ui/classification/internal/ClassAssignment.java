package org.tagbench.ui.classification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelClass;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.model.TagbenchPackage;
import org.tagbench.ui.labeling.Suggestions;

/**
 * The EMF.Edit commands that change the classes of several items at once, one undoable step each:
 * <ul>
 * <li>multi-class: {@link #replace} — each item ends with exactly that class;</li>
 * <li>multi-label: {@link #toggle} — when every item has the class it is removed from all, otherwise it is
 * added to those that lack it (so a mixed selection becomes uniform first, as in mail clients' flags);</li>
 * <li>{@link #clear} removes every class.</li>
 * </ul>
 * Each returns null when nothing would change, so no empty step lands on the command stack.
 */
public final class ClassAssignment {

	private ClassAssignment() {
	}

	/** The class labels of {@code item} (frame 0; other annotation kinds are left alone). */
	public static List<ClassificationLabel> labels(DataItem item) {
		List<ClassificationLabel> labels = new ArrayList<>();
		for (Annotation annotation : item.getAnnotations()) {
			if (annotation instanceof ClassificationLabel label) {
				labels.add(label);
			}
		}
		return labels;
	}

	/** The classes a person gave or accepted (suggestions left out). */
	public static List<ClassificationLabel> confirmedLabels(DataItem item) {
		return labels(item).stream().filter(l -> !Suggestions.isSuggestion(l)).toList();
	}

	public static boolean has(DataItem item, LabelClass labelClass) {
		return labels(item).stream().anyMatch(label -> label.getLabelClass() == labelClass);
	}

	public static Command replace(EditingDomain domain, Collection<DataItem> items, LabelClass labelClass) {
		CompoundCommand command = new CompoundCommand("Set class " + labelClass.getName());
		for (DataItem item : items) {
			List<ClassificationLabel> labels = labels(item);
			if (labels.size() == 1 && labels.get(0).getLabelClass() == labelClass) {
				continue;
			}
			if (!labels.isEmpty()) {
				command.append(RemoveCommand.create(domain, item, TagbenchPackage.Literals.DATA_ITEM__ANNOTATIONS, labels));
			}
			command.append(add(domain, item, labelClass));
		}
		return command.isEmpty() ? null : command;
	}

	public static Command toggle(EditingDomain domain, Collection<DataItem> items, LabelClass labelClass) {
		boolean everyItemHasIt = !items.isEmpty() && items.stream().allMatch(item -> has(item, labelClass));
		CompoundCommand command = new CompoundCommand((everyItemHasIt ? "Remove class " : "Add class ") + labelClass.getName());
		for (DataItem item : items) {
			if (everyItemHasIt) {
				List<ClassificationLabel> ofClass = labels(item).stream().filter(l -> l.getLabelClass() == labelClass).toList();
				command.append(RemoveCommand.create(domain, item, TagbenchPackage.Literals.DATA_ITEM__ANNOTATIONS, ofClass));
			} else if (!has(item, labelClass)) {
				command.append(add(domain, item, labelClass));
			}
		}
		return command.isEmpty() ? null : command;
	}

	public static Command clear(EditingDomain domain, Collection<DataItem> items) {
		CompoundCommand command = new CompoundCommand("Remove classes");
		for (DataItem item : items) {
			List<ClassificationLabel> labels = labels(item);
			if (!labels.isEmpty()) {
				command.append(RemoveCommand.create(domain, item, TagbenchPackage.Literals.DATA_ITEM__ANNOTATIONS, labels));
			}
		}
		return command.isEmpty() ? null : command;
	}

	private static Command add(EditingDomain domain, DataItem item, LabelClass labelClass) {
		ClassificationLabel label = TagbenchFactory.eINSTANCE.createClassificationLabel();
		label.setId(UUID.randomUUID().toString());
		label.setLabelClass(labelClass);
		label.setSource(AnnotationSource.HUMAN);
		label.setAuthor(TagbenchPreferences.labelerName());
		label.setCreatedAt(System.currentTimeMillis());
		// A person's class on an item the assist had suggested classes for records the suggesting model: the
		// suggestion was corrected (a kept suggestion is accepted on submit instead, see Suggestions#accept).
		labels(item).stream().filter(Suggestions::isSuggestion).findFirst()
				.ifPresent(suggestion -> label.setModelVersion(suggestion.getModelVersion()));
		return AddCommand.create(domain, item, TagbenchPackage.Literals.DATA_ITEM__ANNOTATIONS, label);
	}
}
