package org.tagbench.dicom.internal;

import java.nio.file.Path;

import org.tagbench.dicom.DicomPixels.FrameCodec;
import org.tagbench.dicom.ImageAttributes;
import org.tagbench.imaging.MediaException;

/**
 * JPEG baseline (process 1) and extended 8-bit (process 2) through TwelveMonkeys' JPEG reader; 12-bit DCT JPEG
 * (process 4) through our own {@link JpegDctDecoder}, lossless JPEG (process 14, any predictor, and SV1) through
 * our own {@link JpegLosslessDecoder} (2–3 × faster than TwelveMonkeys'). The raw components are returned (no
 * colour conversion by the reader): whether they are YCbCr is what the Photometric Interpretation says, and
 * {@code DicomPixels} converts. Progressive, arithmetic and hierarchical JPEG get a clear "not supported".
 */
public final class JpegCodec implements FrameCodec {

	private static final int MAX_LOSSLESS_SAMPLES_PER_BYTE = 8;
	private static final int MAX_DCT_SAMPLES_PER_BYTE = 256;

	@Override
	public int[] decode(byte[] frame, ImageAttributes a, Path file) throws MediaException {
		int sof = startOfFrame(frame);
		int marker = sof < 0 ? 0 : frame[sof + 1] & 0xFF;
		boolean lossless = marker == 0xC3;
		// Lossless Huffman codes take at least one bit per coded sample (subsampled components code fewer), DCT at
		// least ~2 bits per 8 × 8 block.
		long samples = lossless ? JpegLosslessDecoder.codedSamples(frame, sof, a.columns(), a.rows(), a.samplesPerPixel()) : a.samplesPerFrame();
		if (samples > (long) frame.length * (sof < 0 || lossless ? MAX_LOSSLESS_SAMPLES_PER_BYTE : MAX_DCT_SAMPLES_PER_BYTE) + 1024) {
			throw new MediaException(file, "JPEG frame of " + frame.length + " bytes cannot hold " + a.rows() + " × " + a.columns()
					+ " × " + a.samplesPerPixel() + " samples");
		}
		if (sof < 0) {
			throw new MediaException(file, "JPEG frame has no start-of-frame marker");
		}
		int precision = sof + 4 < frame.length ? frame[sof + 4] & 0xFF : 0;
		if (!lossless && marker != 0xC0 && marker != 0xC1) {
			throw new MediaException(file, "JPEG process SOF" + (marker - 0xC0) + " (" + (marker >= 0xC9 ? "arithmetic coding" : "progressive or hierarchical")
					+ ") is not supported");
		}
		if (lossless) {
			return decodeLossless(frame, a, file);
		}
		if (precision == 12) {
			return decodeTwelveBit(frame, a, file);
		}
		if (precision != 8) {
			throw new MediaException(file, precision + "-bit DCT JPEG is not supported; DCT JPEG has 8 or 12 bits");
		}
		int[] values = ImageIoCodecs.read(ImageIoCodecs.JPEG, frame, a, file, "JPEG", true, false);
		if (a.samplesPerPixel() == 3 && "RGB".equals(a.photometricInterpretation()) && ycbcrInside(frame)) {
			ColourSpaces.toRgb(values, "YBR_FULL", a.bitsStored());
		}
		return values;
	}

	/** Lossless JPEG (process 14) through our own decoder: samples as coded, right-aligned at Bits Stored. */
	private static int[] decodeLossless(byte[] frame, ImageAttributes a, Path file) throws MediaException {
		try {
			JpegDctDecoder.Image image = JpegLosslessDecoder.decode(frame, a.columns(), a.rows(), a.samplesPerPixel());
			return NativePixels.normalize(image.samples(), ImageIoCodecs.interleaved(a));
		} catch (JpegDctDecoder.JpegException e) {
			throw new MediaException(file, "lossless JPEG frame: " + e.getMessage(), e);
		}
	}

	/** 12-bit DCT JPEG (process 4) through our own decoder: no ImageIO reader on Maven Central decodes it. */
	private static int[] decodeTwelveBit(byte[] frame, ImageAttributes a, Path file) throws MediaException {
		JpegDctDecoder.Image image;
		try {
			image = JpegDctDecoder.decode(frame, a.columns(), a.rows(), a.samplesPerPixel());
		} catch (JpegDctDecoder.JpegException e) {
			throw new MediaException(file, "12-bit JPEG frame: " + e.getMessage(), e);
		}
		int[] values = NativePixels.normalize(image.samples(), ImageIoCodecs.interleaved(a));
		if (a.samplesPerPixel() == 3 && "RGB".equals(a.photometricInterpretation()) && ycbcrInside(frame)) {
			ColourSpaces.toRgb(values, "YBR_FULL", a.bitsStored());
		}
		return values;
	}

	/**
	 * Whether a lossy JPEG labelled RGB really holds YCbCr, guessed as libjpeg does: an Adobe APP14 marker's
	 * transform flag decides; else a JFIF marker or component ids 1, 2, 3 mean YCbCr. Some writers (GDCM's
	 * lossy JPEG) label YCbCr data RGB; ids 'R', 'G', 'B' or 0, 1, 2 (slide scanners) mean RGB.
	 */
	static boolean ycbcrInside(byte[] frame) {
		boolean jfif = false;
		int p = 2;
		while (p + 3 < frame.length && (frame[p] & 0xFF) == 0xFF) {
			int marker = frame[p + 1] & 0xFF;
			int length = (frame[p + 2] & 0xFF) << 8 | frame[p + 3] & 0xFF;
			if (marker == 0xE0 && p + 8 < frame.length && frame[p + 4] == 'J' && frame[p + 5] == 'F' && frame[p + 6] == 'I'
					&& frame[p + 7] == 'F') {
				jfif = true;
			} else if (marker == 0xEE && p + 15 < frame.length && frame[p + 4] == 'A' && frame[p + 5] == 'd' && frame[p + 6] == 'o') {
				return frame[p + 15] != 0;
			} else if (marker == 0xC0 || marker == 0xC1) {
				if (jfif) {
					return true;
				}
				return p + 16 < frame.length && frame[p + 10] == 1 && frame[p + 13] == 2 && frame[p + 16] == 3;
			} else if (marker == 0xDA) {
				return jfif;
			}
			p += 2 + length;
		}
		return jfif;
	}

	/** Offset of the first SOFn marker (FFC0–FFCF except DHT C4, JPG C8, DAC CC), or -1. */
	static int startOfFrame(byte[] frame) {
		int p = 2;
		while (p + 3 < frame.length) {
			if ((frame[p] & 0xFF) != 0xFF) {
				return -1;
			}
			int marker = frame[p + 1] & 0xFF;
			if (marker == 0xFF) {
				p++;
				continue;
			}
			if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
				return p;
			}
			if (marker == 0xDA || marker == 0xD9) {
				return -1;
			}
			p += 2 + ((frame[p + 2] & 0xFF) << 8 | frame[p + 3] & 0xFF);
		}
		return -1;
	}
}
