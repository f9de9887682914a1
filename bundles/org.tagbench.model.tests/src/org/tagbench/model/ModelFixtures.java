package org.tagbench.model;

import java.util.List;

/** Builds a small but complete project and one data item with a box, a polygon and a classification. */
final class ModelFixtures {

	static final long CREATED = 1_764_000_000_000L;
	static final long MODIFIED = 1_764_000_123_456L;

	private static final TagbenchFactory FACTORY = TagbenchFactory.eINSTANCE;

	private ModelFixtures() {
	}

	static LabelingProject project() {
		LabelingProject project = FACTORY.createLabelingProject();
		project.setId("prj-1");
		project.setName("Pets");
		project.setDescription("Cats and dogs");
		project.setType(ProjectType.POLYGON);
		project.setRandomSeed(-4_242_424_242L);
		project.setCreated(CREATED);
		project.setModified(MODIFIED);
		project.getLabelClasses().add(labelClass("cls-cat", "cat", "#FF8800", "c", "animals"));
		project.getLabelClasses().add(labelClass("cls-dog", "dog", "#0088FF", "d", "animals"));
		project.getLabelClasses().add(labelClass("cls-blurry", "blurry", "#808080", null, null));

		Instructions instructions = FACTORY.createInstructions();
		instructions.setText("# Label every animal\nDraw tight boxes.");
		instructions.setFormat(InstructionsFormat.MARKDOWN);
		instructions.setLink("https://tagbench.org/guides/pets");
		project.setInstructions(instructions);

		DataSource source = FACTORY.createDataSource();
		source.setId("src-1");
		source.setRootUri("file:/data/pets/");
		source.setRecursive(false);
		source.setLastRefreshed(MODIFIED);
		project.getDataSources().add(source);

		AssistSettings assist = FACTORY.createAssistSettings();
		assist.setEnabled(true);
		assist.setRetrainAfterLabels(25);
		project.setAssistSettings(assist);
		return project;
	}

	static LabelClass labelClass(String id, String name, String colour, String shortcut, String group) {
		LabelClass labelClass = FACTORY.createLabelClass();
		labelClass.setId(id);
		labelClass.setName(name);
		labelClass.setColour(colour);
		labelClass.setShortcutKey(shortcut);
		labelClass.setGroup(group);
		return labelClass;
	}

	static LabelClass classNamed(LabelingProject project, String name) {
		return project.getLabelClasses().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
	}

	static DataItem item(LabelingProject project) {
		DataItem item = FACTORY.createDataItem();
		item.setId("item-0001");
		item.setDataSource(project.getDataSources().get(0));
		item.setPath("2025/cat 01.png");
		item.setMediaType(MediaType.DICOM);
		item.setWidth(640);
		item.setHeight(480);
		item.setFrameCount(3);
		item.setContentHash("sha256:abcdef");
		item.setOrderKey(987_654_321_012L);
		item.setStatus(ItemStatus.NEEDS_REVIEW);
		item.setCreated(CREATED);
		item.setModified(MODIFIED);
		item.setTimeSpentMillis(12_345L);
		item.getAnnotations().add(box(classNamed(project, "cat"), 10.5, 20.25, 100, 50));
		item.getAnnotations().add(polygon(classNamed(project, "dog"), 1, 1, 5, 1, 5, 5, 1, 5));
		ClassificationLabel blurry = FACTORY.createClassificationLabel();
		blurry.setId("ann-3");
		blurry.setLabelClass(classNamed(project, "blurry"));
		blurry.setSource(AnnotationSource.PRELABEL);
		blurry.setScore(0.87);
		blurry.setModelVersion("assist-7");
		item.getAnnotations().add(blurry);
		return item;
	}

	static BoundingBox box(LabelClass labelClass, double x, double y, double w, double h) {
		BoundingBox box = FACTORY.createBoundingBox();
		box.setId("ann-1");
		box.setLabelClass(labelClass);
		box.setAuthor("alice");
		box.setCreatedAt(CREATED);
		box.setSource(AnnotationSource.HUMAN);
		box.setFrameIndex(2);
		box.setX(x);
		box.setY(y);
		box.setW(w);
		box.setH(h);
		return box;
	}

	static PolygonAnnotation polygon(LabelClass labelClass, double... coordinates) {
		PolygonAnnotation polygon = FACTORY.createPolygonAnnotation();
		polygon.setId("ann-2");
		polygon.setLabelClass(labelClass);
		polygon.setAuthor("bob");
		polygon.setSource(AnnotationSource.PRELABEL_ACCEPTED);
		for (double coordinate : coordinates) {
			polygon.getPoints().add(coordinate);
		}
		return polygon;
	}

	static List<Double> points(PolygonAnnotation polygon) {
		return List.copyOf(polygon.getPoints());
	}
}
