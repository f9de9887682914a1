package org.tagbench.dicom.internal;

/**
 * A JPEG-LS decoder written to ITU-T T.87 (ISO/IEC 14495-1): lossless and near-lossless, 2–16 bits per
 * sample, 1–4 components, non-interleaved (ILV 0), line-interleaved (ILV 1) and sample-interleaved (ILV 2)
 * scans, preset parameters from an LSE marker, restart intervals. No decoder exists on Maven Central, hence
 * our own. Not supported (a clear {@link JpegLsException}): mapping tables (palettised JPEG-LS, LSE 2/3),
 * point transform, subsampled components and T.87 extensions (LSE 4, SOF57).
 *
 * <p>Every read of the compressed stream is bounded: past its end the decoder reads zero bits, and a code
 * longer than LIMIT bits or a run longer than the line is an error, so damaged input fails instead of looping.
 */
public final class JpegLsDecoder {

	/** Damaged or unsupported JPEG-LS data, with the reason. */
	public static final class JpegLsException extends Exception {
		private static final long serialVersionUID = 1L;

		JpegLsException(String message) {
			super(message);
		}
	}

	/** The decoded image: samples colour-by-pixel, {@code samples[(y * width + x) * components + c]}. */
	public record Image(int width, int height, int components, int precision, int near, int[] samples) {
	}

	/** T.87 Table A.7: run length order J[RUNindex]. */
	private static final int[] J = { 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14,
			15 };

	private final byte[] data;
	private int pos;

	// frame header
	private int precision;
	private int width;
	private int height;
	private int components;
	private int[] componentIds;
	// preset coding parameters (0 = default)
	private int presetMaxVal;
	private int presetT1;
	private int presetT2;
	private int presetT3;
	private int presetReset;
	private int restartInterval;

	// scan parameters
	private int maxVal;
	private int near;
	private int range;
	private int qbpp;
	private int limit;
	private int t1;
	private int t2;
	private int t3;
	private int reset;
	private int quantizedStep; // 2 * NEAR + 1

	// context variables: 365 regular contexts, then run interruption contexts 365 (RItype 0) and 366 (RItype 1)
	private final int[] a = new int[367];
	private final int[] b = new int[367];
	private final int[] c = new int[367];
	private final int[] n = new int[367];
	private final int[] nn = new int[367];
	private int[] runIndex;

	// bit reader over the scan's entropy-coded segment
	private long cache;
	private int cacheBits;
	private int scanPos;
	private boolean previousFF;

	private final int expectedWidth;
	private final int expectedHeight;
	private final int expectedComponents;

	private JpegLsDecoder(byte[] data, int expectedWidth, int expectedHeight, int expectedComponents) {
		this.data = data;
		this.expectedWidth = expectedWidth;
		this.expectedHeight = expectedHeight;
		this.expectedComponents = expectedComponents;
	}

	/** Decodes one JPEG-LS image (SOI … EOI). */
	public static Image decode(byte[] data) throws JpegLsException {
		return decode(data, -1, -1, -1);
	}

	/**
	 * Decodes one JPEG-LS image whose frame header must declare this size (checked before anything is
	 * allocated; -1 accepts any).
	 */
	public static Image decode(byte[] data, int width, int height, int components) throws JpegLsException {
		try {
			return new JpegLsDecoder(data, width, height, components).decodeImage();
		} catch (ArrayIndexOutOfBoundsException e) {
			throw new JpegLsException("truncated or damaged JPEG-LS data");
		}
	}

	private Image decodeImage() throws JpegLsException {
		if (data.length < 4 || u8(0) != 0xFF || u8(1) != 0xD8) {
			throw new JpegLsException("no JPEG SOI marker at the start of the frame");
		}
		pos = 2;
		int[] samples = null;
		boolean[] decoded = null;
		while (true) {
			int marker = nextMarker();
			switch (marker) {
			case 0xF7 -> {
				readFrameHeader();
				if (expectedWidth >= 0 && (width != expectedWidth || height != expectedHeight || components != expectedComponents)) {
					throw new JpegLsException("the frame is " + width + " × " + height + " × " + components + ", the dataset says "
							+ expectedWidth + " × " + expectedHeight + " × " + expectedComponents);
				}
				long count = (long) width * height * components;
				if (count > Integer.MAX_VALUE - 64) {
					throw new JpegLsException("image of " + width + " × " + height + " × " + components + " samples is too large");
				}
				// Each sample takes at least one bit except inside runs, whose codes cover up to 2^15 samples.
				// and every line of every component takes at least one bit.
				if (count > (long) data.length * 8 * 32768 || (long) height * components > (long) data.length * 8) {
					throw new JpegLsException(data.length + " bytes cannot hold " + count + " samples");
				}
				samples = new int[(int) count];
				decoded = new boolean[components];
			}
			case 0xF8 -> readPresetParameters();
			case 0xDD -> {
				int length = u16(pos);
				restartInterval = length == 4 ? u16(pos + 2) : length == 5 ? (u16(pos + 2) << 8 | u8(pos + 4)) : u16(pos + 2);
				pos += length;
			}
			case 0xDA -> {
				if (samples == null) {
					throw new JpegLsException("scan before the JPEG-LS frame header (SOF55)");
				}
				readScan(samples, decoded);
			}
			case 0xD9 -> {
				if (samples == null) {
					throw new JpegLsException("no JPEG-LS frame header (SOF55) before EOI");
				}
				for (int i = 0; i < components; i++) {
					if (!decoded[i]) {
						throw new JpegLsException("component " + componentIds[i] + " has no scan");
					}
				}
				return new Image(width, height, components, precision, near, samples);
			}
			case 0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF ->
				throw new JpegLsException("not JPEG-LS: a JPEG SOF" + (marker - 0xC0) + " marker");
			case 0xF9 -> throw new JpegLsException("JPEG-LS extensions (T.870, SOF57) are not supported");
			default -> pos += u16(pos); // APPn, COM and other segments with a length
			}
		}
	}

	/** The next marker code after {@code pos}; skips fill bytes. */
	private int nextMarker() throws JpegLsException {
		while (pos + 1 < data.length) {
			if (u8(pos) == 0xFF && u8(pos + 1) != 0xFF && u8(pos + 1) != 0) {
				int marker = u8(pos + 1);
				pos += 2;
				return marker;
			}
			pos++;
		}
		throw new JpegLsException("JPEG-LS data ends without an EOI marker");
	}

	private void readFrameHeader() throws JpegLsException {
		int length = u16(pos);
		precision = u8(pos + 2);
		height = u16(pos + 3);
		width = u16(pos + 5);
		components = u8(pos + 7);
		if (precision < 2 || precision > 16) {
			throw new JpegLsException("sample precision " + precision + " is outside 2..16");
		}
		if (width == 0 || height == 0) {
			throw new JpegLsException("image size " + width + " × " + height + " (a DNL marker is not supported)");
		}
		if (components < 1 || components > 4 || length != 8 + 3 * components) {
			throw new JpegLsException(components + " components in a frame header of length " + length);
		}
		componentIds = new int[components];
		for (int i = 0; i < components; i++) {
			componentIds[i] = u8(pos + 8 + 3 * i);
			if (u8(pos + 9 + 3 * i) != 0x11) {
				throw new JpegLsException("subsampled JPEG-LS components are not supported");
			}
		}
		pos += length;
	}

	private void readPresetParameters() throws JpegLsException {
		int length = u16(pos);
		int id = u8(pos + 2);
		if (id == 1) {
			presetMaxVal = u16(pos + 3);
			presetT1 = u16(pos + 5);
			presetT2 = u16(pos + 7);
			presetT3 = u16(pos + 9);
			presetReset = u16(pos + 11);
		} else if (id == 2 || id == 3) {
			throw new JpegLsException("JPEG-LS mapping tables (palettised images) are not supported");
		} else {
			throw new JpegLsException("JPEG-LS preset parameters of type " + id + " are not supported");
		}
		pos += length;
	}

	private void readScan(int[] samples, boolean[] decoded) throws JpegLsException {
		int length = u16(pos);
		int count = u8(pos + 2);
		if (count < 1 || count > components || length != 6 + 2 * count) {
			throw new JpegLsException("scan header with " + count + " components and length " + length);
		}
		int[] scanComponents = new int[count];
		for (int i = 0; i < count; i++) {
			int id = u8(pos + 3 + 2 * i);
			int index = -1;
			for (int k = 0; k < components; k++) {
				if (componentIds[k] == id) {
					index = k;
				}
			}
			if (index < 0 || decoded[index]) {
				throw new JpegLsException("scan names component " + id + " that the frame lacks or that was decoded already");
			}
			if (u8(pos + 4 + 2 * i) != 0) {
				throw new JpegLsException("JPEG-LS mapping tables (palettised images) are not supported");
			}
			scanComponents[i] = index;
		}
		int p = pos + 3 + 2 * count;
		near = u8(p);
		int interleave = u8(p + 1);
		int pointTransform = u8(p + 2) & 0x0F;
		pos += length;
		if (pointTransform != 0) {
			throw new JpegLsException("JPEG-LS point transform " + pointTransform + " is not supported");
		}
		if (interleave > 2 || (interleave == 0 && count != 1)) {
			throw new JpegLsException("interleave mode " + interleave + " with " + count + " components");
		}
		setParameters();
		initContexts(count);
		startBits();
		if (interleave == 2 && count > 1) {
			decodeSampleInterleaved(samples, scanComponents);
		} else {
			decodeLineInterleaved(samples, scanComponents);
		}
		for (int index : scanComponents) {
			decoded[index] = true;
		}
		pos = scanPos;
	}

	/** MAXVAL, NEAR-dependent RANGE, qbpp, LIMIT and thresholds (T.87 C.2.4.1.1, A.2.1). */
	private void setParameters() throws JpegLsException {
		maxVal = presetMaxVal != 0 ? presetMaxVal : (1 << precision) - 1;
		if (maxVal >= 1 << precision && presetMaxVal != 0) {
			throw new JpegLsException("MAXVAL " + maxVal + " exceeds the sample precision " + precision);
		}
		if (near > Math.min(255, maxVal / 2)) {
			throw new JpegLsException("NEAR " + near + " is too large for MAXVAL " + maxVal);
		}
		quantizedStep = 2 * near + 1;
		range = (maxVal + 2 * near) / quantizedStep + 1;
		qbpp = ceilLog2(range);
		int bpp = Math.max(2, ceilLog2(maxVal + 1));
		limit = 2 * (bpp + Math.max(8, bpp));
		int d1;
		int d2;
		int d3;
		if (maxVal >= 128) {
			int factor = (Math.min(maxVal, 4095) + 128) >> 8;
			d1 = clamp(factor * (3 - 2) + 2 + 3 * near, near + 1);
			d2 = clamp(factor * (7 - 3) + 3 + 5 * near, d1);
			d3 = clamp(factor * (21 - 4) + 4 + 7 * near, d2);
		} else {
			int factor = 256 / (maxVal + 1);
			d1 = clamp(Math.max(2, 3 / factor + 3 * near), near + 1);
			d2 = clamp(Math.max(3, 7 / factor + 5 * near), d1);
			d3 = clamp(Math.max(4, 21 / factor + 7 * near), d2);
		}
		t1 = presetT1 != 0 ? presetT1 : d1;
		t2 = presetT2 != 0 ? presetT2 : d2;
		t3 = presetT3 != 0 ? presetT3 : d3;
		reset = presetReset != 0 ? presetReset : 64;
		if (!(near < t1 && t1 <= t2 && t2 <= t3 && t3 <= maxVal) || reset < 3) {
			throw new JpegLsException("invalid JPEG-LS thresholds T1 " + t1 + ", T2 " + t2 + ", T3 " + t3 + ", RESET " + reset);
		}
	}

	private int clamp(int value, int low) {
		return value > maxVal || value < low ? low : value;
	}

	private static int ceilLog2(int value) {
		return 32 - Integer.numberOfLeadingZeros(value - 1);
	}

	private void initContexts(int count) {
		int initialA = Math.max(2, (range + 32) >> 6);
		for (int q = 0; q < 367; q++) {
			a[q] = initialA;
			b[q] = 0;
			c[q] = 0;
			n[q] = 1;
			nn[q] = 0;
		}
		runIndex = new int[count];
	}

	// ---- line-interleaved and single-component scans (T.87 A.2–A.7) ----

	private void decodeLineInterleaved(int[] samples, int[] scanComponents) throws JpegLsException {
		int count = scanComponents.length;
		// Per component: previous and current line with one extra sample on each side (index 0 is x = -1).
		int[][] previous = new int[count][width + 2];
		int[][] current = new int[count][width + 2];
		for (int y = 0; y < height; y++) {
			restartAt(y, previous);
			for (int i = 0; i < count; i++) {
				int[] prev = previous[i];
				int[] cur = current[i];
				prev[width + 1] = prev[width];
				cur[0] = prev[1];
				decodeLine(prev, cur, i);
				int component = scanComponents[i];
				int out = y * width * components + component;
				for (int x = 1; x <= width; x++, out += components) {
					samples[out] = cur[x];
				}
				previous[i] = cur;
				current[i] = prev;
			}
		}
		endScan();
	}

	private void decodeLine(int[] prev, int[] cur, int component) throws JpegLsException {
		int x = 1;
		while (x <= width) {
			int ra = cur[x - 1];
			int rb = prev[x];
			int rc = prev[x - 1];
			int rd = prev[x + 1];
			int q1 = quantize(rd - rb);
			int q2 = quantize(rb - rc);
			int q3 = quantize(rc - ra);
			int qs = (q1 * 9 + q2) * 9 + q3;
			if (qs == 0) {
				x = decodeRun(prev, cur, x, component);
			} else {
				cur[x] = decodeRegular(qs, predict(ra, rb, rc));
				x++;
			}
		}
	}

	private static int predict(int ra, int rb, int rc) {
		if (rc >= Math.max(ra, rb)) {
			return Math.min(ra, rb);
		}
		if (rc <= Math.min(ra, rb)) {
			return Math.max(ra, rb);
		}
		return ra + rb - rc;
	}

	private int quantize(int d) {
		if (d <= -t3) {
			return -4;
		}
		if (d <= -t2) {
			return -3;
		}
		if (d <= -t1) {
			return -2;
		}
		if (d < -near) {
			return -1;
		}
		if (d <= near) {
			return 0;
		}
		if (d < t1) {
			return 1;
		}
		if (d < t2) {
			return 2;
		}
		if (d < t3) {
			return 3;
		}
		return 4;
	}

	/** Regular mode (A.4–A.6) for context {@code qs} (signed) and MED prediction {@code px}. */
	private int decodeRegular(int qs, int px) throws JpegLsException {
		int sign = qs < 0 ? -1 : 1;
		int q = qs < 0 ? -qs : qs;
		px += sign * c[q];
		px = px < 0 ? 0 : px > maxVal ? maxVal : px;
		int k = golomb(n[q], a[q]);
		int mapped = decodeValue(k, limit);
		int error = (mapped & 1) == 0 ? mapped >> 1 : -((mapped + 1) >> 1);
		if (k == 0 && near == 0 && 2 * b[q] <= -n[q]) {
			error = -error - 1;
		}
		updateRegular(q, error);
		return reconstruct(px + sign * error * quantizedStep);
	}

	/** The smallest k with N·2^k ≥ A; damaged data that drives it past 16 bits is an error. */
	private static int golomb(int count, int sum) throws JpegLsException {
		int k = 0;
		while ((long) count << k < sum) {
			if (++k > 24) {
				throw new JpegLsException("damaged JPEG-LS data: Golomb parameter out of range");
			}
		}
		return k;
	}

	private void updateRegular(int q, int error) {
		b[q] += error * quantizedStep;
		a[q] += Math.abs(error);
		if (n[q] == reset) {
			a[q] >>= 1;
			b[q] >>= 1;
			n[q] >>= 1;
		}
		n[q]++;
		if (b[q] <= -n[q]) {
			b[q] += n[q];
			if (c[q] > -128) {
				c[q]--;
			}
			if (b[q] <= -n[q]) {
				b[q] = -n[q] + 1;
			}
		} else if (b[q] > 0) {
			b[q] -= n[q];
			if (c[q] < 127) {
				c[q]++;
			}
			if (b[q] > 0) {
				b[q] = 0;
			}
		}
	}

	/** Modulo reduction undone and the value clamped to 0..MAXVAL (A.4.5). */
	private int reconstruct(int value) {
		if (value < -near) {
			value += range * quantizedStep;
		} else if (value > maxVal + near) {
			value -= range * quantizedStep;
		}
		return value < 0 ? 0 : value > maxVal ? maxVal : value;
	}

	/** Run mode (A.7) from column {@code x}; returns the column after the run (and its interruption sample). */
	private int decodeRun(int[] prev, int[] cur, int x, int component) throws JpegLsException {
		int ra = cur[x - 1];
		int remaining = width - x + 1;
		int length = runLength(remaining, component);
		for (int i = 0; i < length; i++) {
			cur[x + i] = ra;
		}
		x += length;
		if (x > width) {
			return x;
		}
		int rb = prev[x];
		if (Math.abs(ra - rb) <= near) {
			cur[x] = reconstruct(ra + decodeInterruptionError(1, component) * quantizedStep);
		} else {
			int sign = rb < ra ? -1 : 1;
			cur[x] = reconstruct(rb + sign * decodeInterruptionError(0, component) * quantizedStep);
		}
		if (runIndex[component] > 0) {
			runIndex[component]--;
		}
		return x + 1;
	}

	/** The run length, at most {@code remaining}; leaves runIndex as A.7.1.2 says. */
	private int runLength(int remaining, int component) throws JpegLsException {
		int length = 0;
		while (readBit() == 1) {
			int count = Math.min(1 << J[runIndex[component]], remaining - length);
			length += count;
			if (count == 1 << J[runIndex[component]] && runIndex[component] < 31) {
				runIndex[component]++;
			}
			if (length == remaining) {
				return length;
			}
		}
		int bits = J[runIndex[component]];
		length += bits > 0 ? readBits(bits) : 0;
		if (length > remaining) {
			throw new JpegLsException("damaged JPEG-LS data: a run of " + length + " samples overruns the line of " + width);
		}
		return length;
	}

	/** Run interruption sample error (A.7.2) in context 365 + {@code type}. */
	private int decodeInterruptionError(int type, int component) throws JpegLsException {
		int q = 365 + type;
		int temp = a[q] + (type == 1 ? n[q] >> 1 : 0);
		int k = golomb(n[q], temp);
		int mapped = decodeValue(k, limit - J[runIndex[component]] - 1);
		int t = mapped + type;
		boolean map = (t & 1) != 0;
		int magnitude = (t + (map ? 1 : 0)) >> 1;
		int error = ((k != 0 || 2 * nn[q] >= n[q]) == map) ? -magnitude : magnitude;
		if (error < 0) {
			nn[q]++;
		}
		a[q] += (mapped + 1 - type) >> 1;
		if (n[q] == reset) {
			a[q] >>= 1;
			n[q] >>= 1;
			nn[q] >>= 1;
		}
		n[q]++;
		return error;
	}

	// ---- sample-interleaved scans (ILV 2) ----

	private void decodeSampleInterleaved(int[] samples, int[] scanComponents) throws JpegLsException {
		int count = scanComponents.length;
		int[][] previous = new int[count][width + 2];
		int[][] current = new int[count][width + 2];
		int[] ra = new int[count];
		int[] rb = new int[count];
		int[] qs = new int[count];
		for (int y = 0; y < height; y++) {
			restartAt(y, previous);
			for (int i = 0; i < count; i++) {
				previous[i][width + 1] = previous[i][width];
				current[i][0] = previous[i][1];
			}
			int x = 1;
			while (x <= width) {
				boolean run = true;
				for (int i = 0; i < count; i++) {
					int[] prev = previous[i];
					int a0 = current[i][x - 1];
					qs[i] = (quantize(prev[x + 1] - prev[x]) * 9 + quantize(prev[x] - prev[x - 1])) * 9 + quantize(prev[x - 1] - a0);
					run &= qs[i] == 0;
				}
				if (!run) {
					for (int i = 0; i < count; i++) {
						int[] prev = previous[i];
						current[i][x] = decodeRegular(qs[i], predict(current[i][x - 1], prev[x], prev[x - 1]));
					}
					x++;
					continue;
				}
				// Run mode over whole pixels: one run index (component 0's), interruption per component in RItype 0.
				for (int i = 0; i < count; i++) {
					ra[i] = current[i][x - 1];
				}
				int length = runLength(width - x + 1, 0);
				for (int k = 0; k < length; k++) {
					for (int i = 0; i < count; i++) {
						current[i][x + k] = ra[i];
					}
				}
				x += length;
				if (x > width) {
					break;
				}
				for (int i = 0; i < count; i++) {
					rb[i] = previous[i][x];
				}
				for (int i = 0; i < count; i++) {
					int sign = rb[i] < ra[i] ? -1 : 1;
					current[i][x] = reconstruct(rb[i] + sign * decodeInterruptionError(0, 0) * quantizedStep);
				}
				if (runIndex[0] > 0) {
					runIndex[0]--;
				}
				x++;
			}
			int out = y * width * components;
			for (int px = 1; px <= width; px++) {
				for (int i = 0; i < count; i++) {
					samples[out + (px - 1) * components + scanComponents[i]] = current[i][px];
				}
			}
			int[][] swap = previous;
			previous = current;
			current = swap;
		}
		endScan();
	}

	// ---- bits ----

	private void startBits() {
		scanPos = pos;
		cache = 0;
		cacheBits = 0;
		previousFF = false;
	}

	/** At a restart interval's first line: the marker, fresh contexts, and lines above treated as zero. */
	private void restartAt(int y, int[][] previous) throws JpegLsException {
		if (restartInterval > 0 && y > 0 && y % restartInterval == 0) {
			restart(previous.length);
			for (int[] line : previous) {
				java.util.Arrays.fill(line, 0);
			}
		}
	}

	/** Restart marker (RSTm): byte-align, skip the marker, reset contexts (T.87 D.2). */
	private void restart(int count) throws JpegLsException {
		cache = 0;
		cacheBits = 0;
		previousFF = false;
		while (scanPos + 1 < data.length && !(u8(scanPos) == 0xFF && u8(scanPos + 1) >= 0xD0 && u8(scanPos + 1) <= 0xD7)) {
			scanPos++;
		}
		if (scanPos + 1 >= data.length) {
			throw new JpegLsException("restart marker missing");
		}
		scanPos += 2;
		initContexts(count);
	}

	/** After a scan: continue at its end marker. */
	private void endScan() {
		while (scanPos + 1 < data.length && !(u8(scanPos) == 0xFF && u8(scanPos + 1) >= 0x80)) {
			scanPos++;
		}
	}

	/** Tops the cache up to more than 56 bits; a marker (FF followed by ≥ 0x80) or the end feeds zero bits. */
	private void fill() {
		while (cacheBits <= 56) {
			int value;
			int bits;
			if (scanPos >= data.length || (previousFF && (data[scanPos] & 0x80) != 0)) {
				value = 0;
				bits = 8;
			} else if (previousFF) {
				value = data[scanPos++] & 0x7F; // a stuffed zero bit follows every FF
				bits = 7;
				previousFF = false;
			} else {
				value = data[scanPos] & 0xFF;
				if (value == 0xFF && scanPos + 1 < data.length && (data[scanPos + 1] & 0x80) != 0) {
					value = 0; // a marker: the scan's data end here
				} else {
					scanPos++;
					previousFF = value == 0xFF;
				}
				bits = 8;
			}
			cache |= (long) value << (64 - bits - cacheBits);
			cacheBits += bits;
		}
	}

	private int readBit() {
		if (cacheBits == 0) {
			fill();
		}
		int bit = (int) (cache >>> 63);
		cache <<= 1;
		cacheBits--;
		return bit;
	}

	private int readBits(int count) {
		if (count == 0) {
			return 0;
		}
		if (cacheBits < count) {
			fill();
		}
		int value = (int) (cache >>> (64 - count));
		cache <<= count;
		cacheBits -= count;
		return value;
	}

	/** Golomb code with limited length (A.5.3): unary high part, then k bits, or qbpp bits when escaped. */
	private int decodeValue(int k, int codeLimit) throws JpegLsException {
		if (cacheBits < 32) {
			fill();
		}
		int high = Long.numberOfLeadingZeros(cache);
		if (high >= cacheBits) {
			high = 0;
			while (readBit() == 0) {
				if (++high > codeLimit) {
					throw new JpegLsException("damaged JPEG-LS data: a code longer than " + codeLimit + " bits");
				}
			}
		} else {
			cache <<= high + 1;
			cacheBits -= high + 1;
		}
		if (high >= codeLimit - qbpp - 1) {
			if (high > codeLimit - qbpp - 1) {
				throw new JpegLsException("damaged JPEG-LS data: a code longer than " + codeLimit + " bits");
			}
			return readBits(qbpp) + 1;
		}
		return k == 0 ? high : (high << k) + readBits(k);
	}

	private int u8(int index) {
		return data[index] & 0xFF;
	}

	private int u16(int index) {
		return (data[index] & 0xFF) << 8 | data[index + 1] & 0xFF;
	}
}
