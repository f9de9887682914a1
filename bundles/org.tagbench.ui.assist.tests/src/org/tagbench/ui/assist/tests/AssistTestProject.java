package org.tagbench.ui.assist.tests;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.AssistSettings;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.project.ProjectSetup;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.local.LocalProjectStore;

/**
 * A small real project for the assist's UI tests: "warm" images (reds and oranges) and "cool" ones (blues
 * and greens) with noise and a random shape, so that the built-in backbone separates them and a model
 * trains in seconds. The true class is in the file name.
 */
final class AssistTestProject {

	static final List<String> CLASSES = List.of("warm", "cool");

	final Path folder;
	final Path images;

	private AssistTestProject(Path folder, Path images) {
		this.folder = folder;
		this.images = images;
	}

	static AssistTestProject create(String name, int perClass) throws Exception {
		Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		Path images = Files.createTempDirectory("tagbench-assist-images");
		Random random = new Random(5);
		for (int i = 0; i < perClass; i++) {
			for (String kind : CLASSES) {
				BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
				boolean warm = kind.equals("warm");
				for (int y = 0; y < 64; y++) {
					for (int x = 0; x < 64; x++) {
						int noise = random.nextInt(60);
						int r = warm ? 180 + noise : 20 + noise;
						int g = 40 + random.nextInt(warm ? 100 : 160);
						int b = warm ? 20 + noise : 170 + noise;
						image.setRGB(x, y, (Math.min(255, r) << 16) | (Math.min(255, g) << 8) | Math.min(255, b));
					}
				}
				Graphics2D graphics = image.createGraphics();
				graphics.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
				graphics.fillOval(random.nextInt(40), random.nextInt(40), 10 + random.nextInt(20), 10 + random.nextInt(20));
				graphics.dispose();
				ImageIO.write(image, "png", images.resolve(String.format("%s-%02d.png", kind, i)).toFile());
			}
		}
		Path folder = workspace.resolve(name + "-" + UUID.randomUUID());
		ProjectSetup.create(new ProjectSetup.Request(folder, name, ProjectType.MULTI_CLASS, CLASSES, List.of(images), true, 3L),
				null).store().close();
		return new AssistTestProject(folder, images);
	}

	/** The true class of an item, from its file name. */
	static String truth(DataItem item) {
		return item.getPath().substring(item.getPath().lastIndexOf('/') + 1).startsWith("warm") ? "warm" : "cool";
	}

	/** A person labels the first {@code perClass} items of each class, in the project's order, through the store. */
	void labelByPerson(int perClass) throws Exception {
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			int[] done = new int[CLASSES.size()];
			for (ItemSummary row : store.items(ItemQuery.all(), 0, 10_000)) {
				DataItem item = store.item(row.id()).orElseThrow();
				int k = CLASSES.indexOf(truth(item));
				if (done[k] >= perClass) {
					continue;
				}
				done[k]++;
				ClassificationLabel label = TagbenchFactory.eINSTANCE.createClassificationLabel();
				label.setId(UUID.randomUUID().toString());
				label.setLabelClass(classNamed(store, truth(item)));
				label.setSource(AnnotationSource.HUMAN);
				label.setAuthor("tester");
				item.getAnnotations().add(label);
				item.setStatus(ItemStatus.LABELED);
				store.commit(item);
			}
		}
	}

	void settings(boolean enabled, int retrainAfter, int minimumPerClass) throws Exception {
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			AssistSettings settings = TagbenchFactory.eINSTANCE.createAssistSettings();
			settings.setEnabled(enabled);
			settings.setPrelabelUnlabeled(enabled);
			settings.setRetrainAfterLabels(retrainAfter);
			settings.setMinLabelsPerClass(minimumPerClass);
			// 24 labels can prove at most 90 % precision (the bound of 24 right of 24), so 95 % would make no suggestions
			settings.setTargetPrecision(0.8);
			store.project().setAssistSettings(settings);
			store.saveProject();
		}
	}

	static LabelClass classNamed(LocalProjectStore store, String name) {
		return store.project().getLabelClasses().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
	}

	/** Every item with its annotations, read from the store. */
	List<DataItem> items() throws Exception {
		List<DataItem> items = new ArrayList<>();
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			store.forEachItem(ItemQuery.all(), items::add);
		}
		return items;
	}
}
