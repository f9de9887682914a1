package org.tagbench.store.jdbc;

import java.util.Arrays;
import java.util.List;

import org.tagbench.model.Annotation;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.TagbenchFactory;

/** How each kind of annotation is stored by the SQL stores: its kind name and its coordinates. */
public enum AnnotationKind {
	LABEL, BOX, POLYGON;

	public static AnnotationKind of(Annotation annotation) {
		if (annotation instanceof BoundingBox) {
			return BOX;
		}
		if (annotation instanceof PolygonAnnotation) {
			return POLYGON;
		}
		return LABEL;
	}

	/** The coordinates to store, or null for an annotation that has none (a classification label). */
	public static List<Double> coordinates(Annotation annotation) {
		if (annotation instanceof BoundingBox box) {
			return List.of(box.getX(), box.getY(), box.getW(), box.getH());
		}
		if (annotation instanceof PolygonAnnotation polygon) {
			return List.copyOf(polygon.getPoints());
		}
		return null;
	}

	/**
	 * Makes the annotation from its stored coordinates. A damaged geometry (reported by verify) still
	 * loads, with the coordinates it lacks as 0, so that the item and its other labels stay usable.
	 */
	public Annotation create(double[] stored) {
		TagbenchFactory factory = TagbenchFactory.eINSTANCE;
		switch (this) {
		case BOX:
			double[] geometry = Arrays.copyOf(stored, Math.max(4, stored.length));
			BoundingBox box = factory.createBoundingBox();
			box.setX(geometry[0]);
			box.setY(geometry[1]);
			box.setW(geometry[2]);
			box.setH(geometry[3]);
			return box;
		case POLYGON:
			PolygonAnnotation polygon = factory.createPolygonAnnotation();
			for (double value : stored) {
				polygon.getPoints().add(value);
			}
			return polygon;
		default:
			return factory.createClassificationLabel();
		}
	}
}
