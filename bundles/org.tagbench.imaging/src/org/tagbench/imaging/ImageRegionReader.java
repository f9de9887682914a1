package org.tagbench.imaging;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a part of an image, or all of it at a lower resolution, without ever holding the full-resolution
 * raster: ImageIO's readers apply source region and subsampling while they decode line by line. This is
 * how a 20,000 × 20,000 scan (1.2 GB as RGB) is shown: an overview that fits a few thousand pixels,
 * and, when zoomed in, only the visible region at the resolution the screen needs.
 * <p>
 * The memory a call needs is the size of what it returns, whatever the image's size.
 */
public final class ImageRegionReader {

	/** Images with more pixels than this are shown through an overview plus regions, not decoded whole. */
	public static final long LARGE_IMAGE_PIXELS = 40_000_000L;

	private ImageRegionReader() {
	}

	/** Whether a {@code width} × {@code height} image is too large to decode whole for display. */
	public static boolean isLarge(long width, long height) {
		return width * height > LARGE_IMAGE_PIXELS;
	}

	/**
	 * The smallest subsampling step that makes a {@code width} × {@code height} image fit within
	 * {@code maxSide} × {@code maxSide}.
	 */
	public static int stepToFit(int width, int height, int maxSide) {
		int longest = Math.max(width, height);
		return Math.max(1, (longest + maxSide - 1) / maxSide);
	}

	/** The whole image, every {@code step}-th pixel of every {@code step}-th row. */
	public static BufferedImage readSubsampled(Path file, int step) throws MediaException {
		return read(file, null, step);
	}

	/**
	 * The pixels of {@code region} (image coordinates, clipped to the image), every {@code step}-th pixel
	 * of every {@code step}-th row; {@code region} {@code null} means the whole image.
	 */
	public static BufferedImage read(Path file, Rectangle region, int step) throws MediaException {
		if (step < 1) {
			throw new IllegalArgumentException("subsampling step " + step + " < 1");
		}
		if (!Files.isRegularFile(file)) {
			throw new MediaException(file, "the file does not exist");
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
			Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
			if (readers == null || !readers.hasNext()) {
				throw new MediaException(file, "no image reader recognises this file");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				ImageReadParam param = reader.getDefaultReadParam();
				if (region != null) {
					Rectangle clipped = region.intersection(new Rectangle(0, 0, reader.getWidth(0), reader.getHeight(0)));
					if (clipped.isEmpty()) {
						throw new IllegalArgumentException("region " + region + " lies outside the image");
					}
					param.setSourceRegion(clipped);
				}
				param.setSourceSubsampling(step, step, 0, 0);
				return reader.read(0, param);
			} finally {
				reader.dispose();
			}
		} catch (MediaException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("region ")) {
				throw (IllegalArgumentException) e;
			}
			String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			throw new MediaException(file, "cannot be decoded (" + detail + ")", e);
		}
	}
}
