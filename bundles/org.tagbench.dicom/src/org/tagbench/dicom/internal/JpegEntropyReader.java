package org.tagbench.dicom.internal;

import org.tagbench.dicom.internal.JpegDctDecoder.JpegException;

/**
 * The bit reader of JPEG entropy-coded data (T.81 F.2.2.5), shared by the DCT and the lossless decoder: removes
 * stuffed zero bytes (FF00), stops at a marker and, like libjpeg, reads zero bits past it or past the end of the
 * buffer, so damaged data can neither run off the array nor make the caller loop (the caller's sample count is
 * fixed by the frame header). Bits are buffered 57 or more at a time.
 */
final class JpegEntropyReader {

	private final byte[] data;
	/** Next byte to buffer; when {@link #atMarker}, the FF of that marker. */
	private int pos;
	private long buffer;
	private int count;
	private boolean atMarker;
	/** Zero bits appended past a marker or the end: always the newest bits of the buffer. */
	private int padding;

	JpegEntropyReader(byte[] data) {
		this.data = data;
	}

	/** Starts reading entropy-coded data at {@code position}. */
	void start(int position) {
		pos = position;
		buffer = 0;
		count = 0;
		atMarker = false;
		padding = 0;
	}

	/** The byte where buffering stopped: unread data or the marker that ended it. */
	int position() {
		return pos;
	}

	private void fill() {
		while (count <= 56) {
			int b = 0;
			if (!atMarker && pos < data.length) {
				b = data[pos] & 0xFF;
				if (b == 0xFF) {
					if (pos + 1 < data.length && data[pos + 1] == 0) {
						pos += 2;
					} else {
						atMarker = true;
						b = 0;
					}
				} else {
					pos++;
				}
			} else {
				padding += 8;
			}
			buffer = buffer << 8 | b;
			count += 8;
		}
	}

	/**
	 * Whether bits past the data were consumed: the entropy-coded segment ended (at a marker or the end of the
	 * stream) before the decoder had all it needed, so the data is truncated or damaged.
	 */
	boolean overrun() {
		return padding > count;
	}

	/** The next {@code n} bits (0 ≤ n ≤ 16) as an unsigned number. */
	int bits(int n) {
		if (count < n) {
			fill();
		}
		count -= n;
		return (int) (buffer >>> count) & ((1 << n) - 1);
	}

	/** The next 1 bit. */
	int bit() {
		return bits(1);
	}

	/** The value of the next Huffman code of {@code table} (T.81 F.2.2.3, with a lookahead table). */
	int decode(JpegHuffman table) throws JpegException {
		if (count < 16) {
			fill();
		}
		int peek = (int) (buffer >>> (count - JpegHuffman.LOOKAHEAD)) & ((1 << JpegHuffman.LOOKAHEAD) - 1);
		int entry = table.fast[peek];
		if (entry != 0) {
			count -= entry >> 8;
			return entry & 0xFF;
		}
		int code = 0;
		for (int length = 1; length <= 16; length++) {
			code = (int) (buffer >>> (count - length)) & ((1 << length) - 1);
			if (code <= table.maxCode[length]) {
				count -= length;
				return table.values[table.valPtr[length] + code - table.minCode[length]];
			}
		}
		throw new JpegException("invalid Huffman code near byte " + pos);
	}

	/** The signed difference of magnitude category {@code s} (T.81 F.2.2.1 RECEIVE and EXTEND, s ≤ 16). */
	int receiveExtend(int s) {
		if (s == 0) {
			return 0;
		}
		int value = bits(s);
		return value < 1 << (s - 1) ? value - (1 << s) + 1 : value;
	}

	/**
	 * Discards the bits left in the current byte and expects a restart marker RSTn next (T.81 F.2.1.3, H.2.1),
	 * then reads on after it.
	 */
	void restart() throws JpegException {
		int p = skipToMarker();
		if (p + 1 >= data.length || (data[p + 1] & 0xFF) < 0xD0 || (data[p + 1] & 0xFF) > 0xD7) {
			throw new JpegException("restart marker expected at byte " + p);
		}
		start(p + 2);
	}

	/** Moves past unread data to the next marker that is not stuffing (FF00) or fill (FFFF); its offset. */
	int skipToMarker() {
		int p = pos;
		while (p + 1 < data.length && !((data[p] & 0xFF) == 0xFF && data[p + 1] != 0 && (data[p + 1] & 0xFF) != 0xFF)) {
			p++;
		}
		if (p + 1 >= data.length) {
			p = data.length;
		}
		start(p);
		return p;
	}
}
