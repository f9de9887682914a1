package org.tagbench.ui.labeling;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.TagbenchPackage;

/**
 * The ML assist's suggestions (pre-labels, {@link AnnotationSource#PRELABEL}) in the editors: how they read,
 * and what a labeler's actions make of them.
 * <ul>
 * <li>Submitting an item (Enter) accepts the suggestions still on it: PRELABEL becomes PRELABEL_ACCEPTED,
 * score and model version kept, so acceptance is counted.</li>
 * <li>Editing a suggestion (moving, resizing, reshaping, another class) makes it the labeler's own: HUMAN,
 * with the suggesting model's version kept as the mark of a correction.</li>
 * </ul>
 */
public final class Suggestions {

	private static final Set<EStructuralFeature> EDITS = Set.of(TagbenchPackage.Literals.BOUNDING_BOX__X,
			TagbenchPackage.Literals.BOUNDING_BOX__Y, TagbenchPackage.Literals.BOUNDING_BOX__W,
			TagbenchPackage.Literals.BOUNDING_BOX__H, TagbenchPackage.Literals.POLYGON_ANNOTATION__POINTS,
			TagbenchPackage.Literals.ANNOTATION__LABEL_CLASS);

	private Suggestions() {
	}

	public static boolean isSuggestion(Annotation annotation) {
		return annotation.getSource() == AnnotationSource.PRELABEL;
	}

	/** "suggested cat 0.93": how a suggestion's chip reads. */
	public static String chipText(String className, double score) {
		return String.format(Locale.ROOT, "suggested %s %.2f", className, score);
	}

	/**
	 * Makes the suggestions on {@code item} the labeler's (on submit; not undoable, the item is committed next).
	 *
	 * @param labeler who accepts them: the workbench's labeler name, or in team mode the database user (what the
	 *                server lets that connection write as its own)
	 * @return how many were accepted
	 */
	public static int accept(DataItem item, String labeler) {
		int accepted = 0;
		for (Annotation annotation : item.getAnnotations()) {
			if (isSuggestion(annotation)) {
				annotation.setSource(AnnotationSource.PRELABEL_ACCEPTED);
				annotation.setAuthor(labeler);
				accepted++;
			}
		}
		return accepted;
	}

	/**
	 * From now on, an edit of one of the item's suggestions turns it into a human annotation (a correction) by
	 * {@code labeler} (as in {@link #accept}).
	 */
	public static void watchEdits(DataItem item, String labeler) {
		if (item.eAdapters().stream().noneMatch(EditWatcher.class::isInstance)) {
			item.eAdapters().add(new EditWatcher(labeler));
		}
	}

	private static final class EditWatcher extends EContentAdapter {
		private final String labeler;

		EditWatcher(String labeler) {
			this.labeler = labeler;
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch() && notification.getNotifier() instanceof Annotation annotation
					&& isSuggestion(annotation) && EDITS.contains(notification.getFeature())) {
				annotation.setSource(AnnotationSource.HUMAN);
				annotation.setAuthor(labeler);
			}
		}
	}
}
