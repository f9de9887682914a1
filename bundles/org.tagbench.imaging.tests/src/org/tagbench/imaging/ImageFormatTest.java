package org.tagbench.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ImageFormatTest {

	private static Optional<ImageFormat> detect(byte[] bytes) {
		byte[] header = new byte[ImageFormat.HEADER_LENGTH];
		System.arraycopy(bytes, 0, header, 0, Math.min(bytes.length, header.length));
		return ImageFormat.detect(header, Math.min(bytes.length, header.length));
	}

	@Test
	void recognisesMagicNumbers() {
		assertEquals(Optional.of(ImageFormat.JPEG), detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }));
		assertEquals(Optional.of(ImageFormat.GIF), detect("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
		assertEquals(Optional.of(ImageFormat.TIFF), detect(new byte[] { 'M', 'M', 0, '*', 0, 0, 0, 8 }));
		assertEquals(Optional.of(ImageFormat.TIFF), detect(new byte[] { 'I', 'I', '*', 0, 8, 0, 0, 0 }));
	}

	@Test
	void bareDicomDatasetIsRecognisedButTextIsNot() {
		// (0008,0005) CS "ISO_IR 100": explicit VR little endian, no preamble
		byte[] bare = { 0x08, 0x00, 0x05, 0x00, 'C', 'S', 0x0A, 0x00, 'I', 'S', 'O', '_', 'I', 'R', ' ', '1', '0', '0' };
		assertEquals(Optional.of(ImageFormat.DICOM), detect(bare));
		assertEquals(Optional.empty(), detect("BMW is a car, not a bitmap".getBytes(StandardCharsets.US_ASCII)));
		assertEquals(Optional.empty(), detect("hello world, plain text".getBytes(StandardCharsets.US_ASCII)));
		assertEquals(Optional.empty(), detect(new byte[0]));
	}

	@Test
	void extensionsAreCaseInsensitive() {
		assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.byExtension("IMG_0001.JPG"));
		assertEquals(Optional.of(ImageFormat.TIFF), ImageFormat.byExtension("scan.tiff"));
		assertEquals(Optional.empty(), ImageFormat.byExtension("notes.txt"));
		assertEquals(Optional.empty(), ImageFormat.byExtension("Makefile"));
	}
}
