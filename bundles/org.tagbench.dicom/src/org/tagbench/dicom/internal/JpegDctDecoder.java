package org.tagbench.dicom.internal;

/**
 * Sequential DCT JPEG with Huffman coding, 8 and 12 bits (ITU-T T.81 processes 1, 2 and 4: SOF0, SOF1), written
 * because no decoder on Maven Central reads 12-bit DCT JPEG (DICOM's JPEG Extended, 1.2.840.10008.1.2.4.51).
 * Supports 8- and 16-bit quantisation tables (DQT), restart intervals (DRI, RST0–7), interleaved and
 * non-interleaved scans, 1–4 components with sampling factors 1–4 (subsampled components are upsampled as
 * libjpeg does, see {@link #upsample}). Decoding follows T.81 Annex F (Huffman decoding, F.2.2), A.3.3 (IDCT, computed in double
 * precision and rounded) and the level shift of 2^(P−1) with clamping to 0..2^P−1.
 *
 * <p>Also lossless JPEG (process 14, SOF3; DICOM's 1.2.840.10008.1.2.4.57 and .70 = SV1), 2–16 bits, 1–4
 * components without subsampling, predictors 1–7, point transform, restart intervals of whole lines (T.81
 * Annex H): written for speed (TwelveMonkeys took 2.3 × dcmdjpeg's time), with a one-look-up Huffman table for
 * codes of up to 9 bits, a 64-bit bit reader and a predictor chosen per line, not per sample.
 *
 * <p>Damaged data cannot make it loop or allocate more than the frame header says: past the end of the entropy
 * coded data (a marker or the end of the buffer) it reads zero bits, and the number of blocks is fixed by the
 * frame header, whose size the caller compares with the dataset's first ({@link #decode(byte[], int, int, int)}).
 */
public final class JpegDctDecoder {

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

	/** Codes up to this many bits are found with one table look-up (the lossless decoder's fast path). */
	private static final int FAST_BITS = 9;

	private static final class Huffman {
		final int[] maxCode = new int[18];
		final int[] valPtr = new int[17];
		final int[] minCode = new int[17];
		final int[] values;
		/** Indexed by the next FAST_BITS bits: code length << 8 | value, or 0 for a longer code. */
		final int[] fast = new int[1 << FAST_BITS];

		Huffman(int[] counts, int[] values) {
			this.values = values;
			int code = 0;
			int k = 0;
			for (int length = 1; length <= 16; length++) {
				valPtr[length] = k;
				minCode[length] = code;
				for (int i = 0; i < counts[length - 1] && length <= FAST_BITS; i++) {
					int first = (code + i) << (FAST_BITS - length);
					if (first + (1 << (FAST_BITS - length)) <= fast.length) { // a damaged table may overflow: slow path
						java.util.Arrays.fill(fast, first, first + (1 << (FAST_BITS - length)), length << 8 | values[k + i]);
					}
				}
				code += counts[length - 1];
				k += counts[length - 1];
				maxCode[length] = counts[length - 1] == 0 ? -1 : code - 1;
				code <<= 1;
			}
			maxCode[17] = Integer.MAX_VALUE;
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
		Huffman dc;
		Huffman ac;
		int predictor;
		boolean decoded;
	}

	private final byte[] data;
	private int pos;
	private final int[][] quant = new int[4][];
	private final Huffman[] dcTables = new Huffman[4];
	private final Huffman[] acTables = new Huffman[4];
	private int restartInterval;
	private int precision;
	private int width;
	private int height;
	private Component[] components;
	private int hMax;
	private int vMax;
	/** SOF3: lossless (T.81 Annex H), samples decoded straight into full-size planes. */
	private boolean lossless;
	// the lossless decoder's bit reader: up to 64 bits ahead, most significant first
	private long bulk;
	private int bulkCount;
	// entropy-coded data bit reader
	private int bitBuffer;
	private int bitCount;
	private boolean atMarker;
	private final double[] dequantised = new double[64];

	private JpegDctDecoder(byte[] data) {
		this.data = data;
	}

	/** Decodes a stream whose frame header must declare the given size (checked before anything is allocated). */
	public static Image decode(byte[] stream, int width, int height, int components) throws JpegException {
		return new JpegDctDecoder(stream).run(width, height, components);
	}

	private Image run(int expectedWidth, int expectedHeight, int expectedComponents) throws JpegException {
		if (data.length < 4 || u8(0) != 0xFF || u8(1) != 0xD8) {
			throw new JpegException("JPEG stream does not start with SOI (FFD8)");
		}
		pos = 2;
		while (true) {
			int marker = nextMarker();
			switch (marker) {
			case 0xD9 -> {
				return finish();
			}
			case 0xDB -> readQuantisation();
			case 0xC4 -> readHuffman();
			case 0xDD -> {
				int length = segmentLength();
				if (length != 4) {
					throw new JpegException("DRI segment has length " + length + " at byte " + pos);
				}
				restartInterval = u16(pos + 4);
				pos += 2 + length;
			}
			case 0xC0, 0xC1, 0xC3 -> readFrame(marker, expectedWidth, expectedHeight, expectedComponents);
			case 0xDA -> readScan();
			case 0xC2, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF -> throw new JpegException(
					"JPEG process SOF" + (marker - 0xC0) + " (" + (marker >= 0xC9 ? "arithmetic coding" : "progressive, lossless or hierarchical")
							+ ") is not supported by this decoder");
			case 0xCC -> throw new JpegException("arithmetic coding (DAC) is not supported");
			case 0xDC -> throw new JpegException("DNL (height defined after the first scan) is not supported");
			default -> {
				if (marker >= 0xD0 && marker <= 0xD7) {
					pos += 2; // a stray restart marker between segments
				} else {
					pos += 2 + segmentLength(); // APPn, COM and others
				}
			}
			}
		}
	}

	/** Skips fill bytes and returns the marker at {@code pos} (pos then points at its FF). */
	private int nextMarker() throws JpegException {
		while (pos + 1 < data.length && u8(pos) == 0xFF && u8(pos + 1) == 0xFF) {
			pos++;
		}
		if (pos + 1 >= data.length) {
			if (components != null && allDecoded()) {
				return 0xD9; // EOI missing after the last scan: take what is there
			}
			throw new JpegException("JPEG stream ends at byte " + pos + " before its image is complete");
		}
		if (u8(pos) != 0xFF) {
			throw new JpegException(String.format("expected a marker at byte %d, found %02X", pos, u8(pos)));
		}
		return u8(pos + 1);
	}

	private int segmentLength() throws JpegException {
		if (pos + 4 > data.length) {
			throw new JpegException("marker segment at byte " + pos + " is cut");
		}
		int length = u16(pos + 2);
		if (length < 2 || pos + 2 + length > data.length) {
			throw new JpegException("marker segment at byte " + pos + " has length " + length + ", " + (data.length - pos - 2) + " bytes remain");
		}
		return length;
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

	private void readHuffman() throws JpegException {
		int length = segmentLength();
		int p = pos + 4;
		int end = pos + 2 + length;
		while (p < end) {
			int tc = u8(p) >> 4;
			int th = u8(p) & 15;
			if (tc > 1 || th > 3 || p + 17 > end) {
				throw new JpegException("DHT at byte " + p + ": class " + tc + ", table " + th);
			}
			int[] counts = new int[16];
			int total = 0;
			for (int i = 0; i < 16; i++) {
				counts[i] = u8(p + 1 + i);
				total += counts[i];
			}
			if (total > 256 || p + 17 + total > end) {
				throw new JpegException("DHT at byte " + p + " declares " + total + " codes");
			}
			int[] values = new int[total];
			for (int i = 0; i < total; i++) {
				values[i] = u8(p + 17 + i);
			}
			Huffman table = new Huffman(counts, values);
			for (int l = 1; l <= 16; l++) { // a code space overflow means a damaged table
				if (table.maxCode[l] >= 1 << l) {
					throw new JpegException("DHT at byte " + p + " has more codes of length " + l + " than fit");
				}
			}
			(tc == 0 ? dcTables : acTables)[th] = table;
			p += 17 + total;
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
		lossless = marker == 0xC3;
		if (lossless ? precision < 2 || precision > 16 : precision != 8 && (precision != 12 || marker == 0xC0)) {
			throw new JpegException("SOF" + (marker - 0xC0) + " with " + precision + "-bit samples (8, or 12 in SOF1, 2–16 in SOF3)");
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
		if (lossless) {
			if (hMax != 1 || vMax != 1) {
				throw new JpegException("lossless JPEG with subsampled components (" + hMax + " × " + vMax + ") is not supported");
			}
			for (Component c : components) {
				c.planeWidth = width;
				c.plane = new int[width * height];
			}
			pos += 2 + length;
			return;
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
			if (lossless && scan[i].dc == null) {
				throw new JpegException("scan at byte " + pos + ": component " + id + " lacks a Huffman table");
			}
			if (!lossless && (scan[i].dc == null || scan[i].ac == null || quant[scan[i].table] == null)) {
				throw new JpegException("scan at byte " + pos + ": component " + id + " lacks a Huffman or quantisation table");
			}
		}
		// Ss, Se, Ah/Al must be 0, 63, 0 in a sequential frame; like libjpeg (which warns) we ignore other values,
		// which some writers leave (pydicom's JPEG-lossy.dcm has Se = 0): the frame header decides the process.
		int selection = u8(pos + 5 + 2 * count); // lossless: the predictor (Ss), and the point transform (Al)
		int pointTransform = u8(pos + 7 + 2 * count) & 15;
		pos += 2 + length;
		if (lossless) {
			if (selection < 1 || selection > 7 || pointTransform >= precision) {
				throw new JpegException("lossless scan with predictor " + selection + " and point transform " + pointTransform
						+ " (1–7, below the precision " + precision + ")");
			}
			decodeLosslessScan(scan, selection, pointTransform);
		} else {
			decodeScan(scan);
		}
	}

	/**
	 * T.81 Annex H: each sample is its prediction from the reconstructed neighbours (a left, b above, c above
	 * left; predictor 1–7 of the scan) plus a Huffman-coded difference, modulo 2^16. The first line of the scan
	 * and of every restart interval predicts from the left (its first sample from 2^(P − Pt − 1)), the first
	 * column from above. Samples are the interleaved components of one pixel per MCU.
	 */
	private void decodeLosslessScan(Component[] scan, int predictor, int pointTransform) throws JpegException {
		int n = scan.length;
		int w = width;
		int pixels = w * height;
		int linesPerInterval = height;
		if (restartInterval > 0) {
			if (restartInterval % w != 0) {
				throw new JpegException("lossless restart interval of " + restartInterval + " samples is not a whole number of lines of " + w
						+ " (not supported)");
			}
			linesPerInterval = restartInterval / w;
		}
		int[][] planes = new int[n][];
		Huffman[] tables = new Huffman[n];
		for (int i = 0; i < n; i++) {
			planes[i] = scan[i].plane;
			tables[i] = scan[i].dc;
		}
		int initial = 1 << (precision - pointTransform - 1);
		bulk = 0;
		bulkCount = 0;
		atMarker = false;
		for (int y = 0; y < height; y++) {
			boolean firstLine = y % linesPerInterval == 0;
			if (firstLine && y > 0) {
				losslessRestart();
			}
			int row = y * w;
			if (n == 1) {
				decodeLosslessLine(planes[0], tables[0], row, w, firstLine, predictor, initial);
			} else { // one sample of each component per pixel
				for (int x = 0; x < w; x++) {
					for (int ci = 0; ci < n; ci++) {
						int[] plane = planes[ci];
						int i = row + x;
						int prediction = predict(plane, i, x, w, firstLine, predictor, initial);
						plane[i] = prediction + losslessDifference(tables[ci]) & 0xFFFF;
					}
				}
			}
		}
		if (pointTransform > 0) {
			int mask = (1 << precision) - 1; // P bits, whatever a damaged difference made of the value
			for (int[] plane : planes) {
				for (int i = 0; i < pixels; i++) {
					plane[i] = plane[i] << pointTransform & mask;
				}
			}
		}
		for (Component c : scan) {
			c.decoded = true;
		}
		skipToMarker();
	}

	/** One line of a single-component scan: the predictor chosen once per line, not per sample. */
	private void decodeLosslessLine(int[] plane, Huffman table, int row, int w, boolean firstLine, int predictor, int initial)
			throws JpegException {
		plane[row] = (firstLine ? initial : plane[row - w]) + losslessDifference(table) & 0xFFFF;
		if (firstLine) {
			for (int i = row + 1, end = row + w; i < end; i++) {
				plane[i] = plane[i - 1] + losslessDifference(table) & 0xFFFF;
			}
			return;
		}
		int end = row + w;
		switch (predictor) {
		case 1 -> {
			for (int i = row + 1; i < end; i++) {
				plane[i] = plane[i - 1] + losslessDifference(table) & 0xFFFF;
			}
		}
		case 2 -> {
			for (int i = row + 1; i < end; i++) {
				plane[i] = plane[i - w] + losslessDifference(table) & 0xFFFF;
			}
		}
		default -> {
			for (int i = row + 1; i < end; i++) {
				plane[i] = prediction(plane[i - 1], plane[i - w], plane[i - w - 1], predictor) + losslessDifference(table) & 0xFFFF;
			}
		}
		}
	}

	private static int predict(int[] plane, int i, int x, int w, boolean firstLine, int predictor, int initial) {
		if (firstLine) {
			return x == 0 ? initial : plane[i - 1];
		}
		if (x == 0) {
			return plane[i - w];
		}
		return prediction(plane[i - 1], plane[i - w], plane[i - w - 1], predictor);
	}

	/** T.81 Table H.1: a = left, b = above, c = above left. */
	private static int prediction(int a, int b, int c, int predictor) {
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

	/** The next difference: a Huffman-coded category SSSS, then SSSS bits (16: 32768 and no bits; T.81 H.1.2.2). */
	private int losslessDifference(Huffman table) throws JpegException {
		if (bulkCount < 32) {
			fillBulk();
		}
		int entry = table.fast[(int) (bulk >>> (bulkCount - FAST_BITS)) & (1 << FAST_BITS) - 1];
		int s;
		if (entry != 0) {
			bulkCount -= entry >> 8;
			s = entry & 0xFF;
		} else {
			s = slowCategory(table);
		}
		if (s == 0) {
			return 0;
		}
		if (s >= 16) {
			if (s == 16) {
				return 32768;
			}
			throw new JpegException("lossless difference category " + s + " near byte " + pos);
		}
		int value = (int) (bulk >>> (bulkCount - s)) & (1 << s) - 1;
		bulkCount -= s;
		return value < 1 << (s - 1) ? value - (1 << s) + 1 : value;
	}

	/** A code longer than the fast table's, bit by bit (T.81 F.2.2.3). */
	private int slowCategory(Huffman table) throws JpegException {
		int code = 0;
		for (int length = 1; length <= 16; length++) {
			code = code << 1 | (int) (bulk >>> (bulkCount - length)) & 1;
			if (code <= table.maxCode[length]) {
				bulkCount -= length;
				return table.values[table.valPtr[length] + code - table.minCode[length]];
			}
		}
		throw new JpegException("invalid Huffman code near byte " + pos);
	}

	/** Tops the bit reader up to more than 56 bits; zeros at a marker or the end (as {@link #bit}). */
	private void fillBulk() {
		while (bulkCount <= 56) {
			bulk = bulk << 8 | nextEntropyByte();
			bulkCount += 8;
		}
	}

	/** The next byte of entropy-coded data (FF00 is FF); 0 from a marker or the end on (T.81 F.2.2.5, as libjpeg). */
	private int nextEntropyByte() {
		if (atMarker || pos >= data.length) {
			return 0;
		}
		int b = data[pos] & 0xFF;
		if (b != 0xFF) {
			pos++;
			return b;
		}
		if (pos + 1 < data.length && data[pos + 1] == 0) {
			pos += 2;
			return b;
		}
		atMarker = true;
		return 0;
	}

	/** Lossless restart: the bits left are dropped, RSTn is expected, predictions start over (the caller's). */
	private void losslessRestart() throws JpegException {
		bulk = 0;
		bulkCount = 0;
		passRestartMarker();
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
		bitBuffer = 0;
		bitCount = 0;
		atMarker = false;
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
		skipToMarker();
	}

	/** Expects a restart marker after the bits of the interval: byte-aligns, skips RSTn and resets predictors. */
	private void restart(Component[] scan) throws JpegException {
		bitBuffer = 0;
		bitCount = 0;
		passRestartMarker();
		for (Component c : scan) {
			c.predictor = 0;
		}
	}

	/** After the bits of a restart interval: byte-aligned, RSTn must follow; {@code pos} goes past it. */
	private void passRestartMarker() throws JpegException {
		atMarker = false;
		skipToMarker();
		if (pos + 1 >= data.length || u8(pos + 1) < 0xD0 || u8(pos + 1) > 0xD7) {
			throw new JpegException("restart marker expected at byte " + pos);
		}
		pos += 2;
	}

	/** Moves {@code pos} to the next marker that is not stuffing (FF00) or fill. */
	private void skipToMarker() {
		while (pos + 1 < data.length && !(u8(pos) == 0xFF && u8(pos + 1) != 0 && u8(pos + 1) != 0xFF)) {
			pos++;
		}
		if (pos + 1 >= data.length) {
			pos = data.length;
		}
	}

	private void decodeBlock(Component c, int[] coefficients) throws JpegException {
		java.util.Arrays.fill(coefficients, 0);
		int s = decodeHuffman(c.dc);
		if (s > 16) {
			throw new JpegException("DC difference category " + s + " near byte " + pos);
		}
		int diff = s == 0 ? 0 : extend(bits(s), s);
		c.predictor += diff;
		coefficients[0] = c.predictor;
		for (int k = 1; k < 64;) {
			int rs = decodeHuffman(c.ac);
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
				throw new JpegException("AC coefficient past the block near byte " + pos);
			}
			coefficients[ZIGZAG[k]] = extend(bits(s), s);
			k++;
		}
	}

	private int decodeHuffman(Huffman table) throws JpegException {
		int code = bit();
		int length = 1;
		while (code > table.maxCode[length]) {
			code = code << 1 | bit();
			length++;
			if (length > 16) {
				throw new JpegException("invalid Huffman code near byte " + pos);
			}
		}
		return table.values[table.valPtr[length] + code - table.minCode[length]];
	}

	private static int extend(int value, int bits) {
		return value < 1 << (bits - 1) ? value - (1 << bits) + 1 : value;
	}

	private int bits(int n) {
		int value = 0;
		for (int i = 0; i < n; i++) {
			value = value << 1 | bit();
		}
		return value;
	}

	/** The next bit of entropy-coded data; zeros at a marker or the end (T.81 F.2.2.5, as libjpeg does). */
	private int bit() {
		if (bitCount == 0) {
			bitBuffer = nextEntropyByte();
			bitCount = 8;
		}
		bitCount--;
		return bitBuffer >> bitCount & 1;
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
		if (lossless && n == 1) {
			return new Image(width, height, 1, precision, components[0].plane);
		}
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
		if (lossless) {
			return c.plane; // full size
		}
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
		boolean integral = hMax % c.h == 0 && vMax % c.v == 0;
		for (int y = 0; y < height; y++) {
			int py = integral ? y / (vMax / c.v) : y * c.v / vMax;
			for (int x = 0; x < width; x++) {
				int px = integral ? x / (hMax / c.h) : x * c.h / hMax;
				full[y * width + x] = c.plane[py * c.planeWidth + px];
			}
		}
		return full;
	}

	private static int ceilDiv(int a, int b) {
		return (a + b - 1) / b;
	}

	private int u8(int p) {
		return p < data.length ? data[p] & 0xFF : 0;
	}

	private int u16(int p) {
		return u8(p) << 8 | u8(p + 1);
	}
}
