package org.tagbench.exchange.detection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.support.PatientNames;
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

	/** Keeps patient names out of the item's path before anything is written ({@link PatientNames}). */
	public void protect(org.tagbench.model.DataItem item, Warnings warnings) {
		PatientNames.protect(item, options.deidentify(),
				why -> warnings.add("DICOM items exported under the pseudonym dicom/<item id>.dcm (" + why + ")", Warnings.item(item)));
	}

	public boolean hasSplit() {
		return options.validationFraction() > 0;
	}

	/** Whether the item goes to the validation split ({@link ExportOptions#isValidation}). */
	public boolean isValidation(String itemId) {
		return options.isValidation(itemId);
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
