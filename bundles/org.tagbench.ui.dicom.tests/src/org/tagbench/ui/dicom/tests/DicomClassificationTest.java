package org.tagbench.ui.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.DataItem;
import org.tagbench.model.ProjectType;
import org.tagbench.project.ProjectSetup;
import org.tagbench.ui.classification.ClassificationEditor;
import org.tagbench.ui.labeling.ProjectEditorInput;
import org.tagbench.ui.testing.UiTestSupport;

/** DICOM items in the classification editor: thumbnails through the DICOM viewer, and the notice. */
class DicomClassificationTest {

	Path data;
	Path projectFolder;
	IWorkbenchPage page;

	@AfterEach
	void closeAndDelete() throws Exception {
		if (page != null) {
			page.closeAllEditors(false);
		}
		for (Path folder : new Path[] { projectFolder, data }) {
			if (folder != null && Files.exists(folder)) {
				try (Stream<Path> files = Files.walk(folder)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
		}
	}

	@Test
	void dicomItemsShowRenderedThumbnailsAndTheNotice() throws Exception {
		Path corpus = Path.of(System.getProperty("user.dir")).resolveSibling("org.tagbench.dicom.tests").resolve("corpus");
		data = Files.createTempDirectory("tagbench-dicom-classify");
		Files.copy(corpus.resolve("ct12.ele.dcm"), data.resolve("ct12.ele.dcm"));
		Files.copy(corpus.resolve("mono1_8.ele.dcm"), data.resolve("mono1_8.ele.dcm"));
		Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		projectFolder = workspace.resolve("dicom-classify-test");
		ProjectSetup.create(new ProjectSetup.Request(projectFolder, "Chest", ProjectType.MULTI_CLASS, List.of("normal", "finding"),
				List.of(data), true, 5L), null).store().close();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		page.getWorkbenchWindow().getShell().setBounds(0, 0, 1200, 800);
		ClassificationEditor editor = (ClassificationEditor) page.openEditor(new ProjectEditorInput(projectFolder, null),
				ClassificationEditor.ID);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> editor.page().size() == 2), "both items on the page");
		for (DataItem item : editor.page()) {
			assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> editor.decodedImage(item) != null), item.getPath() + " rendered");
			ImageData thumbnail = editor.decodedImage(item);
			assertEquals(32, thumbnail.width, "small images are not enlarged");
			assertEquals(24, thumbnail.height);
		}
		// ct12: pixel (0, 0) is stored 0 = −1024 HU, black in the file's window 40/400; MONOCHROME1 8-bit: 0 is white
		DataItem ct = editor.page().stream().filter(i -> i.getPath().startsWith("ct12")).findFirst().orElseThrow();
		DataItem mono1 = editor.page().stream().filter(i -> i.getPath().startsWith("mono1")).findFirst().orElseThrow();
		assertEquals(0, grey(editor.decodedImage(ct), 0, 0));
		assertEquals(255, grey(editor.decodedImage(mono1), 0, 0));
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> DicomViewerTest.NOTICE.equals(editor.noticeText())), "notice");
		page.getWorkbenchWindow().getShell().update();
		UiTestSupport.waitUntil(display, 500, () -> false);
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "dicom-classification");
	}

	private static int grey(ImageData data, int x, int y) {
		return data.palette.getRGB(data.getPixel(x, y)).red;
	}
}
