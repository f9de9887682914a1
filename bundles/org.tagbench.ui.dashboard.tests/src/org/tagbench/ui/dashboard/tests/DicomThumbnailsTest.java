package org.tagbench.ui.dashboard.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.dicom.DicomFile;
import org.tagbench.dicom.DicomPixels;
import org.tagbench.dicom.DicomReaders;
import org.tagbench.dicom.GreyRenderer;
import org.tagbench.dicom.Raster;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ItemSummary;
import org.tagbench.ui.dashboard.Thumbnails;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * The item list's DICOM thumbnails come from the DICOM item viewer's thumbnail: colour frames (RGB, and YCbCr
 * converted) in colour, not as luma; grey frames as the viewer shows them first.
 */
class DicomThumbnailsTest {

	private Path data;

	@AfterEach
	void delete() throws Exception {
		if (data != null) {
			try (Stream<Path> files = Files.walk(data)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	@Test
	void colourDicomThumbnailsAreInColourAndGreyOnesAsTheViewerShowsThem() throws Exception {
		Path corpus = Path.of(System.getProperty("user.dir")).resolveSibling("org.tagbench.dicom.tests").resolve("corpus");
		data = Files.createTempDirectory("tagbench-dashboard-thumbnails");
		String[] files = { "rgb8.jp14.dcm", "ybr422s.jp14-s21.dcm", "ct12.ele.dcm" };
		for (String file : files) {
			Files.copy(corpus.resolve(file), data.resolve(file));
		}
		LabelingProject project = TagbenchFactory.eINSTANCE.createLabelingProject();
		DataSource source = TagbenchFactory.eINSTANCE.createDataSource();
		source.setId("data");
		source.setRootUri(data.toUri().toString());
		project.getDataSources().add(source);
		Display display = Display.getCurrent();
		try (Thumbnails thumbnails = new Thumbnails(display, project, 40, () -> {
			// polled below
		})) {
			for (int i = 0; i < files.length; i++) {
				ItemSummary item = new ItemSummary("item-" + i, "data", files[i], MediaType.DICOM, 32, 24, i, ItemStatus.UNLABELED, 0, false);
				assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> thumbnails.get(item) != null), files[i] + ": a thumbnail");
				Image image = thumbnails.get(item);
				ImageData shown = image.getImageData();
				assertEquals(32, shown.width, "32 x 24 fits in 40: not scaled");
				assertEquals(24, shown.height);
				DicomFile dicom = DicomReaders.standard().read(data.resolve(files[i]));
				Raster raster = DicomPixels.decode(dicom, 0);
				int[] expected = new int[32 * 24 * 3];
				int[] actual = new int[expected.length];
				if (raster.attributes().samplesPerPixel() == 3) {
					System.arraycopy(raster.samples(), 0, expected, 0, expected.length); // RGB after decoding
				} else {
					byte[] grey = GreyRenderer.render(dicom, raster);
					for (int p = 0; p < grey.length; p++) {
						expected[3 * p] = expected[3 * p + 1] = expected[3 * p + 2] = grey[p] & 0xFF;
					}
				}
				int coloured = 0;
				for (int y = 0; y < 24; y++) {
					for (int x = 0; x < 32; x++) {
						RGB rgb = shown.palette.getRGB(shown.getPixel(x, y));
						int at = (y * 32 + x) * 3;
						actual[at] = rgb.red;
						actual[at + 1] = rgb.green;
						actual[at + 2] = rgb.blue;
						coloured += rgb.red != rgb.green || rgb.green != rgb.blue ? 1 : 0;
					}
				}
				assertArrayEquals(expected, actual, files[i] + ": the decoded frame's colours, pixel for pixel");
				if (raster.attributes().samplesPerPixel() == 3) {
					assertTrue(coloured > 700, files[i] + ": in colour, not luma (" + coloured + " of 768 pixels not grey)");
				}
			}
		}
	}
}
