package org.tagbench.dicom;

import org.tagbench.dicom.internal.Part10Reader;

/** Access to the DICOM reader of this bundle. */
public final class DicomReaders {

	private static final DicomReader STANDARD = new Part10Reader();

	private DicomReaders() {
	}

	/** Tagbench's own Part 10 reader (thread-safe, stateless). */
	public static DicomReader standard() {
		return STANDARD;
	}
}
