package org.tagbench.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.local.LocalProjectStore;
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

	/** What users call each project type. */
	public static String typeName(ProjectType type) {
		return switch (type) {
		case MULTI_CLASS -> "Multi-class";
		case MULTI_LABEL -> "Multi-label";
		case BOUNDING_BOX -> "Boxes";
		case POLYGON -> "Polygons";
		};
	}

	private static ProjectRow read(Path folder) {
		try (ProjectStore store = LocalProjectStore.open(folder)) {
			Map<ItemStatus, Long> counts = store.countByStatus();
			long done = counts.getOrDefault(ItemStatus.LABELED, 0L) + counts.getOrDefault(ItemStatus.ACCEPTED, 0L)
					+ counts.getOrDefault(ItemStatus.NEEDS_REVIEW, 0L);
			return new ProjectRow(folder, store.project().getName(), typeName(store.project().getType()), done,
					store.count(ItemQuery.all()), null);
		} catch (StoreException e) {
			return new ProjectRow(folder, folder.getFileName().toString(), "", 0, 0, e.getMessage());
		}
	}
}
