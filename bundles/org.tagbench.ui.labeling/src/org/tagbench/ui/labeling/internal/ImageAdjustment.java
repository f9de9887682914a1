package org.tagbench.ui.labeling.internal;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/** Brightness and contrast of an image for display only (the file and the labels are not touched). */
public final class ImageAdjustment {

	private ImageAdjustment() {
	}

	/**
	 * The value lookup table for brightness and contrast in -100 … 100: contrast scales around mid-grey
	 * (slope (100 + c) / (100 - c), so +100 is a threshold and -100 flat grey), brightness adds b % of 255.
	 */
	public static int[] lut(int brightness, int contrast) {
		double c = Math.max(-99.0, Math.min(99.0, contrast));
		double slope = (100 + c) / (100 - c);
		int[] lut = new int[256];
		for (int v = 0; v < 256; v++) {
			double out = (v - 127.5) * slope + 127.5 + brightness * 2.55;
			lut[v] = (int) Math.max(0, Math.min(255, Math.round(out)));
		}
		return lut;
	}

	/** A 24-bit copy of {@code source} with the lookup table of {@link #lut} applied to each channel. */
	public static ImageData apply(ImageData source, int brightness, int contrast) {
		int[] lut = lut(brightness, contrast);
		int width = source.width;
		int height = source.height;
		ImageData result = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		PaletteData palette = source.palette;
		int[] row = new int[width];
		int[] out = new int[width];
		for (int y = 0; y < height; y++) {
			source.getPixels(0, y, width, row, 0);
			for (int x = 0; x < width; x++) {
				int r;
				int g;
				int b;
				if (palette.isDirect) {
					int p = row[x];
					r = channel(p, palette.redMask, palette.redShift);
					g = channel(p, palette.greenMask, palette.greenShift);
					b = channel(p, palette.blueMask, palette.blueShift);
				} else {
					RGB rgb = palette.colors[Math.min(row[x], palette.colors.length - 1)];
					r = rgb.red;
					g = rgb.green;
					b = rgb.blue;
				}
				out[x] = (lut[r] << 16) | (lut[g] << 8) | lut[b];
			}
			result.setPixels(0, y, width, out, 0);
		}
		if (source.alphaData != null) {
			result.alphaData = source.alphaData.clone();
		}
		result.transparentPixel = -1;
		return result;
	}

	private static int channel(int pixel, int mask, int shift) {
		int value = pixel & mask;
		value = shift < 0 ? value >>> -shift : value << shift;
		return value & 0xFF;
	}
}
