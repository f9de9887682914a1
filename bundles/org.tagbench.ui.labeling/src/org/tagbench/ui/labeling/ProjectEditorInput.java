package org.tagbench.ui.labeling;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.osgi.framework.FrameworkUtil;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.local.LocalProjectStore;

/**
 * A labeling project, as the input of the labeling editor: a folder, or a team project on a server (given by how
 * to open it; the editor then takes items from the server's queue by lease). Equal for the same project.
 */
public final class ProjectEditorInput implements IEditorInput {

	/** Opens a store on a project that is not a folder (a team project on a server). */
	@FunctionalInterface
	public interface Opener {
		ProjectStore open() throws StoreException;
	}

	private final Path folder;
	private final String name;
	private final String location;
	private final Opener opener;
	private final Path outbox;

	public ProjectEditorInput(Path folder, String name) {
		this.folder = folder.toAbsolutePath().normalize();
		this.name = name != null ? name : this.folder.getFileName().toString();
		this.location = this.folder.toString();
		this.opener = null;
		this.outbox = null;
	}

	/** A team project at {@code location} (a server and project), opened by {@code opener}. */
	public ProjectEditorInput(String name, String location, Opener opener) {
		this(name, location, opener, null);
	}

	/**
	 * A team project at {@code location}, opened by {@code opener}, whose unsent commits are kept on disk in
	 * {@code outbox} (and sent from there when the project is opened again).
	 */
	public ProjectEditorInput(String name, String location, Opener opener, Path outbox) {
		this.folder = null;
		this.name = name;
		this.location = location;
		this.opener = opener;
		this.outbox = outbox;
	}

	/** Where a team project's unsent commits are kept on disk, or null (in memory only). */
	public Path outbox() {
		return outbox;
	}

	/**
	 * Where the editor keeps drafts of the shown item's unsubmitted annotations ({@link org.tagbench.store.ItemDrafts}):
	 * beside a team project's outbox (per server, user and project), or for a folder project in this bundle's state
	 * location of the workspace, {@code drafts/<folder name>-<hash of its path>}; null for a team project kept in
	 * memory only.
	 */
	public Path drafts() {
		if (outbox != null) {
			return outbox.resolve("drafts");
		}
		if (folder == null) {
			return null;
		}
		Path state = Platform.getStateLocation(FrameworkUtil.getBundle(ProjectEditorInput.class)).toPath();
		Path name = folder.getFileName();
		return state.resolve("drafts").resolve((name != null ? name.toString() : "root") + "-"
				+ Integer.toHexString(folder.toString().hashCode())); // String.hashCode is the same in every run
	}

	/** The project folder, or null for a team project. */
	public Path folder() {
		return folder;
	}

	/** Whether the project is on a server: items come from its queue, by lease. */
	public boolean isTeam() {
		return opener != null;
	}

	/** Where the project is: its folder, or a server and project name. */
	public String location() {
		return location;
	}

	/** Opens a store on the project. */
	public ProjectStore openStore() throws StoreException {
		return opener != null ? opener.open() : LocalProjectStore.open(folder);
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
		return location;
	}

	/** The project folder as a {@link Path} (other bundles find the editors open on a project by it), else null. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == Path.class && folder != null ? adapter.cast(folder) : null;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof ProjectEditorInput other && other.location.equals(location);
	}

	@Override
	public int hashCode() {
		return Objects.hash(location);
	}
}
