package org.tagbench.dicom.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.tagbench.dicom.DicomDictionary;
import org.tagbench.dicom.DicomElement;
import org.tagbench.dicom.DicomElement.Fragment;
import org.tagbench.dicom.DicomFile;
import org.tagbench.dicom.DicomObject;
import org.tagbench.dicom.DicomReader;
import org.tagbench.dicom.Tag;
import org.tagbench.dicom.TransferSyntax;
import org.tagbench.imaging.MediaException;

/**
 * Tagbench's own DICOM Part 10 reader (PS3.10 file format, PS3.5 encodings). Reads the file into memory
 * (bounded by the file size), checks every length against the bytes that remain before using it, and keeps
 * values as views on that buffer.
 */
public final class Part10Reader implements DicomReader {

	/** Sequences nested deeper than this are refused (a stack-overflow guard; real files nest a few levels). */
	static final int MAX_DEPTH = 64;
	/** Deflate expands at most about 1032:1. */
	private static final long MAX_INFLATE_RATIO = 1032;
	private static final long MAX_FILE = Integer.MAX_VALUE - 64;
	private static final long UNDEFINED = 0xFFFFFFFFL;
	private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");
	private static final int HEADER_CHUNK = 64 * 1024;

	@Override
	public DicomFile read(Path file) throws MediaException {
		return guarded(file, false);
	}

	@Override
	public DicomFile readHeader(Path file) throws MediaException {
		return guarded(file, true);
	}

	private DicomFile guarded(Path file, boolean headerOnly) throws MediaException {
		try {
			long size = Files.size(file);
			if (size > MAX_FILE) {
				throw new MediaException(file, "files larger than 2 GiB are not supported (" + size + " bytes)");
			}
			if (!headerOnly) {
				return parse(file, Files.readAllBytes(file), false, true);
			}
			// Header only: read a prefix and grow it until the parser reaches Pixel Data or the end.
			int chunk = (int) Math.min(size, HEADER_CHUNK);
			while (true) {
				byte[] prefix = readPrefix(file, chunk);
				boolean whole = prefix.length >= size;
				try {
					return parse(file, prefix, true, whole);
				} catch (Truncated e) {
					if (whole) {
						throw new MediaException(file, e.getMessage());
					}
					chunk = (int) Math.min(size, (long) chunk * 4);
				}
			}
		} catch (Truncated e) {
			throw new MediaException(file, e.getMessage());
		} catch (MediaException e) {
			throw e;
		} catch (NoSuchFileException e) {
			throw new MediaException(file, "the file does not exist", e);
		} catch (IOException e) {
			throw new MediaException(file, "cannot be read: " + e.getMessage(), e);
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			throw new MediaException(file, "damaged DICOM file (" + e + ")", e);
		}
	}

	private static byte[] readPrefix(Path file, int length) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(length);
		}
	}

	/** A length or header that runs past the bytes read: the file is truncated (or the prefix too short). */
	static final class Truncated extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Truncated(String message) {
			super(message, null, false, false);
		}
	}

	private DicomFile parse(Path file, byte[] data, boolean stopAtPixelData, boolean whole) throws MediaException {
		boolean preamble = data.length >= 132 && "DICM".equals(new String(data, 128, 4, StandardCharsets.US_ASCII));
		int position = preamble ? 132 : 0;
		Cursor meta = new Cursor(file, data, position, data.length, false, true, stopAtPixelData);
		DicomObject fileMeta = new DicomObject();
		while (meta.remaining() >= 6 && meta.peekGroup() == 0x0002) {
			fileMeta.put(meta.element(0));
		}
		if (preamble && fileMeta.elements().isEmpty()) {
			throw new MediaException(file, "\"DICM\" is not followed by file meta information (group 0002)");
		}
		String uid = fileMeta.string(Tag.TRANSFER_SYNTAX_UID);
		if (uid == null || uid.isEmpty()) {
			uid = guessSyntax(data, meta.position);
		}
		TransferSyntax syntax = TransferSyntax.byUid(uid);
		boolean explicit = syntax == null || syntax.explicitVr();
		boolean bigEndian = syntax != null && syntax.bigEndian();
		byte[] body = data;
		int start = meta.position;
		if (syntax != null && syntax.deflated()) {
			if (!whole) {
				throw new Truncated("deflated dataset needs the whole file");
			}
			body = inflate(file, data, start);
			start = 0;
		}
		DicomFile result = new DicomFile(file, fileMeta, uid, preamble, !stopAtPixelData);
		Cursor cursor = new Cursor(file, body, start, body.length, bigEndian, explicit, stopAtPixelData);
		cursor.dataset(result, body.length, 0, false);
		if (stopAtPixelData && !whole && !cursor.stopped) {
			throw new Truncated("header continues after the bytes read");
		}
		return result;
	}

	/** For a bare dataset without file meta information: look at the first element's encoding. */
	private static String guessSyntax(byte[] data, int at) {
		if (data.length - at < 8) {
			return TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid();
		}
		boolean vrLetters = Character.isUpperCase(data[at + 4]) && Character.isUpperCase(data[at + 5]);
		if (!vrLetters) {
			return TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid();
		}
		// Groups are small: a big-endian 0008 reads 0x0800 in little endian.
		return (data[at] & 0xFF) == 0 && (data[at + 1] & 0xFF) != 0 ? TransferSyntax.EXPLICIT_VR_BIG_ENDIAN.uid()
				: TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid();
	}

	private static byte[] inflate(Path file, byte[] data, int start) throws MediaException {
		long limit = Math.min(MAX_FILE, (data.length - start) * MAX_INFLATE_RATIO + 1024);
		Inflater inflater = new Inflater(true);
		try {
			inflater.setInput(data, start, data.length - start);
			ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(1 << 20, (data.length - start) * 4 + 64));
			byte[] buffer = new byte[64 * 1024];
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0) {
					if (inflater.needsInput() || inflater.needsDictionary()) {
						break; // truncated stream: parse what was inflated; the parser reports a cut element
					}
				}
				out.write(buffer, 0, n);
				if (out.size() > limit) {
					throw new MediaException(file, "deflated dataset expands beyond " + limit + " bytes");
				}
			}
			if (!inflater.finished()) {
				throw new MediaException(file, "truncated: the deflated dataset ends before its final block");
			}
			return out.toByteArray();
		} catch (DataFormatException e) {
			throw new MediaException(file, "deflated dataset is damaged: " + e.getMessage(), e);
		} finally {
			inflater.end();
		}
	}

	/** Reads elements from a byte range in one encoding. */
	private static final class Cursor {
		final Path file;
		final byte[] data;
		int position;
		final int end;
		final boolean bigEndian;
		final boolean explicit;
		final boolean stopAtPixelData;
		boolean stopped;
		/** From the last Specific Character Set read (items inherit their dataset's). */
		java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.ISO_8859_1;

		Cursor(Path file, byte[] data, int position, int end, boolean bigEndian, boolean explicit, boolean stopAtPixelData) {
			this.file = file;
			this.data = data;
			this.position = position;
			this.end = end;
			this.bigEndian = bigEndian;
			this.explicit = explicit;
			this.stopAtPixelData = stopAtPixelData;
		}

		int remaining() {
			return end - position;
		}

		void need(int bytes, String what) {
			if (bytes > remaining()) {
				throw new Truncated("truncated: " + what + " at offset " + position + " needs " + bytes + " bytes, "
						+ remaining() + " left");
			}
		}

		int peekGroup() {
			return u16(position, false);
		}

		int u16(int at, boolean be) {
			int a = data[at] & 0xFF;
			int b = data[at + 1] & 0xFF;
			return be ? a << 8 | b : b << 8 | a;
		}

		long u32(int at, boolean be) {
			long lo = u16(at, be);
			long hi = u16(at + 2, be);
			return be ? lo << 16 | hi : hi << 16 | lo;
		}

		int tag(boolean be) {
			need(4, "element tag");
			int tag = u16(position, be) << 16 | u16(position + 2, be);
			position += 4;
			return tag;
		}

		long u32(boolean be) {
			need(4, "length");
			long value = u32(position, be);
			position += 4;
			return value;
		}

		/** Reads elements into {@code target} until {@code limit}, or an item delimitation if {@code untilDelimiter}. */
		void dataset(DicomObject target, int limit, int depth, boolean untilDelimiter) throws MediaException {
			if (depth > MAX_DEPTH) {
				throw new MediaException(file, "sequences nested deeper than " + MAX_DEPTH + " levels");
			}
			while (position < limit) {
				int at = position;
				int tag = tag(bigEndian);
				if (tag == Tag.ITEM_DELIMITATION) {
					u32(bigEndian);
					if (untilDelimiter) {
						return;
					}
					throw new MediaException(file, "item delimitation outside an item at offset " + at);
				}
				position = at;
				if (stopAtPixelData && depth == 0 && tag == Tag.PIXEL_DATA) {
					stopped = true;
					return;
				}
				DicomElement element = element(depth);
				if (element != null) {
					target.put(element);
				}
			}
			if (untilDelimiter) {
				throw new Truncated("truncated: an item of undefined length ends without its delimitation item");
			}
		}

		DicomElement element(int depth) throws MediaException {
			int at = position;
			boolean meta = depth == 0 && peekGroup() == 0x0002 && !bigEndian;
			boolean be = bigEndian && !meta;
			int tag = tag(be);
			boolean explicitHere = explicit || meta;
			String vr;
			long length;
			if (tag >>> 16 == 0xFFFE) {
				throw new MediaException(file, "unexpected " + DicomDictionary.keyword(tag) + " " + Tag.toString(tag) + " at offset " + at);
			}
			if (explicitHere) {
				need(4, "VR and length of " + Tag.toString(tag));
				char c1 = (char) (data[position] & 0xFF);
				char c2 = (char) (data[position + 1] & 0xFF);
				if (c1 < 'A' || c1 > 'Z' || c2 < 'A' || c2 > 'Z') {
					throw new MediaException(file, "invalid VR bytes 0x" + Integer.toHexString(c1) + " 0x" + Integer.toHexString(c2)
							+ " for " + Tag.toString(tag) + " at offset " + at);
				}
				vr = "" + c1 + c2;
				position += 2;
				if (LONG_VRS.contains(vr)) {
					position += 2;
					length = u32(be);
				} else {
					length = u16(position, be);
					position += 2;
				}
			} else {
				vr = DicomDictionary.vr(tag);
				length = u32(be);
			}
			if (length == UNDEFINED) {
				if (tag == Tag.PIXEL_DATA) {
					return encapsulated(tag, vr);
				}
				if ("SQ".equals(vr) || "UN".equals(vr)) {
					// PS3.5 6.2.2: UN of undefined length is a sequence encoded in implicit VR little endian.
					Cursor items = "UN".equals(vr) && explicitHere ? new Cursor(file, data, position, end, false, false, stopAtPixelData) : this;
					List<DicomObject> list = items.items(-1, depth + 1, tag);
					position = items.position;
					return DicomElement.sequence(tag, "SQ", list);
				}
				throw new MediaException(file, "element " + Tag.toString(tag) + " " + vr + " has an undefined length at offset " + at);
			}
			if (length > remaining()) {
				throw new Truncated("truncated: element " + Tag.toString(tag) + " at offset " + at + " declares " + length
						+ " bytes, only " + remaining() + " remain");
			}
			int size = (int) length;
			if (!explicitHere && "UN".equals(vr) && size >= 8 && u16(position, be) == 0xFFFE && u16(position + 2, be) == 0xE000) {
				vr = "SQ"; // implicit VR, tag not in the dictionary, value starts with an item: a sequence
			}
			if ("SQ".equals(vr)) {
				List<DicomObject> list = items(position + size, depth + 1, tag);
				return DicomElement.sequence(tag, vr, list);
			}
			DicomElement element = DicomElement.value(tag, vr, data, position, size, be, charset);
			position += size;
			if (tag == Tag.SPECIFIC_CHARACTER_SET) {
				charset = DicomElement.charsetOf(element.string());
			}
			return element;
		}

		/** Items of a sequence until {@code limit}, or until the sequence delimitation when {@code limit} is -1. */
		List<DicomObject> items(int limit, int depth, int sequenceTag) throws MediaException {
			if (depth > MAX_DEPTH) {
				throw new MediaException(file, "sequences nested deeper than " + MAX_DEPTH + " levels");
			}
			List<DicomObject> items = new ArrayList<>();
			while (limit < 0 || position < limit) {
				int at = position;
				if (limit < 0 && remaining() < 8) {
					throw new Truncated("truncated: sequence " + Tag.toString(sequenceTag) + " ends without its delimitation item");
				}
				int tag = tag(bigEndian);
				long length = u32(bigEndian);
				if (tag == Tag.SEQUENCE_DELIMITATION) {
					if (limit < 0) {
						return items;
					}
					throw new MediaException(file, "sequence delimitation in a sequence of defined length at offset " + at);
				}
				if (tag != Tag.ITEM) {
					throw new MediaException(file, "expected an item in sequence " + Tag.toString(sequenceTag) + " at offset " + at
							+ ", found " + Tag.toString(tag));
				}
				DicomObject item = new DicomObject();
				if (length == UNDEFINED) {
					dataset(item, limit < 0 ? end : limit, depth, true);
				} else {
					if (length > remaining() || limit >= 0 && position + length > limit) {
						throw new Truncated("truncated: item of " + length + " bytes at offset " + at + " goes past its end");
					}
					dataset(item, position + (int) length, depth, false);
				}
				items.add(item);
			}
			return items;
		}

		DicomElement encapsulated(int tag, String vr) throws MediaException {
			// Encapsulated pixel data is always little endian (PS3.5 A.4).
			int first = position;
			int itemTag = tag(false);
			long tableLength = u32(false);
			if (itemTag != Tag.ITEM) {
				throw new MediaException(file, "encapsulated Pixel Data does not start with a basic offset table item at offset " + first);
			}
			if (tableLength > remaining() || tableLength % 4 != 0) {
				throw new Truncated("truncated: basic offset table of " + tableLength + " bytes at offset " + first);
			}
			long[] table = new long[(int) tableLength / 4];
			for (int i = 0; i < table.length; i++) {
				table[i] = u32(false);
			}
			int fragmentsStart = position;
			List<Fragment> fragments = new ArrayList<>();
			while (true) {
				if (remaining() < 8) {
					throw new Truncated("truncated: encapsulated Pixel Data ends without its sequence delimitation item");
				}
				int at = position;
				int fragmentTag = tag(false);
				long length = u32(false);
				if (fragmentTag == Tag.SEQUENCE_DELIMITATION) {
					break;
				}
				if (fragmentTag != Tag.ITEM) {
					throw new MediaException(file, "expected a fragment item in Pixel Data at offset " + at + ", found " + Tag.toString(fragmentTag));
				}
				if (length > remaining()) {
					throw new Truncated("truncated: fragment at offset " + at + " declares " + length + " bytes, only " + remaining() + " remain");
				}
				fragments.add(new Fragment(at - fragmentsStart, position, (int) length));
				position += (int) length;
			}
			return DicomElement.encapsulated(tag, vr, data, table, fragments);
		}
	}
}
