package org.tagbench.dicom.internal;

import java.nio.file.Path;

import org.tagbench.dicom.ImageAttributes;
import org.tagbench.imaging.MediaException;

/**
 * RLE Lossless (PS3.5 Annex G): a 64-byte header (segment count, 15 offsets, little endian), then one
 * PackBits segment per byte plane — for each sample, its bytes from most to least significant.
 */
public final class RleDecoder {

	/** PackBits expands at most 128 bytes from 2. */
	private static final int MAX_EXPANSION = 64;

	private RleDecoder() {
	}

	public static int[] decode(byte[] frame, ImageAttributes a, Path file) throws MediaException {
		if (frame.length < 64) {
			throw new MediaException(file, "RLE frame of " + frame.length + " bytes is shorter than its 64-byte header");
		}
		int segments = (int) u32(frame, 0);
		int bytesPerSample = a.bitsAllocated() / 8;
		int expected = a.samplesPerPixel() * bytesPerSample;
		if (segments != expected) {
			throw new MediaException(file, "RLE header has " + segments + " segments, " + expected + " expected");
		}
		int pixels = a.rows() * a.columns();
		if ((long) pixels * segments > (long) frame.length * MAX_EXPANSION + 64L * segments) {
			throw new MediaException(file, "RLE frame of " + frame.length + " bytes cannot hold " + a.rows() + " × " + a.columns()
					+ " pixels");
		}
		long[] offsets = new long[segments + 1];
		for (int s = 0; s < segments; s++) {
			offsets[s] = u32(frame, 4 + 4 * s);
			if (offsets[s] < 64 || offsets[s] > frame.length || s > 0 && offsets[s] < offsets[s - 1]) {
				throw new MediaException(file, "RLE segment " + s + " offset " + offsets[s] + " is outside the frame");
			}
		}
		offsets[segments] = frame.length;
		int[] raw = new int[pixels * a.samplesPerPixel()];
		byte[] plane = new byte[pixels];
		for (int s = 0; s < segments; s++) {
			unpack(frame, (int) offsets[s], (int) offsets[s + 1], plane, s, file);
			int sample = s / bytesPerSample;
			int shift = 8 * (bytesPerSample - 1 - s % bytesPerSample);
			// RLE keeps each sample's bytes as planes: the decoded frame is colour-by-plane (PS3.5 G.2).
			int base = sample * pixels;
			for (int p = 0; p < pixels; p++) {
				raw[base + p] |= (plane[p] & 0xFF) << shift;
			}
		}
		int[] interleaved = raw;
		int spp = a.samplesPerPixel();
		if (spp > 1) {
			interleaved = new int[raw.length];
			for (int sample = 0; sample < spp; sample++) {
				for (int p = 0; p < pixels; p++) {
					interleaved[p * spp + sample] = raw[sample * pixels + p];
				}
			}
		}
		ImageAttributes byPixel = new ImageAttributes(a.rows(), a.columns(), spp, a.bitsAllocated(), a.bitsStored(), a.highBit(),
				a.signed(), 0, a.photometricInterpretation(), a.frames());
		return NativePixels.normalize(interleaved, byPixel);
	}

	private static void unpack(byte[] in, int from, int to, byte[] out, int segment, Path file) throws MediaException {
		int p = from;
		int o = 0;
		while (o < out.length) {
			if (p >= to) {
				throw new MediaException(file, "RLE segment " + segment + " ends after " + o + " of " + out.length + " bytes");
			}
			int n = in[p++];
			if (n >= 0) {
				int count = n + 1;
				if (p + count > to) {
					throw new MediaException(file, "RLE segment " + segment + " literal run goes past its end");
				}
				int copy = Math.min(count, out.length - o);
				System.arraycopy(in, p, out, o, copy);
				o += copy;
				p += count;
			} else if (n != -128) {
				if (p >= to) {
					throw new MediaException(file, "RLE segment " + segment + " replicate run goes past its end");
				}
				int count = Math.min(1 - n, out.length - o);
				java.util.Arrays.fill(out, o, o + count, in[p++]);
				o += count;
			}
		}
	}

	private static long u32(byte[] b, int at) {
		return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
	}
}
