package org.tagbench.imaging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file formats Tagbench labels, recognised by their content (magic numbers), never by their name
 * alone: a renamed file is still found, and a file whose name promises an image but whose content is
 * something else is reported.
 */
public enum ImageFormat {
	JPEG(Set.of("jpg", "jpeg", "jpe", "jfif")),
	PNG(Set.of("png")),
	BMP(Set.of("bmp", "dib")),
	GIF(Set.of("gif")),
	TIFF(Set.of("tif", "tiff")),
	DICOM(Set.of("dcm", "dicom", "dic"));

	/** Bytes {@link #detect} needs at most: the DICOM preamble (128) plus "DICM". */
	public static final int HEADER_LENGTH = 132;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final Set<String> extensions;

	ImageFormat(Set<String> extensions) {
		this.extensions = extensions;
	}

	/** Lower-case file name extensions that usually mean this format. */
	public Set<String> extensions() {
		return extensions;
	}

	/** The format whose usual extensions include that of {@code fileName}, if any. */
	public static Optional<ImageFormat> byExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(format -> format.extensions.contains(extension)).findFirst();
	}

	/**
	 * Recognises the format from the first bytes of a file.
	 *
	 * @param header up to {@link #HEADER_LENGTH} bytes from the start of the file (fewer for short files)
	 * @param length how many bytes of {@code header} are valid
	 */
	public static Optional<ImageFormat> detect(byte[] header, int length) {
		if (length >= 3 && (header[0] & 0xFF) == 0xFF && (header[1] & 0xFF) == 0xD8 && (header[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (length >= 8 && Arrays.equals(header, 0, 8, PNG_SIGNATURE, 0, 8)) {
			return Optional.of(PNG);
		}
		if (length >= 6 && (startsWith(header, "GIF87a") || startsWith(header, "GIF89a"))) {
			return Optional.of(GIF);
		}
		if (length >= 4 && (startsWith(header, "II*\0") || startsWith(header, "MM\0*"))) {
			return Optional.of(TIFF);
		}
		if (length >= 132 && new String(header, 128, 4, StandardCharsets.US_ASCII).equals("DICM")) {
			return Optional.of(DICOM);
		}
		if (length >= 14 && startsWith(header, "BM") && plausibleBmpHeader(header)) {
			return Optional.of(BMP);
		}
		if (length >= 8 && looksLikeBareDicomDataset(header)) {
			return Optional.of(DICOM);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] header, String ascii) {
		byte[] prefix = ascii.getBytes(StandardCharsets.ISO_8859_1);
		return Arrays.equals(header, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** "BM" alone is too weak: also require the reserved fields to be zero, as every writer leaves them. */
	private static boolean plausibleBmpHeader(byte[] header) {
		return header[6] == 0 && header[7] == 0 && header[8] == 0 && header[9] == 0;
	}

	/**
	 * A DICOM dataset written without the Part 10 preamble starts with a little-endian tag of a low group
	 * (command 0000, file meta 0002, identification 0008) followed by an explicit VR of two upper-case
	 * letters or by a small implicit-VR length.
	 */
	private static boolean looksLikeBareDicomDataset(byte[] header) {
		int group = (header[0] & 0xFF) | (header[1] & 0xFF) << 8;
		if (group != 0x0000 && group != 0x0002 && group != 0x0008) {
			return false;
		}
		boolean explicitVr = Character.isUpperCase(header[4]) && Character.isUpperCase(header[5]);
		long implicitLength = (header[4] & 0xFFL) | (header[5] & 0xFFL) << 8 | (header[6] & 0xFFL) << 16
				| (header[7] & 0xFFL) << 24;
		return explicitVr || implicitLength > 0 && implicitLength < 1024;
	}
}
