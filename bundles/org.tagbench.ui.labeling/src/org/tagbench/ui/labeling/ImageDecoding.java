package org.tagbench.ui.labeling;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.tagbench.imaging.ImageRegionReader;
import org.tagbench.imaging.MediaException;

/**
 * Decodes an ordinary image for the canvas, in any thread ({@link ImageData} is plain data). Images up to
 * {@link ImageRegionReader#LARGE_IMAGE_PIXELS} are decoded whole by SWT; larger ones (a 20,000 × 20,000 scan
 * would need 1.2 GB) as an overview subsampled to at most {@value #OVERVIEW_SIDE} pixels a side, which the
 * canvas stretches over the image's true size so that annotations keep full-resolution coordinates.
 */
public final class ImageDecoding {

	/** Longest side of the overview of a large image: 48 MB as RGB. */
	public static final int OVERVIEW_SIDE = 4096;

	private ImageDecoding() {
	}

	/** The image in {@code file}, whose size the item records as {@code width} × {@code height} (0 if unknown). */
	public static ImageData decode(Path file, long width, long height) throws MediaException {
		return decode(file, width, height, 1);
	}

	/**
	 * The image in {@code file}, every {@code step}-th pixel of every {@code step}-th row (more for a huge
	 * image: at most its overview).
	 */
	public static ImageData decode(Path file, long width, long height, int step) throws MediaException {
		if (ImageRegionReader.isLarge(width, height)) {
			step = Math.max(step, ImageRegionReader.stepToFit((int) width, (int) height, OVERVIEW_SIDE));
		}
		BufferedImage image;
		try {
			// the JDK's decoders (native libjpeg for JPEG) are several times faster than SWT's Java ones
			image = ImageRegionReader.readSubsampled(file, step);
		} catch (MediaException e) {
			if (step > 1) {
				throw e;
			}
			return new ImageLoader().load(file.toString())[0]; // formats or variants only SWT reads
		}
		return toImageData(image);
	}

	/**
	 * The subsampling step at which a {@code width} × {@code height} image still has at least one pixel per
	 * screen pixel when fitted into a {@code viewWidth} × {@code viewHeight} view: decoding more is wasted
	 * until the person zooms in.
	 */
	public static int stepForView(long width, long height, int viewWidth, int viewHeight) {
		if (width <= 0 || height <= 0 || viewWidth <= 0 || viewHeight <= 0) {
			return 1;
		}
		return (int) Math.max(1, Math.min(width / viewWidth, height / viewHeight));
	}

	/** An RGB copy of {@code image} as SWT image data. */
	public static ImageData toImageData(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
				&& image.getRaster().getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1
				&& image.getRaster() .getSampleModel() instanceof PixelInterleavedSampleModel model
				&& model.getScanlineStride() == 3 * width && image.getRaster().getSampleModelTranslateX() == 0
				&& image.getRaster().getSampleModelTranslateY() == 0) {
			// what ImageIO gives for colour JPEGs: copy the B, G, R bytes row by row (SWT pads rows to 4 bytes)
			ImageData data = new ImageData(width, height, 24, new PaletteData(0x0000FF, 0x00FF00, 0xFF0000));
			byte[] source = buffer.getData();
			for (int y = 0; y < height; y++) {
				System.arraycopy(source, y * 3 * width, data.data, y * data.bytesPerLine, 3 * width);
			}
			return data;
		}
		if (image.getType() == BufferedImage.TYPE_BYTE_GRAY || image.getType() == BufferedImage.TYPE_USHORT_GRAY) {
			// getRGB would convert linear grey to sRGB (a value of 8 would show as 50): copy the samples as they are
			RGB[] greys = new RGB[256];
			for (int i = 0; i < 256; i++) {
				greys[i] = new RGB(i, i, i);
			}
			ImageData data = new ImageData(width, height, 8, new PaletteData(greys));
			int shift = image.getType() == BufferedImage.TYPE_USHORT_GRAY ? 8 : 0;
			int[] row = new int[width];
			for (int y = 0; y < height; y++) {
				image.getRaster().getSamples(0, y, width, 1, 0, row);
				for (int x = 0; x < width; x++) {
					row[x] >>= shift;
				}
				data.setPixels(0, y, width, row, 0);
			}
			return data;
		}
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}
}
