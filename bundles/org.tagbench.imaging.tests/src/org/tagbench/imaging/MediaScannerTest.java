package org.tagbench.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaScannerTest {

	@TempDir
	Path root;

	private void makeTree() throws IOException {
		TestImages.rgb(root.resolve("cats/cat1.jpg"), "jpeg", 8, 8);
		TestImages.rgb(root.resolve("cats/deep/cat2.PNG"), "png", 8, 8);
		TestImages.rgb(root.resolve("renamed.dat"), "png", 8, 8); // found by content despite its name
		TestImages.dicomPart10(root.resolve("xray/IM0001"));
		Files.writeString(root.resolve("cats/broken.jpg"), "this is no jpeg");
		Files.createFile(root.resolve("empty.png"));
		Files.writeString(root.resolve("notes.txt"), "ignored");
		TestImages.rgb(root.resolve(".thumbnails/t.jpg"), "jpeg", 4, 4); // hidden folder: skipped
	}

	@Test
	void findsMediaByContentRecursivelyAndReportsImpostors() throws IOException {
		makeTree();
		MediaScanner.Result result = MediaScanner.scan(root, true, () -> false);
		assertEquals(List.of(
				new MediaScanner.Found("cats/cat1.jpg", ImageFormat.JPEG),
				new MediaScanner.Found("cats/deep/cat2.PNG", ImageFormat.PNG),
				new MediaScanner.Found("renamed.dat", ImageFormat.PNG),
				new MediaScanner.Found("xray/IM0001", ImageFormat.DICOM)), result.found());
		assertEquals(List.of(
				new MediaScanner.Problem("cats/broken.jpg", "named like a JPEG file, but its content is not JPEG"),
				new MediaScanner.Problem("empty.png", "the file is empty")), result.problems());
	}

	@Test
	void nonRecursiveScanStaysInTheFolder() throws IOException {
		makeTree();
		MediaScanner.Result result = MediaScanner.scan(root, false, () -> false);
		assertEquals(List.of(new MediaScanner.Found("renamed.dat", ImageFormat.PNG)), result.found());
	}

	@Test
	void missingFolderIsNamed() {
		Path missing = root.resolve("no-such-folder");
		IOException e = assertThrows(IOException.class, () -> MediaScanner.scan(missing, true, () -> false));
		assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
	}

	@Test
	void scanStopsWhenCancelled() throws IOException {
		makeTree();
		int[] polls = { 0 };
		assertThrows(CancellationException.class, () -> MediaScanner.scan(root, true, () -> ++polls[0] > 2));
		assertEquals(3, polls[0]);
	}

	@Test
	void folderLinkLoopIsReportedNotFollowedForever() throws IOException {
		TestImages.rgb(root.resolve("a/img.png"), "png", 4, 4);
		Files.createSymbolicLink(root.resolve("a/loop"), root.resolve("a"));
		MediaScanner.Result result = MediaScanner.scan(root, true, () -> false);
		assertEquals(List.of(new MediaScanner.Found("a/img.png", ImageFormat.PNG)), result.found());
		assertEquals(1, result.problems().size());
		assertEquals("a/loop", result.problems().get(0).relativePath());
		assertTrue(result.problems().get(0).reason().contains("leads back"), result.problems().get(0).reason());
	}
}
