package org.tagbench.dicom.internal;

import org.tagbench.dicom.internal.JpegDctDecoder.JpegException;

/**
 * Lossless JPEG with Huffman coding (ITU-T T.81 Annex H, process 14, SOF3): DICOM's JPEG Lossless
 * (1.2.840.10008.1.2.4.57, any predictor) and its SV1 variant (1.2.840.10008.1.2.4.70). Supports 2–16-bit
 * precision, predictors (selection values) 1–7, the point transform Al, restart intervals (RST0–7), 1–4
 * components in interleaved or one-per-component scans; components must have sampling factors 1 × 1 (DICOM's
 * writers never subsample lossless JPEG). Written because TwelveMonkeys' reader took 2.3 × dcmtk's time.
 *
 * <p>Samples are decoded straight into the output array; damaged data cannot make it loop or allocate more
 * than the frame header says, which must match the dataset's size before anything is allocated.
 */
public final class JpegLosslessDecoder extends JpegSegmentReader {

	private int precision;
	private int width;
	private int height;
	private int[] ids;
	private boolean[] decoded;
	private int[] samples;

	private JpegLosslessDecoder(byte[] data) {
		super(data);
	}

	/** Decodes a stream whose frame header must declare the given size; samples colour-by-pixel, shifted by Al. */
	public static JpegDctDecoder.Image decode(byte[] stream, int width, int height, int components) throws JpegException {
		return new JpegLosslessDecoder(stream).run(width, height, components);
	}

	private JpegDctDecoder.Image run(int expectedWidth, int expectedHeight, int expectedComponents) throws JpegException {
		expectStartOfImage();
		while (true) {
			int marker = nextMarker();
			switch (marker) {
			case 0xD9 -> {
				if (!complete()) {
					throw new JpegException("JPEG stream ends (EOI) before every component was decoded");
				}
				return new JpegDctDecoder.Image(width, height, ids.length, precision, samples);
			}
			case 0xC4 -> readHuffman();
			case 0xDD -> readRestartInterval();
			case 0xC3 -> readFrame(expectedWidth, expectedHeight, expectedComponents);
			case 0xDA -> readScan();
			case 0xC0, 0xC1, 0xC2, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF -> throw new JpegException(
					"JPEG process SOF" + (marker - 0xC0) + " in a lossless JPEG stream is not supported");
			case 0xCC -> throw new JpegException("arithmetic coding (DAC) is not supported");
			case 0xDC -> throw new JpegException("DNL (height defined after the first scan) is not supported");
			default -> skipSegment(marker);
			}
		}
	}

	@Override
	boolean complete() {
		if (decoded == null) {
			return false;
		}
		for (boolean d : decoded) {
			if (!d) {
				return false;
			}
		}
		return true;
	}

	private void readFrame(int expectedWidth, int expectedHeight, int expectedComponents) throws JpegException {
		int length = segmentLength();
		if (ids != null) {
			throw new JpegException("second frame header at byte " + pos);
		}
		precision = u8(pos + 4);
		height = u16(pos + 5);
		width = u16(pos + 7);
		int count = u8(pos + 9);
		if (precision < 2 || precision > 16) {
			throw new JpegException("SOF3 at byte " + pos + " with " + precision + "-bit samples (2 to 16)");
		}
		if (width != expectedWidth || height != expectedHeight || count != expectedComponents) {
			throw new JpegException("JPEG frame is " + width + " × " + height + " × " + count + ", the dataset says " + expectedWidth + " × "
					+ expectedHeight + " × " + expectedComponents);
		}
		if (count < 1 || count > 4 || length != 8 + 3 * count) {
			throw new JpegException("frame header at byte " + pos + " has " + count + " components and length " + length);
		}
		ids = new int[count];
		for (int i = 0; i < count; i++) {
			int p = pos + 10 + 3 * i;
			ids[i] = u8(p);
			if (u8(p + 1) != 0x11) {
				throw new JpegException("lossless JPEG component " + ids[i] + " has sampling " + (u8(p + 1) >> 4) + " × " + (u8(p + 1) & 15)
						+ ": subsampled lossless JPEG is not supported");
			}
		}
		decoded = new boolean[count];
		samples = new int[width * height * count];
		pos += 2 + length;
	}

	private void readScan() throws JpegException {
		int length = segmentLength();
		if (ids == null) {
			throw new JpegException("scan before the frame header at byte " + pos);
		}
		int count = u8(pos + 4);
		if (count < 1 || count > 4 || length != 6 + 2 * count) {
			throw new JpegException("scan header at byte " + pos + " has " + count + " components and length " + length);
		}
		int[] index = new int[count];
		JpegHuffman[] tables = new JpegHuffman[count];
		for (int i = 0; i < count; i++) {
			int id = u8(pos + 5 + 2 * i);
			index[i] = -1;
			for (int c = 0; c < ids.length; c++) {
				if (ids[c] == id) {
					index[i] = c;
				}
			}
			if (index[i] < 0 || decoded[index[i]]) {
				throw new JpegException("scan at byte " + pos + " names component " + id + (index[i] < 0 ? ", which the frame lacks" : " again"));
			}
			tables[i] = dcTables[u8(pos + 6 + 2 * i) >> 4 & 3];
			if (tables[i] == null) {
				throw new JpegException("scan at byte " + pos + ": component " + id + " lacks a Huffman table");
			}
		}
		int p = pos + 5 + 2 * count;
		int predictor = u8(p);
		int pointTransform = u8(p + 2) & 15;
		if (predictor < 1 || predictor > 7 || pointTransform >= precision) {
			throw new JpegException("scan at byte " + pos + " has predictor " + predictor + " and point transform " + pointTransform
					+ " (predictors 1 to 7, point transform below the precision " + precision + ")");
		}
		pos += 2 + length;
		entropy.start(pos);
		decodeScan(index, tables, predictor, pointTransform);
		for (int c : index) {
			decoded[c] = true;
		}
		pos = entropy.skipToMarker();
	}

	/**
	 * T.81 H.1.2: each sample is its prediction plus the decoded difference, modulo 2^16. The first sample of the
	 * scan and of each restart interval is predicted by 2^(P − Pt − 1), the rest of that line by the sample on
	 * the left (Ra), the first sample of every other line by the sample above (Rb), all others by the predictor.
	 */
	private void decodeScan(int[] index, JpegHuffman[] tables, int predictor, int pointTransform) throws JpegException {
		int n = ids.length;
		int stride = width * n;
		int initial = 1 << (precision - pointTransform - 1);
		int mask = (1 << (precision - pointTransform)) - 1;
		int interval = restartInterval;
		int untilRestart = interval;
		boolean firstLine = true;
		boolean resetNext = true;
		for (int y = 0; y < height; y++) {
			int row = y * stride;
			for (int x = 0; x < width; x++) {
				if (interval > 0) {
					if (untilRestart == 0) {
						checkNotOverrun(x, y);
						entropy.restart();
						untilRestart = interval;
						resetNext = true;
						firstLine = true;
					}
					untilRestart--;
				}
				int at = row + x * n;
				for (int k = 0; k < index.length; k++) {
					int i = at + index[k];
					int s = entropy.decode(tables[k]);
					int diff;
					if (s == 16) {
						diff = 32768;
					} else if (s > 16) {
						throw new JpegException("difference category " + s + " at sample (" + x + ", " + y + ") near byte " + entropy.position());
					} else {
						diff = entropy.receiveExtend(s);
					}
					int prediction;
					if (resetNext) {
						prediction = initial;
					} else if (firstLine) {
						prediction = samples[i - n];
					} else if (x == 0) {
						prediction = samples[i - stride];
					} else {
						prediction = predict(predictor, samples[i - n], samples[i - stride], samples[i - stride - n]);
					}
					samples[i] = (prediction + diff) & mask; // modulo 2^16 at 16 bits
				}
				resetNext = false;
			}
			firstLine = false;
			checkNotOverrun(width, y);
		}
		if (pointTransform > 0) {
			for (int c : index) {
				for (int i = c; i < samples.length; i += n) {
					samples[i] <<= pointTransform;
				}
			}
		}
	}

	/** Fails when the samples up to (x, y) needed bits past the end of the entropy-coded data (truncated data). */
	private void checkNotOverrun(int x, int y) throws JpegException {
		if (entropy.overrun()) {
			throw new JpegException("lossless JPEG data ends at byte " + entropy.position() + " before sample (" + Math.min(x, width - 1) + ", "
					+ y + ") of the scan is complete");
		}
	}

	/** The prediction of T.81 Table H.1 from the samples left (a), above (b) and above-left (c). */
	public static int predict(int predictor, int a, int b, int c) {
		return switch (predictor) {
		case 1 -> a;
		case 2 -> b;
		case 3 -> c;
		case 4 -> a + b - c;
		case 5 -> a + ((b - c) >> 1);
		case 6 -> b + ((a - c) >> 1);
		default -> (a + b) >> 1;
		};
	}
}
