package org.tagbench.exchange.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
import org.tagbench.model.LabelingProject;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * One import: finds items, resolves class names (adding unknown ones when the options say so), stores the
 * annotations of one image at a time (source IMPORTED, the options' author) and collects the report.
 * <p>
 * Items are committed one by one, so a cancelled or failed import keeps the images already imported.
 * When the same image appears several times in one input, {@code replaceExisting} clears its annotations
 * only the first time, so all of them are kept.
 * </p>
 */
public final class ImportRun {

	private static final String[] PALETTE = { "#E6194B", "#3CB44B", "#FFE119", "#4363D8", "#F58231", "#911EB4",
			"#46F0F0", "#F032E6", "#BCF60C", "#FABEBE", "#008080", "#E6BEFF" };

	private final ProjectStore store;
	private final ImportOptions options;
	private final ItemIndex index;
	private final Map<String, LabelClass> classes = new HashMap<>();
	private final Map<String, Long> unknownClasses = new LinkedHashMap<>();
	private final List<String> unmatched = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();
	private final Set<String> touched = new HashSet<>();
	private long annotations;

	public ImportRun(ProjectStore store, ImportOptions options) throws ExchangeException {
		this.store = store;
		this.options = options;
		try {
			this.index = ItemIndex.of(store);
		} catch (StoreException e) {
			throw new ExchangeException("Cannot read the items of " + store.location() + ": " + e.getMessage(), e);
		}
		for (LabelClass labelClass : store.project().getLabelClasses()) {
			classes.putIfAbsent(labelClass.getName(), labelClass);
		}
	}

	public ProjectStore store() {
		return store;
	}

	/** The id of the item an image name refers to (see {@link ItemIndex}). */
	public Optional<String> find(String imageName) {
		return index.find(imageName);
	}

	public void unmatched(String imageName) {
		unmatched.add(imageName);
	}

	/** An entry left out: names the file and line or field, and the reason. */
	public void problem(String problem) {
		problems.add(problem);
	}

	/**
	 * The project's class of this name. An unknown name is counted; it is added to the project (and the
	 * project saved at once, so stored annotations never refer to a class the definition lacks) when the
	 * options say so, else null is returned and the label is to be left out.
	 */
	public LabelClass labelClass(String name) throws ExchangeException {
		LabelClass known = classes.get(name);
		if (known != null && !unknownClasses.containsKey(name)) {
			return known;
		}
		unknownClasses.merge(name, 1L, Long::sum);
		if (known != null || !options.addUnknownClasses()) {
			return known;
		}
		LabelingProject project = store.project();
		LabelClass added = TagbenchFactory.eINSTANCE.createLabelClass();
		added.setId(newClassId(project, name));
		added.setName(name);
		added.setColour(PALETTE[project.getLabelClasses().size() % PALETTE.length]);
		project.getLabelClasses().add(added);
		try {
			store.saveProject();
		} catch (StoreException e) {
			project.getLabelClasses().remove(added);
			throw new ExchangeException("Cannot add the class " + name + " to the project: " + e.getMessage(), e);
		}
		classes.put(name, added);
		return added;
	}

	private static String newClassId(LabelingProject project, String name) {
		String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		String id = "cls-" + (slug.isEmpty() ? UUID.randomUUID().toString() : slug);
		Set<String> taken = new HashSet<>();
		project.getLabelClasses().forEach(c -> taken.add(c.getId()));
		String candidate = id;
		for (int n = 2; taken.contains(candidate); n++) {
			candidate = id + "-" + n;
		}
		return candidate;
	}

	/** The item with its annotations, or empty (reported as a problem) when the store no longer has it. */
	public Optional<DataItem> item(String itemId) throws ExchangeException {
		try {
			return store.item(itemId);
		} catch (StoreException e) {
			throw new ExchangeException("Cannot read item " + itemId + " of " + store.location() + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Stores imported annotations on an item (replacing its existing ones the first time this import touches
	 * it, when the options say so). An UNLABELED item becomes LABELED, even with no annotation: the input
	 * listed it as labeled (e.g. a YOLO background image with an empty label file).
	 */
	public void apply(DataItem item, List<Annotation> imported) throws ExchangeException {
		if (touched.add(item.getId()) && options.replaceExisting()) {
			item.getAnnotations().clear();
		}
		long now = System.currentTimeMillis();
		for (Annotation annotation : imported) {
			annotation.setId(UUID.randomUUID().toString());
			annotation.setSource(AnnotationSource.IMPORTED);
			annotation.setAuthor(options.author());
			annotation.setCreatedAt(now);
			item.getAnnotations().add(annotation);
		}
		if (item.getStatus() == ItemStatus.UNLABELED) {
			item.setStatus(ItemStatus.LABELED);
		}
		try {
			store.commit(item);
		} catch (StoreException e) {
			throw new ExchangeException("Cannot store the labels of " + item.getPath() + ": " + e.getMessage(), e);
		}
		annotations += imported.size();
	}

	public ImportReport report() {
		return new ImportReport(touched.size(), annotations, Map.copyOf(unknownClasses), List.copyOf(unmatched),
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
