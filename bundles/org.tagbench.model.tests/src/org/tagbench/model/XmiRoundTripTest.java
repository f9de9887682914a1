package org.tagbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.util.TagbenchResourceFactoryImpl;

class XmiRoundTripTest {

	@TempDir
	Path dir;

	private static ResourceSet xmiResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		return resourceSet;
	}

	/** Saves the project and its item to two XMI files (the item is not contained in the project). */
	private void save(LabelingProject project, DataItem item) throws IOException {
		ResourceSet resourceSet = xmiResourceSet();
		Resource projectResource = resourceSet.createResource(URI.createFileURI(dir.resolve("project.xmi").toString()));
		projectResource.getContents().add(project);
		Resource itemResource = resourceSet.createResource(URI.createFileURI(dir.resolve("items.xmi").toString()));
		itemResource.getContents().add(item);
		projectResource.save(null);
		itemResource.save(null);
	}

	@Test
	void projectAndItemSurviveSaveAndReload() throws IOException {
		LabelingProject project = ModelFixtures.project();
		DataItem item = ModelFixtures.item(project);
		save(project, item);

		ResourceSet reloaded = xmiResourceSet();
		DataItem loadedItem = (DataItem) reloaded
				.getResource(URI.createFileURI(dir.resolve("items.xmi").toString()), true).getContents().get(0);
		LabelingProject loadedProject = (LabelingProject) reloaded
				.getResource(URI.createFileURI(dir.resolve("project.xmi").toString()), true).getContents().get(0);

		// Whole-graph structural equality, then the values that matter one by one.
		assertTrue(EcoreUtil.equals(project, loadedProject), "project differs after reload");
		assertTrue(EcoreUtil.equals(item, loadedItem), "item differs after reload");

		assertEquals("prj-1", loadedProject.getId());
		assertEquals("Pets", loadedProject.getName());
		assertEquals(ProjectType.POLYGON, loadedProject.getType());
		assertEquals(-4_242_424_242L, loadedProject.getRandomSeed());
		assertEquals(ModelFixtures.CREATED, loadedProject.getCreated());
		assertEquals(List.of("cat", "dog", "blurry"),
				loadedProject.getLabelClasses().stream().map(LabelClass::getName).toList());
		LabelClass cat = loadedProject.getLabelClasses().get(0);
		assertEquals("#FF8800", cat.getColour());
		assertEquals("c", cat.getShortcutKey());
		assertEquals("animals", cat.getGroup());
		assertNull(loadedProject.getLabelClasses().get(2).getShortcutKey());
		assertEquals(InstructionsFormat.MARKDOWN, loadedProject.getInstructions().getFormat());
		assertEquals("# Label every animal\nDraw tight boxes.", loadedProject.getInstructions().getText());
		assertEquals("https://tagbench.org/guides/pets", loadedProject.getInstructions().getLink());
		DataSource source = loadedProject.getDataSources().get(0);
		assertEquals("file:/data/pets/", source.getRootUri());
		assertFalse(source.isRecursive());
		assertTrue(loadedProject.getAssistSettings().isEnabled());
		assertEquals(25, loadedProject.getAssistSettings().getRetrainAfterLabels());
		assertEquals(0.95, loadedProject.getAssistSettings().getTargetPrecision(), "default target precision");

		assertEquals("item-0001", loadedItem.getId());
		assertSame(source, loadedItem.getDataSource(), "data source reference resolves into the loaded project");
		assertEquals("2025/cat 01.png", loadedItem.getPath());
		assertEquals(MediaType.DICOM, loadedItem.getMediaType());
		assertEquals(640, loadedItem.getWidth());
		assertEquals(480, loadedItem.getHeight());
		assertEquals(3, loadedItem.getFrameCount());
		assertEquals("sha256:abcdef", loadedItem.getContentHash());
		assertEquals(987_654_321_012L, loadedItem.getOrderKey());
		assertEquals(ItemStatus.NEEDS_REVIEW, loadedItem.getStatus());
		assertEquals(ModelFixtures.MODIFIED, loadedItem.getModified());
		assertEquals(12_345L, loadedItem.getTimeSpentMillis());
		assertEquals(3, loadedItem.getAnnotations().size());

		BoundingBox box = assertInstanceOf(BoundingBox.class, loadedItem.getAnnotations().get(0));
		assertSame(cat, box.getLabelClass(), "label class reference resolves into the loaded project");
		assertEquals(10.5, box.getX());
		assertEquals(20.25, box.getY());
		assertEquals(100.0, box.getW());
		assertEquals(50.0, box.getH());
		assertEquals("alice", box.getAuthor());
		assertEquals(2, box.getFrameIndex());
		assertEquals(AnnotationSource.HUMAN, box.getSource());

		PolygonAnnotation polygon = assertInstanceOf(PolygonAnnotation.class, loadedItem.getAnnotations().get(1));
		// Repeated coordinates must survive: the points list is not unique.
		assertEquals(List.of(1.0, 1.0, 5.0, 1.0, 5.0, 5.0, 1.0, 5.0), ModelFixtures.points(polygon));
		assertEquals("dog", polygon.getLabelClass().getName());

		ClassificationLabel blurry = assertInstanceOf(ClassificationLabel.class, loadedItem.getAnnotations().get(2));
		assertEquals("blurry", blurry.getLabelClass().getName());
		assertEquals(AnnotationSource.PRELABEL, blurry.getSource());
		assertEquals(0.87, blurry.getScore());
		assertEquals("assist-7", blurry.getModelVersion());
	}

	@Test
	void itemsReferToProjectObjectsByTheirIds() throws IOException {
		LabelingProject project = ModelFixtures.project();
		save(project, ModelFixtures.item(project));

		// ID attributes make cross-document references stable: reordering label classes cannot break them.
		String items = Files.readString(dir.resolve("items.xmi"));
		assertTrue(items.contains("project.xmi#cls-cat"), items);
		assertTrue(items.contains("project.xmi#src-1"), items);
		assertFalse(items.contains("@labelClasses"), items);
		assertFalse(Files.readString(dir.resolve("project.xmi")).contains("item-0001"),
				"the project document must not contain data items");
	}

	@Test
	void labelingProjectContainsNoDataItems() {
		for (EReference containment : TagbenchPackage.Literals.LABELING_PROJECT.getEAllContainments()) {
			assertFalse(containment.getEReferenceType().isSuperTypeOf(TagbenchPackage.Literals.DATA_ITEM),
					containment.getName());
		}
		assertTrue(TagbenchPackage.Literals.DATA_ITEM.getEAllContainments()
				.contains(TagbenchPackage.Literals.DATA_ITEM__ANNOTATIONS));
	}

	@Test
	void pluginXmlRegistersPackageAndTagbenchFileExtension() {
		// org.eclipse.emf.ecore.generated_package and extension_parser, read from plugin.xml inside OSGi.
		EPackage registered = EPackage.Registry.INSTANCE.getEPackage("http://tagbench.org/model/1.0");
		assertSame(TagbenchPackage.eINSTANCE, registered);
		assertInstanceOf(TagbenchResourceFactoryImpl.class,
				Resource.Factory.Registry.INSTANCE.getFactory(URI.createFileURI("/tmp/pets.tagbench")));
	}
}
