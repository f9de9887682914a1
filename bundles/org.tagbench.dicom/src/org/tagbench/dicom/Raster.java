package org.tagbench.dicom;

/**
 * One decoded frame: stored pixel values (masked to Bits Stored and sign-extended when signed), in
 * colour-by-pixel order: sample {@code s} of pixel (x, y) is {@code samples[(y * columns + x) * samplesPerPixel + s]}.
 */
public record Raster(ImageAttributes attributes, int frame, int[] samples) {

	public int rows() {
		return attributes.rows();
	}

	public int columns() {
		return attributes.columns();
	}

	/** Sample 0 of pixel (x, y). */
	public int sample(int x, int y) {
		return samples[(y * attributes.columns() + x) * attributes.samplesPerPixel()];
	}
}
