package org.tagbench.exchange.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.ItemIndex;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.LabelClasses;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * One import, whatever the format. The format's reader matches images to items ({@link #find}), resolves
 * class names ({@link #labelClass}) and hands over each image's annotations ({@link #stage}); {@link #apply}
 * then writes everything. Nothing reaches the store before the whole input has been read, so a malformed
 * or cancelled input changes nothing; once writing starts, items are committed one at a time, so a failure
 * keeps the items already written (the message says so).
 * <p>
 * An image may appear several times in one input (CSV rows, COCO annotations): its annotations accumulate,
 * and {@code replaceExisting} clears the item's stored annotations once. An item that receives annotations
 * and was UNLABELED becomes LABELED; an item listed without annotations becomes LABELED only when the format
 * says the list means "labeled, nothing in it" (a YOLO label file, a CSV row, a JSON line), not when it is a
 * mere image list (COCO {@code images}, a VOC file without objects), which tools also write for unlabeled
 * images.
 * </p>
 */
public final class ImportRun {

	private final ProjectStore store;
	private final ImportOptions options;
	private final ItemIndex index;
	private final Map<String, LabelClass> classesByName = new HashMap<>();
	private final List<LabelClass> addedClasses = new ArrayList<>();
	private final Map<String, Long> unknownClasses = new TreeMap<>();
	private final Set<String> unmatched = new LinkedHashSet<>();
	private final List<String> problems = new ArrayList<>();
	/** Items the input names, in input order. */
	private final Map<String, Staged> staged = new LinkedHashMap<>();

	/** What the input gives one item. */
	private static final class Staged {
		final List<Annotation> annotations = new ArrayList<>();
		boolean labeledWhenEmpty;
	}

	public ImportRun(ProjectStore store, ImportOptions options) throws ExchangeException {
		this.store = store;
		this.options = options;
		try {
			this.index = ItemIndex.of(store);
		} catch (StoreException e) {
			throw new ExchangeException("Cannot read the items of " + store.location() + ": " + e.getMessage(), e);
		}
		for (LabelClass labelClass : store.project().getLabelClasses()) {
			classesByName.putIfAbsent(labelClass.getName(), labelClass);
		}
	}

	public ProjectStore store() {
		return store;
	}

	/** The id of the item an image name refers to (see {@link ItemIndex}). */
	public Optional<String> find(String imageName) {
		return index.find(imageName);
	}

	/** Records an image name the project has no item for (reported, never guessed). */
	public void unmatched(String imageName) {
		unmatched.add(imageName);
	}

	/** An entry left out: names the file and line or field, and the reason. */
	public void problem(String problem) {
		problems.add(problem);
	}

	/** The item as stored (e.g. for its size), or empty when the store no longer has it. */
	public Optional<DataItem> item(String itemId) throws ExchangeException {
		try {
			return store.item(itemId);
		} catch (StoreException e) {
			throw new ExchangeException("Cannot read item " + itemId + " of " + store.location() + ": " + e.getMessage(), e);
		}
	}

	public LabelClass labelClass(String name) {
		return labelClass(name, null);
	}

	/**
	 * The project's class named {@code name} (case-sensitive). An unknown name is counted in the report and,
	 * when the options say so, becomes a new class (added to the project by {@link #apply}, in group
	 * {@code group} if given); else {@code null} is returned and the label is to be left out.
	 */
	public LabelClass labelClass(String name, String group) {
		LabelClass known = classesByName.get(name);
		if (known != null && !addedClasses.contains(known)) {
			return known;
		}
		unknownClasses.merge(name, 1L, Long::sum);
		if (known != null || !options.addUnknownClasses()) {
			return known;
		}
		List<LabelClass> existing = new ArrayList<>(store.project().getLabelClasses());
		existing.addAll(addedClasses);
		LabelClass added = LabelClasses.create(existing, name);
		if (group != null && !group.isBlank() && !"none".equals(group)) {
			added.setGroup(group);
		}
		addedClasses.add(added);
		classesByName.put(name, added);
		return added;
	}

	/**
	 * Adds annotations the input gives an item (may be none).
	 *
	 * @param labeledWhenEmpty whether the input listing this item means it is labeled even with no annotation
	 */
	public void stage(String itemId, List<? extends Annotation> annotations, boolean labeledWhenEmpty) {
		Staged entry = staged.computeIfAbsent(itemId, k -> new Staged());
		entry.annotations.addAll(annotations);
		entry.labeledWhenEmpty |= labeledWhenEmpty;
	}

	/**
	 * Writes what was read: new classes first (and the project saved, so no stored annotation refers to a class
	 * the definition lacks), then each item, committed one at a time.
	 */
	public ImportReport apply(IProgressMonitor monitor) throws ExchangeException {
		SubMonitor progress = SubMonitor.convert(monitor, "Storing imported labels", staged.size() + 1);
		if (!addedClasses.isEmpty()) {
			store.project().getLabelClasses().addAll(addedClasses);
			try {
				store.saveProject();
			} catch (StoreException e) {
				store.project().getLabelClasses().removeAll(addedClasses);
				throw new ExchangeException("Cannot add the new classes to " + store.location() + ": " + e.getMessage()
						+ " (nothing was imported)", e);
			}
		}
		progress.split(1);
		long labeled = 0;
		long annotations = 0;
		long now = System.currentTimeMillis();
		for (Map.Entry<String, Staged> entry : staged.entrySet()) {
			progress.split(1);
			Staged input = entry.getValue();
			boolean labels = !input.annotations.isEmpty() || input.labeledWhenEmpty;
			if (!labels && !options.replaceExisting()) {
				continue;
			}
			Optional<DataItem> found = item(entry.getKey());
			if (found.isEmpty()) {
				problems.add("Item " + entry.getKey() + " disappeared from the project during the import; its labels were left out");
				continue;
			}
			DataItem item = found.get();
			if (options.replaceExisting()) {
				item.getAnnotations().clear();
			}
			for (Annotation annotation : input.annotations) {
				annotation.setId(UUID.randomUUID().toString());
				annotation.setSource(AnnotationSource.IMPORTED);
				annotation.setAuthor(options.author());
				annotation.setCreatedAt(now);
				item.getAnnotations().add(annotation);
			}
			if (labels) {
				labeled++;
				annotations += input.annotations.size();
				if (item.getStatus() == ItemStatus.UNLABELED) {
					item.setStatus(ItemStatus.LABELED);
				}
			}
			try {
				store.commit(item);
			} catch (StoreException e) {
				throw new ExchangeException("Cannot store the labels of " + item.getPath() + " in " + store.location() + ": "
						+ e.getMessage() + " (" + labeled + " items stored before it keep their imported labels)", e);
			}
		}
		return new ImportReport(labeled, annotations, Map.copyOf(unknownClasses), List.copyOf(unmatched),
				List.copyOf(problems));
	}

	public static ClassificationLabel label(LabelClass labelClass) {
		ClassificationLabel label = TagbenchFactory.eINSTANCE.createClassificationLabel();
		label.setLabelClass(labelClass);
		return label;
	}

	public static BoundingBox box(LabelClass labelClass, double x, double y, double w, double h) {
		BoundingBox box = TagbenchFactory.eINSTANCE.createBoundingBox();
		box.setLabelClass(labelClass);
		box.setX(x);
		box.setY(y);
		box.setW(w);
		box.setH(h);
		return box;
	}

	public static PolygonAnnotation polygon(LabelClass labelClass, double[] points) {
		PolygonAnnotation polygon = TagbenchFactory.eINSTANCE.createPolygonAnnotation();
		polygon.setLabelClass(labelClass);
		for (double value : points) {
			polygon.getPoints().add(value);
		}
		return polygon;
	}
}
