package org.tagbench.ui.labeling.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.TagbenchPackage;
import org.tagbench.ui.labeling.AnnotationTool;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.ToolContext;
import org.tagbench.ui.labeling.ViewTransform;

/**
 * The built-in polygon tool (POLYGON projects).
 * <ul>
 * <li>Click on empty image (or Shift+click anywhere) starts a polygon; each click adds a point; a click on
 * the first point or Enter closes it (at least three points), Esc drops it.</li>
 * <li>Press on empty image and drag: freehand; on release the stroke is simplified (Ramer–Douglas–Peucker,
 * tolerance {@link #FREEHAND_TOLERANCE} canvas pixels) and closed.</li>
 * <li>Click on an annotation selects it. On the selected polygon: drag a vertex to move it (a click selects
 * the vertex, Delete removes it, Alt+click removes it at once); double-click on an edge inserts a vertex
 * there; drag inside it (or on an edge) moves the whole polygon.</li>
 * </ul>
 * Each change is one undoable command (a {@link SetCommand} of the point list); during a drag the polygon
 * follows the mouse and is put back before the command runs.
 */
public class PolygonTool implements AnnotationTool {

	/** Freehand strokes are simplified to this many canvas pixels. */
	public static final double FREEHAND_TOLERANCE = 1.5;

	/** A press that moves farther than this (canvas pixels) before release is a drag. */
	private static final double DRAG_THRESHOLD = 3;

	private enum Mode {
		NONE, PRESSED_EMPTY, FREEHAND, DRAWING, DRAG_VERTEX, MOVE
	}

	private Mode mode = Mode.NONE;
	/** Points of the polygon being drawn or the freehand stroke, image pixels. */
	private double[] drawn = new double[0];
	private double cursorX;
	private double cursorY;
	private double pressX;
	private double pressY;
	private PolygonAnnotation target;
	private double[] original;
	private int vertex = -1;
	/** The selected vertex of the selected polygon (Delete removes it), or -1. */
	private int selectedVertex = -1;
	private PolygonAnnotation selectedVertexOwner;

	@Override
	public void deactivate(ToolContext context) {
		cancel();
		selectedVertex = -1;
		selectedVertexOwner = null;
	}

	private void cancel() {
		if ((mode == Mode.DRAG_VERTEX || mode == Mode.MOVE) && target != null) {
			setPoints(target, original);
		}
		mode = Mode.NONE;
		drawn = new double[0];
		target = null;
	}

	/** The polygon's points being drawn (a copy; empty when none). */
	public double[] inProgress() {
		return drawn.clone();
	}

	/** The selected vertex of the selected polygon, or -1. */
	public int selectedVertex(ToolContext context) {
		return context.selection() == selectedVertexOwner && selectedVertexOwner != null ? selectedVertex : -1;
	}

	@Override
	public void mouseDown(ToolContext context, double x, double y, int stateMask) {
		ViewTransform t = context.transform();
		double cx = t.clampImageX(x);
		double cy = t.clampImageY(y);
		pressX = x;
		pressY = y;
		cursorX = cx;
		cursorY = cy;
		double tolerance = (ImageCanvas.HANDLE_SIZE / 2.0 + 2) / t.scale();
		if (mode == Mode.DRAWING) {
			int n = drawn.length / 2;
			if (n >= 3 && Math.hypot(drawn[0] - x, drawn[1] - y) <= tolerance) {
				close(context);
			} else {
				drawn = append(drawn, cx, cy);
			}
			context.repaint();
			return;
		}
		if ((stateMask & SWT.SHIFT) == 0 && context.selection() instanceof PolygonAnnotation polygon
				&& context.item() != null && context.item().getAnnotations().contains(polygon)) {
			double[] points = ImageCanvas.points(polygon);
			int v = Geometry.vertexAt(points, x, y, tolerance);
			if (v >= 0 && (stateMask & SWT.ALT) != 0) {
				selectedVertex = v;
				selectedVertexOwner = polygon;
				delete(context);
				return;
			}
			if (v >= 0) {
				mode = Mode.DRAG_VERTEX;
				target = polygon;
				original = points;
				vertex = v;
				selectedVertex = v;
				selectedVertexOwner = polygon;
				context.repaint();
				return;
			}
			if (Geometry.contains(points, x, y) || Geometry.edgeAt(points, x, y, tolerance) >= 0) {
				mode = Mode.MOVE;
				target = polygon;
				original = points;
				return;
			}
		}
		mode = Mode.PRESSED_EMPTY;
		drawn = new double[] { cx, cy };
	}

	@Override
	public void mouseMove(ToolContext context, double x, double y, int stateMask) {
		ViewTransform t = context.transform();
		cursorX = t.clampImageX(x);
		cursorY = t.clampImageY(y);
		switch (mode) {
		case PRESSED_EMPTY -> {
			if ((stateMask & SWT.BUTTON1) != 0 && Math.hypot(x - pressX, y - pressY) * t.scale() > DRAG_THRESHOLD) {
				mode = Mode.FREEHAND;
				drawn = append(drawn, cursorX, cursorY);
			}
		}
		case FREEHAND -> drawn = append(drawn, cursorX, cursorY);
		case DRAG_VERTEX -> setPoints(target, draggedVertex(t, x, y));
		case MOVE -> setPoints(target, moved(t, x, y));
		default -> {
			// DRAWING: only the rubber band to the cursor changes
		}
		}
		if (mode != Mode.NONE) {
			context.repaint();
		}
	}

	private double[] draggedVertex(ViewTransform t, double x, double y) {
		double[] points = original.clone();
		points[2 * vertex] = t.clampImageX(x);
		points[2 * vertex + 1] = t.clampImageY(y);
		return points;
	}

	private double[] moved(ViewTransform t, double x, double y) {
		double[] b = Geometry.bounds(original);
		double[] d = Geometry.limitMove(b[0], b[1], b[2], b[3], x - pressX, y - pressY, t.imageWidth(), t.imageHeight());
		double[] points = original.clone();
		for (int i = 0; i < points.length; i += 2) {
			points[i] += d[0];
			points[i + 1] += d[1];
		}
		return points;
	}

	@Override
	public void mouseUp(ToolContext context, double x, double y, int stateMask) {
		ViewTransform t = context.transform();
		switch (mode) {
		case PRESSED_EMPTY -> {
			// a click: select what is there, or start a polygon (Shift: always start one)
			var hit = (stateMask & SWT.SHIFT) != 0 ? null : context.annotationAt(pressX, pressY);
			if (hit != null) {
				mode = Mode.NONE;
				drawn = new double[0];
				context.select(hit);
			} else if (context.item() != null && context.selectedClass() != null) {
				mode = Mode.DRAWING;
				context.select(null);
			} else {
				mode = Mode.NONE;
				drawn = new double[0];
			}
		}
		case FREEHAND -> {
			mode = Mode.NONE;
			double[] simplified = Geometry.simplify(drawn, FREEHAND_TOLERANCE / t.scale());
			drawn = new double[0];
			if (simplified.length >= 6 && context.item() != null && context.selectedClass() != null) {
				context.add(context.newPolygon(simplified));
			}
		}
		case DRAG_VERTEX, MOVE -> {
			Mode was = mode;
			mode = Mode.NONE;
			double[] result = was == Mode.DRAG_VERTEX ? draggedVertex(t, x, y) : moved(t, x, y);
			PolygonAnnotation polygon = target;
			target = null;
			setPoints(polygon, original);
			double[] rounded = round(result);
			if (!Arrays.equals(rounded, original)) {
				execute(context, setPointsCommand(context.editingDomain(), polygon, rounded,
						was == Mode.MOVE ? "Move Polygon" : "Move Vertex"));
			} else if (was == Mode.MOVE) {
				context.select(context.annotationAt(x, y));
			}
		}
		default -> {
			// DRAWING continues until closed
		}
		}
		context.repaint();
	}

	@Override
	public void mouseDoubleClick(ToolContext context, double x, double y, int stateMask) {
		if (mode == Mode.MOVE) {
			cancel(); // the second press of the double-click on an edge started a move: it is no move
		}
		if (mode != Mode.NONE || !(context.selection() instanceof PolygonAnnotation polygon)) {
			return;
		}
		ViewTransform t = context.transform();
		double[] points = ImageCanvas.points(polygon);
		double tolerance = (ImageCanvas.HANDLE_SIZE / 2.0 + 2) / t.scale();
		if (Geometry.vertexAt(points, x, y, tolerance) >= 0) {
			return;
		}
		int edge = Geometry.edgeAt(points, x, y, tolerance);
		if (edge >= 0) {
			double[] inserted = Geometry.insertVertex(points, edge, t.clampImageX(x), t.clampImageY(y));
			execute(context, setPointsCommand(context.editingDomain(), polygon, round(inserted), "Insert Vertex"));
			selectedVertex = edge + 1;
			selectedVertexOwner = polygon;
		}
	}

	@Override
	public boolean finish(ToolContext context) {
		if (mode != Mode.DRAWING) {
			return false;
		}
		if (drawn.length >= 6) {
			close(context);
		} else {
			cancel(); // fewer than three points cannot make a polygon
		}
		context.repaint();
		return true;
	}

	@Override
	public boolean delete(ToolContext context) {
		int v = selectedVertex(context);
		if (v < 0) {
			return false;
		}
		double[] points = ImageCanvas.points(selectedVertexOwner);
		if (points.length > 6) {
			execute(context, setPointsCommand(context.editingDomain(), selectedVertexOwner,
					Geometry.removeVertex(points, v), "Delete Vertex"));
		}
		// a triangle keeps its vertices: a polygon needs three (delete the polygon with a click on it, then Delete)
		selectedVertex = -1;
		context.repaint();
		return true;
	}

	private void close(ToolContext context) {
		double[] points = drawn;
		mode = Mode.NONE;
		drawn = new double[0];
		if (context.item() != null && context.selectedClass() != null) {
			context.add(context.newPolygon(points));
		}
	}

	@Override
	public boolean keyDown(ToolContext context, char character, int keyCode, int stateMask) {
		if (character == SWT.ESC && mode != Mode.NONE) {
			cancel();
			context.repaint();
			return true;
		}
		return false;
	}

	@Override
	public void paint(ToolContext context, GC gc) {
		ViewTransform t = context.transform();
		int v = selectedVertex(context);
		if (v >= 0 && mode != Mode.MOVE) {
			List<Double> points = selectedVertexOwner.getPoints();
			if (2 * v + 1 < points.size()) {
				int size = ImageCanvas.HANDLE_SIZE + 4;
				gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
				gc.fillRectangle((int) Math.round(t.toViewX(points.get(2 * v))) - size / 2,
						(int) Math.round(t.toViewY(points.get(2 * v + 1))) - size / 2, size, size);
			}
		}
		if (drawn.length < 2 || (mode != Mode.DRAWING && mode != Mode.FREEHAND)) {
			return;
		}
		int n = drawn.length / 2;
		int[] view = new int[2 * n + (mode == Mode.DRAWING ? 2 : 0)];
		for (int i = 0; i < n; i++) {
			view[2 * i] = (int) Math.round(t.toViewX(drawn[2 * i]));
			view[2 * i + 1] = (int) Math.round(t.toViewY(drawn[2 * i + 1]));
		}
		if (mode == Mode.DRAWING) {
			view[2 * n] = (int) Math.round(t.toViewX(cursorX));
			view[2 * n + 1] = (int) Math.round(t.toViewY(cursorY));
		}
		Color colour = ImageCanvas.colourOf(context.selectedClass());
		gc.setForeground(colour);
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawPolyline(view);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (mode == Mode.DRAWING) {
			gc.setBackground(colour);
			int first = ImageCanvas.HANDLE_SIZE + 4; // the first point is the larger target that closes
			gc.fillOval(view[0] - first / 2, view[1] - first / 2, first, first);
			for (int i = 1; i < n; i++) {
				gc.fillRectangle(view[2 * i] - 3, view[2 * i + 1] - 3, 6, 6);
			}
		}
	}

	private static void execute(ToolContext context, Command command) {
		context.editingDomain().getCommandStack().execute(command);
	}

	/** One undoable command that replaces the point list of {@code polygon}. */
	public static Command setPointsCommand(EditingDomain domain, PolygonAnnotation polygon, double[] points,
			String label) {
		List<Double> values = Arrays.stream(points).boxed().toList();
		Command set = SetCommand.create(domain, polygon, TagbenchPackage.Literals.POLYGON_ANNOTATION__POINTS, values);
		return new org.eclipse.emf.common.command.CompoundCommand(label, List.of(set));
	}

	/** Rounded to 1/100 pixel, as {@link ToolContext#newPolygon} does. */
	static double[] round(double[] points) {
		double[] rounded = new double[points.length];
		for (int i = 0; i < points.length; i++) {
			rounded[i] = Math.round(points[i] * 100) / 100.0;
		}
		return rounded;
	}

	/** Sets the points without a command: only for the live preview of a drag, put back before the command. */
	private static void setPoints(PolygonAnnotation polygon, double[] points) {
		List<Double> list = polygon.getPoints();
		if (list.size() == points.length) {
			for (int i = 0; i < points.length; i++) {
				list.set(i, points[i]);
			}
		}
	}

	private static double[] append(double[] points, double x, double y) {
		double[] result = Arrays.copyOf(points, points.length + 2);
		result[points.length] = x;
		result[points.length + 1] = y;
		return result;
	}
}
