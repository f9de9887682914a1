package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.ProjectType;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.internal.PolygonTool;

/** The polygon tool on a POLYGON project: create, close, cancel, vertex drag/insert/delete, move, class, freehand. */
class PolygonEditingTest extends EditorTestBase {

	@Override
	ProjectType projectType() {
		return ProjectType.POLYGON;
	}

	private CommandStack stack() {
		return editor.editingDomain().getCommandStack();
	}

	private static double[] points(PolygonAnnotation polygon) {
		return ImageCanvas.points(polygon);
	}

	@Test
	void clickPointsCloseOnTheFirstPointOrEnterAndEscCancels() throws Exception {
		assertEquals(List.of("org.tagbench.ui.labeling.tools.polygon"), editor.toolIds());
		assertTrue(editor.canvas().tool() instanceof PolygonTool);
		DataItem item = editor.item();

		click(20, 20);
		click(80, 20);
		click(80, 70);
		assertTrue(editor.polygons().isEmpty(), "open while drawing");
		click(20.5, 20.5); // on the first point: closes
		assertEquals(1, editor.polygons().size());
		PolygonAnnotation triangle = editor.polygons().get(0);
		assertArrayEquals(new double[] { 20, 20, 80, 20, 80, 70 }, points(triangle), 0.5);
		assertEquals("cat", triangle.getLabelClass().getName());
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(triangle).getSeverity());

		key('2', '2');
		click(100, 10);
		click(150, 10);
		click(150, 60);
		click(110, 60);
		key(SWT.CR, SWT.CR); // Enter closes the polygon; it does not submit the item
		assertSame(item, editor.item());
		assertEquals(2, editor.polygons().size());
		PolygonAnnotation quad = editor.polygons().get(1);
		assertArrayEquals(new double[] { 100, 10, 150, 10, 150, 60, 110, 60 }, points(quad), 0.5);
		assertEquals("dog", quad.getLabelClass().getName());
		screenshot("polygon-editor");

		click(30, 80);
		click(60, 85);
		key(SWT.ESC, SWT.ESC);
		click(170, 80); // Esc dropped the first two points: this click starts anew
		key(SWT.ESC, SWT.ESC);
		assertEquals(2, editor.polygons().size());
		click(30, 80);
		click(60, 85);
		key(SWT.CR, SWT.CR); // two points are no polygon: dropped, and the item is not submitted
		assertEquals(2, editor.polygons().size());
		assertSame(item, editor.item());

		stack().undo();
		assertEquals(1, editor.polygons().size());
		stack().redo();
		assertEquals(2, editor.polygons().size());

		key(SWT.CR, SWT.CR); // nothing in progress: submits
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			DataItem stored = store.item(item.getId()).orElseThrow();
			assertEquals(ItemStatus.LABELED, stored.getStatus());
			assertArrayEquals(new double[] { 100, 10, 150, 10, 150, 60, 110, 60 },
					points((PolygonAnnotation) stored.getAnnotations().get(1)), 0.5);
		}
	}

	@Test
	void dragInsertAndDeleteVerticesMoveTheWholePolygonAndChangeItsClass() throws Exception {
		for (double[] p : new double[][] { { 20, 20 }, { 80, 20 }, { 80, 70 }, { 20, 20 } }) {
			click(p[0], p[1]);
		}
		PolygonAnnotation polygon = editor.polygons().get(0);
		assertSame(polygon, editor.canvas().selected());

		drag(80, 70, 90, 80); // a vertex
		assertArrayEquals(new double[] { 20, 20, 80, 20, 90, 80 }, points(polygon), 0.5);
		assertEquals("Move Vertex", stack().getUndoCommand().getLabel());
		stack().undo();
		assertArrayEquals(new double[] { 20, 20, 80, 20, 80, 70 }, points(polygon), 0.5);
		stack().redo();

		doubleClick(50, 20); // on the top edge: a new vertex there
		assertArrayEquals(new double[] { 20, 20, 50, 20, 80, 20, 90, 80 }, points(polygon), 0.5);
		assertEquals("Insert Vertex", stack().getUndoCommand().getLabel());
		settle();
		screenshot("polygon-editor-vertex");

		key(0, SWT.DEL); // the inserted vertex is the selected one
		assertArrayEquals(new double[] { 20, 20, 80, 20, 90, 80 }, points(polygon), 0.5);
		assertEquals(1, editor.polygons().size(), "Delete removed the vertex, not the polygon");
		stack().undo();
		assertEquals(4, points(polygon).length / 2);

		click(80, 20, SWT.ALT); // Alt+click removes a vertex at once
		assertArrayEquals(new double[] { 20, 20, 50, 20, 90, 80 }, points(polygon), 0.5);
		click(50, 20, SWT.ALT); // a triangle keeps its three vertices
		assertEquals(3, points(polygon).length / 2);

		drag(50, 35, 60, 40); // inside: moves the whole polygon
		assertArrayEquals(new double[] { 30, 25, 60, 25, 100, 85 }, points(polygon), 0.5);
		assertEquals("Move Polygon", stack().getUndoCommand().getLabel());
		key(0, SWT.ARROW_LEFT, SWT.SHIFT); // and so do the arrow keys
		assertArrayEquals(new double[] { 20, 25, 50, 25, 90, 85 }, points(polygon), 0.5);

		click(140, 50); // outside: starts a new polygon, and Esc drops it
		key(SWT.ESC, SWT.ESC);
		click(55, 40); // a click on the polygon chooses it; the class key changes its class
		assertSame(polygon, editor.canvas().selected());
		key('2', '2');
		assertEquals("dog", polygon.getLabelClass().getName());
		stack().undo();
		assertEquals("cat", polygon.getLabelClass().getName());
	}

	@Test
	void freehandStrokesAreSimplified() throws Exception {
		// a rectangle traced with 4 × 30 mouse moves (plus 1-pixel jitter)
		mouse(SWT.MouseDown, 30, 30, 0);
		double[][] corners = { { 30, 30 }, { 150, 30 }, { 150, 90 }, { 30, 90 }, { 30, 31 } };
		int moves = 0;
		for (int side = 0; side < 4; side++) {
			for (int i = 1; i <= 30; i++) {
				double f = i / 30.0;
				double jitter = (i % 2) * 0.15;
				mouse(SWT.MouseMove, corners[side][0] + f * (corners[side + 1][0] - corners[side][0]) + jitter,
						corners[side][1] + f * (corners[side + 1][1] - corners[side][1]) + jitter, SWT.BUTTON1);
				moves++;
			}
		}
		mouse(SWT.MouseUp, 30, 31, 0);
		assertEquals(1, editor.polygons().size());
		double[] points = points(editor.polygons().get(0));
		assertTrue(points.length / 2 >= 4 && points.length / 2 <= 6,
				moves + " moves simplified to " + points.length / 2 + " vertices");
		for (double[] corner : new double[][] { { 150, 30 }, { 150, 90 }, { 30, 90 } }) {
			boolean found = false;
			for (int i = 0; i < points.length; i += 2) {
				found |= Math.hypot(points[i] - corner[0], points[i + 1] - corner[1]) < 2;
			}
			assertTrue(found, "corner " + corner[0] + "," + corner[1] + " kept");
		}
		assertNotNull(editor.polygons().get(0).getLabelClass());
		screenshot("polygon-editor-freehand");
		stack().undo();
		assertTrue(editor.polygons().isEmpty());
		assertFalse(editor.isDirty());
	}
}
