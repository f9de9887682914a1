package org.tagbench.dicom;

/**
 * The attributes Tagbench shows and uses, read by tag. Absent numbers are 0 (sizes), NaN (window), 1/0
 * (rescale slope/intercept); absent text is {@code null}.
 *
 * @param pixelSpacing row spacing, column spacing in mm (empty when absent)
 */
public record DicomMetadata(int rows, int columns, int frames, int bitsAllocated, int bitsStored, String photometricInterpretation,
		double[] pixelSpacing, double[] windowCenters, double[] windowWidths, double rescaleSlope, double rescaleIntercept,
		String modality, String patientName, String studyDescription, String seriesDescription) {

	public static DicomMetadata of(DicomObject dataset) {
		double slope = dataset.number(Tag.RESCALE_SLOPE, 1);
		return new DicomMetadata(dataset.integer(Tag.ROWS, 0), dataset.integer(Tag.COLUMNS, 0),
				Math.max(1, dataset.integer(Tag.NUMBER_OF_FRAMES, 1)), dataset.integer(Tag.BITS_ALLOCATED, 0),
				dataset.integer(Tag.BITS_STORED, 0), dataset.string(Tag.PHOTOMETRIC_INTERPRETATION), dataset.numbers(Tag.PIXEL_SPACING),
				dataset.numbers(Tag.WINDOW_CENTER), dataset.numbers(Tag.WINDOW_WIDTH), slope == 0 ? 1 : slope,
				dataset.number(Tag.RESCALE_INTERCEPT, 0), dataset.string(Tag.MODALITY), dataset.string(Tag.PATIENT_NAME),
				dataset.string(Tag.STUDY_DESCRIPTION), dataset.string(Tag.SERIES_DESCRIPTION));
	}

	/** The first window of the file, if it has a usable one. */
	public java.util.Optional<VoiWindow> window() {
		if (windowCenters.length == 0 || windowWidths.length == 0 || Double.isNaN(windowCenters[0]) || Double.isNaN(windowWidths[0])) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new VoiWindow(windowCenters[0], windowWidths[0]));
	}
}
