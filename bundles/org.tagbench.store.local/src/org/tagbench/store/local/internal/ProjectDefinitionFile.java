package org.tagbench.store.local.internal;

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
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.TagbenchPackage;
import org.tagbench.store.StoreException;

/**
 * The project definition as a human-readable XMI file. Written to a temporary file, synced, then moved
 * over the old one, so that a crash at any moment leaves either the old or the new definition.
 */
public final class ProjectDefinitionFile {

	public static final String FILE_NAME = "project.tagbench";

	private static final Map<String, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
			XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);

	private ProjectDefinitionFile() {
	}

	private static ResourceSet resourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("tagbench", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(TagbenchPackage.eNS_URI, TagbenchPackage.eINSTANCE);
		return resourceSet;
	}

	public static LabelingProject read(Path folder) throws StoreException {
		Path file = folder.resolve(FILE_NAME);
		if (!Files.isRegularFile(file)) {
			throw new StoreException(folder + " is not a Tagbench project: " + FILE_NAME + " is missing");
		}
		Resource resource = resourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			throw new StoreException("The project definition " + file + " cannot be read: " + e.getMessage(), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof LabelingProject project)) {
			throw new StoreException("The project definition " + file + " holds no labeling project");
		}
		return project;
	}

	/** Puts {@code project} into a resource for {@code folder}'s definition file (for a new project). */
	public static void attach(LabelingProject project, Path folder) {
		if (project.eResource() == null) {
			Resource resource = resourceSet().createResource(
					URI.createFileURI(folder.resolve(FILE_NAME).toAbsolutePath().toString()));
			resource.getContents().add(project);
		}
	}

	public static void write(LabelingProject project, Path folder) throws StoreException {
		Path file = folder.resolve(FILE_NAME);
		Path temporary = folder.resolve(FILE_NAME + ".saving");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				project.eResource().save(out, SAVE_OPTIONS);
			}
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
			syncFolder(folder);
		} catch (IOException e) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException cleanup) {
				e.addSuppressed(cleanup);
			}
			throw new StoreException("The project definition " + file + " cannot be written: " + e.getMessage()
					+ " (the previous one is unchanged)", e);
		}
	}

	/** Makes the rename durable; not every file system lets a folder be opened, which is then harmless. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// e.g. Windows: folders cannot be opened as channels; NTFS journals the rename itself
		}
	}
}
