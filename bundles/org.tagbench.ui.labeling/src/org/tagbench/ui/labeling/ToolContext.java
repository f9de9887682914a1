package org.tagbench.ui.labeling;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.tagbench.model.Annotation;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelClass;
import org.tagbench.model.PolygonAnnotation;

/**
 * What a {@link AnnotationTool} sees of the labeling editor. Implemented by the editor; not to be
 * implemented by clients.
 *
 * @since 0.1
 * @noimplement
 */
public interface ToolContext {

	/** The shown item (detached from the store; change it only through {@link #editingDomain()}), or null. */
	DataItem item();

	/** The label class selected in the class list (keys 1-9), or null when the project has none. */
	LabelClass selectedClass();

	/** Image pixels to canvas pixels and back; also the image size ({@code imageWidth()}, {@code imageHeight()}). */
	ViewTransform transform();

	/**
	 * The editor's EMF editing domain: execute commands on its command stack
	 * ({@code domain.getCommandStack().execute(...)}) so that they undo, redo and make the editor dirty.
	 */
	EditingDomain editingDomain();

	/** Adds {@code annotation} to the item with an undoable {@code AddCommand}, and selects it. */
	void add(Annotation annotation);

	/**
	 * A new bounding box of the selected class, made by a person now (id, author, time set), rounded to whole
	 * pixels and clamped to the image; not yet added: pass it to {@link #add(Annotation)}.
	 */
	BoundingBox newBox(double x, double y, double w, double h);

	/** The topmost box at the image point (with a 3 canvas-pixel tolerance), or null. */
	BoundingBox boxAt(double x, double y);

	/**
	 * The topmost box or polygon at the image point (inside, or within 3 canvas pixels of a box side or
	 * polygon edge), or null.
	 *
	 * @since 0.2
	 */
	Annotation annotationAt(double x, double y);

	/**
	 * A new polygon of the selected class with the points {@code x0, y0, x1, y1, …}, made by a person now,
	 * clamped to the image and rounded to 1/100 pixel; not yet added: pass it to {@link #add(Annotation)}.
	 *
	 * @since 0.2
	 */
	PolygonAnnotation newPolygon(double[] points);

	/** The selected annotation (Delete removes it), or null. */
	Annotation selection();

	/**
	 * Selects {@code annotation} (null: none), as a person's choice: the class keys then change its class
	 * (an annotation selected by {@link #add(Annotation)} is not changed by them).
	 */
	void select(Annotation annotation);

	/** Asks the canvas to repaint (after the tool's in-progress state changed). */
	void repaint();
}
