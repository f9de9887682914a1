package org.tagbench.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes an export's file or folder beside its final name and renames it into place only when complete,
 * so that a full disk, a crash or a cancel never leaves a half-written export under the final name.
 */
public final class AtomicOutput {

	/** Writing work that may fail with an I/O error. */
	@FunctionalInterface
	public interface Writer<T> {
		void write(T target) throws IOException, ExchangeException;
	}

	private AtomicOutput() {
	}

	/** Writes the file {@code target} through {@code writer}; on failure nothing is left behind. */
	public static void writeFile(Path target, Writer<OutputStream> writer) throws ExchangeException {
		Path absolute = target.toAbsolutePath();
		Path partial = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
		try {
			Files.createDirectories(absolute.getParent());
			try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
				writer.write(out);
				out.flush();
				channel.force(true);
			}
			move(partial, absolute);
		} catch (IOException e) {
			deleteQuietly(partial);
			throw new ExchangeException("Cannot write " + absolute + ": " + describe(e) + " (nothing was written there)", e);
		} catch (ExchangeException | RuntimeException e) {
			deleteQuietly(partial);
			throw e;
		}
	}

	/** Fills a new folder through {@code writer}, then puts it at {@code target} (replacing an old one). */
	public static void writeFolder(Path target, Writer<Path> writer) throws ExchangeException {
		Path absolute = target.toAbsolutePath();
		Path partial = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
		Path previous = absolute.resolveSibling("." + absolute.getFileName() + ".previous");
		try {
			deleteQuietly(partial);
			Files.createDirectories(partial);
			writer.write(partial);
			if (Files.exists(absolute)) {
				deleteQuietly(previous);
				move(absolute, previous);
				try {
					move(partial, absolute);
				} catch (IOException e) {
					try {
						move(previous, absolute); // put the previous export back under its name
					} catch (IOException restoreFailure) {
						e.addSuppressed(restoreFailure);
					}
					throw e;
				}
				deleteQuietly(previous);
			} else {
				move(partial, absolute);
			}
		} catch (IOException e) {
			deleteQuietly(partial);
			throw new ExchangeException("Cannot write " + absolute + ": " + describe(e) + " (nothing was written there)", e);
		} catch (ExchangeException | RuntimeException e) {
			deleteQuietly(partial);
			throw e;
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		} catch (DirectoryNotEmptyException e) {
			throw new IOException(to + " exists and is a folder that is not empty", e);
		}
	}

	private static String describe(IOException e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.contains("No space left") ? "the disk is full" : message;
	}

	private static void deleteQuietly(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try {
			Files.walkFileTree(path, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
					Files.delete(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			// best effort: a leftover ".partial" is harmless and replaced by the next export
		}
	}
}
