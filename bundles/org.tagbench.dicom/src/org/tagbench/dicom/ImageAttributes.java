package org.tagbench.dicom;

import java.nio.file.Path;

import org.tagbench.imaging.MediaException;

/**
 * The Image Pixel module attributes (PS3.3 C.7.6.3) that describe how to read pixel data, checked.
 *
 * @param signed              Pixel Representation 1 (two's complement)
 * @param planarConfiguration 0 = colour-by-pixel, 1 = colour-by-plane
 */
public record ImageAttributes(int rows, int columns, int samplesPerPixel, int bitsAllocated, int bitsStored, int highBit,
		boolean signed, int planarConfiguration, String photometricInterpretation, int frames) {

	/** Samples one frame decodes into; {@link #of} keeps it below 2^31. */
	public int samplesPerFrame() {
		return rows * columns * samplesPerPixel;
	}

	/**
	 * Samples one uncompressed frame stores: {@link #samplesPerFrame()}, except native YBR_FULL_422 /
	 * YBR_PARTIAL_422, which stores two luma and one pair of chroma samples per two pixels.
	 */
	public int storedSamplesPerFrame() {
		if (samplesPerPixel == 3 && (photometricInterpretation.endsWith("_422"))) {
			return rows * ((columns + 1) / 2) * 4;
		}
		return samplesPerFrame();
	}

	/** Bytes of one uncompressed frame. */
	public long frameBytes() {
		return (long) storedSamplesPerFrame() * (bitsAllocated / 8);
	}

	public boolean monochrome1() {
		return "MONOCHROME1".equals(photometricInterpretation);
	}

	/** Reads and checks the attributes of {@code dataset}. */
	public static ImageAttributes of(DicomObject dataset, Path file) throws MediaException {
		int rows = dataset.integer(Tag.ROWS, 0);
		int columns = dataset.integer(Tag.COLUMNS, 0);
		if (rows <= 0 || columns <= 0) {
			throw new MediaException(file, "no image: Rows " + rows + " × Columns " + columns);
		}
		int samples = dataset.integer(Tag.SAMPLES_PER_PIXEL, 1);
		if (samples != 1 && samples != 3 && samples != 4) {
			throw new MediaException(file, "Samples per Pixel " + samples + " is not 1, 3 or 4");
		}
		int allocated = dataset.integer(Tag.BITS_ALLOCATED, 0);
		if (allocated != 8 && allocated != 16 && allocated != 32) {
			throw new MediaException(file, "Bits Allocated " + allocated + " is not supported (8, 16 or 32)");
		}
		int stored = dataset.integer(Tag.BITS_STORED, allocated);
		if (stored < 1 || stored > allocated) {
			throw new MediaException(file, "Bits Stored " + stored + " does not fit Bits Allocated " + allocated);
		}
		int highBit = dataset.integer(Tag.HIGH_BIT, stored - 1);
		if (highBit < stored - 1 || highBit >= allocated) {
			highBit = stored - 1;
		}
		int representation = dataset.integer(Tag.PIXEL_REPRESENTATION, 0);
		int planar = samples > 1 ? dataset.integer(Tag.PLANAR_CONFIGURATION, 0) : 0;
		String photometric = dataset.string(Tag.PHOTOMETRIC_INTERPRETATION);
		if (photometric == null || photometric.isEmpty()) {
			photometric = samples == 1 ? "MONOCHROME2" : "RGB";
		}
		double framesValue = dataset.number(Tag.NUMBER_OF_FRAMES, 1);
		if (framesValue < 1 || framesValue > Integer.MAX_VALUE || framesValue != Math.floor(framesValue)) {
			throw new MediaException(file, "Number of Frames " + dataset.string(Tag.NUMBER_OF_FRAMES) + " is not a positive integer");
		}
		long perFrame = (long) rows * columns * samples;
		if (perFrame > Integer.MAX_VALUE - 64) {
			throw new MediaException(file, "a frame of " + rows + " × " + columns + " × " + samples + " samples is too large");
		}
		return new ImageAttributes(rows, columns, samples, allocated, stored, highBit, representation == 1, planar == 1 ? 1 : 0,
				photometric, (int) framesValue);
	}
}
