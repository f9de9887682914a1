package org.tagbench.dicom.internal;

import java.nio.file.Path;

import org.tagbench.dicom.DicomPixels.FrameCodec;
import org.tagbench.dicom.ImageAttributes;
import org.tagbench.imaging.MediaException;

/**
 * JPEG 2000 lossless (1.2.840.10008.1.2.4.90) and lossy (.91) through JAI ImageIO's JPEG 2000 reader. The
 * reader undoes the multiple-component transform (YBR_RCT / YBR_ICT), so colour frames come out as RGB.
 *
 * <p>Before the codestream reaches jj2000 (jai-imageio's decoder) its marker structure is walked and the
 * packet data checked, because jj2000's packet-header bit reader loops for ever on two bytes that a valid
 * codestream cannot hold there: after a byte 0xFF it takes the following byte as the next one without reading
 * on, so 0xFF 0xFF yields 1 bits endlessly and {@code while (readBit() == 1) lblock++} never ends (the hang the
 * fuzzer found). T.800 forbids it: bit stuffing in packet headers (B.10.1) and the MQ and raw coders (D.4.1,
 * C.2.9) never write 0xFF followed by a byte above 0x8F; only SOP and EPH markers (0xFF91, 0xFF92) stand in
 * packet data. Packed packet headers (PPM, PPT) are refused: their bits come from a byte array that yields -1
 * (all ones) past its end, the same endless loop, and nothing outside jj2000 can bound it.
 */
public final class Jpeg2000Codec implements FrameCodec {

	private static final int SOC = 0xFF4F;
	private static final int SIZ = 0xFF51;
	private static final int SOT = 0xFF90;
	private static final int SOD = 0xFF93;
	private static final int EOC = 0xFFD9;
	private static final int SOP = 0xFF91;
	private static final int EPH = 0xFF92;
	private static final int PPM = 0xFF60;
	private static final int PPT = 0xFF61;

	@Override
	public int[] decode(byte[] frame, ImageAttributes a, Path file) throws MediaException {
		checkCodestream(frame, file);
		return ImageIoCodecs.read(ImageIoCodecs.JPEG_2000, frame, a, file, "JPEG 2000", false, true);
	}

	/**
	 * Walks the codestream (inside a JP2 wrapper too): main header, then each tile-part's header and packet
	 * data, and refuses what would keep jj2000 busy for ever (see the class comment). A codestream cut short
	 * after its headers passes: jj2000 decodes what is there (CodestreamInput ends its reads).
	 */
	static void checkCodestream(byte[] b, Path file) throws MediaException {
		int pos = codestreamStart(b, file);
		int end = b.length;
		if (u16(b, pos, end) != SOC) {
			throw new MediaException(file, "JPEG 2000 frame does not start with an SOC marker (FF4F)");
		}
		pos += 2;
		checkSiz(b, pos, end, file);
		pos = skipHeader(b, pos, end, SOT, file, "main header");
		while (true) { // pos is at an SOT marker
			if (pos + 12 > end) {
				throw new MediaException(file, "damaged JPEG 2000 frame: a tile-part header (SOT) is cut at byte " + pos);
			}
			long psot = (long) u16(b, pos + 6, end) << 16 | u16(b, pos + 8, end);
			int body = skipHeader(b, pos + 12, end, SOD, file, "tile-part header") + 2;
			long tileEnd = pos + psot;
			if (psot == 0 || tileEnd <= body || tileEnd >= end || u16(b, (int) tileEnd, end) != SOT) {
				// The last tile-part, or a length that leads nowhere: jj2000 may read packets on to the end.
				checkPacketData(b, body, end, file);
				return;
			}
			checkPacketData(b, body, (int) tileEnd, file);
			pos = (int) tileEnd;
		}
	}

	/**
	 * Checks the image and tile sizes (SIZ, T.800 A.5.1) before jj2000 allocates per-tile and per-component
	 * tables from them: every tile has at least one tile-part (an SOT and an SOD marker, 14 bytes), so a frame
	 * cannot justify more tiles than it has 14-byte runs; DICOM frames have at most 4 components.
	 */
	private static void checkSiz(byte[] b, int pos, int end, Path file) throws MediaException {
		if (u16(b, pos, end) != SIZ || pos + 41 > end) {
			throw new MediaException(file, "damaged JPEG 2000 main header: no image and tile size marker (SIZ) after SOC");
		}
		long width = u32(b, pos + 6) - u32(b, pos + 14);
		long height = u32(b, pos + 10) - u32(b, pos + 18);
		long tileWidth = u32(b, pos + 22);
		long tileHeight = u32(b, pos + 26);
		long tileX = u32(b, pos + 30);
		long tileY = u32(b, pos + 34);
		int components = u16(b, pos + 38, end);
		if (width <= 0 || height <= 0 || tileWidth == 0 || tileHeight == 0 || tileX > u32(b, pos + 14) || tileY > u32(b, pos + 18)
				|| tileX + tileWidth <= u32(b, pos + 14) || tileY + tileHeight <= u32(b, pos + 18)) {
			throw new MediaException(file, "damaged JPEG 2000 main header: impossible image or tile size in SIZ");
		}
		if (components < 1 || components > 4) {
			throw new MediaException(file, "JPEG 2000 frame has " + components + " components; DICOM frames have 1 to 4");
		}
		long tiles = ceilDiv(u32(b, pos + 6) - tileX, tileWidth) * ceilDiv(u32(b, pos + 10) - tileY, tileHeight);
		if (tiles > b.length / 14) {
			throw new MediaException(file, "damaged JPEG 2000 main header: SIZ declares " + tiles + " tiles, the " + b.length
					+ "-byte frame can hold at most " + b.length / 14);
		}
	}

	private static long ceilDiv(long a, long b) {
		return (a + b - 1) / b;
	}

	private static long u32(byte[] b, int pos) {
		return (long) (b[pos] & 0xFF) << 24 | (b[pos + 1] & 0xFF) << 16 | (b[pos + 2] & 0xFF) << 8 | b[pos + 3] & 0xFF;
	}

	/** The codestream's offset: 0, or the contents of the 'jp2c' box when the frame is a JP2 file. */
	private static int codestreamStart(byte[] b, Path file) throws MediaException {
		if (b.length > 8 && b[4] == 'j' && b[5] == 'P') {
			long pos = 0;
			while (pos + 8 <= b.length) {
				long length = (long) u16(b, (int) pos, b.length) << 16 | u16(b, (int) pos + 2, b.length);
				int header = 8;
				if (length == 1 && pos + 16 <= b.length) {
					length = ((long) u16(b, (int) pos + 8, b.length) << 48) | ((long) u16(b, (int) pos + 10, b.length) << 32)
							| ((long) u16(b, (int) pos + 12, b.length) << 16) | u16(b, (int) pos + 14, b.length);
					header = 16;
				} else if (length == 0) {
					length = b.length - pos;
				}
				if (b[(int) pos + 4] == 'j' && b[(int) pos + 5] == 'p' && b[(int) pos + 6] == '2' && b[(int) pos + 7] == 'c') {
					return (int) pos + header;
				}
				if (length < header) {
					break;
				}
				pos += length;
			}
			throw new MediaException(file, "JPEG 2000 (JP2) frame holds no codestream box (jp2c)");
		}
		return 0;
	}

	/** Skips marker segments from {@code pos} up to {@code stop} (SOT or SOD) and returns the stop marker's offset. */
	private static int skipHeader(byte[] b, int pos, int end, int stop, Path file, String where) throws MediaException {
		while (true) {
			int marker = u16(b, pos, end);
			if (marker == stop) {
				return pos;
			}
			if (marker < 0xFF00 || pos + 4 > end) {
				throw new MediaException(file, String.format("damaged JPEG 2000 %s: %s at byte %d where a marker should be", where,
						pos + 2 > end ? "the end of the frame" : String.format("%04X", marker), pos));
			}
			if (marker == PPM || marker == PPT) {
				throw new MediaException(file, String.format(
						"JPEG 2000 packed packet headers (%s) are not supported (jai-imageio's decoder may not stop on damaged ones)",
						marker == PPM ? "PPM" : "PPT"));
			}
			int length = u16(b, pos + 2, end);
			if (length < 2 || pos + 2 + length > end) {
				throw new MediaException(file, String.format("damaged JPEG 2000 %s: marker segment %04X at byte %d has length %d, %d bytes remain",
						where, marker, pos, length, end - pos - 2));
			}
			pos += 2 + length;
		}
	}

	/**
	 * Refuses 0xFF followed by a byte above 0x8F in packet data, SOP, EPH and EOC markers excepted; the pair is
	 * checked across the end of a tile-part too, since jj2000's bit reader looks one byte ahead.
	 */
	private static void checkPacketData(byte[] b, int from, int to, Path file) throws MediaException {
		for (int i = from; i < to && i + 1 < b.length; i++) {
			if ((b[i] & 0xFF) != 0xFF || (b[i + 1] & 0xFF) <= 0x8F) {
				continue;
			}
			int marker = 0xFF00 | b[i + 1] & 0xFF;
			if (marker == SOP && i + 1 < to) {
				i += 5; // FF91, length 4, a 16-bit packet number that may itself hold 0xFF
			} else if ((marker == EPH || marker == EOC) && i + 1 < to) {
				i++;
			} else {
				throw new MediaException(file, String.format(
						"damaged JPEG 2000 frame: bytes FF %02X at byte %d inside packet data (a valid codestream never holds them there)",
						b[i + 1] & 0xFF, i));
			}
		}
	}

	private static int u16(byte[] b, int pos, int end) {
		return pos + 2 <= end ? (b[pos] & 0xFF) << 8 | b[pos + 1] & 0xFF : -1;
	}
}
