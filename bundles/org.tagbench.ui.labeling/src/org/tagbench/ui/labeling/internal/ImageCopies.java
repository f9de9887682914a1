package org.tagbench.ui.labeling.internal;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Pattern;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;

/**
 * Draws images 1:1 without {@link GC#drawImage}: on GTK (SWT 3.132 to 3.135, the newest on Maven Central)
 * {@code drawImage} first calls {@code Image.getImageData()} only to learn the image's size, which reads the whole
 * image back from the X server and converts it in the heap on every call (eclipse-platform/eclipse.platform.swt#3507,
 * fixed by #3510 after 3.135). For the canvas's view-sized back buffers and 512-pixel tiles that was most of a frame
 * (a 1,500 × 900 image: 2.1 ms median through {@code drawImage}, 0.3 ms here, and 5.4 MB of garbage per call). A
 * pattern made from the image fills the target rectangle instead: the same cairo source, without the read-back.
 * <p>
 * SWT patterns repeat the image at its edges and keep cairo's default filter (no {@code SWT.NONE}), so exact scaled
 * draws stay with {@code drawImage} ({@link #draw}); only the frames that any filter suits take the pattern scaled
 * ({@link #drawQuick}).
 */
public final class ImageCopies {

	private ImageCopies() {
	}

	/** Draws {@code image} 1:1 with its top left corner at ({@code x}, {@code y}), as {@code gc.drawImage(image, x, y)}. */
	public static void copy(GC gc, Image image, int x, int y) {
		Rectangle bounds = image.getBounds();
		copy(gc, image, 0, 0, bounds.width, bounds.height, x, y);
	}

	/**
	 * Draws the {@code width} × {@code height} part of {@code image} at ({@code srcX}, {@code srcY}) 1:1 at
	 * ({@code destX}, {@code destY}); a part not inside the image goes to {@code drawImage}, which refuses it as before.
	 */
	public static void copy(GC gc, Image image, int srcX, int srcY, int width, int height, int destX, int destY) {
		Rectangle bounds = image.getBounds();
		if (srcX < 0 || srcY < 0 || width <= 0 || height <= 0 || srcX + width > bounds.width || srcY + height > bounds.height) {
			gc.drawImage(image, srcX, srcY, width, height, destX, destY, width, height);
			return;
		}
		fill(gc, image, srcX, srcY, width, height, destX, destY, 1, 1);
	}

	/**
	 * Fills the destination of the {@code width} × {@code height} part of {@code image} at ({@code srcX},
	 * {@code srcY}) with it, scaled by {@code scaleX}, {@code scaleY} around ({@code destX}, {@code destY}), through a
	 * pattern; the GC's transform and background come back as they were.
	 */
	private static void fill(GC gc, Image image, int srcX, int srcY, int width, int height, int destX, int destY,
			float scaleX, float scaleY) {
		Pattern previousPattern = gc.getBackgroundPattern();
		Transform previous = new Transform(gc.getDevice());
		Transform moved = new Transform(gc.getDevice());
		Pattern pattern = new Pattern(gc.getDevice(), image);
		try {
			gc.getTransform(previous);
			gc.getTransform(moved);
			moved.translate(destX, destY); // whole pixels, and at 1:1 cairo copies without filtering
			moved.scale(scaleX, scaleY);
			moved.translate(-srcX, -srcY);
			gc.setTransform(moved);
			gc.setBackgroundPattern(pattern);
			gc.fillRectangle(srcX, srcY, width, height);
		} finally {
			gc.setBackgroundPattern(previousPattern);
			gc.setTransform(previous.isIdentity() ? null : previous);
			pattern.dispose();
			moved.dispose();
			previous.dispose();
		}
	}

	/**
	 * {@code gc.drawImage} with a source and a destination rectangle: copied 1:1 as above when the two are of one size,
	 * else drawn by {@code drawImage} (scaled with the filter set on {@code gc}).
	 */
	public static void draw(GC gc, Image image, int srcX, int srcY, int srcWidth, int srcHeight, int destX, int destY,
			int destWidth, int destHeight) {
		if (srcWidth == destWidth && srcHeight == destHeight) {
			copy(gc, image, srcX, srcY, srcWidth, srcHeight, destX, destY);
		} else {
			gc.drawImage(image, srcX, srcY, srcWidth, srcHeight, destX, destY, destWidth, destHeight);
		}
	}

	/**
	 * Below this factor cairo's default filter shrinks with a box filter: 25 ms for twelve 512-pixel tiles at 0.6
	 * against 1.5 ms bilinear at 0.9 (Xvfb, `RepaintBenchmark` machine).
	 */
	static final double MIN_SMOOTH_FACTOR = 0.8;

	/**
	 * Draws the part of {@code image} scaled into the destination the quickest way, for frames that any filter suits
	 * (tiles shrunk until the view settles, a zoom burst's scaled picture): 1:1 as {@link #copy}; scaled by at least
	 * {@value #MIN_SMOOTH_FACTOR} through the pattern (cairo's bilinear filter; when enlarging, the outermost pixels
	 * take up to a quarter of the opposite edge at 2×); by less, unfiltered by {@code drawImage}.
	 */
	public static void drawQuick(GC gc, Image image, int srcX, int srcY, int srcWidth, int srcHeight, int destX,
			int destY, int destWidth, int destHeight) {
		Rectangle bounds = image.getBounds();
		float scaleX = destWidth / (float) srcWidth;
		float scaleY = destHeight / (float) srcHeight;
		boolean inside = srcX >= 0 && srcY >= 0 && srcWidth > 0 && srcHeight > 0 && srcX + srcWidth <= bounds.width
				&& srcY + srcHeight <= bounds.height && destWidth > 0 && destHeight > 0;
		if (inside && Math.min(scaleX, scaleY) >= MIN_SMOOTH_FACTOR) {
			fill(gc, image, srcX, srcY, srcWidth, srcHeight, destX, destY, scaleX, scaleY);
			return;
		}
		int filter = gc.getInterpolation();
		gc.setInterpolation(org.eclipse.swt.SWT.NONE);
		try {
			gc.drawImage(image, srcX, srcY, srcWidth, srcHeight, destX, destY, destWidth, destHeight);
		} finally {
			gc.setInterpolation(filter);
		}
	}
}
