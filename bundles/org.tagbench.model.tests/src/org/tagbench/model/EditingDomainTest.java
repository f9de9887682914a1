package org.tagbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.provider.TagbenchItemProviderAdapterFactory;

class EditingDomainTest {

	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain domain;
	private LabelingProject project;
	private DataItem item;

	@BeforeEach
	void setUp() {
		adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new TagbenchItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
		project = ModelFixtures.project();
		item = ModelFixtures.item(project);
		Resource projectResource = domain.getResourceSet().createResource(URI.createURI("memory:/project.xmi"));
		projectResource.getContents().add(project);
		Resource itemResource = domain.getResourceSet().createResource(URI.createURI("memory:/items.xmi"));
		itemResource.getContents().add(item);
	}

	@Test
	void addAnnotationUndoRedo() {
		CommandStack stack = domain.getCommandStack();
		BoundingBox added = ModelFixtures.box(ModelFixtures.classNamed(project, "dog"), 1, 2, 3, 4);
		Command add = AddCommand.create(domain, item, TagbenchPackage.Literals.DATA_ITEM__ANNOTATIONS, added);
		assertTrue(add.canExecute());

		stack.execute(add);
		assertEquals(4, item.getAnnotations().size());
		assertTrue(item.getAnnotations().contains(added));
		assertTrue(stack.canUndo());

		stack.undo();
		assertEquals(3, item.getAnnotations().size());
		assertFalse(item.getAnnotations().contains(added));
		assertTrue(stack.canRedo());

		stack.redo();
		assertEquals(4, item.getAnnotations().size());
		assertEquals(added, item.getAnnotations().get(3));
		assertEquals(item, added.eContainer());
	}

	@Test
	void setValuesUndoRedo() {
		CommandStack stack = domain.getCommandStack();
		BoundingBox box = (BoundingBox) item.getAnnotations().get(0);
		stack.execute(SetCommand.create(domain, box, TagbenchPackage.Literals.BOUNDING_BOX__X, 42.0));
		stack.execute(SetCommand.create(domain, item, TagbenchPackage.Literals.DATA_ITEM__STATUS, ItemStatus.ACCEPTED));
		stack.execute(SetCommand.create(domain, box, TagbenchPackage.Literals.ANNOTATION__LABEL_CLASS,
				ModelFixtures.classNamed(project, "dog")));
		assertEquals(42.0, box.getX());
		assertEquals(ItemStatus.ACCEPTED, item.getStatus());
		assertEquals("dog", box.getLabelClass().getName());

		stack.undo();
		stack.undo();
		stack.undo();
		assertEquals(10.5, box.getX());
		assertEquals(ItemStatus.NEEDS_REVIEW, item.getStatus());
		assertEquals("cat", box.getLabelClass().getName());
		assertFalse(stack.canUndo());

		stack.redo();
		assertEquals(42.0, box.getX());
		assertEquals(ItemStatus.NEEDS_REVIEW, item.getStatus());
	}

	@Test
	void itemProvidersGiveLabels() {
		BoundingBox box = (BoundingBox) item.getAnnotations().get(0);
		String boxText = label(box);
		assertFalse(boxText.isBlank());
		assertTrue(boxText.startsWith("Bounding Box"), boxText);

		String projectText = label(project);
		assertTrue(projectText.startsWith("Labeling Project"), projectText);
		assertTrue(projectText.contains("Pets"), projectText);
		assertTrue(label(ModelFixtures.classNamed(project, "cat")).contains("cat"));
	}

	@Test
	void boxHasPropertyDescriptorsForThePropertiesView() {
		BoundingBox box = (BoundingBox) item.getAnnotations().get(0);
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(box, IItemPropertySource.class);
		assertNotNull(source);
		List<String> ids = source.getPropertyDescriptors(box).stream().map(d -> d.getId(box)).toList();
		assertTrue(ids.containsAll(List.of("x", "y", "w", "h", "labelClass", "source", "score")), ids.toString());
		IItemPropertyDescriptor labelClass = source.getPropertyDescriptor(box, "labelClass");
		// The choices for an annotation's class are the project's label classes.
		assertTrue(labelClass.getChoiceOfValues(box).containsAll(project.getLabelClasses()));
	}

	@Test
	void pluginXmlRegistersTheItemProviderFactory() {
		// org.eclipse.emf.edit.itemProviderAdapterFactories, read from plugin.xml inside OSGi.
		ComposedAdapterFactory fromRegistry = new ComposedAdapterFactory(
				ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		try {
			Object provider = fromRegistry.adapt(project, IItemLabelProvider.class);
			assertNotNull(provider);
			assertTrue(((IItemLabelProvider) provider).getText(project).contains("Pets"));
		} finally {
			fromRegistry.dispose();
		}
	}

	private String label(Object object) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(object, IItemLabelProvider.class);
		assertNotNull(provider, "no label provider for " + object);
		String text = provider.getText(object);
		assertNotNull(text);
		return text;
	}
}
