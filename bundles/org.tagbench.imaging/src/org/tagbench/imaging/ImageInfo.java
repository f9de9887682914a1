package org.tagbench.imaging;

/**
 * What Tagbench registers about a media file without decoding its pixels.
 *
 * @param format     the recognised format
 * @param width      pixels per row, 0 when the header is not read by this bundle (DICOM: see org.tagbench.dicom)
 * @param height     rows, 0 when not known
 * @param frameCount images in the file (multi-page TIFF, animated GIF, multi-frame DICOM), 0 when not known
 */
public record ImageInfo(ImageFormat format, int width, int height, int frameCount) {

	/** Whether width and height were read from the file. */
	public boolean hasDimensions() {
		return width > 0 && height > 0;
	}
}
