package org.tagbench.store.testing;

import java.util.ArrayList;
import java.util.List;

import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;

/** Builds small projects and items for store tests. */
public final class TestProjects {

	public static final TagbenchFactory FACTORY = TagbenchFactory.eINSTANCE;

	private TestProjects() {
	}

	public static LabelingProject project(ProjectType type, String... classNames) {
		LabelingProject project = FACTORY.createLabelingProject();
		project.setId("project-1");
		project.setName("Test project");
		project.setType(type);
		project.setRandomSeed(7);
		DataSource source = FACTORY.createDataSource();
		source.setId("source-1");
		source.setRootUri("file:/data/images/");
		project.getDataSources().add(source);
		for (String name : classNames) {
			LabelClass labelClass = FACTORY.createLabelClass();
			labelClass.setId("class-" + name);
			labelClass.setName(name);
			project.getLabelClasses().add(labelClass);
		}
		return project;
	}

	public static List<DataItem> items(LabelingProject project, int count) {
		List<DataItem> items = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			DataItem item = FACTORY.createDataItem();
			item.setId(String.format("item-%07d", i));
			item.setDataSource(project.getDataSources().get(0));
			item.setPath(String.format("folder%d/img%07d.jpg", i % 10, i));
			item.setMediaType(MediaType.IMAGE);
			item.setWidth(640);
			item.setHeight(480);
			item.setFrameCount(1);
			item.setStatus(ItemStatus.UNLABELED);
			// a scrambled order, as the project's seeded shuffle gives
			item.setOrderKey((i * 7919L) % count);
			items.add(item);
		}
		return items;
	}

	public static BoundingBox box(LabelClass labelClass, double x, double y, double w, double h) {
		BoundingBox box = FACTORY.createBoundingBox();
		box.setLabelClass(labelClass);
		box.setX(x);
		box.setY(y);
		box.setW(w);
		box.setH(h);
		box.setAuthor("tester");
		box.setSource(AnnotationSource.HUMAN);
		return box;
	}
}
