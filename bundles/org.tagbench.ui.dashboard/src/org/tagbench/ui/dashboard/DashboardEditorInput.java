package org.tagbench.ui.dashboard;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A project folder as the dashboard's input; one dashboard per folder. */
public record DashboardEditorInput(Path folder, String name) implements IEditorInput {

	public DashboardEditorInput {
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
		return name + " — Dashboard";
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
		return obj instanceof DashboardEditorInput other && other.folder.equals(folder);
	}

	@Override
	public int hashCode() {
		return folder.hashCode();
	}
}
