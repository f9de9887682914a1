package org.tagbench.dicom.internal;

import org.tagbench.dicom.internal.JpegDctDecoder.JpegException;

/**
 * Lossless JPEG with Huffman coding (ITU-T T.81 Annex H, process 14, SOF3): DICOM's JPEG Lossless
 * (1.2.840.10008.1.2.4.57, any predictor) and its SV1 variant (1.2.840.10008.1.2.4.70). Supports 2–16-bit
 * precision, predictors (selection values) 1–7, the point transform Al, restart intervals (RST0–7), 1–4
 * components in interleaved or one-per-component scans. Written because TwelveMonkeys' reader took 2.3 × dcmtk's
 * time.
 *
 * <p>Components may be subsampled (sampling factors 1–4, e.g. YCbCr 4:2:2 with luma 2 × 1): each is then decoded at
 * its own size (T.81 A.1.1), an interleaved scan codes MCUs of Hi × Vi samples per component (samples past the
 * component's edge are decoded and discarded), predictions use the component's own neighbours, and the result is
 * upsampled to full size by repeating samples, as libjpeg's lossless mode (dcmdjpeg) does — lossless JPEG has no
 * data units larger than one sample for a smoothing filter. In interleaved scans of subsampled components a restart
 * interval must be a whole number of MCU rows (libjpeg's rule too); other intervals are "not supported".
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
	/** Subsampled frames only: each component at its own size, and its sampling factors. */
	private boolean subsampled;
	private int[][] planes;
	private int[] planeWidths;
	private int[] planeHeights;
	private int[] hs;
	private int[] vs;
	private int hMax;
	private int vMax;

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
				return new JpegDctDecoder.Image(width, height, ids.length, precision, subsampled ? upsample() : samples);
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
		hs = new int[count];
		vs = new int[count];
		for (int i = 0; i < count; i++) {
			int p = pos + 10 + 3 * i;
			ids[i] = u8(p);
			hs[i] = u8(p + 1) >> 4;
			vs[i] = u8(p + 1) & 15;
			if (hs[i] < 1 || hs[i] > 4 || vs[i] < 1 || vs[i] > 4) {
				throw new JpegException("lossless JPEG component " + ids[i] + " has sampling " + hs[i] + " × " + vs[i] + " (1 to 4 each)");
			}
			hMax = Math.max(hMax, hs[i]);
			vMax = Math.max(vMax, vs[i]);
			// one component is coded sample by sample whatever its factors (T.81 A.2.2); several differ from 1 × 1
			subsampled |= count > 1 && (hs[i] != 1 || vs[i] != 1);
		}
		decoded = new boolean[count];
		if (subsampled) {
			planes = new int[count][];
			planeWidths = new int[count];
			planeHeights = new int[count];
			for (int i = 0; i < count; i++) {
				planeWidths[i] = ceilDiv(width * hs[i], hMax);
				planeHeights[i] = ceilDiv(height * vs[i], vMax);
				planes[i] = new int[planeWidths[i] * planeHeights[i]];
			}
		} else {
			samples = new int[width * height * count];
		}
		pos += 2 + length;
	}

	/**
	 * How many samples a lossless frame codes (each at least one bit), from its frame header at {@code sof}: the
	 * components at their own sizes, or the full size when the header is unreadable. Lets the caller bound the
	 * frame before allocating.
	 */
	public static long codedSamples(byte[] frame, int sof, int width, int height, int components) {
		int count = sof + 9 < frame.length ? frame[sof + 9] & 0xFF : 0;
		if (count != components || sof + 10 + 3 * count > frame.length) {
			return (long) width * height * components;
		}
		int hMax = 1;
		int vMax = 1;
		for (int i = 0; i < count; i++) {
			int sampling = frame[sof + 11 + 3 * i] & 0xFF;
			hMax = Math.max(hMax, sampling >> 4);
			vMax = Math.max(vMax, sampling & 15);
		}
		long total = 0;
		for (int i = 0; i < count; i++) {
			int sampling = frame[sof + 11 + 3 * i] & 0xFF;
			total += (long) ceilDiv(width * Math.max(1, sampling >> 4), hMax) * ceilDiv(height * Math.max(1, sampling & 15), vMax);
		}
		return total;
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
		if (!subsampled) {
			decodeScan(samples, index, ids.length, width, height, tables, predictor, pointTransform);
		} else if (count == 1) { // non-interleaved: the component's own plane, sample by sample
			int c = index[0];
			decodeScan(planes[c], new int[] { 0 }, 1, planeWidths[c], planeHeights[c], tables, predictor, pointTransform);
		} else {
			decodeSubsampledScan(index, tables, predictor, pointTransform);
		}
		for (int c : index) {
			decoded[c] = true;
		}
		pos = entropy.skipToMarker();
	}

	/**
	 * T.81 H.1.2: each sample is its prediction plus the decoded difference, modulo 2^16. The first sample of the
	 * scan and of each restart interval is predicted by 2^(P − Pt − 1), the rest of that line by the sample on
	 * the left (Ra), the first sample of every other line by the sample above (Rb), all others by the predictor.
	 * One sample per component and pixel: {@code target[(y * lineWidth + x) * n + index[k]]} for the k-th component
	 * of the scan, over {@code lineWidth × lines}.
	 */
	private void decodeScan(int[] target, int[] index, int n, int lineWidth, int lines, JpegHuffman[] tables, int predictor, int pointTransform)
			throws JpegException {
		int stride = lineWidth * n;
		int initial = 1 << (precision - pointTransform - 1);
		int mask = (1 << (precision - pointTransform)) - 1;
		int interval = restartInterval;
		int untilRestart = interval;
		boolean firstLine = true;
		boolean resetNext = true;
		for (int y = 0; y < lines; y++) {
			int row = y * stride;
			for (int x = 0; x < lineWidth; x++) {
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
					int diff = difference(tables[k], x, y);
					int prediction;
					if (resetNext) {
						prediction = initial;
					} else if (firstLine) {
						prediction = target[i - n];
					} else if (x == 0) {
						prediction = target[i - stride];
					} else {
						prediction = predict(predictor, target[i - n], target[i - stride], target[i - stride - n]);
					}
					target[i] = (prediction + diff) & mask; // modulo 2^16 at 16 bits
				}
				resetNext = false;
			}
			firstLine = false;
			checkNotOverrun(lineWidth - 1, y);
		}
		if (pointTransform > 0) {
			for (int c : index) {
				for (int i = c; i < target.length; i += n) {
					target[i] <<= pointTransform;
				}
			}
		}
	}

	/** The next difference (T.81 H.1.2.2: category 16 is 32768 without extra bits). */
	private int difference(JpegHuffman table, int x, int y) throws JpegException {
		int s = entropy.decode(table);
		if (s == 16) {
			return 32768;
		} else if (s > 16) {
			throw new JpegException("difference category " + s + " at sample (" + x + ", " + y + ") near byte " + entropy.position());
		}
		return entropy.receiveExtend(s);
	}

	/**
	 * An interleaved scan of subsampled components: MCUs of Hi × Vi samples of each component in turn, left to
	 * right, top to bottom (T.81 A.2.3); the prediction rules of {@link #decodeScan} on each component's own plane,
	 * a restart starting the component's line {@code mcuRow × Vi} afresh. Samples past a component's edge (the
	 * MCUs' padding) are decoded and dropped; no kept sample is predicted from them.
	 */
	private void decodeSubsampledScan(int[] index, JpegHuffman[] tables, int predictor, int pointTransform) throws JpegException {
		int mcusWide = ceilDiv(width, hMax);
		int mcusHigh = ceilDiv(height, vMax);
		int units = 0;
		for (int c : index) {
			units += hs[c] * vs[c];
		}
		if (units > 10) {
			throw new JpegException("an MCU of " + units + " samples at byte " + pos + " (T.81 allows 10)");
		}
		int interval = restartInterval;
		if (interval % mcusWide != 0) {
			throw new JpegException("restart interval of " + interval + " MCUs is not a whole number of MCU rows (" + mcusWide
					+ " MCUs) in an interleaved scan of subsampled components: not supported");
		}
		int initial = 1 << (precision - pointTransform - 1);
		int mask = (1 << (precision - pointTransform)) - 1;
		int restartRow = 0;
		for (int my = 0; my < mcusHigh; my++) {
			if (interval > 0 && my > 0 && my * mcusWide % interval == 0) {
				entropy.restart();
				restartRow = my;
			}
			for (int mx = 0; mx < mcusWide; mx++) {
				for (int k = 0; k < index.length; k++) {
					int c = index[k];
					int[] plane = planes[c];
					int w = planeWidths[c];
					int h = hs[c];
					int v = vs[c];
					int firstLine = restartRow * v;
					for (int by = 0; by < v; by++) {
						int y = my * v + by;
						for (int bx = 0; bx < h; bx++) {
							int x = mx * h + bx;
							int diff = difference(tables[k], x, y);
							if (x >= w || y >= planeHeights[c]) {
								continue;
							}
							int i = y * w + x;
							int prediction;
							if (y == firstLine) {
								prediction = x == 0 ? initial : plane[i - 1];
							} else if (x == 0) {
								prediction = plane[i - w];
							} else {
								prediction = predict(predictor, plane[i - 1], plane[i - w], plane[i - w - 1]);
							}
							plane[i] = (prediction + diff) & mask;
						}
					}
				}
			}
			checkNotOverrun(width - 1, Math.min(my * vMax + vMax, height) - 1);
		}
		if (pointTransform > 0) {
			for (int c : index) {
				for (int i = 0; i < planes[c].length; i++) {
					planes[c][i] <<= pointTransform;
				}
			}
		}
	}

	/** The subsampled components at full size, colour-by-pixel, each sample repeated over the pixels it covers. */
	private int[] upsample() {
		int n = ids.length;
		int[] full = new int[width * height * n];
		for (int c = 0; c < n; c++) {
			JpegDctDecoder.replicate(planes[c], planeWidths[c], hs[c], vs[c], hMax, vMax, width, height, full, c, n);
		}
		return full;
	}

	/** Fails when the samples up to (x, y) needed bits past the end of the entropy-coded data (truncated data). */
	private void checkNotOverrun(int x, int y) throws JpegException {
		if (entropy.overrun()) {
			throw new JpegException("lossless JPEG data ends at byte " + entropy.position() + " before sample (" + x + ", " + y
					+ ") of the scan is complete");
		}
	}

	private static int ceilDiv(int a, int b) {
		return (a + b - 1) / b;
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
