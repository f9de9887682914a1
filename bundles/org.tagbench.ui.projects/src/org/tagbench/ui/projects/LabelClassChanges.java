package org.tagbench.ui.projects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.TagbenchPackage;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.LabelClasses;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * Changing a project's label classes mid-project: add, rename, recolour, merge and delete on a draft copy of the
 * definition, each an EMF.Edit command (undo and redo until applied), then {@link #apply} writes the draft and
 * brings every item's labels in line with one of the three choices of {@link Mode}.
 */
public final class LabelClassChanges {

	/** What happens to the labels already made when the classes change (Azure ML's three choices). */
	public enum Mode {
		/** Start over: every item's labels are removed and every item is to do again. */
		START_OVER_REMOVE,
		/** Start over, keeping the labels as pre-labels (defaults the labeler confirms): every item is to do again. */
		START_OVER_KEEP,
		/** Continue: labels stay; those of deleted classes go, those of merged classes move to the merged class. */
		CONTINUE
	}

	/** What {@link #apply} changed. */
	public record Result(int itemsChanged, int labelsRemoved, int labelsMoved) {
	}

	private final List<LabelClass> original;
	private final LabelingProject draft;
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain;
	/** Merged class id → the id of the class it was merged into (a merged-into class may be merged later). */
	private final Map<String, String> merges = new LinkedHashMap<>();

	public LabelClassChanges(LabelingProject project) {
		original = new ArrayList<>(EcoreUtil.copyAll(project.getLabelClasses()));
		draft = EcoreUtil.copy(project);
		domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), commandStack);
	}

	/** The classes as they will be: a draft, changed only through this object's commands. */
	public List<LabelClass> classes() {
		return draft.getLabelClasses();
	}

	public BasicCommandStack commandStack() {
		return commandStack;
	}

	/** Whether anything differs from the project now (undoing everything makes it false again). */
	public boolean isChanged() {
		return commandStack.isSaveNeeded();
	}

	/** Ids of the project's classes that the draft no longer has and that were not merged. */
	public Set<String> deletedIds() {
		Set<String> ids = new LinkedHashSet<>();
		for (LabelClass labelClass : original) {
			if (find(draft.getLabelClasses(), labelClass.getId()) == null && !merges.containsKey(labelClass.getId())) {
				ids.add(labelClass.getId());
			}
		}
		return ids;
	}

	/** Each merged class id with the id of the class its labels go to (following merges of merges). */
	public Map<String, String> mergedIds() {
		Map<String, String> resolved = new LinkedHashMap<>();
		for (String from : merges.keySet()) {
			String into = merges.get(from);
			Set<String> seen = new HashSet<>();
			while (merges.containsKey(into) && seen.add(into)) {
				into = merges.get(into);
			}
			resolved.put(from, into);
		}
		return resolved;
	}

	/** Why {@code name} cannot be a class name (besides {@code except}), or null when it can. */
	public String problemWithName(String name, LabelClass except) {
		if (name == null || name.isBlank()) {
			return "A class needs a name";
		}
		for (LabelClass labelClass : draft.getLabelClasses()) {
			if (labelClass != except && labelClass.getName().equalsIgnoreCase(name.strip())) {
				return "There is a class " + labelClass.getName() + " already";
			}
		}
		return null;
	}

	public LabelClass add(String name) {
		requireName(name, null);
		List<LabelClass> known = new ArrayList<>(draft.getLabelClasses());
		known.addAll(original); // never reuse a deleted class's id: its labels are still in the store
		LabelClass created = LabelClasses.create(known, name.strip());
		created.setColour(LabelClasses.PALETTE.get(draft.getLabelClasses().size() % LabelClasses.PALETTE.size()));
		commandStack.execute(AddCommand.create(domain, draft, TagbenchPackage.Literals.LABELING_PROJECT__LABEL_CLASSES, created));
		return created;
	}

	public void rename(LabelClass labelClass, String name) {
		requireName(name, labelClass);
		commandStack.execute(SetCommand.create(domain, labelClass, TagbenchPackage.Literals.LABEL_CLASS__NAME, name.strip()));
	}

	/** @param colour {@code #RRGGBB} */
	public void recolour(LabelClass labelClass, String colour) {
		if (colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) {
			throw new IllegalArgumentException("A colour is written #RRGGBB, not " + colour);
		}
		commandStack.execute(SetCommand.create(domain, labelClass, TagbenchPackage.Literals.LABEL_CLASS__COLOUR,
				colour.toUpperCase(java.util.Locale.ROOT)));
	}

	/** Why {@code key} cannot be the shortcut of {@code labelClass}, or null when it can (blank: no key). */
	public String problemWithKey(String key, LabelClass labelClass) {
		if (key == null || key.isBlank()) {
			return null;
		}
		if (!key.strip().matches("[1-9]")) {
			return "A class key is one of 1 to 9 (the keys the editors answer), not \"" + key.strip() + "\"";
		}
		for (LabelClass other : draft.getLabelClasses()) {
			if (other != labelClass && key.strip().equals(other.getShortcutKey())) {
				return "Key " + key.strip() + " is " + other.getName() + "'s already: give " + other.getName()
						+ " another key (or none) first";
			}
		}
		return null;
	}

	/** Gives {@code labelClass} the shortcut key 1–9, or none (null or blank). */
	public void setKey(LabelClass labelClass, String key) {
		String problem = problemWithKey(key, labelClass);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		commandStack.execute(SetCommand.create(domain, labelClass, TagbenchPackage.Literals.LABEL_CLASS__SHORTCUT_KEY,
				key == null || key.isBlank() ? null : key.strip()));
	}

	/** Puts the classes into the group {@code group} (blank: no group); one undo step. */
	public void setGroup(Collection<LabelClass> classes, String group) {
		String value = group == null || group.isBlank() ? null : group.strip();
		CompoundCommand command = new CompoundCommand(value == null ? "Remove from group" : "Group " + value);
		for (LabelClass labelClass : classes) {
			command.append(SetCommand.create(domain, labelClass, TagbenchPackage.Literals.LABEL_CLASS__GROUP, value));
		}
		if (!command.isEmpty()) {
			commandStack.execute(command);
		}
	}

	public void delete(Collection<LabelClass> classes) {
		commandStack.execute(RemoveCommand.create(domain, draft, TagbenchPackage.Literals.LABELING_PROJECT__LABEL_CLASSES,
				List.copyOf(classes)));
	}

	/** The labels of {@code merged} become labels of {@code into}; the merged classes disappear. One undo step. */
	public void merge(Collection<LabelClass> merged, LabelClass into) {
		List<LabelClass> from = merged.stream().filter(c -> c != into).toList();
		if (from.isEmpty()) {
			return;
		}
		CompoundCommand command = new CompoundCommand("Merge into " + into.getName());
		command.append(new AbstractCommand("Record merge") {
			@Override
			protected boolean prepare() {
				return true;
			}

			@Override
			public void execute() {
				from.forEach(c -> merges.put(c.getId(), into.getId()));
			}

			@Override
			public void undo() {
				from.forEach(c -> merges.remove(c.getId()));
			}

			@Override
			public void redo() {
				execute();
			}
		});
		command.append(RemoveCommand.create(domain, draft, TagbenchPackage.Literals.LABELING_PROJECT__LABEL_CLASSES, from));
		commandStack.execute(command);
	}

	private void requireName(String name, LabelClass except) {
		String problem = problemWithName(name, except);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/**
	 * Writes the draft into the store's definition and changes the items' labels as {@code mode} says. The
	 * definition first gets the new and changed classes while keeping the removed ones, then the items are
	 * committed one by one, and only then are the removed classes dropped: a cancel or a crash in between
	 * leaves every label readable, and applying again finishes the work.
	 */
	public Result apply(ProjectStore store, Mode mode, IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Changing the label classes", 100);
		Map<String, String> moved = mergedIds();
		Set<String> deleted = deletedIds();
		LabelingProject project = store.project();

		// 1. new and changed classes, in the draft's order; removed ones kept behind them for now
		List<LabelClass> ordered = new ArrayList<>();
		for (LabelClass wanted : draft.getLabelClasses()) {
			LabelClass existing = find(project.getLabelClasses(), wanted.getId());
			if (existing == null) {
				existing = EcoreUtil.copy(wanted);
			} else {
				existing.setName(wanted.getName());
				existing.setColour(wanted.getColour());
				existing.setShortcutKey(wanted.getShortcutKey());
				existing.setGroup(wanted.getGroup());
			}
			ordered.add(existing);
		}
		List<LabelClass> removed = project.getLabelClasses().stream().filter(c -> !ordered.contains(c)).toList();
		ordered.addAll(removed);
		project.getLabelClasses().clear();
		project.getLabelClasses().addAll(ordered);
		store.saveProject();
		progress.worked(5);

		// 2. the items
		List<String> ids = affectedItems(store, mode, moved.keySet(), deleted);
		SubMonitor items = progress.split(90).setWorkRemaining(Math.max(1, ids.size()));
		int changed = 0;
		int labelsRemoved = 0;
		int labelsMoved = 0;
		for (String id : ids) {
			if (items.isCanceled()) {
				throw new OperationCanceledException();
			}
			DataItem item = store.item(id).orElse(null);
			if (item != null) {
				int[] counts = change(item, project, mode, moved, deleted);
				if (counts != null) {
					store.commit(item);
					changed++;
					labelsRemoved += counts[0];
					labelsMoved += counts[1];
				}
			}
			items.worked(1);
		}

		// 3. the removed classes go
		project.getLabelClasses().removeAll(removed);
		store.saveProject();
		commandStack.saveIsDone();
		progress.done();
		return new Result(changed, labelsRemoved, labelsMoved);
	}

	/** Start over: every item not to do or with labels; continue: the items with labels of removed classes. */
	private static List<String> affectedItems(ProjectStore store, Mode mode, Set<String> moved, Set<String> deleted)
			throws StoreException {
		Set<String> ids = new LinkedHashSet<>();
		List<ItemQuery> queries = new ArrayList<>();
		if (mode == Mode.CONTINUE) {
			for (String classId : moved) {
				queries.add(ItemQuery.all().labelClass(classId));
			}
			for (String classId : deleted) {
				queries.add(ItemQuery.all().labelClass(classId));
			}
		} else {
			queries.add(ItemQuery.all());
		}
		for (ItemQuery query : queries) {
			int page = 1000;
			for (long offset = 0;; offset += page) {
				List<ItemSummary> rows = store.items(query, offset, page);
				for (ItemSummary row : rows) {
					if (mode == Mode.CONTINUE || row.annotationCount() > 0 || row.status() != ItemStatus.UNLABELED) {
						ids.add(row.id());
					}
				}
				if (rows.size() < page) {
					break;
				}
			}
		}
		return new ArrayList<>(ids);
	}

	/** Changes one item; returns {removed, moved} label counts, or null when nothing changed. */
	private static int[] change(DataItem item, LabelingProject project, Mode mode, Map<String, String> moved,
			Set<String> deleted) {
		int removed = 0;
		int movedCount = 0;
		boolean changed = false;
		List<Annotation> kept = new ArrayList<>();
		Set<String> classificationKeys = new HashSet<>();
		for (Annotation annotation : item.getAnnotations()) {
			String classId = annotation.getLabelClass() != null ? annotation.getLabelClass().getId() : null;
			if (mode == Mode.START_OVER_REMOVE || (classId != null && deleted.contains(classId))) {
				removed++;
				continue;
			}
			if (classId != null && moved.containsKey(classId)) {
				annotation.setLabelClass(find(project.getLabelClasses(), moved.get(classId)));
				movedCount++;
				changed = true;
			}
			// a classification label may now be there twice (dog merged into an item's other class, animal)
			if (annotation instanceof ClassificationLabel label && !classificationKeys.add(
					(label.getLabelClass() != null ? label.getLabelClass().getId() : null) + "#" + label.getFrameIndex())) {
				removed++;
				continue;
			}
			if (mode == Mode.START_OVER_KEEP && annotation.getSource() != AnnotationSource.PRELABEL) {
				annotation.setSource(AnnotationSource.PRELABEL);
				changed = true;
			}
			kept.add(annotation);
		}
		if (removed > 0) {
			item.getAnnotations().retainAll(kept);
			changed = true;
		}
		ItemStatus status = item.getStatus();
		if (mode != Mode.CONTINUE) {
			status = ItemStatus.UNLABELED;
		} else if (kept.isEmpty() && status != ItemStatus.SKIPPED) {
			status = ItemStatus.UNLABELED; // nothing left of the work: it is to do again
		}
		if (status != item.getStatus()) {
			item.setStatus(status);
			changed = true;
		}
		return changed ? new int[] { removed, movedCount } : null;
	}

	private static LabelClass find(List<LabelClass> classes, String id) {
		for (LabelClass labelClass : classes) {
			if (Objects.equals(labelClass.getId(), id)) {
				return labelClass;
			}
		}
		return null;
	}
}
