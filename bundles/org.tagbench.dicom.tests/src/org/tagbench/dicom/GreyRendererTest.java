package org.tagbench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.imaging.MediaException;

class GreyRendererTest {

	@TempDir
	Path directory;

	private byte[] render(String name) throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy(name, directory));
		return GreyRenderer.render(dicom, DicomPixels.decode(dicom, 0));
	}

	private static int grey(byte[] image, int columns, int x, int y) {
		return image[y * columns + x] & 0xFF;
	}

	@Test
	void ctUsesRescaleAndTheFilesWindow() throws MediaException {
		// stored (97x + 131y) % 4096, HU = stored - 1024, window 40/400, LINEAR (PS3.3 C.11.2.1.2.1) by hand:
		// x=9: 873 → -151 → ((-151 - 39.5) / 399 + 0.5) * 255 = 5.75 → 6; x=10: -54 → 67.74 → 68;
		// x=11: 43 → 129.9 → 130; x=12: 140 → 191.9 → 192; (0,1): -893 → below the window → 0.
		byte[] image = render("ct12.ile.dcm");
		assertEquals(6, grey(image, 32, 9, 0));
		assertEquals(68, grey(image, 32, 10, 0));
		assertEquals(130, grey(image, 32, 11, 0));
		assertEquals(192, grey(image, 32, 12, 0));
		assertEquals(0, grey(image, 32, 0, 1));
		// x=13: 1261 → 237 HU, inside (upper edge 239): (197.5 / 399 + 0.5) * 255 = 253.7 → 254; x=14: 334 HU → 255
		assertEquals(254, grey(image, 32, 13, 0));
		assertEquals(255, grey(image, 32, 14, 0));
	}

	@Test
	void presentationLutShapeInverseInvertsAgain() throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy("ct12.ele.dcm", directory));
		Raster raster = DicomPixels.decode(dicom, 0);
		byte[] inverse = "INVERSE ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		dicom.put(DicomElement.value(Tag.PRESENTATION_LUT_SHAPE, "CS", inverse, 0, inverse.length, false));
		byte[] image = GreyRenderer.render(dicom, raster);
		assertEquals(255 - 6, grey(image, 32, 9, 0));
		assertEquals(255 - 192, grey(image, 32, 12, 0));
	}

	@Test
	void monochrome1IsInverted() throws MediaException {
		// stored 8x + 3y, window 128/256 maps v to v; MONOCHROME1 inverts: (2,0)=16 → 239, (5,3)=49 → 206.
		byte[] image = render("mono1_8.rle.dcm");
		assertEquals(239, grey(image, 32, 2, 0));
		assertEquals(206, grey(image, 32, 5, 3));
		assertEquals(255, grey(image, 32, 0, 0));
	}

	@Test
	void uniformImageGetsMidGreyWithoutDividingByZero() throws MediaException {
		byte[] image = render("uniform.ebe.dcm");
		for (byte value : image) {
			assertEquals(128, value & 0xFF);
		}
		VoiWindow window = new VoiWindow(500, 0);
		assertEquals(0, window.apply(499, VoiWindow.Function.LINEAR));
		assertEquals(255, window.apply(500, VoiWindow.Function.LINEAR));
		assertEquals(255, new VoiWindow(0, 0).apply(1, VoiWindow.Function.LINEAR_EXACT));
	}

	@Test
	void automaticWindowSpansThePercentiles() throws MediaException {
		// signed16 has no window: values (x-16)*100 + (y-12)*7, slope 2, intercept 10.
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy("signed16.dfl.dcm", directory));
		Raster raster = DicomPixels.decode(dicom, 0);
		assertEquals(-1684, raster.sample(0, 0));
		VoiWindow window = GreyRenderer.autoWindow(raster, 2, 10);
		byte[] image = GreyRenderer.render(dicom, raster);
		assertEquals(0, grey(image, 32, 0, 0));
		assertEquals(255, grey(image, 32, 31, 23));
		// monotonic along a row
		for (int x = 1; x < 32; x++) {
			assertTrue(grey(image, 32, x, 5) >= grey(image, 32, x - 1, 5));
		}
		assertTrue(window.width() > 1000, "window " + window);
	}

	@Test
	void windowLevelIsAPureFunctionForDragging() throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy("ct12.ele.dcm", directory));
		Raster raster = DicomPixels.decode(dicom, 0);
		byte[] narrow = GreyRenderer.render(raster, 1, -1024, new VoiWindow(40, 1), VoiWindow.Function.LINEAR, false);
		// width 1: a threshold at 39.5 HU: 43 HU (x=11) is white, -54 HU (x=10) black
		assertEquals(255, narrow[11] & 0xFF);
		assertEquals(0, narrow[10] & 0xFF);
		BufferedImage image = GreyRenderer.toImage(narrow, 32, 24);
		assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
		assertEquals(255, image.getRaster().getSample(11, 0, 0));
	}

	@Test
	void autoWindowPercentilesAreTheSortedRanks() {
		java.util.Random random = new java.util.Random(5);
		int[] narrow = new int[10007];
		int[] wide = new int[10007];
		for (int i = 0; i < narrow.length; i++) {
			narrow[i] = (int) (random.nextGaussian() * 300) + 2000; // histogram path
			wide[i] = random.nextInt() / 4; // range beyond 2^20: sorting path
		}
		for (int[] values : new int[][] { narrow, wide }) {
			ImageAttributes attributes = new ImageAttributes(1, values.length, 1, 32, 32, 31, true, 0, "MONOCHROME2", 1);
			VoiWindow window = GreyRenderer.autoWindow(new Raster(attributes, 0, values), 2, -100);
			int[] sorted = values.clone();
			java.util.Arrays.sort(sorted);
			double low = sorted[(int) Math.floor(0.005 * (values.length - 1))] * 2 - 100;
			double high = sorted[(int) Math.ceil(0.995 * (values.length - 1))] * 2 - 100;
			assertEquals(high - low + 1, window.width(), 1e-9);
			assertEquals(low + 0.5 + (high - low) / 2, window.center(), 1e-9);
		}
	}
}
