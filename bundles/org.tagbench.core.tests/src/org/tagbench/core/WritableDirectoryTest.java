package org.tagbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritableDirectoryTest {

	@TempDir
	Path temp;

	@Test
	void createsMissingDirectoryAndAcceptsIt() {
		Path workspace = temp.resolve("a/b/workspace");
		assertEquals(Optional.empty(), WritableDirectory.problemWith(workspace, "workspace"));
		assertTrue(Files.isDirectory(workspace));
	}

	@Test
	void leavesNoProbeFileBehind() throws IOException {
		WritableDirectory.problemWith(temp, "workspace");
		try (var files = Files.list(temp)) {
			assertEquals(0, files.count());
		}
	}

	@Test
	void namesAFileThatStandsInTheWay() throws IOException {
		Path file = Files.writeString(temp.resolve("workspace"), "x");
		String problem = WritableDirectory.problemWith(file, "workspace").orElseThrow();
		assertTrue(problem.contains(file.toString()), problem);
		assertTrue(problem.contains("is a file, not a folder"), problem);
	}

	@Test
	void namesAReadOnlyDirectory() throws IOException {
		Path readOnly = Files.createDirectory(temp.resolve("locked"));
		Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			if (Files.isWritable(readOnly)) {
				// root ignores permission bits: check a path below a file instead, which nobody can create
				Path impossible = Files.writeString(temp.resolve("plain-file"), "x").resolve("sub");
				String problem = WritableDirectory.problemWith(impossible, "configuration area").orElseThrow();
				assertTrue(problem.startsWith("The configuration area " + impossible), problem);
				assertTrue(problem.contains("cannot be created"), problem);
			} else {
				String problem = WritableDirectory.problemWith(readOnly, "workspace").orElseThrow();
				assertTrue(problem.contains("not writable"), problem);
				assertTrue(problem.contains("permission denied"), problem);
			}
		} finally {
			Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}
}
