package org.tagbench.dicom;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One data element. Values are kept as a view on the bytes read (no copy); sequences hold their items;
 * encapsulated pixel data holds its basic offset table and fragments.
 */
public final class DicomElement {

	/** One fragment of encapsulated pixel data: {@code itemOffset} counts from the first fragment's item tag. */
	public record Fragment(long itemOffset, int position, int length) {
	}

	private final int tag;
	private final String vr;
	private final byte[] buffer;
	private final int offset;
	private final int length;
	private final boolean bigEndian;
	private final List<DicomObject> items;
	private final long[] offsetTable;
	private final List<Fragment> fragments;
	private Charset charset = StandardCharsets.ISO_8859_1;

	DicomElement(int tag, String vr, byte[] buffer, int offset, int length, boolean bigEndian, List<DicomObject> items,
			long[] offsetTable, List<Fragment> fragments) {
		this.tag = tag;
		this.vr = vr;
		this.buffer = buffer;
		this.offset = offset;
		this.length = length;
		this.bigEndian = bigEndian;
		this.items = items;
		this.offsetTable = offsetTable;
		this.fragments = fragments;
	}

	/** A value element. */
	public static DicomElement value(int tag, String vr, byte[] buffer, int offset, int length, boolean bigEndian) {
		return new DicomElement(tag, vr, buffer, offset, length, bigEndian, null, null, null);
	}

	/** A value element whose text VRs (SH, LO, ST, LT, PN, UC, UT) decode with {@code charset}. */
	public static DicomElement value(int tag, String vr, byte[] buffer, int offset, int length, boolean bigEndian, Charset charset) {
		DicomElement element = value(tag, vr, buffer, offset, length, bigEndian);
		if (TEXT_VRS.contains(vr)) {
			element.charset = charset;
		}
		return element;
	}

	private static final java.util.Set<String> TEXT_VRS = java.util.Set.of("SH", "LO", "ST", "LT", "PN", "UC", "UT");

	/**
	 * The Java charset of a Specific Character Set (0008,0005) value (first value; code extensions are not
	 * supported), ISO 8859-1 for the default repertoire and for terms not known here.
	 */
	public static Charset charsetOf(String specificCharacterSet) {
		String term = specificCharacterSet == null ? "" : specificCharacterSet.split("\\\\", -1)[0].trim();
		String name = switch (term) {
		case "ISO_IR 192" -> "UTF-8";
		case "ISO_IR 101" -> "ISO-8859-2";
		case "ISO_IR 109" -> "ISO-8859-3";
		case "ISO_IR 110" -> "ISO-8859-4";
		case "ISO_IR 144" -> "ISO-8859-5";
		case "ISO_IR 127" -> "ISO-8859-6";
		case "ISO_IR 126" -> "ISO-8859-7";
		case "ISO_IR 138" -> "ISO-8859-8";
		case "ISO_IR 148" -> "ISO-8859-9";
		case "ISO_IR 166" -> "TIS-620";
		case "GB18030" -> "GB18030";
		case "GBK" -> "GBK";
		default -> "ISO-8859-1";
		};
		try {
			return Charset.forName(name);
		} catch (IllegalArgumentException e) {
			return StandardCharsets.ISO_8859_1;
		}
	}

	/** A sequence. */
	public static DicomElement sequence(int tag, String vr, List<DicomObject> items) {
		return new DicomElement(tag, vr, new byte[0], 0, 0, false, List.copyOf(items), null, null);
	}

	/** Encapsulated pixel data. */
	public static DicomElement encapsulated(int tag, String vr, byte[] buffer, long[] offsetTable, List<Fragment> fragments) {
		return new DicomElement(tag, vr, buffer, 0, 0, false, null, offsetTable.clone(), List.copyOf(fragments));
	}

	public int tag() {
		return tag;
	}

	public String vr() {
		return vr;
	}

	/** Value length in bytes (0 for sequences and encapsulated pixel data). */
	public int length() {
		return length;
	}

	public boolean bigEndian() {
		return bigEndian;
	}

	public boolean isSequence() {
		return items != null;
	}

	public boolean isEncapsulated() {
		return fragments != null;
	}

	public List<DicomObject> items() {
		return items == null ? List.of() : items;
	}

	public List<Fragment> fragments() {
		return fragments == null ? List.of() : fragments;
	}

	/** The basic offset table (empty when the file leaves it empty). */
	public long[] offsetTable() {
		return offsetTable == null ? new long[0] : offsetTable.clone();
	}

	/** A copy of the value bytes, in the file's byte order. */
	public byte[] bytes() {
		return Arrays.copyOfRange(buffer, offset, offset + length);
	}

	/** A copy of {@code count} value bytes from {@code from}. */
	public byte[] bytes(int from, int count) {
		return Arrays.copyOfRange(buffer, offset + from, offset + from + count);
	}

	/** A copy of one fragment's bytes. */
	public byte[] fragmentBytes(Fragment fragment) {
		return Arrays.copyOfRange(buffer, fragment.position(), fragment.position() + fragment.length());
	}

	/** Byte {@code index} of the value (no copy). */
	public int byteAt(int index) {
		return buffer[offset + index] & 0xFF;
	}

	/** The value as text (ISO 8859-1), trailing spaces and NULs removed. */
	public String string() {
		int end = offset + length;
		while (end > offset && (buffer[end - 1] == ' ' || buffer[end - 1] == 0)) {
			end--;
		}
		int start = offset;
		while (start < end && buffer[start] == ' ') {
			start++;
		}
		return new String(buffer, start, end - start, charset);
	}

	/** Backslash-separated values, each trimmed. */
	public List<String> strings() {
		String all = string();
		List<String> values = new ArrayList<>();
		if (all.isEmpty()) {
			return values;
		}
		for (String part : all.split("\\\\", -1)) {
			values.add(part.trim());
		}
		return values;
	}

	/** Numeric values: binary for US, SS, UL, SL, FL, FD; parsed text for IS, DS; NaN for unparsable text. */
	public double[] numbers() {
		int size = switch (vr) {
		case "US", "SS" -> 2;
		case "UL", "SL", "FL" -> 4;
		case "FD" -> 8;
		default -> 0;
		};
		if (size == 0) {
			return strings().stream().mapToDouble(DicomElement::parse).toArray();
		}
		double[] values = new double[length / size];
		for (int i = 0; i < values.length; i++) {
			long raw = 0;
			for (int b = 0; b < size; b++) {
				int shift = bigEndian ? (size - 1 - b) * 8 : b * 8;
				raw |= (long) byteAt(i * size + b) << shift;
			}
			values[i] = switch (vr) {
			case "US", "UL" -> raw;
			case "SS" -> (short) raw;
			case "SL" -> (int) raw;
			case "FL" -> Float.intBitsToFloat((int) raw);
			default -> Double.longBitsToDouble(raw);
			};
		}
		return values;
	}

	private static double parse(String text) {
		try {
			return Double.parseDouble(text.trim());
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	@Override
	public String toString() {
		String name = DicomDictionary.keyword(tag);
		if (isSequence()) {
			return Tag.toString(tag) + " " + vr + " " + name + " (" + items.size() + " items)";
		}
		if (isEncapsulated()) {
			return Tag.toString(tag) + " " + vr + " " + name + " (encapsulated, " + fragments.size() + " fragments)";
		}
		String shown = switch (vr) {
		case "OB", "OW", "OF", "OD", "OL", "OV", "UN" -> length + " bytes";
		case "US", "SS", "UL", "SL", "FL", "FD" -> Arrays.toString(numbers());
		default -> "[" + (length > 80 ? string().substring(0, Math.min(80, string().length())) + "…" : string()) + "]";
		};
		return Tag.toString(tag) + " " + vr + " " + name + " " + shown;
	}
}
