package org.tagbench.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageProbeTest {

	@TempDir
	Path temp;

	@Test
	void readsSizeOfEveryImageFormatWithoutDecoding() throws Exception {
		assertEquals(new ImageInfo(ImageFormat.JPEG, 64, 48, 1), ImageProbe.probe(TestImages.rgb(temp.resolve("a.jpg"), "jpeg", 64, 48)));
		assertEquals(new ImageInfo(ImageFormat.PNG, 33, 17, 1), ImageProbe.probe(TestImages.rgb(temp.resolve("b.png"), "png", 33, 17)));
		assertEquals(new ImageInfo(ImageFormat.BMP, 20, 10, 1), ImageProbe.probe(TestImages.rgb(temp.resolve("c.bmp"), "bmp", 20, 10)));
		assertEquals(new ImageInfo(ImageFormat.GIF, 12, 9, 1),
				ImageProbe.probe(TestImages.write(temp.resolve("d.gif"), "gif", 12, 9, BufferedImage.TYPE_BYTE_INDEXED)));
		assertEquals(new ImageInfo(ImageFormat.TIFF, 40, 30, 1),
				ImageProbe.probe(TestImages.write(temp.resolve("e16.tif"), "tiff", 40, 30, BufferedImage.TYPE_USHORT_GRAY)));
	}

	@Test
	void dicomIsRecognisedAndLeftToTheDicomReaderForItsSize() throws Exception {
		ImageInfo info = ImageProbe.probe(TestImages.dicomPart10(temp.resolve("x-ray")));
		assertEquals(ImageFormat.DICOM, info.format());
		assertEquals(false, info.hasDimensions());
	}

	@Test
	void truncatedImageNamesFileAndReason() throws Exception {
		Path png = TestImages.rgb(temp.resolve("cut.png"), "png", 64, 64);
		byte[] bytes = Files.readAllBytes(png);
		Files.write(png, Arrays.copyOf(bytes, 12)); // signature and part of the IHDR length only
		MediaException e = assertThrows(MediaException.class, () -> ImageProbe.probe(png));
		assertEquals(png, e.file());
		assertTrue(e.getMessage().startsWith(png.toString()), e.getMessage());
		assertTrue(e.reason().contains("damaged PNG header"), e.reason());
	}

	@Test
	void missingAndUnsupportedFilesAreReported() throws Exception {
		Path missing = temp.resolve("gone.jpg");
		assertTrue(assertThrows(MediaException.class, () -> ImageProbe.probe(missing)).reason().contains("does not exist"));
		Path text = Files.writeString(temp.resolve("readme.jpg"), "not really a picture");
		assertTrue(assertThrows(MediaException.class, () -> ImageProbe.probe(text)).reason().contains("not an image"));
	}
}
