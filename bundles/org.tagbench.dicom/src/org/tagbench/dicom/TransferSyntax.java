package org.tagbench.dicom;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** DICOM transfer syntaxes (PS3.5 section 10 and Annex A) and what this bundle does with them. */
public enum TransferSyntax {
	IMPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, false, false, true),
	EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, false, false, true),
	DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false, true, false, true),
	EXPLICIT_VR_BIG_ENDIAN("1.2.840.10008.1.2.2", "Explicit VR Big Endian (retired)", true, true, false, false, true),
	RLE_LOSSLESS("1.2.840.10008.1.2.5", "RLE Lossless", true, false, false, true, true),
	JPEG_BASELINE("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", true, false, false, true, false),
	JPEG_EXTENDED("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", true, false, false, true, false),
	JPEG_LOSSLESS("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", true, false, false, true, false),
	JPEG_LOSSLESS_SV1("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14, SV1)", true, false, false, true, false),
	JPEG_LS_LOSSLESS("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless", true, false, false, true, false),
	JPEG_LS_NEAR_LOSSLESS("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless)", true, false, false, true, false),
	JPEG_2000_LOSSLESS("1.2.840.10008.1.2.4.90", "JPEG 2000 (Lossless Only)", true, false, false, true, false),
	JPEG_2000("1.2.840.10008.1.2.4.91", "JPEG 2000", true, false, false, true, false),
	HTJ2K_LOSSLESS("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 (Lossless Only)", true, false, false, true, false),
	HTJ2K("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000", true, false, false, true, false),
	MPEG2("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level", true, false, false, true, false),
	MPEG4("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile", true, false, false, true, false);

	private static final Map<String, TransferSyntax> BY_UID = Stream.of(values())
			.collect(Collectors.toMap(TransferSyntax::uid, Function.identity()));

	private final String uid;
	private final String displayName;
	private final boolean explicitVr;
	private final boolean bigEndian;
	private final boolean deflated;
	private final boolean encapsulated;
	private final boolean pixelsSupported;

	TransferSyntax(String uid, String displayName, boolean explicitVr, boolean bigEndian, boolean deflated,
			boolean encapsulated, boolean pixelsSupported) {
		this.uid = uid;
		this.displayName = displayName;
		this.explicitVr = explicitVr;
		this.bigEndian = bigEndian;
		this.deflated = deflated;
		this.encapsulated = encapsulated;
		this.pixelsSupported = pixelsSupported;
	}

	/** The known syntax, or {@code null}. Unknown UIDs are read as encapsulated explicit VR little endian. */
	public static TransferSyntax byUid(String uid) {
		return BY_UID.get(uid);
	}

	public String uid() {
		return uid;
	}

	public String displayName() {
		return displayName;
	}

	public boolean explicitVr() {
		return explicitVr;
	}

	public boolean bigEndian() {
		return bigEndian;
	}

	public boolean deflated() {
		return deflated;
	}

	public boolean encapsulated() {
		return encapsulated;
	}

	/** Whether {@link DicomPixels} decodes this syntax's pixel data in this build. */
	public boolean pixelsSupported() {
		return pixelsSupported || DicomPixels.hasCodec(this);
	}

	@Override
	public String toString() {
		return uid + " (" + displayName + ")";
	}
}
