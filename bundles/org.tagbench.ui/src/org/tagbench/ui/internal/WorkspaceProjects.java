package org.tagbench.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.views.ListedProject;
import org.tagbench.ui.views.ProjectRow;

/** The projects kept in the workspace folder: each sub-folder that holds a project. */
public final class WorkspaceProjects {

	private WorkspaceProjects() {
	}

	/** Reads every project's name and progress; an unreadable project is listed with the reason. */
	public static List<ProjectRow> list(Path workspace) throws IOException {
		List<ProjectRow> rows = new ArrayList<>();
		try (Stream<Path> children = Files.list(workspace)) {
			for (Path folder : children.filter(LocalProjectStore::isProject).sorted().toList()) {
				rows.add(read(folder));
			}
		}
		rows.sort(Comparator.comparing(ProjectRow::name, String.CASE_INSENSITIVE_ORDER));
		return rows;
	}

	private static ProjectRow read(Path folder) {
		try (ProjectStore store = LocalProjectStore.open(folder)) {
			long done = ListedProject.done(store.countByStatus());
			return new ProjectRow(folder, store.project().getName(), ListedProject.typeName(store.project().getType()), done,
					store.count(ItemQuery.all()), null);
		} catch (StoreException e) {
			return new ProjectRow(folder, folder.getFileName().toString(), "", 0, 0, e.getMessage());
		}
	}
}
