package org.tagbench.exchange.detection;

import java.util.List;

/** Bounds and area of polygons given as flat coordinate lists {@code x0, y0, x1, y1, ...}. */
public final class Geometry2D {

	private Geometry2D() {
	}

	/** {@code [x, y, w, h]} of the smallest axis-aligned box holding the points. */
	public static double[] bounds(List<Double> points) {
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		for (int i = 0; i + 1 < points.size(); i += 2) {
			double x = points.get(i);
			double y = points.get(i + 1);
			minX = Math.min(minX, x);
			maxX = Math.max(maxX, x);
			minY = Math.min(minY, y);
			maxY = Math.max(maxY, y);
		}
		return new double[] { minX, minY, maxX - minX, maxY - minY };
	}

	/** The area enclosed by the polygon (shoelace formula, absolute value: either winding). */
	public static double area(List<Double> points) {
		int n = points.size() / 2;
		double twice = 0;
		for (int i = 0; i < n; i++) {
			int j = (i + 1) % n;
			twice += points.get(2 * i) * points.get(2 * j + 1) - points.get(2 * j) * points.get(2 * i + 1);
		}
		return Math.abs(twice) / 2;
	}

	/** Whether all values are finite numbers. */
	public static boolean finite(List<Double> values) {
		for (Double value : values) {
			if (!Double.isFinite(value)) {
				return false;
			}
		}
		return true;
	}
}
