package org.tagbench.ui.assist;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A project folder as the assist panel's input; one panel per folder. */
public record AssistEditorInput(Path folder, String name) implements IEditorInput {

	public AssistEditorInput {
		folder = folder.toAbsolutePath().normalize();
		name = name != null ? name : folder.getFileName().toString();
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
		return name + " — Assist";
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
		return obj instanceof AssistEditorInput other && other.folder.equals(folder);
	}

	@Override
	public int hashCode() {
		return folder.hashCode();
	}
}
