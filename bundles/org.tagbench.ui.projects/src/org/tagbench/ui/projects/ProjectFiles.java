package org.tagbench.ui.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.tagbench.store.StoreException;
import org.tagbench.store.local.LocalProjectStore;

/** What the project actions do to a project folder, without UI. */
public final class ProjectFiles {

	/** The files a local project consists of; images live elsewhere and are never among them. */
	public static final List<String> PROJECT_FILES = List.of("project.tagbench", LocalProjectStore.DATABASE_FILE,
			LocalProjectStore.DATABASE_FILE + "-wal", LocalProjectStore.DATABASE_FILE + "-shm",
			LocalProjectStore.DATABASE_FILE + "-journal");

	private ProjectFiles() {
	}

	/**
	 * Deletes the project's own files and then the folder if nothing else is left in it.
	 *
	 * @return whether the folder itself is gone (false: it still holds files that are not the project's)
	 */
	public static boolean delete(Path folder) throws IOException {
		for (String name : PROJECT_FILES) {
			Files.deleteIfExists(folder.resolve(name));
		}
		boolean empty;
		try (Stream<Path> rest = Files.list(folder)) {
			empty = rest.findAny().isEmpty();
		}
		if (empty) {
			Files.delete(folder);
		}
		return empty;
	}

	/** Changes the project's name in its definition; the folder keeps its name. */
	public static void rename(Path folder, String newName) throws StoreException {
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			store.project().setName(newName);
			store.saveProject();
		}
	}

	/** The command that shows {@code folder} in the file manager of {@code os} (an {@code Platform.OS_*} value). */
	public static List<String> fileManagerCommand(String os, Path folder) {
		String path = folder.toString();
		return switch (os) {
		case "win32" -> List.of("explorer", "/select," + path);
		case "macosx" -> List.of("open", "-R", path);
		default -> List.of("xdg-open", path);
		};
	}
}
