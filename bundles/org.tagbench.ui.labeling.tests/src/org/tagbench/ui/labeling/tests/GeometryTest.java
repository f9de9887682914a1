package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tagbench.ui.labeling.internal.Geometry;
import org.tagbench.ui.labeling.internal.ImageAdjustment;

class GeometryTest {

	private static final double[] BOX = { 10, 20, 30, 40 };

	@Test
	void resizeKeepsTheOppositeSideFlipsAndNeverGoesBelowTheMinimum() {
		assertArrayEquals(new double[] { 10, 20, 50, 70 }, Geometry.resize(BOX, 3, 60, 90, 2, 100, 100), 1e-9); // SE
		assertArrayEquals(new double[] { 10, 5, 30, 55 }, Geometry.resize(BOX, 0, 99, 5, 2, 100, 100), 1e-9); // N: x ignored
		assertArrayEquals(new double[] { 40, 20, 20, 40 }, Geometry.resize(BOX, 6, 60, 0, 2, 100, 100), 1e-9); // W across E
		assertArrayEquals(new double[] { 40, 60, 2, 2 }, Geometry.resize(BOX, 7, 40, 60, 2, 100, 100), 1e-9); // NW onto SE
		assertArrayEquals(new double[] { 98, 60, 2, 2 }, Geometry.resize(new double[] { 99, 60, 1, 1 }, 3, 100, 60, 2, 100,
				100), 1e-9); // at the image edge the minimum grows inwards
		assertArrayEquals(new double[] { 10, 20, 90, 80 }, Geometry.resize(BOX, 3, 500, 500, 2, 100, 100), 1e-9); // clamped
	}

	@Test
	void movesStayInsideTheImage() {
		assertArrayEquals(new double[] { 5, -20 }, Geometry.limitMove(10, 20, 30, 40, 5, -50, 100, 100), 1e-9);
		assertArrayEquals(new double[] { 60, 40 }, Geometry.limitMove(10, 20, 30, 40, 80, 80, 100, 100), 1e-9);
	}

	@Test
	void polygonHitTestsAndVertexEdits() {
		double[] square = { 0, 0, 10, 0, 10, 10, 0, 10 };
		assertTrue(Geometry.contains(square, 5, 5));
		assertFalse(Geometry.contains(square, 15, 5));
		assertEquals(2, Geometry.vertexAt(square, 9.5, 10.5, 1));
		assertEquals(-1, Geometry.vertexAt(square, 5, 5, 1));
		assertEquals(3, Geometry.edgeAt(square, 0.4, 5, 1), "the closing edge from the last vertex to the first");
		assertArrayEquals(new double[] { 0, 0, 5, 0, 10, 0, 10, 10, 0, 10 }, Geometry.insertVertex(square, 0, 5, 0));
		assertArrayEquals(new double[] { 0, 0, 10, 10, 0, 10 }, Geometry.removeVertex(square, 1));
		assertArrayEquals(new double[] { 0, 0, 10, 10 }, Geometry.bounds(square));
	}

	@Test
	void ramerDouglasPeuckerKeepsCornersAndDropsPointsOnStraightLines() {
		double[] path = new double[2 * 41];
		for (int i = 0; i <= 20; i++) { // along x to (20, 0), then up to (20, 20)
			path[2 * i] = i;
			path[2 * i + 1] = (i % 2) * 0.1;
		}
		for (int i = 1; i <= 20; i++) {
			path[2 * (20 + i)] = 20;
			path[2 * (20 + i) + 1] = i;
		}
		double[] simplified = Geometry.simplify(path, 0.5);
		assertArrayEquals(new double[] { 0, 0, 20, 0, 20, 20 }, simplified, 0.2);
		assertTrue(Geometry.simplify(path, 0.01).length > 2 * 10, "a tiny tolerance keeps the jitter");
	}

	@Test
	void brightnessAndContrastLookupTable() {
		int[] identity = ImageAdjustment.lut(0, 0);
		for (int v = 0; v < 256; v++) {
			assertEquals(v, identity[v]);
		}
		int[] brighter = ImageAdjustment.lut(20, 0);
		assertEquals(51, brighter[0]);
		assertEquals(255, brighter[250]);
		int[] contrast = ImageAdjustment.lut(0, 50); // slope 3 around mid-grey
		assertEquals(0, contrast[60]);
		assertEquals(128, contrast[128], 1);
		assertEquals(255, contrast[200]);
	}
}
