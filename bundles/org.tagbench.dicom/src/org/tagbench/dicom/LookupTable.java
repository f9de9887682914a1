package org.tagbench.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tagbench.imaging.MediaException;

/**
 * A lookup table (PS3.3 C.11.1 Modality LUT, C.11.2 VOI LUT, C.7.6.3.1.5 palette colour): LUT Descriptor
 * (entries, first stored value mapped, bits per entry) and LUT Data. Values below the first mapped value map
 * to the first entry, values above the last to the last entry.
 */
public record LookupTable(int firstMapped, int bits, int[] entries) {

	/** The entry for {@code value}. */
	public int lookup(int value) {
		int index = value - firstMapped;
		return entries[index < 0 ? 0 : index >= entries.length ? entries.length - 1 : index];
	}

	/** The first item's table of the Modality LUT Sequence (0028,3000), if any. */
	public static Optional<LookupTable> modality(DicomObject dataset, boolean signed) throws MediaException {
		return firstItem(dataset, Tag.MODALITY_LUT_SEQUENCE, signed);
	}

	/** The first item's table of the VOI LUT Sequence (0028,3010), if any. */
	public static Optional<LookupTable> voi(DicomObject dataset, boolean signed) throws MediaException {
		return firstItem(dataset, Tag.VOI_LUT_SEQUENCE, signed);
	}

	private static Optional<LookupTable> firstItem(DicomObject dataset, int sequence, boolean signed) throws MediaException {
		List<DicomObject> items = dataset.sequence(sequence);
		if (items.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(read(items.get(0), Tag.LUT_DESCRIPTOR, Tag.LUT_DATA, signed, dataset.file().orElse(null),
				DicomDictionary.keyword(sequence)));
	}

	/**
	 * Reads a descriptor and its data. The descriptor's first value 0 means 65536 entries; its second value is
	 * signed when the pixel data are. 8-bit entries may be packed two to a 16-bit word (as palettes often are).
	 */
	public static LookupTable read(DicomObject item, int descriptorTag, int dataTag, boolean signed, Path file, String what)
			throws MediaException {
		int[] descriptor = words(item.element(descriptorTag).orElseThrow(() -> new MediaException(file, what + " has no LUT Descriptor "
				+ Tag.toString(descriptorTag))));
		if (descriptor.length < 3) {
			throw new MediaException(file, what + ": LUT Descriptor " + Tag.toString(descriptorTag) + " has " + descriptor.length
					+ " values, not 3");
		}
		int count = descriptor[0] == 0 ? 65536 : descriptor[0];
		int first = signed ? (short) descriptor[1] : descriptor[1];
		int bits = descriptor[2];
		if (bits < 1 || bits > 16) {
			throw new MediaException(file, what + ": LUT Descriptor says " + bits + " bits per entry (1..16)");
		}
		DicomElement data = item.element(dataTag).orElseThrow(() -> new MediaException(file, what + " has no LUT Data " + Tag.toString(dataTag)));
		int[] words = words(data);
		int[] entries;
		if (bits <= 8 && words.length == (count + 1) / 2 && count > 1) {
			// Packed bytes, in the order they are stored.
			entries = new int[count];
			for (int i = 0; i < count; i++) {
				int word = words[i / 2];
				int low = data.bigEndian() ? word >>> 8 : word & 0xFF;
				int high = data.bigEndian() ? word & 0xFF : word >>> 8;
				entries[i] = i % 2 == 0 ? low : high;
			}
		} else if (words.length >= count) {
			entries = new int[count];
			int mask = (1 << bits) - 1;
			for (int i = 0; i < count; i++) {
				entries[i] = words[i] & mask;
			}
		} else {
			throw new MediaException(file, what + ": LUT Data " + Tag.toString(dataTag) + " holds " + words.length + " values for "
					+ count + " entries");
		}
		return new LookupTable(first, bits, entries);
	}

	/** 16-bit unsigned words of a binary value in its byte order. */
	private static int[] words(DicomElement element) {
		int[] words = new int[element.length() / 2];
		for (int i = 0; i < words.length; i++) {
			int b0 = element.byteAt(2 * i);
			int b1 = element.byteAt(2 * i + 1);
			words[i] = element.bigEndian() ? b0 << 8 | b1 : b1 << 8 | b0;
		}
		return words;
	}
}
