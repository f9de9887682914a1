package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tagbench.ui.labeling.ViewTransform;

class ViewTransformTest {

	private static final double EPS = 1e-9;

	@Test
	void fitCentresTheWholeImageAtTheLargestScale() {
		ViewTransform t = new ViewTransform();
		t.setViewSize(400, 400);
		t.setImageSize(200, 100);
		assertEquals(2, t.scale(), EPS);
		assertEquals(0, t.offsetX(), EPS);
		assertEquals(100, t.offsetY(), EPS);
		assertEquals(0, t.toViewX(0), EPS);
		assertEquals(400, t.toViewX(200), EPS);
		assertEquals(300, t.toViewY(100), EPS);
		assertTrue(t.isFitted());

		t.setViewSize(100, 400); // a fitted view stays fitted when the canvas is resized
		assertEquals(0.5, t.scale(), EPS);
		assertEquals(175, t.offsetY(), EPS);
	}

	@Test
	void zoomKeepsTheImagePointUnderTheCursor() {
		ViewTransform t = new ViewTransform();
		t.setViewSize(400, 400);
		t.setImageSize(200, 100);
		double ix = t.toImageX(130);
		double iy = t.toImageY(170);
		t.zoomAt(1.25, 130, 170);
		assertEquals(2.5, t.scale(), EPS);
		assertEquals(ix, t.toImageX(130), EPS);
		assertEquals(iy, t.toImageY(170), EPS);
		assertFalse(t.isFitted());
		t.zoomAt(0.8, 10, 390);
		assertEquals(2, t.scale(), EPS);
		t.fit();
		assertEquals(2, t.scale(), EPS);
		assertEquals(100, t.offsetY(), EPS);
	}

	@Test
	void zoomIsClamped() {
		ViewTransform t = new ViewTransform();
		t.setViewSize(400, 400);
		t.setImageSize(200, 100);
		for (int i = 0; i < 100; i++) {
			t.zoom(2);
		}
		assertEquals(ViewTransform.MAX_SCALE, t.scale(), EPS);
		for (int i = 0; i < 100; i++) {
			t.zoom(0.5);
		}
		assertEquals(ViewTransform.MIN_SCALE, t.scale(), EPS);
	}

	@Test
	void panMovesTheImageByViewPixels() {
		ViewTransform t = new ViewTransform();
		t.setViewSize(400, 400);
		t.setImageSize(200, 100);
		double before = t.toViewX(50);
		t.pan(30, -20);
		assertEquals(before + 30, t.toViewX(50), EPS);
		assertEquals(100 - 20, t.toViewY(0), EPS);
		assertEquals(50 - 15, t.toImageX(before), EPS);
		assertFalse(t.isFitted());
	}

	@Test
	void viewAndImageCoordinatesRoundTrip() {
		ViewTransform t = new ViewTransform();
		t.setViewSize(713, 421);
		t.setImageSize(1920, 1080);
		t.zoomAt(3.7, 100, 200);
		t.pan(-17, 33);
		for (double v : new double[] { -50, 0, 1, 123.5, 700 }) {
			assertEquals(v, t.toViewX(t.toImageX(v)), 1e-6);
			assertEquals(v, t.toViewY(t.toImageY(v)), 1e-6);
			assertEquals(v, t.toImageX(t.toViewX(v)), 1e-6);
		}
		assertEquals(0, t.clampImageX(-5), EPS);
		assertEquals(1920, t.clampImageX(5000), EPS);
		assertEquals(1080, t.clampImageY(1081), EPS);
	}
}
