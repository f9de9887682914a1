package org.tagbench.dicom.internal;

import org.tagbench.dicom.internal.JpegDctDecoder.JpegException;

/**
 * What the DCT and the lossless decoder share of a JPEG stream's marker level (T.81 B.1–B.2): markers and fill
 * bytes, segment lengths checked against the buffer, Huffman tables (DHT), the restart interval (DRI), segments
 * that are skipped (APPn, COM), and the entropy-coded data reader.
 */
abstract class JpegSegmentReader {

	final byte[] data;
	/** Offset of the next marker (its FF) between segments. */
	int pos;
	final JpegHuffman[] dcTables = new JpegHuffman[4];
	final JpegHuffman[] acTables = new JpegHuffman[4];
	int restartInterval;
	final JpegEntropyReader entropy;

	JpegSegmentReader(byte[] data) {
		this.data = data;
		this.entropy = new JpegEntropyReader(data);
	}

	/** Whether every component has been decoded, so that a missing EOI can be forgiven. */
	abstract boolean complete();

	void expectStartOfImage() throws JpegException {
		if (data.length < 4 || u8(0) != 0xFF || u8(1) != 0xD8) {
			throw new JpegException("JPEG stream does not start with SOI (FFD8) at byte 0");
		}
		pos = 2;
	}

	/** Skips fill bytes and returns the marker at {@code pos} (pos then points at its FF). */
	int nextMarker() throws JpegException {
		while (pos + 1 < data.length && u8(pos) == 0xFF && u8(pos + 1) == 0xFF) {
			pos++;
		}
		if (pos + 1 >= data.length) {
			if (complete()) {
				return 0xD9; // EOI missing after the last scan: take what is there
			}
			throw new JpegException("JPEG stream ends at byte " + pos + " before its image is complete");
		}
		if (u8(pos) != 0xFF) {
			throw new JpegException(String.format("expected a marker at byte %d, found %02X", pos, u8(pos)));
		}
		return u8(pos + 1);
	}

	/** The length of the segment at {@code pos}, checked to lie within the stream. */
	int segmentLength() throws JpegException {
		if (pos + 4 > data.length) {
			throw new JpegException("marker segment at byte " + pos + " is cut");
		}
		int length = u16(pos + 2);
		if (length < 2 || pos + 2 + length > data.length) {
			throw new JpegException("marker segment at byte " + pos + " has length " + length + ", " + (data.length - pos - 2) + " bytes remain");
		}
		return length;
	}

	void readHuffman() throws JpegException {
		int length = segmentLength();
		JpegHuffman.readSegment(data, pos, length, dcTables, acTables);
		pos += 2 + length;
	}

	void readRestartInterval() throws JpegException {
		int length = segmentLength();
		if (length != 4) {
			throw new JpegException("DRI segment has length " + length + " at byte " + pos);
		}
		restartInterval = u16(pos + 4);
		pos += 2 + length;
	}

	/** Steps over a marker this decoder does not use: a stray RSTn, APPn, COM and others. */
	void skipSegment(int marker) throws JpegException {
		if (marker >= 0xD0 && marker <= 0xD7) {
			pos += 2; // a stray restart marker between segments
		} else {
			pos += 2 + segmentLength();
		}
	}

	int u8(int p) {
		return p < data.length ? data[p] & 0xFF : 0;
	}

	int u16(int p) {
		return u8(p) << 8 | u8(p + 1);
	}
}
