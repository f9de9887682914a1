package org.tagbench.assist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.assist.AssistException;

class TensorFlowRuntimeTest {

	@TempDir
	Path temp;

	@Test
	void engineStartsOfflineFromTheUnpackedCache() throws Exception {
		assertEquals("TensorFlow", TensorFlowRuntime.engine().getEngineName());
		assertEquals("true", System.getProperty("ai.djl.offline"));
		assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
		assertTrue(Files.isRegularFile(TensorFlowRuntime.libraryFolder().resolve("libjnitensorflow.so")));
	}

	@Test
	void aLibraryPathWithoutTheLibrariesIsRefusedWithAMessage() {
		String previous = System.getProperty("TENSORFLOW_LIBRARY_PATH");
		System.setProperty("TENSORFLOW_LIBRARY_PATH", temp.toString());
		try {
			AssistException e = assertThrows(AssistException.class, TensorFlowRuntime::locateLibraries);
			assertTrue(e.getMessage().contains(temp.toString()) && e.getMessage().contains("libjnitensorflow.so"), e.getMessage());
		} finally {
			if (previous == null) {
				System.clearProperty("TENSORFLOW_LIBRARY_PATH");
			} else {
				System.setProperty("TENSORFLOW_LIBRARY_PATH", previous);
			}
		}
	}

	@Test
	void unpackingNeedsEveryLibraryAndLeavesNoHalfCache() throws IOException {
		Path cache = temp.resolve("tensorflow-test");
		byte[] partial = jar("libjnitensorflow.so", "LICENSE");
		IOException e = assertThrows(IOException.class, () -> TensorFlowRuntime.unpack(new ByteArrayInputStream(partial), cache));
		assertTrue(e.getMessage().contains("2 of the 4"), e.getMessage());
		assertFalse(Files.exists(cache));

		TensorFlowRuntime.unpack(new ByteArrayInputStream(
				jar("libjnitensorflow.so", "libtensorflow_cc.so.2", "libtensorflow_framework.so.2", "LICENSE")), cache);
		assertTrue(Files.isRegularFile(cache.resolve(".complete")));
		assertEquals("libtensorflow_cc.so.2", Files.readString(cache.resolve("libtensorflow_cc.so.2")));
		try (var leftovers = Files.list(temp)) {
			assertEquals(1, leftovers.count(), "no staging folder left behind");
		}
	}

	private static byte[] jar(String... names) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
			for (String name : names) {
				zip.putNextEntry(new ZipEntry("org/tensorflow/internal/c_api/linux-x86_64/" + name));
				zip.write(name.getBytes());
			}
		}
		return bytes.toByteArray();
	}
}
