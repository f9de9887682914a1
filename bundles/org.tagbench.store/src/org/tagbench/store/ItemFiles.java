package org.tagbench.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.TagbenchPackage;

/**
 * One item in a file of its own, as XMI, with an {@code EAnnotation} saying what the file is for (an unsent
 * commit, a draft): label classes and data source are written as references into the project definition and
 * resolved against it on reading. Files are written to a temporary file, forced to the disk and renamed, so a
 * file is either the old one or the new one, never half written.
 */
final class ItemFiles {

	/** Files being written start with this; they are never read. */
	static final String TEMP_PREFIX = ".tmp-";
	private static final Map<String, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

	/** An item read back, with the annotation written beside it. */
	record Read(DataItem item, EAnnotation meta) {
	}

	private ItemFiles() {
	}

	/** Writes {@code item} (detached again afterwards) and {@code meta} to {@code file}, atomically and durably. */
	static void write(Path file, DataItem item, EAnnotation meta) throws IOException {
		Resource resource = resourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(item);
		resource.getContents().add(meta);
		Path temp = file.resolveSibling(TEMP_PREFIX + file.getFileName());
		try (OutputStream out = Files.newOutputStream(temp)) {
			resource.save(out, SAVE_OPTIONS);
		} finally {
			// the item copy stays in the (unused) resource; detach it so it is a plain copy again
			resource.getContents().clear();
		}
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		try {
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
		}
		forceFolder(file.getParent());
	}

	/** Makes a rename durable (on file systems that allow opening a folder; elsewhere the rename is enough). */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// not supported here (e.g. Windows)
		}
	}

	/**
	 * Reads a file written by {@link #write} whose annotation has the source {@code metaSource}, with its references
	 * pointed at {@code project}'s objects.
	 *
	 * @throws IOException when it cannot be read, holds something else, or names what the project does not have
	 */
	static Read read(Path file, String metaSource, LabelingProject project) throws IOException {
		Resource resource = resourceSet().createResource(URI.createFileURI(file.toString()));
		resource.load(null);
		if (resource.getContents().size() != 2 || !(resource.getContents().get(0) instanceof DataItem item)
				|| !(resource.getContents().get(1) instanceof EAnnotation meta) || !metaSource.equals(meta.getSource())) {
			throw new IOException("it holds no item and " + metaSource + " annotation");
		}
		if (item.getId() == null) {
			throw new IOException("its item id is missing");
		}
		resource.getContents().clear();
		resolve(item, project);
		return new Read(item, meta);
	}

	/** Points the item's references (written as references into the definition) at this project's objects. */
	private static void resolve(DataItem item, LabelingProject project) throws IOException {
		if (item.getDataSource() != null) {
			item.setDataSource((org.tagbench.model.DataSource) inProject(item.getDataSource(), project));
		}
		for (Annotation annotation : item.getAnnotations()) {
			if (annotation.getLabelClass() != null) {
				annotation.setLabelClass((org.tagbench.model.LabelClass) inProject(annotation.getLabelClass(), project));
			}
		}
	}

	private static EObject inProject(EObject reference, LabelingProject project) throws IOException {
		if (!reference.eIsProxy()) {
			return reference;
		}
		String fragment = ((InternalEObject) reference).eProxyURI().fragment();
		EObject target = project != null && project.eResource() != null ? project.eResource().getEObject(fragment) : null;
		if (target == null || target.eClass() != reference.eClass()) {
			throw new IOException("the project has no " + reference.eClass().getName() + " " + fragment);
		}
		return target;
	}

	private static ResourceSet resourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(TagbenchPackage.eNS_URI, TagbenchPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		return resourceSet;
	}
}
