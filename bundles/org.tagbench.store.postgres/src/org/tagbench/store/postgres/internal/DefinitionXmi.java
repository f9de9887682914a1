package org.tagbench.store.postgres.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.TagbenchPackage;

/**
 * The project definition as XMI text in the {@code project} table: the same form as a folder project's
 * {@code project.tagbench}, so a pushed project keeps its definition byte for byte in meaning.
 */
public final class DefinitionXmi {

	private static final Map<String, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
			XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);

	private DefinitionXmi() {
	}

	private static Resource resource(String location) {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(TagbenchPackage.eNS_URI, TagbenchPackage.eINSTANCE);
		return resourceSet.createResource(URI.createURI("tagbench-server:/" + location + "/project.tagbench"));
	}

	/** Puts {@code project} into a resource of its own (a project created for, or pushed to, a server). */
	public static void attach(LabelingProject project, String location) {
		if (project.eResource() == null) {
			resource(location).getContents().add(project);
		}
	}

	public static String write(LabelingProject project) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		project.eResource().save(out, SAVE_OPTIONS);
		return out.toString(StandardCharsets.UTF_8);
	}

	public static LabelingProject read(String xmi, String location) throws IOException {
		Resource resource = resource(location);
		resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), null);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof LabelingProject project)) {
			throw new IOException("the stored definition holds no labeling project");
		}
		return project;
	}
}
