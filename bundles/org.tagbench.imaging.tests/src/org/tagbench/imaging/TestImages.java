package org.tagbench.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Writes small real images with the JDK's encoders, so tests never depend on committed binaries. */
final class TestImages {

	private TestImages() {
	}

	static Path write(Path file, String format, int width, int height, int type) throws IOException {
		Files.createDirectories(file.getParent());
		BufferedImage image = new BufferedImage(width, height, type);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.getRaster().setSample(x, y, 0, (x * 7 + y * 3) % 256);
			}
		}
		if (!ImageIO.write(image, format, file.toFile())) {
			throw new IOException("no JDK writer for " + format);
		}
		return file;
	}

	static Path rgb(Path file, String format, int width, int height) throws IOException {
		return write(file, format, width, height, BufferedImage.TYPE_3BYTE_BGR);
	}

	/** A Part 10 file: 128-byte preamble, "DICM", then a file meta group length element. */
	static Path dicomPart10(Path file) throws IOException {
		byte[] bytes = new byte[128 + 4 + 12];
		bytes[128] = 'D';
		bytes[129] = 'I';
		bytes[130] = 'C';
		bytes[131] = 'M';
		byte[] groupLength = { 0x02, 0x00, 0x00, 0x00, 'U', 'L', 0x04, 0x00, 0x00, 0x00, 0x00, 0x00 };
		System.arraycopy(groupLength, 0, bytes, 132, groupLength.length);
		Files.createDirectories(file.getParent());
		return Files.write(file, bytes);
	}
}
