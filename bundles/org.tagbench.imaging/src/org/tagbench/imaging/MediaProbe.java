package org.tagbench.imaging;

import java.nio.file.Path;

/**
 * A header reader for one format that {@link ImageProbe} does not read itself (DICOM: implemented by
 * org.tagbench.dicom, which registers it in {@link MediaProbes}). Keeps this bundle free of format code
 * and of a dependency on the bundles that provide it.
 */
public interface MediaProbe {

	/** The format this probe reads. */
	ImageFormat format();

	/**
	 * Reads size and frame count of {@code file}, already recognised as {@link #format()}.
	 *
	 * @throws MediaException when the header is damaged or absurd; no other exception may escape
	 */
	ImageInfo probe(Path file) throws MediaException;
}
