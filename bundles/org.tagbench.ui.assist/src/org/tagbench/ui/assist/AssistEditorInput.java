package org.tagbench.ui.assist;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

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
