package org.tagbench.dicom.internal;

import org.tagbench.dicom.ImageAttributes;

/** YCbCr photometric interpretations (PS3.3 C.7.6.3.1.2) to RGB, and 4:2:2 upsampling of native data. */
public final class ColourSpaces {

	private ColourSpaces() {
	}

	/** Whether decoded samples of {@code photometric} are YCbCr that must become RGB. */
	public static boolean isYbr(String photometric) {
		return photometric.startsWith("YBR_FULL") || photometric.startsWith("YBR_PARTIAL");
	}

	/** Native YBR_FULL_422 / YBR_PARTIAL_422: each pair of pixels is stored as Y1 Y2 Cb Cr. */
	public static boolean isSubsampled(String photometric) {
		return photometric.endsWith("_422") || photometric.endsWith("_420");
	}

	/** Expands Y1 Y2 Cb Cr groups (colour-by-pixel, decoded stored values) into Y Cb Cr per pixel. */
	public static int[] upsample422(int[] packed, ImageAttributes a) {
		int rows = a.rows();
		int columns = a.columns();
		int[] full = new int[rows * columns * 3];
		int in = 0;
		for (int y = 0; y < rows; y++) {
			for (int x = 0; x < columns; x += 2) {
				int y1 = packed[in++];
				int y2 = packed[in++];
				int cb = packed[in++];
				int cr = packed[in++];
				int out = (y * columns + x) * 3;
				full[out] = y1;
				full[out + 1] = cb;
				full[out + 2] = cr;
				if (x + 1 < columns) {
					full[out + 3] = y2;
					full[out + 4] = cb;
					full[out + 5] = cr;
				}
			}
		}
		return full;
	}

	/** YCbCr (full or partial range) to RGB in place, clamped to the Bits Stored range. */
	public static void toRgb(int[] samples, String photometric, int bitsStored) {
		int max = (1 << bitsStored) - 1;
		double half = 1 << (bitsStored - 1);
		double scale = max / 255.0;
		boolean partial = photometric.startsWith("YBR_PARTIAL");
		for (int i = 0; i + 2 < samples.length; i += 3) {
			double y = samples[i];
			double cb = samples[i + 1] - half;
			double cr = samples[i + 2] - half;
			double r;
			double g;
			double b;
			if (partial) {
				// BT.601 studio range: Y 16..235, Cb/Cr 16..240 (scaled to Bits Stored).
				y = 1.164383 * (y - 16 * scale);
				r = y + 1.596027 * cr;
				g = y - 0.391762 * cb - 0.812968 * cr;
				b = y + 2.017232 * cb;
			} else {
				r = y + 1.402 * cr;
				g = y - 0.344136 * cb - 0.714136 * cr;
				b = y + 1.772 * cb;
			}
			samples[i] = clamp(r, max);
			samples[i + 1] = clamp(g, max);
			samples[i + 2] = clamp(b, max);
		}
	}

	private static int clamp(double value, int max) {
		long rounded = Math.round(value);
		return (int) Math.max(0, Math.min(max, rounded));
	}
}
