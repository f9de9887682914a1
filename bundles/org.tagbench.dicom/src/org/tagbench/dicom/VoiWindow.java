package org.tagbench.dicom;

/**
 * A VOI window (PS3.3 C.11.2.1.2) on modality values: centre and width. A pure value, so that dragging
 * window/level only makes new windows and calls {@link GreyRenderer#render(Raster, double, double, VoiWindow, VoiWindow.Function, boolean)} again.
 */
public record VoiWindow(double center, double width) {

	/** VOI LUT Function (0028,1056). */
	public enum Function {
		LINEAR, LINEAR_EXACT, SIGMOID;

		/** The function named by the attribute value, LINEAR when absent or unknown. */
		public static Function of(String value) {
			if ("LINEAR_EXACT".equals(value)) {
				return LINEAR_EXACT;
			}
			return "SIGMOID".equals(value) ? SIGMOID : LINEAR;
		}
	}

	/**
	 * The 8-bit output (0..255) for modality value {@code x}.
	 */
	public int apply(double x, Function function) {
		double y;
		switch (function) {
		case LINEAR_EXACT -> {
			double w = Math.max(width, Double.MIN_NORMAL);
			y = x <= center - w / 2 ? 0 : x > center + w / 2 ? 255 : (x - center) / w * 255 + 127.5;
		}
		case SIGMOID -> y = 255 / (1 + Math.exp(-4 * (x - center) / Math.max(width, Double.MIN_NORMAL)));
		default -> {
			// PS3.3 C.11.2.1.2.1: width >= 1; at width 1 the middle branch is empty, so w - 1 is never 0 there.
			double w = Math.max(width, 1);
			double low = center - 0.5 - (w - 1) / 2;
			double high = center - 0.5 + (w - 1) / 2;
			if (x <= low) {
				y = 0;
			} else if (x > high) {
				y = 255;
			} else {
				y = ((x - (center - 0.5)) / (w - 1) + 0.5) * 255;
			}
		}
		}
		long rounded = Math.round(y);
		return (int) Math.max(0, Math.min(255, rounded));
	}
}
