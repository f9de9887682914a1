package org.tagbench.dicom.internal;

/**
 * Sequential DCT JPEG with Huffman coding, 8 and 12 bits (ITU-T T.81 processes 1, 2 and 4: SOF0, SOF1), written
 * because no decoder on Maven Central reads 12-bit DCT JPEG (DICOM's JPEG Extended, 1.2.840.10008.1.2.4.51).
 * Supports 8- and 16-bit quantisation tables (DQT), restart intervals (DRI, RST0–7), interleaved and
 * non-interleaved scans, 1–4 components with sampling factors 1–4 (subsampled components are upsampled as
 * libjpeg does, see {@link #upsample}). Decoding follows T.81 Annex F (Huffman decoding, F.2.2), A.3.3 (IDCT, computed in double
 * precision and rounded) and the level shift of 2^(P−1) with clamping to 0..2^P−1.
 *
 * <p>Damaged data cannot make it loop or allocate more than the frame header says: past the end of the entropy
 * coded data (a marker or the end of the buffer) it reads zero bits, and the number of blocks is fixed by the
 * frame header, whose size the caller compares with the dataset's first ({@link #decode(byte[], int, int, int)}).
 */
public final class JpegDctDecoder extends JpegSegmentReader {

	/** A damaged or unsupported stream; the message says what and where. */
	public static final class JpegException extends Exception {
		private static final long serialVersionUID = 1L;

		JpegException(String message) {
			super(message);
		}
	}

	/** The decoded image: samples colour-by-pixel, {@code samples[(y * width + x) * components + c]}, raw components. */
	public record Image(int width, int height, int components, int precision, int[] samples) {
	}

	/** Natural (row-major) index of the k-th coefficient in zig-zag order (T.81 Figure A.6). */
	private static final int[] ZIGZAG = { 0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20,
			13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61,
			54, 47, 55, 62, 63 };

	/** COS[x * 8 + u] = C(u) cos((2x + 1) u π / 16) / 2, the 1-D factors of T.81 A.3.3's IDCT. */
	private static final double[] COS = new double[64];

	static {
		for (int x = 0; x < 8; x++) {
			for (int u = 0; u < 8; u++) {
				double c = u == 0 ? Math.sqrt(0.5) : 1;
				COS[x * 8 + u] = c * Math.cos((2 * x + 1) * u * Math.PI / 16) / 2;
			}
		}
	}

	private static final class Component {
		int id;
		int h;
		int v;
		int table;
		int blocksWide;
		int blocksHigh;
		int planeWidth;
		int[] plane;
		JpegHuffman dc;
		JpegHuffman ac;
		int predictor;
		boolean decoded;
	}

	private final int[][] quant = new int[4][];
	private int precision;
	private int width;
	private int height;
	private Component[] components;
	private int hMax;
	private int vMax;
	private final double[] dequantised = new double[64];

	private JpegDctDecoder(byte[] data) {
		super(data);
	}

	/** Decodes a stream whose frame header must declare the given size (checked before anything is allocated). */
	public static Image decode(byte[] stream, int width, int height, int components) throws JpegException {
		return new JpegDctDecoder(stream).run(width, height, components);
	}

	private Image run(int expectedWidth, int expectedHeight, int expectedComponents) throws JpegException {
		expectStartOfImage();
		while (true) {
			int marker = nextMarker();
			switch (marker) {
			case 0xD9 -> {
				return finish();
			}
			case 0xDB -> readQuantisation();
			case 0xC4 -> readHuffman();
			case 0xDD -> readRestartInterval();
			case 0xC0, 0xC1 -> readFrame(marker, expectedWidth, expectedHeight, expectedComponents);
			case 0xDA -> readScan();
			case 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF -> throw new JpegException(
					"JPEG process SOF" + (marker - 0xC0) + " (" + (marker >= 0xC9 ? "arithmetic coding" : "progressive, lossless or hierarchical")
							+ ") is not supported by the DCT decoder");
			case 0xCC -> throw new JpegException("arithmetic coding (DAC) is not supported");
			case 0xDC -> throw new JpegException("DNL (height defined after the first scan) is not supported");
			default -> skipSegment(marker);
			}
		}
	}

	@Override
	boolean complete() {
		return components != null && allDecoded();
	}

	private void readQuantisation() throws JpegException {
		int length = segmentLength();
		int p = pos + 4;
		int end = pos + 2 + length;
		while (p < end) {
			int pq = u8(p) >> 4;
			int tq = u8(p) & 15;
			if (pq > 1 || tq > 3) {
				throw new JpegException("DQT at byte " + p + ": precision " + pq + ", table " + tq);
			}
			int size = pq == 0 ? 64 : 128;
			if (p + 1 + size > end) {
				throw new JpegException("DQT at byte " + p + " is cut");
			}
			int[] table = new int[64];
			for (int k = 0; k < 64; k++) {
				table[k] = pq == 0 ? u8(p + 1 + k) : u16(p + 1 + 2 * k);
			}
			quant[tq] = table;
			p += 1 + size;
		}
		pos = end;
	}

	private void readFrame(int marker, int expectedWidth, int expectedHeight, int expectedComponents) throws JpegException {
		int length = segmentLength();
		if (components != null) {
			throw new JpegException("second frame header at byte " + pos);
		}
		precision = u8(pos + 4);
		height = u16(pos + 5);
		width = u16(pos + 7);
		int count = u8(pos + 9);
		if (precision != 8 && (precision != 12 || marker == 0xC0)) {
			throw new JpegException("SOF" + (marker - 0xC0) + " with " + precision + "-bit samples (8, or 12 in SOF1)");
		}
		if (width != expectedWidth || height != expectedHeight || count != expectedComponents) {
			throw new JpegException("JPEG frame is " + width + " × " + height + " × " + count + ", the dataset says " + expectedWidth + " × "
					+ expectedHeight + " × " + expectedComponents);
		}
		if (count < 1 || count > 4 || length != 8 + 3 * count) {
			throw new JpegException("frame header has " + count + " components and length " + length);
		}
		components = new Component[count];
		for (int i = 0; i < count; i++) {
			Component c = new Component();
			int p = pos + 10 + 3 * i;
			c.id = u8(p);
			c.h = u8(p + 1) >> 4;
			c.v = u8(p + 1) & 15;
			c.table = u8(p + 2);
			if (c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4 || c.table > 3) {
				throw new JpegException("component " + c.id + " has sampling " + c.h + " × " + c.v + ", table " + c.table);
			}
			hMax = Math.max(hMax, c.h);
			vMax = Math.max(vMax, c.v);
			components[i] = c;
		}
		int mcusWide = ceilDiv(width, 8 * hMax);
		int mcusHigh = ceilDiv(height, 8 * vMax);
		for (Component c : components) {
			c.blocksWide = mcusWide * c.h;
			c.blocksHigh = mcusHigh * c.v;
			c.planeWidth = c.blocksWide * 8;
			c.plane = new int[c.planeWidth * c.blocksHigh * 8];
		}
		pos += 2 + length;
	}

	private void readScan() throws JpegException {
		int length = segmentLength();
		if (components == null) {
			throw new JpegException("scan before the frame header at byte " + pos);
		}
		int count = u8(pos + 4);
		if (count < 1 || count > 4 || length != 6 + 2 * count) {
			throw new JpegException("scan header at byte " + pos + " has " + count + " components and length " + length);
		}
		Component[] scan = new Component[count];
		for (int i = 0; i < count; i++) {
			int id = u8(pos + 5 + 2 * i);
			int tables = u8(pos + 6 + 2 * i);
			for (Component c : components) {
				if (c.id == id) {
					scan[i] = c;
				}
			}
			if (scan[i] == null || scan[i].decoded) {
				throw new JpegException("scan at byte " + pos + " names component " + id + (scan[i] == null ? ", which the frame lacks" : " again"));
			}
			scan[i].dc = dcTables[tables >> 4 & 3];
			scan[i].ac = acTables[tables & 3];
			if (scan[i].dc == null || scan[i].ac == null || quant[scan[i].table] == null) {
				throw new JpegException("scan at byte " + pos + ": component " + id + " lacks a Huffman or quantisation table");
			}
		}
		// Ss, Se, Ah/Al must be 0, 63, 0 in a sequential frame; like libjpeg (which warns) we ignore other values,
		// which some writers leave (pydicom's JPEG-lossy.dcm has Se = 0): the frame header decides the process.
		pos += 2 + length;
		decodeScan(scan);
	}

	private void decodeScan(Component[] scan) throws JpegException {
		int blocksPerMcu;
		int mcusWide;
		int mcusHigh;
		if (scan.length == 1) { // non-interleaved: one block per MCU, over the component's own extent
			Component c = scan[0];
			mcusWide = ceilDiv(ceilDiv(width * c.h, hMax), 8);
			mcusHigh = ceilDiv(ceilDiv(height * c.v, vMax), 8);
			blocksPerMcu = 1;
		} else {
			mcusWide = ceilDiv(width, 8 * hMax);
			mcusHigh = ceilDiv(height, 8 * vMax);
			blocksPerMcu = 0;
			for (Component c : scan) {
				blocksPerMcu += c.h * c.v;
			}
			if (blocksPerMcu > 10) {
				throw new JpegException("an MCU of " + blocksPerMcu + " blocks (T.81 allows 10)");
			}
		}
		for (Component c : scan) {
			c.predictor = 0;
		}
		entropy.start(pos);
		int[] coefficients = new int[64];
		double[] block = new double[64];
		int mcu = 0;
		for (int my = 0; my < mcusHigh; my++) {
			for (int mx = 0; mx < mcusWide; mx++) {
				if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0) {
					restart(scan);
				}
				for (Component c : scan) {
					int h = scan.length == 1 ? 1 : c.h;
					int v = scan.length == 1 ? 1 : c.v;
					for (int by = 0; by < v; by++) {
						for (int bx = 0; bx < h; bx++) {
							decodeBlock(c, coefficients);
							idct(coefficients, quant[c.table], block, c, (mx * h + bx) * 8, (my * v + by) * 8);
						}
					}
				}
				mcu++;
			}
		}
		for (Component c : scan) {
			c.decoded = true;
		}
		pos = entropy.skipToMarker();
	}

	/** Expects a restart marker after the bits of the interval: byte-aligns, skips RSTn and resets predictors. */
	/** Expects a restart marker after the bits of the interval: byte-aligns, skips RSTn and resets predictors. */
	private void restart(Component[] scan) throws JpegException {
		entropy.restart();
		for (Component c : scan) {
			c.predictor = 0;
		}
	}

	private void decodeBlock(Component c, int[] coefficients) throws JpegException {
		java.util.Arrays.fill(coefficients, 0);
		int s = entropy.decode(c.dc);
		if (s > 16) {
			throw new JpegException("DC difference category " + s + " near byte " + entropy.position());
		}
		int diff = entropy.receiveExtend(s);
		c.predictor += diff;
		coefficients[0] = c.predictor;
		for (int k = 1; k < 64;) {
			int rs = entropy.decode(c.ac);
			int r = rs >> 4;
			s = rs & 15;
			if (s == 0) {
				if (r != 15) {
					break; // end of block
				}
				k += 16;
				continue;
			}
			k += r;
			if (k > 63) {
				throw new JpegException("AC coefficient past the block near byte " + entropy.position());
			}
			coefficients[ZIGZAG[k]] = entropy.receiveExtend(s);
			k++;
		}
	}

	/** Dequantises (table in zig-zag order), inverse-transforms, level-shifts and clamps one block into the plane. */
	private void idct(int[] coefficients, int[] table, double[] work, Component c, int x0, int y0) {
		double[] f = dequantised;
		for (int k = 0; k < 64; k++) {
			f[ZIGZAG[k]] = coefficients[ZIGZAG[k]] * (double) table[k];
		}
		for (int v = 0; v < 8; v++) { // rows: along u
			for (int x = 0; x < 8; x++) {
				double sum = 0;
				for (int u = 0; u < 8; u++) {
					sum += COS[x * 8 + u] * f[v * 8 + u];
				}
				work[v * 8 + x] = sum;
			}
		}
		int shift = 1 << (precision - 1);
		int max = (1 << precision) - 1;
		for (int x = 0; x < 8; x++) { // columns: along v
			for (int y = 0; y < 8; y++) {
				double sum = 0;
				for (int v = 0; v < 8; v++) {
					sum += COS[y * 8 + v] * work[v * 8 + x];
				}
				int value = (int) Math.round(sum) + shift;
				c.plane[(y0 + y) * c.planeWidth + x0 + x] = value < 0 ? 0 : Math.min(value, max);
			}
		}
	}

	private boolean allDecoded() {
		for (Component c : components) {
			if (!c.decoded) {
				return false;
			}
		}
		return true;
	}

	private Image finish() throws JpegException {
		if (components == null || !allDecoded()) {
			throw new JpegException("JPEG stream ends (EOI) before every component was decoded");
		}
		int n = components.length;
		int[] samples = new int[width * height * n];
		for (int ci = 0; ci < n; ci++) {
			int[] full = upsample(components[ci]);
			for (int i = 0, j = ci; i < full.length; i++, j += n) {
				samples[j] = full[i];
			}
		}
		return new Image(width, height, n, precision, samples);
	}

	/**
	 * The component at full resolution. T.81 leaves upsampling open; to agree with libjpeg (dcmdjpeg) we use its
	 * default "fancy" triangle filter for 2:1 horizontal (h2v1) and 2:1 both ways (h2v2), with its rounding and
	 * edge rules, and replication for other ratios, as libjpeg 6b does.
	 */
	private int[] upsample(Component c) {
		int[] full = new int[width * height];
		int w = ceilDiv(width * c.h, hMax); // the component's own size (T.81 A.1.1)
		int h = ceilDiv(height * c.v, vMax);
		boolean twoToOne = c.h * 2 == hMax && w > 2;
		if (twoToOne && c.v == vMax) {
			int[] row = new int[2 * w];
			for (int y = 0; y < height; y++) {
				int in = y * c.planeWidth;
				row[0] = c.plane[in];
				row[1] = (c.plane[in] * 3 + c.plane[in + 1] + 2) >> 2;
				for (int i = 1; i < w - 1; i++) {
					int v = c.plane[in + i] * 3;
					row[2 * i] = (v + c.plane[in + i - 1] + 1) >> 2;
					row[2 * i + 1] = (v + c.plane[in + i + 1] + 2) >> 2;
				}
				row[2 * w - 2] = (c.plane[in + w - 1] * 3 + c.plane[in + w - 2] + 1) >> 2;
				row[2 * w - 1] = c.plane[in + w - 1];
				System.arraycopy(row, 0, full, y * width, width);
			}
			return full;
		}
		if (twoToOne && c.v * 2 == vMax) {
			int[] row = new int[2 * w];
			for (int y = 0; y < height; y++) {
				int r = y / 2;
				// the nearer neighbour row: above for even output rows, below for odd ones, the edge row repeated
				int near = y % 2 == 0 ? Math.max(r - 1, 0) : Math.min(r + 1, h - 1);
				int in0 = r * c.planeWidth;
				int in1 = near * c.planeWidth;
				int sum = c.plane[in0] * 3 + c.plane[in1];
				int next = c.plane[in0 + 1] * 3 + c.plane[in1 + 1];
				row[0] = (sum * 4 + 8) >> 4;
				row[1] = (sum * 3 + next + 7) >> 4;
				int last = sum;
				sum = next;
				for (int i = 1; i < w - 1; i++) {
					next = c.plane[in0 + i + 1] * 3 + c.plane[in1 + i + 1];
					row[2 * i] = (sum * 3 + last + 8) >> 4;
					row[2 * i + 1] = (sum * 3 + next + 7) >> 4;
					last = sum;
					sum = next;
				}
				row[2 * w - 2] = (sum * 3 + last + 8) >> 4;
				row[2 * w - 1] = (sum * 4 + 7) >> 4;
				System.arraycopy(row, 0, full, y * width, width);
			}
			return full;
		}
		replicate(c.plane, c.planeWidth, c.h, c.v, hMax, vMax, width, height, full, 0, 1);
		return full;
	}

	/**
	 * Upsamples a component of sampling h × v (of hMax × vMax) by repeating each sample over the pixels it covers,
	 * into {@code out[(y * width + x) * step + offset]}.
	 */
	static void replicate(int[] plane, int planeWidth, int h, int v, int hMax, int vMax, int width, int height, int[] out, int offset, int step) {
		for (int y = 0; y < height; y++) {
			int row = y * v / vMax * planeWidth;
			int at = y * width * step + offset;
			for (int x = 0; x < width; x++, at += step) {
				out[at] = plane[row + x * h / hMax];
			}
		}
	}

	private static int ceilDiv(int a, int b) {
		return (a + b - 1) / b;
	}
}
