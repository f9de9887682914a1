package org.tagbench.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks that a directory the product needs (workspace, configuration area, a project folder) can be
 * written, and says in plain words what is wrong when it cannot.
 */
public final class WritableDirectory {

	private WritableDirectory() {
	}

	/**
	 * Creates {@code directory} if needed and proves it writable by creating and deleting a file in it.
	 *
	 * @param role what the directory is for, used in the message ("workspace", "configuration area")
	 * @return empty when the directory is usable, else a message naming the directory and the problem
	 */
	public static Optional<String> problemWith(Path directory, String role) {
		Path absolute = directory.toAbsolutePath().normalize();
		if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
			return Optional.of("The " + role + " " + absolute + " is a file, not a folder.");
		}
		try {
			Files.createDirectories(absolute);
		} catch (IOException | SecurityException e) {
			return Optional.of("The " + role + " " + absolute + " cannot be created: " + reason(e) + ".");
		}
		try {
			Path probe = Files.createTempFile(absolute, ".tagbench-write-check", ".tmp");
			Files.delete(probe);
		} catch (IOException | SecurityException e) {
			return Optional.of("The " + role + " " + absolute + " is not writable: " + reason(e) + ".");
		}
		return Optional.empty();
	}

	private static String reason(Exception e) {
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
