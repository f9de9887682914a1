package org.tagbench.dicom.internal;

import org.tagbench.dicom.internal.JpegDctDecoder.JpegException;

/**
 * One Huffman table of a DHT segment (T.81 B.2.4.2, C), shared by the DCT and the lossless decoder: the
 * MAXCODE / VALPTR / MINCODE arrays of T.81 F.2.2.3 for long codes plus a lookahead table that decodes any code
 * of up to {@link #LOOKAHEAD} bits with one array access.
 */
final class JpegHuffman {

	/** Codes up to this many bits are decoded by table lookup. */
	static final int LOOKAHEAD = 10;

	final int[] maxCode = new int[18];
	final int[] valPtr = new int[17];
	final int[] minCode = new int[17];
	final int[] values;
	/** For each {@link #LOOKAHEAD}-bit prefix: code length << 8 | value, or 0 when the code is longer. */
	final int[] fast = new int[1 << LOOKAHEAD];

	private JpegHuffman(int[] counts, int[] values) {
		this.values = values;
		int code = 0;
		int k = 0;
		for (int length = 1; length <= 16; length++) {
			valPtr[length] = k;
			minCode[length] = code;
			for (int i = 0; i < counts[length - 1]; i++, code++, k++) {
				if (length <= LOOKAHEAD) {
					int shift = LOOKAHEAD - length;
					for (int j = code << shift; j < (code + 1) << shift; j++) {
						fast[j] = length << 8 | values[k];
					}
				}
			}
			maxCode[length] = counts[length - 1] == 0 ? -1 : code - 1;
			code <<= 1;
		}
		maxCode[17] = Integer.MAX_VALUE;
	}

	/**
	 * Reads the tables of the DHT segment whose marker is at {@code pos} (length already checked to lie within
	 * {@code data}) into {@code dc} and {@code ac} (class 0 and 1, by destination).
	 */
	static void readSegment(byte[] data, int pos, int length, JpegHuffman[] dc, JpegHuffman[] ac) throws JpegException {
		int p = pos + 4;
		int end = pos + 2 + length;
		while (p < end) {
			int tc = (data[p] & 0xFF) >> 4;
			int th = data[p] & 15;
			if (tc > 1 || th > 3 || p + 17 > end) {
				throw new JpegException("DHT at byte " + p + ": class " + tc + ", table " + th);
			}
			int[] counts = new int[16];
			int total = 0;
			for (int i = 0; i < 16; i++) {
				counts[i] = data[p + 1 + i] & 0xFF;
				total += counts[i];
			}
			if (total > 256 || p + 17 + total > end) {
				throw new JpegException("DHT at byte " + p + " declares " + total + " codes");
			}
			// a code space overflow means a damaged table (and would overrun the lookahead table)
			long space = 0;
			for (int l = 1; l <= 16; l++) {
				space = (space << 1) + counts[l - 1];
				if (space > 1L << l) {
					throw new JpegException("DHT at byte " + p + " has more codes of length " + l + " than fit");
				}
			}
			int[] values = new int[total];
			for (int i = 0; i < total; i++) {
				values[i] = data[p + 17 + i] & 0xFF;
			}
			(tc == 0 ? dc : ac)[th] = new JpegHuffman(counts, values);
			p += 17 + total;
		}
	}
}
