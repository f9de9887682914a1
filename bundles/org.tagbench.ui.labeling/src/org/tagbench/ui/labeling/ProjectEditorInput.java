package org.tagbench.ui.labeling;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A labeling project folder, as the input of the labeling editor. Equal for equal folders. */
public final class ProjectEditorInput implements IEditorInput {

	private final Path folder;
	private final String name;

	public ProjectEditorInput(Path folder, String name) {
		this.folder = folder.toAbsolutePath().normalize();
		this.name = name != null ? name : this.folder.getFileName().toString();
	}

	public Path folder() {
		return folder;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return folder.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof ProjectEditorInput other && other.folder.equals(folder);
	}

	@Override
	public int hashCode() {
		return Objects.hash(folder);
	}
}
