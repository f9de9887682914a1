package org.tagbench.ui.dashboard.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tagbench.model.AnnotationSource;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.LabelClasses;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;

/**
 * Projects with synthetic items (no image files: the dashboard never reads pixels). Item {@code i} has status
 * {@code STATUSES[i % 7]}; items not unlabeled carry one label of class {@code i % 3} by {@code alice} (even
 * i) or {@code bob} (odd i), with {@code 1000 + 10 * i} ms spent; every fifth labeled item also has a
 * pre-label.
 */
final class SyntheticProjects {

	static final ItemStatus[] STATUSES = ItemStatus.values();
	static final List<String> CLASSES = List.of("cat", "dog", "bird");

	private SyntheticProjects() {
	}

	static ProjectStore create(Path folder, String name, int items) throws Exception {
		return create(folder, name, items, null);
	}

	/** @param images the data source folder (for thumbnails), or null for a folder that does not exist */
	static ProjectStore create(Path folder, String name, int items, Path images) throws Exception {
		TagbenchFactory factory = TagbenchFactory.eINSTANCE;
		LabelingProject project = factory.createLabelingProject();
		project.setId("p-" + name);
		project.setName(name);
		project.setType(ProjectType.MULTI_CLASS);
		DataSource source = factory.createDataSource();
		source.setId("synthetic");
		source.setRootUri(images != null ? images.toUri().toString() : "file:/synthetic/");
		project.getDataSources().add(source);
		for (String className : CLASSES) {
			project.getLabelClasses().add(LabelClasses.create(project.getLabelClasses(), className));
		}
		ProjectStore store = LocalProjectStore.create(folder, project);
		List<DataItem> batch = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			batch.add(item(project, i, items));
			if (batch.size() == 10_000) {
				store.addItems(batch);
				batch.clear();
			}
		}
		store.addItems(batch);
		return store;
	}

	private static DataItem item(LabelingProject project, int i, int items) {
		DataItem item = TagbenchFactory.eINSTANCE.createDataItem();
		item.setId(String.format("item-%08d", i));
		item.setDataSource(project.getDataSources().get(0));
		item.setPath(String.format("d%03d/img%08d.jpg", i % 100, i));
		item.setMediaType(MediaType.IMAGE);
		// sizes vary, so sorting by size has thousands of distinct keys
		item.setWidth(320 + (i * 37 % 64) * 16);
		item.setHeight(240 + i % 31 * 16);
		item.setFrameCount(1);
		item.setOrderKey((i * 7919L) % items); // a fixed shuffle
		ItemStatus status = STATUSES[i % STATUSES.length];
		item.setStatus(status);
		if (status != ItemStatus.UNLABELED) {
			item.setTimeSpentMillis(1000 + 10L * i);
			item.getAnnotations().add(label(project.getLabelClasses().get(i % 3), i % 2 == 0 ? "alice" : "bob",
					AnnotationSource.HUMAN, i));
			if (i % 5 == 0) {
				item.getAnnotations().add(label(project.getLabelClasses().get((i + 1) % 3), "model",
						AnnotationSource.PRELABEL, 0));
			}
		}
		return item;
	}

	/** Writes a 64 × 32 PNG (under its .jpg name: decoders go by content) for each of the first {@code items}. */
	static void writeImages(Path images, int items) throws java.io.IOException {
		for (int i = 0; i < items; i++) {
			java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 32, java.awt.image.BufferedImage.TYPE_INT_RGB);
			java.awt.Graphics2D g = image.createGraphics();
			g.setColor(java.awt.Color.getHSBColor(i / 50f, 0.8f, 0.9f));
			g.fillRect(0, 0, 64, 32);
			g.dispose();
			Path file = images.resolve(String.format("d%03d/img%08d.jpg", i % 100, i));
			java.nio.file.Files.createDirectories(file.getParent());
			javax.imageio.ImageIO.write(image, "png", file.toFile());
		}
	}

	static ClassificationLabel label(LabelClass labelClass, String author, AnnotationSource source, long createdAt) {
		ClassificationLabel label = TagbenchFactory.eINSTANCE.createClassificationLabel();
		label.setId("a-" + java.util.UUID.randomUUID());
		label.setLabelClass(labelClass);
		label.setAuthor(author);
		label.setSource(source);
		label.setCreatedAt(createdAt);
		return label;
	}
}
