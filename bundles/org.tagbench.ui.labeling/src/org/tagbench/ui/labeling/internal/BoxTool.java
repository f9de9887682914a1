package org.tagbench.ui.labeling.internal;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.TagbenchPackage;
import org.tagbench.ui.labeling.AnnotationTool;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.ToolContext;
import org.tagbench.ui.labeling.ViewTransform;

/**
 * The built-in bounding-box tool (contributed in plugin.xml like any other tool).
 * <ul>
 * <li>press on a handle of the selected box, drag, release: resize (the opposite side stays; never smaller
 * than {@link ImageCanvas#MIN_BOX_SIZE});</li>
 * <li>press inside the selected box, drag, release: move it (kept inside the image);</li>
 * <li>press elsewhere, drag, release: draw a box of the selected class (so a box can be drawn inside another
 * one); a drag smaller than {@link ImageCanvas#MIN_BOX_SIZE} image pixels in both directions is a click,
 * which selects the topmost annotation under the cursor;</li>
 * <li>a click where there is no annotation, while something is selected, only deselects (the way out of a
 * selection must not start a box); with nothing selected, or with Shift, it sets the first corner of a box
 * (two-click drawing): the box follows the mouse, and the next click (anywhere) sets the opposite corner; a
 * second click closer than
 * {@link ImageCanvas#MIN_BOX_SIZE} to the first corner in either direction ends it without a box, so no empty
 * box is ever made;</li>
 * <li>Esc drops the box being drawn (also after the first click), or puts a box being moved or resized back.</li>
 * </ul>
 * A move or resize is one undoable command; during the drag the box itself follows the mouse and is put back
 * before the command runs, so the command stack sees only the final change.
 */
public class BoxTool implements AnnotationTool {

	private enum Mode {
		NONE, DRAW, SECOND_CORNER, MOVE, RESIZE
	}

	private Mode mode = Mode.NONE;
	/** True between the first and the second click of two-click drawing; the first corner is (startX, startY). */
	private boolean firstCorner;
	private double startX;
	private double startY;
	private double nowX;
	private double nowY;
	/** Whether the press that is now a click began with something selected (then a click on nothing deselects only). */
	private boolean pressedWithSelection;
	private BoundingBox target;
	private double[] original;
	private int handle;

	/** True after the first click of two-click drawing, until the second click or Esc. */
	public boolean hasFirstCorner() {
		return firstCorner;
	}

	@Override
	public void deactivate(ToolContext context) {
		cancel();
	}

	private void cancel() {
		if ((mode == Mode.MOVE || mode == Mode.RESIZE) && target != null) {
			apply(target, original);
		}
		mode = Mode.NONE;
		target = null;
		firstCorner = false;
	}

	@Override
	public void mouseDown(ToolContext context, double x, double y, int stateMask) {
		ViewTransform t = context.transform();
		if (firstCorner) {
			// the second click: the first corner stays, this press (or where it is released) is the other one
			mode = Mode.SECOND_CORNER;
			nowX = t.clampImageX(x);
			nowY = t.clampImageY(y);
			return;
		}
		startX = nowX = t.clampImageX(x);
		startY = nowY = t.clampImageY(y);
		pressedWithSelection = context.selection() != null && (stateMask & SWT.SHIFT) == 0;
		if (context.selection() instanceof BoundingBox box && context.item() != null
				&& context.item().getAnnotations().contains(box)) {
			int h = handleAt(t, box, x, y);
			if (h >= 0) {
				mode = Mode.RESIZE;
				handle = h;
				target = box;
				original = rect(box);
				return;
			}
			if (x >= box.getX() && x <= box.getX() + box.getW() && y >= box.getY() && y <= box.getY() + box.getH()) {
				mode = Mode.MOVE;
				target = box;
				original = rect(box);
				startX = x;
				startY = y;
				return;
			}
		}
		mode = Mode.DRAW;
	}

	/** The handle of {@code box} within half a handle (in canvas pixels) of the image point, or -1. */
	static int handleAt(ViewTransform t, BoundingBox box, double x, double y) {
		double tolerance = (ImageCanvas.HANDLE_SIZE / 2.0 + 2) / t.scale();
		for (int i = 0; i < Geometry.HANDLES.length; i++) {
			double hx = box.getX() + Geometry.HANDLES[i][0] * box.getW();
			double hy = box.getY() + Geometry.HANDLES[i][1] * box.getH();
			if (Math.abs(hx - x) <= tolerance && Math.abs(hy - y) <= tolerance) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public void mouseMove(ToolContext context, double x, double y, int stateMask) {
		if (mode == Mode.NONE && !firstCorner) {
			return;
		}
		ViewTransform t = context.transform();
		switch (mode) {
		case NONE, DRAW, SECOND_CORNER -> {
			nowX = t.clampImageX(x);
			nowY = t.clampImageY(y);
		}
		case MOVE -> apply(target, moved(t, x, y));
		case RESIZE -> apply(target, Geometry.resize(original, handle, x, y, ImageCanvas.MIN_BOX_SIZE, t.imageWidth(),
				t.imageHeight()));
		default -> {
			// nothing in progress
		}
		}
		context.repaint();
	}

	private double[] moved(ViewTransform t, double x, double y) {
		double[] d = Geometry.limitMove(original[0], original[1], original[2], original[3], x - startX, y - startY,
				t.imageWidth(), t.imageHeight());
		return new double[] { original[0] + d[0], original[1] + d[1], original[2], original[3] };
	}

	@Override
	public void mouseUp(ToolContext context, double x, double y, int stateMask) {
		Mode was = mode;
		mode = Mode.NONE;
		ViewTransform t = context.transform();
		switch (was) {
		case DRAW -> {
			nowX = t.clampImageX(x);
			nowY = t.clampImageY(y);
			double w = Math.abs(nowX - startX);
			double h = Math.abs(nowY - startY);
			if (w >= ImageCanvas.MIN_BOX_SIZE && h >= ImageCanvas.MIN_BOX_SIZE) {
				if (context.item() != null && context.selectedClass() != null) {
					context.add(context.newBox(Math.min(startX, nowX), Math.min(startY, nowY), w, h));
				}
			} else if (w < ImageCanvas.MIN_BOX_SIZE && h < ImageCanvas.MIN_BOX_SIZE) {
				var hit = context.annotationAt(startX, startY);
				context.select(hit);
				// a click on nothing: the first corner of a two-click box, unless it was to deselect
				firstCorner = hit == null && !pressedWithSelection && context.item() != null
						&& context.selectedClass() != null;
			}
		}
		case SECOND_CORNER -> {
			firstCorner = false;
			nowX = t.clampImageX(x);
			nowY = t.clampImageY(y);
			double w = Math.abs(nowX - startX);
			double h = Math.abs(nowY - startY);
			// both sides at least the minimum after rounding, else nothing (never an empty box)
			if (Math.round(w) >= ImageCanvas.MIN_BOX_SIZE && Math.round(h) >= ImageCanvas.MIN_BOX_SIZE
					&& context.item() != null && context.selectedClass() != null) {
				context.add(context.newBox(Math.min(startX, nowX), Math.min(startY, nowY), w, h));
			}
		}
		case MOVE, RESIZE -> {
			double[] result = was == Mode.MOVE ? moved(t, x, y)
					: Geometry.resize(original, handle, x, y, ImageCanvas.MIN_BOX_SIZE, t.imageWidth(), t.imageHeight());
			BoundingBox box = target;
			target = null;
			apply(box, original);
			double[] rounded = round(result, t);
			if (!java.util.Arrays.equals(rounded, original)) {
				context.editingDomain().getCommandStack().execute(
						setRect(context.editingDomain(), box, rounded, was == Mode.MOVE ? "Move Box" : "Resize Box"));
			} else if (was == Mode.MOVE) {
				// a click inside the selected box: select what is on top there (maybe a box inside it)
				context.select(context.annotationAt(x, y));
			}
		}
		default -> {
			// nothing in progress
		}
		}
		context.repaint();
	}

	/** Whole pixels, each side at least the minimum (rounding must not make a box too small) and inside the image. */
	private static double[] round(double[] r, ViewTransform t) {
		double x = Math.round(r[0]);
		double y = Math.round(r[1]);
		double w = Math.max(ImageCanvas.MIN_BOX_SIZE, Math.round(r[2]));
		double h = Math.max(ImageCanvas.MIN_BOX_SIZE, Math.round(r[3]));
		x = Math.max(0, Math.min(x, t.imageWidth() - w));
		y = Math.max(0, Math.min(y, t.imageHeight() - h));
		return new double[] { x, y, w, h };
	}

	/** One command that sets x, y, w and h of {@code box} (labelled for Edit > Undo). */
	public static CompoundCommand setRect(EditingDomain domain, BoundingBox box, double[] r, String label) {
		CompoundCommand command = new CompoundCommand(label);
		command.append(SetCommand.create(domain, box, TagbenchPackage.Literals.BOUNDING_BOX__X, r[0]));
		command.append(SetCommand.create(domain, box, TagbenchPackage.Literals.BOUNDING_BOX__Y, r[1]));
		command.append(SetCommand.create(domain, box, TagbenchPackage.Literals.BOUNDING_BOX__W, r[2]));
		command.append(SetCommand.create(domain, box, TagbenchPackage.Literals.BOUNDING_BOX__H, r[3]));
		return command;
	}

	private static double[] rect(BoundingBox box) {
		return new double[] { box.getX(), box.getY(), box.getW(), box.getH() };
	}

	private static void apply(BoundingBox box, double[] r) {
		box.setX(r[0]);
		box.setY(r[1]);
		box.setW(r[2]);
		box.setH(r[3]);
	}

	@Override
	public boolean keyDown(ToolContext context, char character, int keyCode, int stateMask) {
		if (character == SWT.ESC && (mode != Mode.NONE || firstCorner)) {
			cancel();
			context.repaint();
			return true;
		}
		return false;
	}

	@Override
	public void paint(ToolContext context, GC gc) {
		if (mode != Mode.DRAW && mode != Mode.SECOND_CORNER && !firstCorner) {
			return;
		}
		ViewTransform t = context.transform();
		Color colour = ImageCanvas.colourOf(context.selectedClass());
		gc.setForeground(colour);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(2);
		gc.drawRectangle((int) Math.round(t.toViewX(Math.min(startX, nowX))), (int) Math.round(t.toViewY(Math.min(startY, nowY))),
				(int) Math.round(Math.abs(nowX - startX) * t.scale()), (int) Math.round(Math.abs(nowY - startY) * t.scale()));
		gc.setLineStyle(SWT.LINE_SOLID);
	}
}
