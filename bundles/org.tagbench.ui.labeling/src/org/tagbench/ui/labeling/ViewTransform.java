package org.tagbench.ui.labeling;

/**
 * Maps image pixel coordinates to view (canvas) coordinates and back: {@code view = image * scale + offset}.
 * Plain Java, no SWT, so that it is tested without a display.
 * <p>
 * "Fit" shows the whole image centred in the view at the largest scale that fits; zoom keeps the image
 * point under the given view point where it is; pan moves the image by view pixels.
 * </p>
 */
public final class ViewTransform {

	public static final double MIN_SCALE = 0.01;
	public static final double MAX_SCALE = 64;

	private double imageWidth;
	private double imageHeight;
	private double viewWidth;
	private double viewHeight;
	private double scale = 1;
	private double offsetX;
	private double offsetY;
	private boolean fitted = true;

	/** Sets the image size and fits it into the view. */
	public void setImageSize(double width, double height) {
		imageWidth = width;
		imageHeight = height;
		fit();
	}

	/** Sets the view size; a fitted view stays fitted, a zoomed one keeps its scale and offset. */
	public void setViewSize(double width, double height) {
		viewWidth = width;
		viewHeight = height;
		if (fitted) {
			fit();
		}
	}

	/** The whole image, centred, as large as the view allows. */
	public void fit() {
		fitted = true;
		if (imageWidth <= 0 || imageHeight <= 0 || viewWidth <= 0 || viewHeight <= 0) {
			scale = 1;
			offsetX = 0;
			offsetY = 0;
			return;
		}
		scale = clamp(Math.min(viewWidth / imageWidth, viewHeight / imageHeight));
		offsetX = (viewWidth - imageWidth * scale) / 2;
		offsetY = (viewHeight - imageHeight * scale) / 2;
	}

	/** Multiplies the scale by {@code factor}, keeping the image point under view point (vx, vy) in place. */
	public void zoomAt(double factor, double vx, double vy) {
		double ix = toImageX(vx);
		double iy = toImageY(vy);
		scale = clamp(scale * factor);
		offsetX = vx - ix * scale;
		offsetY = vy - iy * scale;
		fitted = false;
	}

	/** Zooms around the centre of the view. */
	public void zoom(double factor) {
		zoomAt(factor, viewWidth / 2, viewHeight / 2);
	}

	/** Moves the image by (dx, dy) view pixels. */
	public void pan(double dx, double dy) {
		offsetX += dx;
		offsetY += dy;
		fitted = false;
	}

	public double toImageX(double vx) {
		return (vx - offsetX) / scale;
	}

	public double toImageY(double vy) {
		return (vy - offsetY) / scale;
	}

	public double toViewX(double ix) {
		return ix * scale + offsetX;
	}

	public double toViewY(double iy) {
		return iy * scale + offsetY;
	}

	/** An image x clamped to the image (0 … width). */
	public double clampImageX(double ix) {
		return Math.max(0, Math.min(imageWidth, ix));
	}

	public double clampImageY(double iy) {
		return Math.max(0, Math.min(imageHeight, iy));
	}

	public double scale() {
		return scale;
	}

	public double offsetX() {
		return offsetX;
	}

	public double offsetY() {
		return offsetY;
	}

	public boolean isFitted() {
		return fitted;
	}

	public double imageWidth() {
		return imageWidth;
	}

	public double imageHeight() {
		return imageHeight;
	}

	private static double clamp(double s) {
		return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
	}
}
