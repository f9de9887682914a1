package org.tagbench.ui.dashboard;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.local.LocalProjectStore;

/**
 * A project as the dashboard's input; one dashboard per project. A folder project, or any other store (a team
 * project on a server) given by how to open it and where it is.
 *
 * @param folder   the project folder, or null for a project that is not a folder
 * @param location where the project is (a folder, or a server and project), which tells dashboards apart
 * @param opener   opens a store on the project (the dashboard opens two: one for the list, one for figures)
 */
public record DashboardEditorInput(Path folder, String name, String location, Opener opener) implements IEditorInput {

	/** Opens a store on the dashboard's project. */
	@FunctionalInterface
	public interface Opener {
		ProjectStore open() throws StoreException;
	}

	public DashboardEditorInput(Path folder, String name) {
		this(normal(folder), name != null ? name : normal(folder).getFileName().toString(), normal(folder).toString(),
				() -> LocalProjectStore.open(normal(folder)));
	}

	private static Path normal(Path folder) {
		return folder.toAbsolutePath().normalize();
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
		return location;
	}

	/** The project folder as a {@link Path} (other bundles find the editors open on a project by it), else null. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == Path.class && folder != null ? adapter.cast(folder) : null;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof DashboardEditorInput other && other.location.equals(location);
	}

	@Override
	public int hashCode() {
		return location.hashCode();
	}
}
