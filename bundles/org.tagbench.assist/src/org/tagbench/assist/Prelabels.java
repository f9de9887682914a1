package org.tagbench.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * Writes the assist's suggestions into the project as {@link AnnotationSource#PRELABEL} classification
 * labels carrying the model's score and version, for labelers to accept or correct.
 * <p>
 * Human work is never touched: an item that has any annotation not made by the assist (human, imported,
 * or an accepted pre-label), or whose status is no longer {@link ItemStatus#UNLABELED}, is skipped, and so is an
 * item leased to a labeler on a team project ({@link ProjectStore#replacePrelabels} checks and writes in one step). A
 * newer model replaces the older model's pre-labels, and removes them when it is no longer confident.
 * </p>
 */
public final class Prelabels {

	/** Author recorded on pre-labels. */
	public static final String AUTHOR = "tagbench-assist";

	/** What happened to an item. */
	public enum Outcome {
		WRITTEN, CLEARED, UNCHANGED, SKIPPED_HUMAN_WORK, SKIPPED_LEASED, MISSING
	}

	private Prelabels() {
	}

	public static Outcome apply(ProjectStore store, String itemId, List<Prelabel> prelabels) throws StoreException {
		return applyLocked(store, itemId, prelabels, null);
	}

	/**
	 * Box pre-labels ({@link BoundingBox}es with source PRELABEL, score and model version) of a box model's classes
	 * ({@code classIds}), with the same rules: human work is never touched, a newer model replaces older pre-labels.
	 */
	public static Outcome applyBoxes(ProjectStore store, String itemId, List<BoxDetection.Box> boxes, List<String> classIds,
			String modelVersion) throws StoreException {
		List<Prelabel> prelabels = boxes.stream().map(b -> new Prelabel(classIds.get(b.classIndex()), b.score(), modelVersion)).toList();
		return applyLocked(store, itemId, prelabels, boxes);
	}

	private static Outcome applyLocked(ProjectStore store, String itemId, List<Prelabel> prelabels, List<BoxDetection.Box> boxes)
			throws StoreException {
		List<Annotation> labels = new ArrayList<>();
		long now = System.currentTimeMillis();
		for (int k = 0; k < prelabels.size(); k++) {
			Prelabel prelabel = prelabels.get(k);
			LabelClass labelClass = store.project().getLabelClasses().stream().filter(c -> prelabel.classId().equals(c.getId()))
					.findFirst().orElse(null);
			if (labelClass == null) {
				continue; // the class was deleted since the model was trained
			}
			Annotation label;
			if (boxes == null) {
				label = TagbenchFactory.eINSTANCE.createClassificationLabel();
			} else {
				BoxDetection.Box b = boxes.get(k);
				BoundingBox box = TagbenchFactory.eINSTANCE.createBoundingBox();
				box.setX(b.x());
				box.setY(b.y());
				box.setW(b.w());
				box.setH(b.h());
				label = box;
			}
			label.setId(UUID.randomUUID().toString());
			label.setLabelClass(labelClass);
			label.setSource(AnnotationSource.PRELABEL);
			label.setScore(prelabel.score());
			label.setModelVersion(prelabel.modelVersion());
			label.setAuthor(AUTHOR);
			label.setCreatedAt(now);
			labels.add(label);
		}
		// checked and written as one step by the store: no person's commit comes in between (see replacePrelabels)
		return switch (store.replacePrelabels(itemId, labels)) {
		case WRITTEN -> Outcome.WRITTEN;
		case CLEARED -> Outcome.CLEARED;
		case UNCHANGED -> Outcome.UNCHANGED;
		case HUMAN_WORK -> Outcome.SKIPPED_HUMAN_WORK;
		case LEASED -> Outcome.SKIPPED_LEASED;
		case MISSING -> Outcome.MISSING;
		};
	}

	/** Whether an annotation counts as a person's label for training (human, imported or accepted). */
	public static boolean isTrainingLabel(Annotation annotation) {
		return annotation.getSource() != AnnotationSource.PRELABEL;
	}
}
