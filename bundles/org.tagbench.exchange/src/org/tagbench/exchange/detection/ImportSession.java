package org.tagbench.exchange.detection;

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
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * One detection import (COCO, VOC): the format reader matches images and classes through it and hands it boxes
 * and polygons; {@link #apply} then writes them to the store, item by item. Nothing is written before the whole
 * input has been read, so a malformed file changes nothing.
 */
public final class ImportSession {

	/** Palette for classes an import adds (distinct, readable on images). */
	private static final String[] COLOURS = { "#E6194B", "#3CB44B", "#4363D8", "#F58231", "#911EB4", "#42D4F4",
			"#F032E6", "#BFEF45", "#469990", "#9A6324", "#800000", "#808000", "#000075", "#FFE119" };

	private final ProjectStore store;
	private final ImportOptions options;
	private final ItemIndex index;
	private final Map<String, LabelClass> classesByName = new HashMap<>();
	private final Map<String, Long> unknownClasses = new TreeMap<>();
	private final List<LabelClass> addedClasses = new ArrayList<>();
	private final Set<String> unmatchedImages = new LinkedHashSet<>();
	private final List<String> problems = new ArrayList<>();
	/** Items the input names, in input order, with the annotations it gives them. */
	private final Map<String, List<Pending>> items = new LinkedHashMap<>();

	/** A box ({@code x, y, w, h}) or polygon (flat points) waiting to be stored. */
	private record Pending(LabelClass labelClass, boolean polygon, double[] coordinates) {
	}

	public ImportSession(ProjectStore store, ImportOptions options) throws ExchangeException {
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

	/**
	 * The item an image of the input is, registered as named by the input (for {@code replaceExisting}); an image
	 * the project does not have is recorded in the report's unmatched images.
	 */
	public Optional<String> image(String imageName) {
		Optional<String> id = index.find(imageName);
		if (id.isPresent()) {
			items.computeIfAbsent(id.get(), k -> new ArrayList<>());
		}
		return id;
	}

	/** Records an image name the project has no item for. */
	public void unmatched(String imageName) {
		unmatchedImages.add(imageName);
	}

	/**
	 * The project's class named {@code name} (case-sensitive). A name the project lacks is counted in the report
	 * and, when the options say so, added as a new class; else the label is left out ({@code null}).
	 */
	public LabelClass labelClass(String name, String group) {
		LabelClass known = classesByName.get(name);
		if (known != null && !addedClasses.contains(known)) {
			return known;
		}
		unknownClasses.merge(name, 1L, Long::sum);
		if (!options.addUnknownClasses()) {
			return null;
		}
		if (known == null) {
			known = TagbenchFactory.eINSTANCE.createLabelClass();
			known.setId("cls-" + UUID.randomUUID());
			known.setName(name);
			known.setColour(COLOURS[(store.project().getLabelClasses().size() + addedClasses.size()) % COLOURS.length]);
			if (group != null && !group.isBlank() && !"none".equals(group)) {
				known.setGroup(group);
			}
			addedClasses.add(known);
			classesByName.put(name, known);
		}
		return known;
	}

	public void box(String itemId, LabelClass labelClass, double x, double y, double w, double h) {
		items.computeIfAbsent(itemId, k -> new ArrayList<>()).add(new Pending(labelClass, false, new double[] { x, y, w, h }));
	}

	public void polygon(String itemId, LabelClass labelClass, double[] points) {
		items.computeIfAbsent(itemId, k -> new ArrayList<>()).add(new Pending(labelClass, true, points.clone()));
	}

	/** An entry left out: the message names file and line or field. */
	public void problem(String message) {
		problems.add(message);
	}

	/**
	 * Stores what was read: new classes first (and the project saved), then each item named by the input. With
	 * {@code replaceExisting} every matched item's annotations are replaced by the imported ones (an image the
	 * input lists with no annotation is cleared); else the imported annotations are added. An item that
	 * receives annotations and was UNLABELED becomes LABELED.
	 */
	public ImportReport apply(IProgressMonitor monitor) throws ExchangeException {
		SubMonitor progress = SubMonitor.convert(monitor, "Storing imported labels", items.size() + 1);
		try {
			if (!addedClasses.isEmpty()) {
				store.project().getLabelClasses().addAll(addedClasses);
				store.saveProject();
			}
			progress.split(1);
			long labeled = 0;
			long annotations = 0;
			long now = System.currentTimeMillis();
			for (Map.Entry<String, List<Pending>> entry : items.entrySet()) {
				progress.split(1);
				List<Pending> pending = entry.getValue();
				if (pending.isEmpty() && !options.replaceExisting()) {
					continue;
				}
				Optional<DataItem> found = store.item(entry.getKey());
				if (found.isEmpty()) {
					continue;
				}
				DataItem item = found.get();
				if (options.replaceExisting()) {
					item.getAnnotations().clear();
				}
				for (Pending p : pending) {
					item.getAnnotations().add(annotation(p, now));
				}
				if (!pending.isEmpty()) {
					labeled++;
					annotations += pending.size();
					if (item.getStatus() == ItemStatus.UNLABELED) {
						item.setStatus(ItemStatus.LABELED);
					}
				}
				store.commit(item);
			}
			return new ImportReport(labeled, annotations, Map.copyOf(unknownClasses), List.copyOf(unmatchedImages),
					List.copyOf(problems));
		} catch (StoreException e) {
			throw new ExchangeException("Cannot store the imported labels in " + store.location() + ": " + e.getMessage()
					+ " (items stored before this one keep their imported labels)", e);
		}
	}

	private Annotation annotation(Pending pending, long now) {
		TagbenchFactory factory = TagbenchFactory.eINSTANCE;
		Annotation annotation;
		if (pending.polygon()) {
			PolygonAnnotation polygon = factory.createPolygonAnnotation();
			for (double value : pending.coordinates()) {
				polygon.getPoints().add(value);
			}
			annotation = polygon;
		} else {
			BoundingBox box = factory.createBoundingBox();
			box.setX(pending.coordinates()[0]);
			box.setY(pending.coordinates()[1]);
			box.setW(pending.coordinates()[2]);
			box.setH(pending.coordinates()[3]);
			annotation = box;
		}
		annotation.setLabelClass(pending.labelClass());
		annotation.setSource(AnnotationSource.IMPORTED);
		annotation.setAuthor(options.author());
		annotation.setCreatedAt(now);
		return annotation;
	}
}
