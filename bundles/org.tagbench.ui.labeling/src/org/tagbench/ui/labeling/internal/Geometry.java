package org.tagbench.ui.labeling.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain geometry on image pixels for the annotation tools (no SWT, so it is tested without a display).
 * Polygons are flat coordinate arrays {@code x0, y0, x1, y1, …} as the model stores them.
 */
public final class Geometry {

	/** Box handles in the order N, NE, E, SE, S, SW, W, NW; each is {x factor, y factor} on the box. */
	public static final double[][] HANDLES = { { 0.5, 0 }, { 1, 0 }, { 1, 0.5 }, { 1, 1 }, { 0.5, 1 }, { 0, 1 },
			{ 0, 0.5 }, { 0, 0 } };

	private Geometry() {
	}

	/**
	 * Resizes the box {x, y, w, h} by dragging handle {@code handle} (index into {@link #HANDLES}) to (px, py):
	 * the opposite side stays; a handle dragged across it flips the box; each side stays at least
	 * {@code minSize}. The result is clamped to 0 … imageWidth/imageHeight.
	 */
	public static double[] resize(double[] box, int handle, double px, double py, double minSize, double imageWidth,
			double imageHeight) {
		double left = box[0];
		double top = box[1];
		double right = box[0] + box[2];
		double bottom = box[1] + box[3];
		double fx = HANDLES[handle][0];
		double fy = HANDLES[handle][1];
		px = clamp(px, 0, imageWidth);
		py = clamp(py, 0, imageHeight);
		if (fx == 0) {
			left = px;
		} else if (fx == 1) {
			right = px;
		}
		if (fy == 0) {
			top = py;
		} else if (fy == 1) {
			bottom = py;
		}
		double[] x = minExtent(Math.min(left, right), Math.max(left, right), minSize, imageWidth);
		double[] y = minExtent(Math.min(top, bottom), Math.max(top, bottom), minSize, imageHeight);
		return new double[] { x[0], y[0], x[1] - x[0], y[1] - y[0] };
	}

	private static double[] minExtent(double low, double high, double minSize, double limit) {
		if (high - low >= minSize) {
			return new double[] { low, high };
		}
		high = low + minSize;
		if (high > limit) {
			high = limit;
			low = Math.max(0, limit - minSize);
		}
		return new double[] { low, high };
	}

	/** The move (dx, dy) limited so that the rectangle {x, y, w, h} stays inside the image. */
	public static double[] limitMove(double x, double y, double w, double h, double dx, double dy, double imageWidth,
			double imageHeight) {
		double nx = clamp(x + dx, 0, Math.max(0, imageWidth - w));
		double ny = clamp(y + dy, 0, Math.max(0, imageHeight - h));
		return new double[] { nx - x, ny - y };
	}

	/** The bounding rectangle {x, y, w, h} of a flat coordinate list. */
	public static double[] bounds(double[] points) {
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		for (int i = 0; i + 1 < points.length; i += 2) {
			minX = Math.min(minX, points[i]);
			maxX = Math.max(maxX, points[i]);
			minY = Math.min(minY, points[i + 1]);
			maxY = Math.max(maxY, points[i + 1]);
		}
		if (minX > maxX) {
			return new double[4];
		}
		return new double[] { minX, minY, maxX - minX, maxY - minY };
	}

	/** Even-odd point-in-polygon test. */
	public static boolean contains(double[] polygon, double x, double y) {
		boolean inside = false;
		int n = polygon.length / 2;
		for (int i = 0, j = n - 1; i < n; j = i++) {
			double xi = polygon[2 * i];
			double yi = polygon[2 * i + 1];
			double xj = polygon[2 * j];
			double yj = polygon[2 * j + 1];
			if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
				inside = !inside;
			}
		}
		return inside;
	}

	/** The index of the vertex within {@code tolerance} of (x, y) (the nearest), or -1. */
	public static int vertexAt(double[] polygon, double x, double y, double tolerance) {
		int best = -1;
		double bestDistance = tolerance;
		for (int i = 0; i < polygon.length / 2; i++) {
			double d = Math.hypot(polygon[2 * i] - x, polygon[2 * i + 1] - y);
			if (d <= bestDistance) {
				best = i;
				bestDistance = d;
			}
		}
		return best;
	}

	/**
	 * The edge of the closed polygon nearest to (x, y) within {@code tolerance}: index i of the edge from
	 * vertex i to vertex i+1 (the last one closes to vertex 0), or -1.
	 */
	public static int edgeAt(double[] polygon, double x, double y, double tolerance) {
		int n = polygon.length / 2;
		int best = -1;
		double bestDistance = tolerance;
		for (int i = 0; i < n; i++) {
			int j = (i + 1) % n;
			double d = distanceToSegment(x, y, polygon[2 * i], polygon[2 * i + 1], polygon[2 * j], polygon[2 * j + 1]);
			if (d <= bestDistance) {
				best = i;
				bestDistance = d;
			}
		}
		return best;
	}

	public static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
		double dx = bx - ax;
		double dy = by - ay;
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : clamp(((px - ax) * dx + (py - ay) * dy) / lengthSquared, 0, 1);
		return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
	}

	/** {@code polygon} with (x, y) inserted as a new vertex after vertex {@code index}. */
	public static double[] insertVertex(double[] polygon, int index, double x, double y) {
		double[] result = new double[polygon.length + 2];
		System.arraycopy(polygon, 0, result, 0, 2 * (index + 1));
		result[2 * index + 2] = x;
		result[2 * index + 3] = y;
		System.arraycopy(polygon, 2 * (index + 1), result, 2 * index + 4, polygon.length - 2 * (index + 1));
		return result;
	}

	/** {@code polygon} without vertex {@code index}. */
	public static double[] removeVertex(double[] polygon, int index) {
		double[] result = new double[polygon.length - 2];
		System.arraycopy(polygon, 0, result, 0, 2 * index);
		System.arraycopy(polygon, 2 * index + 2, result, 2 * index, polygon.length - 2 * index - 2);
		return result;
	}

	/**
	 * Ramer–Douglas–Peucker simplification of an open path (flat list): keeps the first and last points and
	 * every point farther than {@code epsilon} from the simplified line. Iterative, so long freehand strokes
	 * cannot overflow the stack.
	 */
	public static double[] simplify(double[] path, double epsilon) {
		int n = path.length / 2;
		if (n < 3) {
			return path.clone();
		}
		boolean[] keep = new boolean[n];
		keep[0] = true;
		keep[n - 1] = true;
		List<int[]> stack = new ArrayList<>();
		stack.add(new int[] { 0, n - 1 });
		while (!stack.isEmpty()) {
			int[] range = stack.remove(stack.size() - 1);
			int first = range[0];
			int last = range[1];
			double maxDistance = -1;
			int index = -1;
			for (int i = first + 1; i < last; i++) {
				double d = distanceToSegment(path[2 * i], path[2 * i + 1], path[2 * first], path[2 * first + 1],
						path[2 * last], path[2 * last + 1]);
				if (d > maxDistance) {
					maxDistance = d;
					index = i;
				}
			}
			if (index >= 0 && maxDistance > epsilon) {
				keep[index] = true;
				stack.add(new int[] { first, index });
				stack.add(new int[] { index, last });
			}
		}
		int count = 0;
		for (boolean k : keep) {
			count += k ? 1 : 0;
		}
		double[] result = new double[2 * count];
		int r = 0;
		for (int i = 0; i < n; i++) {
			if (keep[i]) {
				result[r++] = path[2 * i];
				result[r++] = path[2 * i + 1];
			}
		}
		return result;
	}

	public static double clamp(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}
}
