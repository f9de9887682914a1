package org.tagbench.ui.classification.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.tagbench.ui.labeling.ImageDecoding;

/**
 * Decodes an image file to an SWT {@link ImageData} no larger than a tile needs, off the UI thread
 * ({@code ImageData} is plain data, unlike {@code Image}). ImageIO reads with source subsampling, so a
 * 12-megapixel JPEG shown in a 500-pixel tile never occupies 48 MB; the rest is scaled bilinearly.
 * Formats ImageIO cannot read fall back to SWT's loader.
 */
public final class ScaledDecoder {

	private ScaledDecoder() {
	}

	/** The image in {@code file}, fitted within {@code maxSize} × {@code maxSize} pixels (never enlarged). */
	public static ImageData decode(Path file, int maxSize) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException("The file " + file + " is missing.");
		}
		BufferedImage image = readSubsampled(file, maxSize);
		if (image == null) {
			try {
				ImageData data = new ImageLoader().load(file.toString())[0];
				double scale = Math.min(1.0, (double) maxSize / Math.max(data.width, data.height));
				return scale < 1 ? data.scaledTo(Math.max(1, (int) (data.width * scale)), Math.max(1, (int) (data.height * scale))) : data;
			} catch (SWTException e) {
				throw new IOException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
			}
		}
		return ImageDecoding.toImageData(fit(image, maxSize));
	}

	private static BufferedImage readSubsampled(Path file, int maxSize) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
			if (input == null) {
				return null;
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				// Subsample to at most twice the target, then scale smoothly the rest of the way.
				int step = Math.max(1, Math.max(width, height) / (2 * maxSize));
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				return reader.read(0, param);
			} finally {
				reader.dispose();
			}
		} catch (IOException | RuntimeException e) {
			throw new IOException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
		}
	}

	private static BufferedImage fit(BufferedImage image, int maxSize) {
		double scale = Math.min(1.0, (double) maxSize / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage fitted = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = fitted.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(image, 0, 0, width, height, null);
		} finally {
			g.dispose();
		}
		return fitted;
	}

}
