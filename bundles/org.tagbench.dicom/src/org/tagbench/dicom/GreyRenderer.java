package org.tagbench.dicom;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Optional;

import org.tagbench.imaging.MediaException;

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

	/**
	 * Renders with the file's own settings: PALETTE COLOR through its palette; Modality LUT Sequence, else
	 * rescale; the first window, else the VOI LUT Sequence, else an automatic window; MONOCHROME1 and the
	 * Presentation LUT Shape. Tables that cannot be read are skipped here (decoding reports a bad palette).
	 */
	public static byte[] render(DicomObject dataset, Raster raster) {
		ImageAttributes attributes = raster.attributes();
		if ("PALETTE COLOR".equals(attributes.photometricInterpretation()) && attributes.samplesPerPixel() == 1) {
			try {
				raster = PaletteColor.of(dataset, attributes).toRgb(raster);
			} catch (MediaException e) {
				// rendered as grey indices; DicomPixels.decode has reported the damaged palette already
			}
		}
		DicomMetadata metadata = DicomMetadata.of(dataset);
		double slope = metadata.rescaleSlope();
		double intercept = metadata.rescaleIntercept();
		boolean invert = raster.attributes().monochrome1() != "INVERSE".equals(dataset.string(Tag.PRESENTATION_LUT_SHAPE));
		VoiWindow.Function function = VoiWindow.Function.of(dataset.string(Tag.VOI_LUT_FUNCTION));
		if (raster.attributes().samplesPerPixel() > 1) {
			return render(raster, 1, 0, new VoiWindow(0, 1), function, false);
		}
		Optional<LookupTable> modality = table(() -> LookupTable.modality(dataset, attributes.signed()));
		if (modality.isPresent()) {
			// Modality values from the table; the rest of the pipeline then sees slope 1, intercept 0.
			LookupTable lut = modality.get();
			int[] samples = raster.samples();
			int[] mapped = new int[samples.length];
			for (int i = 0; i < samples.length; i++) {
				mapped[i] = lut.lookup(samples[i]);
			}
			raster = new Raster(raster.attributes(), raster.frame(), mapped);
			slope = 1;
			intercept = 0;
		}
		Optional<VoiWindow> window = metadata.window();
		if (window.isEmpty()) {
			Optional<LookupTable> voi = table(() -> LookupTable.voi(dataset, attributes.signed()));
			if (voi.isPresent()) {
				return renderVoiLut(raster, slope, intercept, voi.get(), invert);
			}
		}
		double s = slope;
		double i = intercept;
		Raster shown = raster;
		return render(raster, slope, intercept, window.orElseGet(() -> autoWindow(shown, s, i)), function, invert);
	}

	private interface TableReader {
		Optional<LookupTable> read() throws MediaException;
	}

	private static Optional<LookupTable> table(TableReader reader) {
		try {
			return reader.read();
		} catch (MediaException e) {
			return Optional.empty();
		}
	}

	/**
	 * VOI LUT Sequence: the table maps modality values (rounded) to output values, scaled linearly from the
	 * table's own smallest–largest entry to 0–255 (Bits per entry often overstates the range used).
	 */
	static byte[] renderVoiLut(Raster raster, double slope, double intercept, LookupTable lut, boolean invert) {
		int min = Integer.MAX_VALUE;
		int max = Integer.MIN_VALUE;
		for (int entry : lut.entries()) {
			min = Math.min(min, entry);
			max = Math.max(max, entry);
		}
		double scale = max > min ? 255.0 / (max - min) : 0;
		int[] samples = raster.samples();
		byte[] grey = new byte[samples.length];
		for (int p = 0; p < samples.length; p++) {
			int entry = lut.lookup((int) Math.round(samples[p] * slope + intercept));
			int value = scale == 0 ? 128 : (int) Math.round((entry - min) * scale);
			grey[p] = (byte) (invert ? 255 - value : value);
		}
		return grey;
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
		int min = Integer.MAX_VALUE;
		int max = Integer.MIN_VALUE;
		for (int i = 0; i < count; i++) {
			min = Math.min(min, samples[i * spp]);
			max = Math.max(max, samples[i * spp]);
		}
		int lowRank = (int) Math.floor(LOW_PERCENTILE * (count - 1));
		int highRank = (int) Math.ceil(HIGH_PERCENTILE * (count - 1));
		int lowValue;
		int highValue;
		if ((long) max - min < 1 << 20) {
			// Histogram of the stored values (≤ 2^20 bins): percentiles without sorting millions of samples.
			int[] histogram = new int[max - min + 1];
			for (int i = 0; i < count; i++) {
				histogram[samples[i * spp] - min]++;
			}
			lowValue = rank(histogram, lowRank) + min;
			highValue = rank(histogram, highRank) + min;
		} else {
			int[] values = new int[count];
			for (int i = 0; i < count; i++) {
				values[i] = samples[i * spp];
			}
			Arrays.sort(values);
			lowValue = values[lowRank];
			highValue = values[highRank];
		}
		double a = lowValue * slope + intercept;
		double b = highValue * slope + intercept;
		double low = Math.min(a, b);
		double high = Math.max(a, b);
		if (high - low < 1) {
			return new VoiWindow(low + 0.5, 2);
		}
		// LINEAR maps c - 0.5 - (w-1)/2 to 0 and c - 0.5 + (w-1)/2 to 255: choose c, w so these are low, high.
		double width = high - low + 1;
		return new VoiWindow(low + 0.5 + (width - 1) / 2, width);
	}

	/** The bin holding the value of rank {@code rank} (0-based) in sorted order. */
	private static int rank(int[] histogram, int rank) {
		long seen = 0;
		for (int bin = 0; bin < histogram.length; bin++) {
			seen += histogram[bin];
			if (seen > rank) {
				return bin;
			}
		}
		return histogram.length - 1;
	}

	/** Wraps grey bytes as a {@link BufferedImage#TYPE_BYTE_GRAY} image (no copy of the data semantics). */
	public static BufferedImage toImage(byte[] grey, int columns, int rows) {
		BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_BYTE_GRAY);
		image.getRaster().setDataElements(0, 0, columns, rows, grey);
		return image;
	}
}
