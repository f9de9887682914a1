package org.tagbench.exchange.detection;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tagbench.exchange.ExportOptions;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.store.ItemQuery;

/**
 * What a detection export (COCO, VOC) writes, from its {@link ExportOptions}: which items, which annotations,
 * which split an item falls in, and the number of each label class.
 */
public final class ExportSelection {

	private final ExportOptions options;
	private final Map<String, Integer> classNumbers = new HashMap<>();

	public ExportSelection(ExportOptions options, LabelingProject project) {
		this.options = options;
		List<LabelClass> classes = project.getLabelClasses();
		for (int i = 0; i < classes.size(); i++) {
			classNumbers.putIfAbsent(classes.get(i).getId(), i + 1);
		}
	}

	/** The items to export; meaningless when {@link #selectsNothing()}. */
	public ItemQuery query() {
		return ItemQuery.all().statuses(options.statuses());
	}

	/** An empty status set selects no item (an empty query would select all). */
	public boolean selectsNothing() {
		return options.statuses().isEmpty();
	}

	public boolean hasSplit() {
		return options.validationFraction() > 0;
	}

	/** Whether the item goes to the validation split. */
	public boolean isValidation(String itemId) {
		return isValidation(itemId, options.validationFraction(), options.splitSeed());
	}

	/**
	 * The split rule: an item is in the validation split when a 64-bit hash of the seed and its id (FNV-1a over
	 * the id's UTF-8 bytes, started from the seed, then the SplitMix64 finaliser), read as a number in [0, 1), is
	 * below the fraction. Each item's side depends only on its id and the seed: it is the same in every export and
	 * does not change when other items are added or removed, so no image moves from validation to training
	 * between exports.
	 */
	public static boolean isValidation(String itemId, double fraction, long seed) {
		if (fraction <= 0) {
			return false;
		}
		long hash = seed ^ 0xcbf29ce484222325L;
		for (byte b : itemId.getBytes(StandardCharsets.UTF_8)) {
			hash ^= b & 0xff;
			hash *= 0x100000001b3L;
		}
		hash += 0x9e3779b97f4a7c15L;
		hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
		hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
		hash = hash ^ (hash >>> 31);
		double unit = (hash >>> 11) * 0x1.0p-53;
		return unit < fraction;
	}

	/** Whether the annotation is exported: pre-labels not yet reviewed only when the options ask for them. */
	public boolean exportable(Annotation annotation) {
		return annotation.getSource() != AnnotationSource.PRELABEL || options.includePrelabels();
	}

	/** The 1-based number of a label class in the project's class order, or 0 for a class the project lacks. */
	public int classNumber(LabelClass labelClass) {
		return labelClass == null ? 0 : classNumbers.getOrDefault(labelClass.getId(), 0);
	}
}
