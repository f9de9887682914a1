package org.tagbench.ui.assist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.AssistSettings;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * What the assist panel shows about a project's labels, read in one pass over the items (in a job).
 * <ul>
 * <li>labels: items a person labeled (LABELED or ACCEPTED with a human, imported or accepted class) per class;</li>
 * <li>pre-labeled: items holding a suggestion not yet reviewed (source PRELABEL);</li>
 * <li>accepted: items whose suggestion the labeler kept (source PRELABEL_ACCEPTED);</li>
 * <li>corrected: items where the labeler gave a class in place of a suggestion (a HUMAN label that records
 * the suggesting model's version).</li>
 * </ul>
 */
public record AssistFigures(AssistSettings settings, List<ClassFigures> classes, long items, long labeled, long prelabeled,
		long accepted, long corrected) {

	/** One class: people's labels, open suggestions, accepted suggestions, and corrections to this class. */
	public record ClassFigures(String classId, String name, long labels, long prelabels, long accepted, long corrected) {
	}

	/** The project's settings, with the model's defaults when it has none yet. */
	public static AssistSettings settingsOf(LabelingProject project) {
		AssistSettings settings = project.getAssistSettings();
		return settings != null ? settings : TagbenchFactory.eINSTANCE.createAssistSettings();
	}

	public static AssistFigures read(ProjectStore store) throws StoreException {
		LabelingProject project = store.project();
		Map<String, long[]> perClass = new LinkedHashMap<>();
		for (LabelClass labelClass : project.getLabelClasses()) {
			perClass.put(labelClass.getId(), new long[4]);
		}
		long[] totals = new long[5];
		store.forEachItem(ItemQuery.all(), item -> count(item, perClass, totals));
		List<ClassFigures> classes = new ArrayList<>();
		for (LabelClass labelClass : project.getLabelClasses()) {
			long[] c = perClass.get(labelClass.getId());
			classes.add(new ClassFigures(labelClass.getId(), labelClass.getName(), c[0], c[1], c[2], c[3]));
		}
		return new AssistFigures(settingsOf(project), classes, totals[0], totals[1], totals[2], totals[3], totals[4]);
	}

	private static void count(DataItem item, Map<String, long[]> perClass, long[] totals) {
		totals[0]++;
		boolean done = item.getStatus() == ItemStatus.LABELED || item.getStatus() == ItemStatus.ACCEPTED;
		boolean labeled = false;
		boolean prelabeled = false;
		boolean accepted = false;
		boolean corrected = false;
		for (Annotation a : item.getAnnotations()) {
			// classes of items, or of boxes in bounding-box projects (then the per-class figures count boxes)
			if (!(a instanceof ClassificationLabel || a instanceof BoundingBox) || a.getLabelClass() == null) {
				continue;
			}
			long[] c = perClass.get(a.getLabelClass().getId());
			if (c == null) {
				continue;
			}
			AnnotationSource source = a.getSource();
			if (source == AnnotationSource.PRELABEL) {
				c[1]++;
				prelabeled = true;
				continue;
			}
			if (done) {
				c[0]++;
				labeled = true;
			}
			if (source == AnnotationSource.PRELABEL_ACCEPTED) {
				c[2]++;
				accepted = true;
			} else if (source == AnnotationSource.HUMAN && a.getModelVersion() != null) {
				c[3]++;
				corrected = true;
			}
		}
		totals[1] += labeled ? 1 : 0;
		totals[2] += prelabeled ? 1 : 0;
		totals[3] += accepted ? 1 : 0;
		totals[4] += corrected ? 1 : 0;
	}

	/** Labels still needed before the first training: each class short of the per-class minimum, summed. */
	public long labelsMissing() {
		int minimum = settings.getMinLabelsPerClass();
		return classes.stream().mapToLong(c -> Math.max(0, minimum - c.labels())).sum();
	}
}
