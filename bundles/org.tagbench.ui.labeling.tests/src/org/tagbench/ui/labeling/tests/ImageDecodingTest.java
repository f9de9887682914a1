package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.ui.labeling.ImageDecoding;

/** Decoding for the canvas keeps colours and sizes, whatever path (fast BGR copy, generic, SWT) it takes. */
class ImageDecodingTest {

	@TempDir
	Path folder;

	@Test
	void coloursSurviveEveryFormat() throws Exception {
		BufferedImage image = new BufferedImage(301, 203, BufferedImage.TYPE_INT_RGB); // odd width: SWT pads rows
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(200, 30, 40));
		g.fillRect(0, 0, 150, 203);
		g.setColor(new Color(20, 60, 220));
		g.fillRect(150, 0, 151, 203);
		g.dispose();
		for (String format : new String[] { "png", "jpeg", "bmp", "gif" }) {
			Path file = folder.resolve("colours." + format);
			ImageIO.write(image, format, file.toFile());
			ImageData data = ImageDecoding.decode(file, 301, 203);
			assertEquals(301, data.width, format);
			assertEquals(203, data.height, format);
			assertClose(new RGB(200, 30, 40), data.palette.getRGB(data.getPixel(40, 100)), format);
			assertClose(new RGB(20, 60, 220), data.palette.getRGB(data.getPixel(300, 202)), format);
		}
	}

	@Test
	void greyKeepsItsValues() throws Exception {
		BufferedImage image = new BufferedImage(33, 5, BufferedImage.TYPE_BYTE_GRAY);
		for (int x = 0; x < 33; x++) {
			image.getRaster().setSample(x, 2, 0, x * 7);
		}
		Path file = folder.resolve("grey.png");
		ImageIO.write(image, "png", file.toFile());
		ImageData data = ImageDecoding.decode(file, 33, 5);
		for (int x = 0; x < 33; x++) {
			// not converted from linear to sRGB: a grey PNG shows the values it holds
			assertEquals(new RGB(x * 7, x * 7, x * 7), data.palette.getRGB(data.getPixel(x, 2)), "x " + x);
		}
	}

	@Test
	void damagedFileIsAnError() throws Exception {
		Path file = Files.write(folder.resolve("broken.jpg"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 });
		assertThrows(Exception.class, () -> ImageDecoding.decode(file, 100, 100));
	}

	static void assertClose(RGB expected, RGB actual, String format) {
		int worst = Math.max(Math.abs(expected.red - actual.red),
				Math.max(Math.abs(expected.green - actual.green), Math.abs(expected.blue - actual.blue)));
		// JPEG and GIF (a palette) change colours a little; swapped channels would be off by over 100
		assertEquals(0, worst, 12, format + ": " + expected + " vs " + actual);
	}
}
