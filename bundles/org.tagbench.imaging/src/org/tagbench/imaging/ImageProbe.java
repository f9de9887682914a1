package org.tagbench.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a media file's format, size and frame count from its header, without decoding pixels, so that
 * registering half a million images stays an I/O-bound scan.
 */
public final class ImageProbe {

	private ImageProbe() {
	}

	/** Reads the first {@link ImageFormat#HEADER_LENGTH} bytes and recognises the format. */
	public static Optional<ImageFormat> detect(Path file) throws IOException {
		byte[] header = new byte[ImageFormat.HEADER_LENGTH];
		int length;
		try (InputStream in = Files.newInputStream(file)) {
			length = in.readNBytes(header, 0, header.length);
		}
		return ImageFormat.detect(header, length);
	}

	/**
	 * Probes {@code file}.
	 *
	 * @throws MediaException when the file is missing, unreadable, of no supported format, or its header is
	 *                        damaged; the message names the file and the reason
	 */
	public static ImageInfo probe(Path file) throws MediaException {
		ImageFormat format;
		try {
			format = detect(file).orElseThrow(() -> new MediaException(file,
					"not an image Tagbench reads (JPEG, PNG, BMP, GIF, TIFF or DICOM)"));
		} catch (NoSuchFileException e) {
			throw new MediaException(file, "the file does not exist", e);
		} catch (MediaException e) {
			throw e;
		} catch (IOException e) {
			throw new MediaException(file, "cannot be read: " + e.getMessage(), e);
		}
		if (format == ImageFormat.DICOM) {
			// Dimensions come from a registered probe (org.tagbench.dicom); without one only the format is known.
			Optional<MediaProbe> probe = MediaProbes.forFormat(format);
			if (probe.isPresent()) {
				return probe.get().probe(file);
			}
			return new ImageInfo(format, 0, 0, 0);
		}
		return probeWithImageIo(file, format);
	}

	private static ImageInfo probeWithImageIo(Path file, ImageFormat format) throws MediaException {
		try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
			if (input == null) {
				throw new MediaException(file, "cannot be opened");
			}
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
			if (!readers.hasNext()) {
				throw new MediaException(file, "no " + format + " reader is installed in this Java runtime");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, false, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0) {
					throw new MediaException(file, "the " + format + " header gives an empty size " + width + " × " + height);
				}
				// Counting frames is cheap for TIFF (IFD chain) and GIF (block walk); other formats hold one.
				int frames = format == ImageFormat.TIFF || format == ImageFormat.GIF ? reader.getNumImages(true) : 1;
				return new ImageInfo(format, width, height, Math.max(frames, 1));
			} finally {
				reader.dispose();
			}
		} catch (MediaException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			// ImageIO readers throw IIOException, but also IndexOutOfBounds or IllegalArgument on damaged headers.
			String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			throw new MediaException(file, "damaged " + format + " header (" + detail + ")", e);
		}
	}
}
