package org.tagbench.dicom;

import java.nio.file.Path;

import org.tagbench.imaging.MediaException;

/**
 * PALETTE COLOR (PS3.3 C.7.6.3.1.5): the red, green and blue Palette Color Lookup Tables that turn a
 * frame's stored indices into RGB. Segmented palettes (0028,1221–1223) are not supported.
 */
public record PaletteColor(LookupTable red, LookupTable green, LookupTable blue) {

	/** Reads the three tables of {@code dataset}. */
	public static PaletteColor of(DicomObject dataset, ImageAttributes attributes) throws MediaException {
		Path file = dataset.file().orElse(null);
		if (dataset.contains(Tag.SEGMENTED_RED_PALETTE_DATA) && !dataset.contains(Tag.RED_PALETTE_DATA)) {
			throw new MediaException(file, "segmented palette colour lookup tables are not supported yet");
		}
		LookupTable[] tables = new LookupTable[3];
		String[] names = { "red", "green", "blue" };
		for (int c = 0; c < 3; c++) {
			tables[c] = LookupTable.read(dataset, Tag.RED_PALETTE_DESCRIPTOR + c, Tag.RED_PALETTE_DATA + c, attributes.signed(), file,
					"PALETTE COLOR " + names[c] + " table");
		}
		int bits = tables[0].bits();
		if (tables[1].bits() != bits || tables[2].bits() != bits) {
			throw new MediaException(file, "PALETTE COLOR tables have different bits per entry");
		}
		return new PaletteColor(tables[0], tables[1], tables[2]);
	}

	/** Bits per entry of the tables (8 or 16). */
	public int bits() {
		return red.bits();
	}

	/** The RGB raster of an index raster: 3 samples per pixel, Bits Stored = {@link #bits()}. */
	public Raster toRgb(Raster indices) {
		ImageAttributes a = indices.attributes();
		int pixels = a.rows() * a.columns();
		int[] in = indices.samples();
		int[] rgb = new int[pixels * 3];
		for (int i = 0; i < pixels; i++) {
			int index = in[i];
			rgb[3 * i] = red.lookup(index);
			rgb[3 * i + 1] = green.lookup(index);
			rgb[3 * i + 2] = blue.lookup(index);
		}
		int bits = bits();
		int allocated = bits <= 8 ? 8 : 16;
		ImageAttributes out = new ImageAttributes(a.rows(), a.columns(), 3, allocated, bits, bits - 1, false, 0, "RGB", a.frames());
		return new Raster(out, indices.frame(), rgb);
	}
}
