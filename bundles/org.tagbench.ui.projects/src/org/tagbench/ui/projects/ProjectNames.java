package org.tagbench.ui.projects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A new project's name is also its folder name in the workspace, so it must be a folder name that works on
 * Linux, Windows and macOS alike and that no other folder of the workspace has yet.
 */
public final class ProjectNames {

	private static final String FORBIDDEN = "/\\:*?\"<>|";

	private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
			"COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

	public static final int MAX_LENGTH = 100;

	private ProjectNames() {
	}

	/** Why {@code name} cannot be a new project in {@code workspace}, or {@code null} when it can. */
	public static String problem(String name, Path workspace) {
		if (name == null || name.isBlank()) {
			return "Enter a name for the project.";
		}
		if (!name.equals(name.strip())) {
			return "The name cannot start or end with a space.";
		}
		if (name.endsWith(".") || name.startsWith(".")) {
			return "The name cannot start or end with a dot (such folders are hidden or not allowed on Windows).";
		}
		for (char c : name.toCharArray()) {
			if (FORBIDDEN.indexOf(c) >= 0) {
				return "The name is also the project's folder name and cannot contain " + c + " (nor any of / \\ : * ? \" < > |).";
			}
			if (c < 32) {
				return "The name cannot contain control characters.";
			}
		}
		String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
		if (RESERVED.contains(base.toUpperCase(Locale.ROOT))) {
			return "\"" + name + "\" is a reserved device name on Windows; choose another name.";
		}
		if (name.length() > MAX_LENGTH) {
			return "The name is longer than " + MAX_LENGTH + " characters.";
		}
		if (workspace != null && existsIgnoringCase(workspace, name)) {
			return "The workspace already has a folder named \"" + name + "\"; choose another name.";
		}
		return null;
	}

	private static boolean existsIgnoringCase(Path workspace, String name) {
		if (Files.exists(workspace.resolve(name))) {
			return true;
		}
		try (var children = Files.list(workspace)) {
			return children.anyMatch(child -> child.getFileName().toString().equalsIgnoreCase(name));
		} catch (java.io.IOException e) {
			return false;
		}
	}
}
