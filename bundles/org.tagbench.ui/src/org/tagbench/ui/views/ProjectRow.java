package org.tagbench.ui.views;

import java.nio.file.Path;

/**
 * One line of the Projects view.
 *
 * @param folder  the project folder
 * @param name    the project's name, or the folder name when the project cannot be read
 * @param type    project type, or empty
 * @param done    items labeled, reviewed or accepted
 * @param total   all items
 * @param problem why the project cannot be read, or null
 */
public record ProjectRow(Path folder, String name, String type, long done, long total, String problem)
		implements ListedProject {
}
