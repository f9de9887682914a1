package org.tagbench.ui.views;

import java.util.Map;

import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;

/**
 * One line of the Projects view: a folder of the workspace ({@link ProjectRow}) or a project a
 * {@link ProjectSource} lists (e.g. a team project on a server).
 */
public interface ListedProject {

	/** The name shown (a contributed project may add a marker, e.g. "(team)"). */
	String name();

	/** What users call the project's type, or empty. */
	String type();

	/** Items labeled, reviewed or accepted. */
	long done();

	long total();

	/** Why the project cannot be read now, or null. */
	String problem();

	/** "12 / 40 (30 %)", or the problem. */
	default String progress() {
		if (problem() != null) {
			return problem();
		}
		return total() == 0 ? "no items" : done() + " / " + total() + " (" + Math.round(100.0 * done() / total()) + " %)";
	}

	/** Items labeled, reviewed or accepted, from the counts by status. */
	static long done(Map<ItemStatus, Long> counts) {
		return counts.getOrDefault(ItemStatus.LABELED, 0L) + counts.getOrDefault(ItemStatus.ACCEPTED, 0L)
				+ counts.getOrDefault(ItemStatus.NEEDS_REVIEW, 0L);
	}

	/** What users call each project type. */
	static String typeName(ProjectType type) {
		return switch (type) {
		case MULTI_CLASS -> "Multi-class";
		case MULTI_LABEL -> "Multi-label";
		case BOUNDING_BOX -> "Boxes";
		case POLYGON -> "Polygons";
		};
	}
}
