package org.tagbench.dicom;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Renders a decoded frame to 8-bit grey: Modality LUT (Rescale Slope/Intercept) → VOI window (the file's
 * first Window Center/Width, else an automatic window from the 0.5 and 99.5 % percentiles) → inversion for
 * MONOCHROME1. Colour frames are turned into luma (ITU-R BT.601) of their 8-bit scaled samples.
 */
public final class GreyRenderer {

	/** Lower and upper percentile of the automatic window. */
	public static final double LOW_PERCENTILE = 0.005;
	public static final double HIGH_PERCENTILE = 0.995;

	private GreyRenderer() {
	}

	/** Renders with the file's own settings (window, function, rescale, photometric interpretation). */
	public static byte[] render(DicomObject dataset, Raster raster) {
		DicomMetadata metadata = DicomMetadata.of(dataset);
		double slope = metadata.rescaleSlope();
		double intercept = metadata.rescaleIntercept();
		VoiWindow window = metadata.window().orElseGet(() -> autoWindow(raster, slope, intercept));
		boolean invert = raster.attributes().monochrome1() != "INVERSE".equals(dataset.string(Tag.PRESENTATION_LUT_SHAPE));
		return render(raster, slope, intercept, window, VoiWindow.Function.of(dataset.string(Tag.VOI_LUT_FUNCTION)), invert);
	}

	/**
	 * A pure function of a few numbers, for live window/level dragging.
	 *
	 * @return {@code rows × columns} grey bytes, row by row
	 */
	public static byte[] render(Raster raster, double slope, double intercept, VoiWindow window, VoiWindow.Function function,
			boolean invert) {
		ImageAttributes attributes = raster.attributes();
		int pixels = attributes.rows() * attributes.columns();
		int spp = attributes.samplesPerPixel();
		int[] samples = raster.samples();
		byte[] grey = new byte[pixels];
		if (spp == 1) {
			for (int i = 0; i < pixels; i++) {
				int value = window.apply(samples[i] * slope + intercept, function);
				grey[i] = (byte) (invert ? 255 - value : value);
			}
		} else {
			int shift = Math.max(0, attributes.bitsStored() - 8);
			for (int i = 0; i < pixels; i++) {
				int r = samples[i * spp] >> shift;
				int g = samples[i * spp + 1] >> shift;
				int b = samples[i * spp + 2] >> shift;
				grey[i] = (byte) Math.max(0, Math.min(255, Math.round(0.299 * r + 0.587 * g + 0.114 * b)));
			}
		}
		return grey;
	}

	/**
	 * The window spanning the 0.5–99.5 % percentiles of the frame's modality values. A uniform frame gets a
	 * width-2 window centred half a unit above its value, which renders it mid-grey (128) without dividing by 0.
	 */
	public static VoiWindow autoWindow(Raster raster, double slope, double intercept) {
		int spp = raster.attributes().samplesPerPixel();
		int[] samples = raster.samples();
		int count = samples.length / spp;
		int[] values = new int[count];
		for (int i = 0; i < count; i++) {
			values[i] = samples[i * spp];
		}
		Arrays.sort(values);
		double a = values[(int) Math.floor(LOW_PERCENTILE * (count - 1))] * slope + intercept;
		double b = values[(int) Math.ceil(HIGH_PERCENTILE * (count - 1))] * slope + intercept;
		double low = Math.min(a, b);
		double high = Math.max(a, b);
		if (high - low < 1) {
			return new VoiWindow(low + 0.5, 2);
		}
		// LINEAR maps c - 0.5 - (w-1)/2 to 0 and c - 0.5 + (w-1)/2 to 255: choose c, w so these are low, high.
		double width = high - low + 1;
		return new VoiWindow(low + 0.5 + (width - 1) / 2, width);
	}

	/** Wraps grey bytes as a {@link BufferedImage#TYPE_BYTE_GRAY} image (no copy of the data semantics). */
	public static BufferedImage toImage(byte[] grey, int columns, int rows) {
		BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_BYTE_GRAY);
		image.getRaster().setDataElements(0, 0, columns, rows, grey);
		return image;
	}
}
