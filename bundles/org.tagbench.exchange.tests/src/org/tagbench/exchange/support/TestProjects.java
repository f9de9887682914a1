package org.tagbench.exchange.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;

/** Small projects for exchange tests. */
public final class TestProjects {

	public static final NullProgressMonitor MONITOR = new NullProgressMonitor();
	private static final TagbenchFactory F = TagbenchFactory.eINSTANCE;

	private TestProjects() {
	}

	/** A project in {@code folder} with classes named {@code classes} (ids cls-&lt;name&gt;) and source "src" at {@code imageRoot}. */
	public static LocalProjectStore create(Path folder, Path imageRoot, ProjectType type, String... classes)
			throws Exception {
		LabelingProject project = F.createLabelingProject();
		project.setId("p-" + folder.getFileName());
		project.setName("test");
		project.setType(type);
		for (String name : classes) {
			LabelClass labelClass = F.createLabelClass();
			labelClass.setId("cls-" + name);
			labelClass.setName(name);
			labelClass.setColour("#000000");
			project.getLabelClasses().add(labelClass);
		}
		DataSource source = F.createDataSource();
		source.setId("src");
		source.setRootUri(imageRoot.toUri().toString());
		project.getDataSources().add(source);
		return LocalProjectStore.create(folder, project);
	}

	/** Adds an item (next in order) with {@code annotations} to the store. */
	public static DataItem item(ProjectStore store, String id, String path, int width, int height, ItemStatus status,
			Annotation... annotations) throws Exception {
		DataItem item = newItem(store, id, path, width, height, status, store.count(org.tagbench.store.ItemQuery.all()));
		for (Annotation annotation : annotations) {
			item.getAnnotations().add(annotation);
		}
		assertEquals(1, store.addItems(List.of(item)));
		return item;
	}

	/** An image item of the store's first data source, not yet added. */
	public static DataItem newItem(ProjectStore store, String id, String path, int width, int height, ItemStatus status,
			long orderKey) {
		DataItem item = F.createDataItem();
		item.setId(id);
		item.setDataSource(store.project().getDataSources().get(0));
		item.setPath(path);
		item.setMediaType(MediaType.IMAGE);
		item.setWidth(width);
		item.setHeight(height);
		item.setStatus(status);
		item.setOrderKey(orderKey);
		return item;
	}

	public static LabelClass cls(ProjectStore store, String name) {
		return store.project().getLabelClasses().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
	}

	public static <T extends Annotation> T human(T annotation) {
		annotation.setSource(AnnotationSource.HUMAN);
		annotation.setAuthor("ann");
		return annotation;
	}

	public static BoundingBox box(ProjectStore store, String name, double x, double y, double w, double h) {
		return human(ImportRun.box(cls(store, name), x, y, w, h));
	}

	public static PolygonAnnotation polygon(ProjectStore store, String name, double... points) {
		return human(ImportRun.polygon(cls(store, name), points));
	}

	public static ClassificationLabel label(ProjectStore store, String name) {
		return human(ImportRun.label(cls(store, name)));
	}

	public static <T extends Annotation> T prelabel(T annotation) {
		annotation.setSource(AnnotationSource.PRELABEL);
		annotation.setScore(0.9);
		return annotation;
	}

	public static DataItem stored(ProjectStore store, String id) throws Exception {
		return store.item(id).orElseThrow();
	}

	/** |actual - expected| ≤ 1e-6 relative (absolute below 1). */
	public static void assertClose(double expected, double actual, String what) {
		assertTrue(Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected)),
				what + ": expected " + expected + ", found " + actual);
	}

	/** The annotations of an item as comparable text: kind, class, coordinates rounded to 1e-6. */
	public static List<String> describe(DataItem item) {
		List<String> out = new ArrayList<>();
		for (Annotation a : item.getAnnotations()) {
			StringBuilder text = new StringBuilder(a.eClass().getName()).append(' ').append(a.getLabelClass().getName());
			List<Double> values = new ArrayList<>();
			if (a instanceof BoundingBox b) {
				values.addAll(List.of(b.getX(), b.getY(), b.getW(), b.getH()));
			} else if (a instanceof PolygonAnnotation p) {
				values.addAll(p.getPoints());
			}
			for (double v : values) {
				text.append(' ').append(String.format(java.util.Locale.ROOT, "%.6f", v).replace("-0.000000", "0.000000"));
			}
			out.add(text.toString());
		}
		out.sort(null);
		return out;
	}
}
