package org.tagbench.dicom;

import java.nio.file.Path;

import org.tagbench.imaging.MediaException;

/**
 * Reads DICOM files. Tagbench's own Part 10 reader ({@link DicomReaders#standard()}) implements it because
 * dcm4che is not reachable from our build; a bundle based on another toolkit could provide another one.
 */
public interface DicomReader {

	/**
	 * Reads the whole file: Part 10 (preamble, "DICM", file meta information) or a bare dataset.
	 *
	 * @throws MediaException naming the file and the reason for any damaged, truncated or absurd input; no
	 *                        other exception escapes, and nothing larger than the file justifies is allocated
	 */
	DicomFile read(Path file) throws MediaException;

	/** Reads up to, not including, Pixel Data: enough for metadata and sizes, without reading the pixels. */
	DicomFile readHeader(Path file) throws MediaException;
}
