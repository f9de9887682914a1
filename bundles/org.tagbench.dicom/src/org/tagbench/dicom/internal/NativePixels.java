package org.tagbench.dicom.internal;

import org.tagbench.dicom.ImageAttributes;

/** Uncompressed samples (little-endian bytes) to stored values. */
public final class NativePixels {

	private NativePixels() {
	}

	public static int[] decode(byte[] frame, ImageAttributes a) {
		int count = a.storedSamplesPerFrame();
		int bytes = a.bitsAllocated() / 8;
		int[] raw = new int[count];
		for (int i = 0; i < count; i++) {
			int p = i * bytes;
			int value = frame[p] & 0xFF;
			for (int b = 1; b < bytes; b++) {
				value |= (frame[p + b] & 0xFF) << (8 * b);
			}
			raw[i] = value;
		}
		return normalize(raw, a);
	}

	/** Planar → colour-by-pixel, then masks to Bits Stored (at High Bit) and sign-extends. */
	public static int[] normalize(int[] raw, ImageAttributes a) {
		int[] values = raw;
		int spp = a.samplesPerPixel();
		if (spp > 1 && a.planarConfiguration() == 1) {
			int pixels = a.rows() * a.columns();
			values = new int[raw.length];
			for (int s = 0; s < spp; s++) {
				for (int p = 0; p < pixels; p++) {
					values[p * spp + s] = raw[s * pixels + p];
				}
			}
		}
		int stored = a.bitsStored();
		int shift = a.highBit() + 1 - stored;
		for (int i = 0; i < values.length; i++) {
			int v = values[i] >>> shift;
			if (stored < 32) {
				v &= (1 << stored) - 1;
				if (a.signed() && (v & (1 << (stored - 1))) != 0) {
					v -= 1 << stored;
				}
			}
			values[i] = v;
		}
		return values;
	}
}
