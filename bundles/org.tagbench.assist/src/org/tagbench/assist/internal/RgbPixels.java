package org.tagbench.assist.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** What every backbone does first: scale an image to a square of RGB pixels. */
final class RgbPixels {

	private RgbPixels() {
	}

	/** The image scaled (bilinear) to {@code size} × {@code size}, as packed 0xRRGGBB values, row by row. */
	static int[] scaled(BufferedImage image, int size) {
		return scaled(image, size, size);
	}

	/** The image scaled (bilinear) to {@code width} × {@code height}, as packed 0xRRGGBB values, row by row. */
	static int[] scaled(BufferedImage image, int width, int height) {
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scaled.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(image, 0, 0, width, height, null);
		} finally {
			g.dispose();
		}
		return scaled.getRGB(0, 0, width, height, null, 0, width);
	}

	/** Writes the pixels' red, green and blue as floats times {@code factor} into {@code target} at {@code offset}. */
	static void write(int[] rgb, float factor, float[] target, int offset) {
		for (int i = 0; i < rgb.length; i++) {
			int p = rgb[i];
			target[offset + 3 * i] = ((p >> 16) & 0xff) * factor;
			target[offset + 3 * i + 1] = ((p >> 8) & 0xff) * factor;
			target[offset + 3 * i + 2] = (p & 0xff) * factor;
		}
	}
}
