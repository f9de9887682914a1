package org.tagbench.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.model.AssistSettings;
import org.tagbench.model.DataSource;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.LabelClasses;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.local.LocalProjectStore;

/** Creates a local project from data folders: the definition, then every media file as an item. */
public final class ProjectSetup {

	/** What to create. A seed of {@code null} draws a random one (it is stored, so the order is reproducible). */
	public record Request(Path projectFolder, String name, ProjectType type, List<String> classNames,
			List<Path> dataFolders, boolean recursive, Long seed) {
	}

	private ProjectSetup() {
	}

	/** Creates the project and registers its data; the store is returned open. */
	public static Created create(Request request, IProgressMonitor monitor) throws StoreException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating project " + request.name(), 10);
		TagbenchFactory factory = TagbenchFactory.eINSTANCE;
		LabelingProject project = factory.createLabelingProject();
		project.setId(UUID.randomUUID().toString());
		project.setName(request.name());
		project.setType(request.type());
		project.setRandomSeed(request.seed() != null ? request.seed() : new SecureRandom().nextLong());
		project.setCreated(System.currentTimeMillis());
		AssistSettings assist = factory.createAssistSettings();
		project.setAssistSettings(assist);
		for (String className : request.classNames()) {
			project.getLabelClasses().add(LabelClasses.create(project.getLabelClasses(), className));
		}
		for (Path folder : request.dataFolders()) {
			if (!Files.isDirectory(folder)) {
				throw new IOException("The data folder " + folder + (Files.exists(folder) ? " is not a folder" : " does not exist"));
			}
			DataSource source = factory.createDataSource();
			source.setId(UUID.randomUUID().toString());
			source.setRootUri(folder.toAbsolutePath().normalize().toUri().toString());
			source.setRecursive(request.recursive());
			project.getDataSources().add(source);
		}
		LocalProjectStore store = LocalProjectStore.create(request.projectFolder(), project);
		try {
			RegistrationReport report = DataRegistration.refresh(store, progress.split(10));
			return new Created(store, report);
		} catch (StoreException | IOException | RuntimeException e) {
			store.close();
			throw e;
		}
	}

	/** The new project's store (open; the caller closes it) and what registering its data found. */
	public record Created(ProjectStore store, RegistrationReport report) {
	}
}
