package org.tagbench.ui.assist;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.tagbench.ui.dashboard.DashboardEditorInput;
import org.tagbench.ui.labeling.ProjectEditorInput;

/**
 * A project as the assist panel's input: a folder, or a team project on a server (its location and how to open
 * it). One panel per project.
 *
 * @param folder   the project folder, or null for a team project
 * @param location where the project is (its folder, or a server and project), which tells panels apart
 * @param opener   opens a store on the project
 */
public record AssistEditorInput(Path folder, String name, String location, ProjectAssist.StoreOpener opener)
		implements IEditorInput {

	/** A folder project. */
	public AssistEditorInput(Path folder, String name) {
		this(folder.toAbsolutePath().normalize(), name != null ? name : folder.toAbsolutePath().normalize().getFileName().toString(),
				folder.toAbsolutePath().normalize().toString(), null);
	}

	/** A team project at {@code location} (a server and project), opened by {@code opener}. */
	public static AssistEditorInput team(String name, String location, ProjectAssist.StoreOpener opener) {
		return new AssistEditorInput(null, name, location, opener);
	}

	/**
	 * The assist panel's input for the project of an editor: a dashboard, a labeling or classification editor (a
	 * folder or a team project) or an assist panel; null for any other input.
	 */
	public static AssistEditorInput of(IEditorInput input) {
		if (input instanceof AssistEditorInput assist) {
			return assist;
		}
		if (input instanceof DashboardEditorInput dashboard) {
			return dashboard.folder() != null ? new AssistEditorInput(dashboard.folder(), dashboard.name())
					: team(dashboard.name(), dashboard.location(), dashboard.opener()::open);
		}
		if (input instanceof ProjectEditorInput project) {
			return project.isTeam() ? team(project.getName(), project.location(), project::openStore)
					: new AssistEditorInput(project.folder(), project.getName());
		}
		return null;
	}

	/** The assist of the project (one per project for the session). */
	public ProjectAssist assist() {
		return folder != null ? ProjectAssist.of(folder) : ProjectAssist.ofTeam(location, opener);
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
		return location;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof AssistEditorInput other && other.location.equals(location);
	}

	@Override
	public int hashCode() {
		return location.hashCode();
	}
}
