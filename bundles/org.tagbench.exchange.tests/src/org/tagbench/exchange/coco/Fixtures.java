package org.tagbench.exchange.coco;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tagbench.exchange.support.TestProjects;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;

/** Small projects for the COCO and VOC tests: classes cat (group animal), dog (no group), car (group vehicle). */
public final class Fixtures {

	public static final TagbenchFactory F = TagbenchFactory.eINSTANCE;

	private Fixtures() {
	}

	/** A new local project in {@code folder} with the three classes and one data source rooted at {@code images}. */
	public static LocalProjectStore project(Path folder, ProjectType type) throws Exception {
		LocalProjectStore store = TestProjects.create(folder, folder.resolveSibling(folder.getFileName() + "-images").resolve("images"),
				type, "cat", "dog", "car");
		cls(store, "cat").setGroup("animal");
		cls(store, "car").setGroup("vehicle");
		store.saveProject();
		return store;
	}

	public static DataItem item(ProjectStore store, String id, String path, int width, int height, ItemStatus status,
			long orderKey) {
		return TestProjects.newItem(store, id, path, width, height, status, orderKey);
	}

	public static LabelClass cls(ProjectStore store, String name) {
		return TestProjects.cls(store, name);
	}

	public static BoundingBox box(ProjectStore store, String className, double x, double y, double w, double h,
			AnnotationSource source) {
		BoundingBox box = F.createBoundingBox();
		box.setLabelClass(cls(store, className));
		box.setX(x);
		box.setY(y);
		box.setW(w);
		box.setH(h);
		box.setSource(source);
		box.setAuthor("alice");
		if (source == AnnotationSource.PRELABEL) {
			box.setScore(0.9);
		}
		return box;
	}

	public static PolygonAnnotation polygon(ProjectStore store, String className, double... points) {
		PolygonAnnotation polygon = F.createPolygonAnnotation();
		polygon.setLabelClass(cls(store, className));
		for (double p : points) {
			polygon.getPoints().add(p);
		}
		polygon.setSource(AnnotationSource.HUMAN);
		polygon.setAuthor("alice");
		return polygon;
	}

	public static ClassificationLabel label(ProjectStore store, String className) {
		ClassificationLabel label = F.createClassificationLabel();
		label.setLabelClass(cls(store, className));
		label.setSource(AnnotationSource.HUMAN);
		return label;
	}

	/** A fresh project with the same items as {@code original}, without annotations and UNLABELED. */
	public static LocalProjectStore sameItems(ProjectStore original, Path folder) throws Exception {
		LocalProjectStore copy = project(folder, original.project().getType());
		List<DataItem> items = new ArrayList<>();
		original.forEachItem(ItemQuery.all(), item -> {
			DataItem fresh = item(copy, item.getId(), item.getPath(), item.getWidth(), item.getHeight(),
					ItemStatus.UNLABELED, item.getOrderKey());
			items.add(fresh);
		});
		copy.addItems(items);
		return copy;
	}

	/** Per item path, the annotations as comparable text: "box cat 10,20,30,40" / "polygon dog 0,0,4,0,4,3". */
	public static Map<String, List<String>> geometryByPath(ProjectStore store, ItemQuery query) throws Exception {
		Map<String, List<String>> result = new TreeMap<>();
		store.forEachItem(query, item -> {
			List<String> texts = new ArrayList<>();
			for (Annotation a : item.getAnnotations()) {
				texts.add(describe(a));
			}
			texts.sort(null);
			result.put(item.getPath(), texts);
		});
		return result;
	}

	public static String describe(Annotation a) {
		String name = a.getLabelClass() == null ? "?" : a.getLabelClass().getName();
		if (a instanceof BoundingBox b) {
			return "box " + name + " " + n(b.getX()) + "," + n(b.getY()) + "," + n(b.getW()) + "," + n(b.getH());
		}
		if (a instanceof PolygonAnnotation p) {
			StringBuilder s = new StringBuilder("polygon " + name + " ");
			for (int i = 0; i < p.getPoints().size(); i++) {
				s.append(i == 0 ? "" : ",").append(n(p.getPoints().get(i)));
			}
			return s.toString();
		}
		return "label " + name;
	}

	private static String n(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
	}
}
