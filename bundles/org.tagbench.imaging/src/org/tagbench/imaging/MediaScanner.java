package org.tagbench.imaging;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Finds the media files in a folder (optionally recursively), recognising each by its content. Files that
 * are named like an image but are not one, and folders that cannot be read, are reported with the reason;
 * other files (text, JSON, …) are passed over silently, and so are hidden files and folders.
 */
public final class MediaScanner {

	/** One media file, its path relative to the scanned folder (with '/' separators) and its format. */
	public record Found(String relativePath, ImageFormat format) {
	}

	/** A file or folder that could not be used, and why. */
	public record Problem(String relativePath, String reason) {
	}

	/** Found files in path order, and problems. */
	public record Result(List<Found> found, List<Problem> problems) {
	}

	private MediaScanner() {
	}

	/**
	 * @param cancelled polled for each file; when it answers true the scan stops with a
	 *                  {@link CancellationException}
	 * @throws IOException when {@code folder} does not exist or is not a folder (the message names it)
	 */
	public static Result scan(Path folder, boolean recursive, BooleanSupplier cancelled) throws IOException {
		if (!Files.exists(folder)) {
			throw new NoSuchFileException(folder.toString(), null, "the folder does not exist");
		}
		if (!Files.isDirectory(folder)) {
			throw new IOException(folder + " is not a folder");
		}
		List<Found> found = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), recursive ? Integer.MAX_VALUE : 1,
				new SimpleFileVisitor<>() {
					@Override
					public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
						return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
						if (cancelled.getAsBoolean()) {
							throw new CancellationException("scan of " + folder + " cancelled");
						}
						if (attrs.isRegularFile() && !isHidden(file)) {
							classify(folder, file, attrs.size(), found, problems);
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException e) {
						problems.add(new Problem(relative(folder, file), describe(e)));
						return FileVisitResult.CONTINUE;
					}
				});
		found.sort(Comparator.comparing(Found::relativePath));
		problems.sort(Comparator.comparing(Problem::relativePath));
		return new Result(List.copyOf(found), List.copyOf(problems));
	}

	private static void classify(Path root, Path file, long size, List<Found> found, List<Problem> problems) {
		String relative = relative(root, file);
		Optional<ImageFormat> byName = ImageFormat.byExtension(file.getFileName().toString());
		Optional<ImageFormat> byContent;
		try {
			byContent = ImageProbe.detect(file);
		} catch (IOException e) {
			problems.add(new Problem(relative, describe(e)));
			return;
		}
		if (byContent.isPresent()) {
			found.add(new Found(relative, byContent.get()));
		} else if (byName.isPresent()) {
			problems.add(new Problem(relative, size == 0 ? "the file is empty"
					: "named like a " + byName.get() + " file, but its content is not " + byName.get()));
		}
	}

	private static boolean isHidden(Path path) {
		Path name = path.getFileName();
		return name != null && name.toString().startsWith(".");
	}

	private static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	private static String describe(IOException e) {
		if (e instanceof FileSystemLoopException) {
			return "a folder link leads back into a folder above it; not followed";
		}
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
