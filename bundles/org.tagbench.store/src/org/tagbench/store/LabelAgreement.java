package org.tagbench.store;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether labelers who labeled the same item agree (consensus review), by their actual labels: classification
 * labels agree when each labeler gave the same set of classes; boxes and polygons agree when each one of a labeler
 * has a partner of the same class (and frame) among the other's, with an intersection over union of at least
 * {@value #MIN_IOU} (pairs taken greedily, best overlap first, each shape used once), and none is left over.
 * Every two labelers must agree for the item to agree.
 */
public final class LabelAgreement {

	/** Two shapes of the same class are the same object when they overlap at least this much (intersection over union). */
	public static final double MIN_IOU = 0.5;

	/** What a shape or a classification label is made of. */
	public enum Kind {
		LABEL, BOX, POLYGON
	}

	/**
	 * One label of one labeler.
	 *
	 * @param geometry a box's x, y, w, h, or a polygon's x0, y0, x1, y1, …; null for a classification label
	 */
	public record Mark(Kind kind, String classId, int frame, double[] geometry) {
	}

	private LabelAgreement() {
	}

	/** Whether every two of the labelers' labels agree ({@code marksByLabeler}: one list per labeler). */
	public static boolean agree(List<List<Mark>> marksByLabeler) {
		for (int i = 0; i < marksByLabeler.size(); i++) {
			for (int j = i + 1; j < marksByLabeler.size(); j++) {
				if (!agree(marksByLabeler.get(i), marksByLabeler.get(j))) {
					return false;
				}
			}
		}
		return true;
	}

	/** Whether two labelers' labels of one item agree. */
	public static boolean agree(List<Mark> a, List<Mark> b) {
		if (!classSet(a).equals(classSet(b))) {
			return false;
		}
		List<Mark> shapesA = a.stream().filter(m -> m.kind() != Kind.LABEL).toList();
		List<Mark> shapesB = b.stream().filter(m -> m.kind() != Kind.LABEL).toList();
		if (shapesA.size() != shapesB.size()) {
			return false;
		}
		record Pair(int a, int b, double iou) {
		}
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < shapesA.size(); i++) {
			for (int j = 0; j < shapesB.size(); j++) {
				Mark x = shapesA.get(i);
				Mark y = shapesB.get(j);
				if (x.kind() == y.kind() && Objects.equals(x.classId(), y.classId()) && x.frame() == y.frame()) {
					double iou = iou(x, y);
					if (iou >= MIN_IOU) {
						pairs.add(new Pair(i, j, iou));
					}
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(Pair::iou).reversed());
		Set<Integer> usedA = new HashSet<>();
		Set<Integer> usedB = new HashSet<>();
		for (Pair pair : pairs) {
			if (!usedA.contains(pair.a()) && !usedB.contains(pair.b())) {
				usedA.add(pair.a());
				usedB.add(pair.b());
			}
		}
		return usedA.size() == shapesA.size();
	}

	private static Set<String> classSet(List<Mark> marks) {
		Set<String> classes = new HashSet<>();
		for (Mark mark : marks) {
			if (mark.kind() == Kind.LABEL) {
				classes.add(mark.frame() + "/" + mark.classId());
			}
		}
		return classes;
	}

	/** Intersection over union of two shapes of the same kind (0 when they do not overlap or have no area). */
	public static double iou(Mark x, Mark y) {
		if (x.kind() == Kind.BOX && y.kind() == Kind.BOX) {
			double[] p = x.geometry();
			double[] q = y.geometry();
			double w = Math.min(p[0] + p[2], q[0] + q[2]) - Math.max(p[0], q[0]);
			double h = Math.min(p[1] + p[3], q[1] + q[3]) - Math.max(p[1], q[1]);
			double intersection = w > 0 && h > 0 ? w * h : 0;
			double union = p[2] * p[3] + q[2] * q[3] - intersection;
			return union > 0 ? intersection / union : 0;
		}
		Area a = area(x);
		Area b = area(y);
		double areaA = size(a);
		double areaB = size(b);
		a.intersect(b);
		double intersection = size(a);
		double union = areaA + areaB - intersection;
		return union > 0 ? intersection / union : 0;
	}

	private static Area area(Mark mark) {
		double[] g = mark.geometry();
		Path2D.Double path = new Path2D.Double();
		if (mark.kind() == Kind.BOX) {
			path.append(new java.awt.geom.Rectangle2D.Double(g[0], g[1], g[2], g[3]), false);
		} else if (g != null && g.length >= 6) {
			path.moveTo(g[0], g[1]);
			for (int i = 2; i + 1 < g.length; i += 2) {
				path.lineTo(g[i], g[i + 1]);
			}
			path.closePath();
		}
		return new Area(path);
	}

	/** The enclosed area of an {@link Area} (outlines and holes run in opposite directions: their signed sum). */
	private static double size(Area area) {
		double total = 0;
		double[] c = new double[6];
		double startX = 0, startY = 0, lastX = 0, lastY = 0;
		for (PathIterator it = area.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
			switch (it.currentSegment(c)) {
			case PathIterator.SEG_MOVETO -> {
				startX = lastX = c[0];
				startY = lastY = c[1];
			}
			case PathIterator.SEG_LINETO -> {
				total += lastX * c[1] - c[0] * lastY;
				lastX = c[0];
				lastY = c[1];
			}
			case PathIterator.SEG_CLOSE -> {
				total += lastX * startY - startX * lastY;
				lastX = startX;
				lastY = startY;
			}
			default -> {
				// flattened: only moves, lines and closes
			}
			}
		}
		return Math.abs(total) / 2;
	}
}
