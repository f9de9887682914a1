package org.tagbench.dicom.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.tagbench.dicom.ImageAttributes;
import org.tagbench.imaging.MediaException;

/**
 * The embedded ImageIO readers (TwelveMonkeys JPEG, JAI JPEG 2000). Their service providers are not found by
 * ImageIO inside OSGi, and registering them globally would change every image read in the application; so
 * they live in a private {@link ServiceRegistry} that also holds the JDK's JPEG provider, which TwelveMonkeys
 * looks up there as its delegate.
 */
public final class ImageIoCodecs {

	private static final ServiceRegistry REGISTRY = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());

	static final ImageReaderSpi JPEG;
	static final ImageReaderSpi JPEG_2000;

	static {
		Iterator<ImageReaderSpi> jdk = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class,
				spi -> spi.getClass().getName().equals("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi"), false);
		if (jdk.hasNext()) {
			REGISTRY.registerServiceProvider(jdk.next(), ImageReaderSpi.class);
		}
		JPEG = new com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi();
		REGISTRY.registerServiceProvider(JPEG, ImageReaderSpi.class);
		JPEG_2000 = new com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi();
		REGISTRY.registerServiceProvider(JPEG_2000, ImageReaderSpi.class);
	}

	private ImageIoCodecs() {
	}

	/** The attributes of decoded samples: colour-by-pixel, right-aligned at Bits Stored. */
	static ImageAttributes interleaved(ImageAttributes a) {
		return new ImageAttributes(a.rows(), a.columns(), a.samplesPerPixel(), a.bitsAllocated(), a.bitsStored(), a.bitsStored() - 1,
				a.signed(), 0, a.photometricInterpretation(), a.frames());
	}

	/**
	 * Reads one image with {@code provider}: its raw component samples (no colour conversion), checked against
	 * the dataset's size and samples per pixel, then masked and sign-extended.
	 *
	 * @param what   the codec's name for messages
	 * @param raster read the raster (raw components) rather than the image
	 * @param clamp  clamp to the range of Bits Stored (lossy JPEG 2000 overshoots it, and masking would wrap)
	 */
	static int[] read(ImageReaderSpi provider, byte[] frame, ImageAttributes a, Path file, String what, boolean raster, boolean clamp)
			throws MediaException {
		ImageReader reader = null;
		// JPEG 2000 needs an end-of-data exception from single-byte reads (CodestreamInput says why).
		try (ImageInputStream input = provider == JPEG_2000 ? new CodestreamInput(frame)
				: new MemoryCacheImageInputStream(new ByteArrayInputStream(frame))) {
			reader = provider.createReaderInstance(null);
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width != a.columns() || height != a.rows()) {
				throw new MediaException(file, what + " frame is " + width + " × " + height + ", the dataset says " + a.columns() + " × "
						+ a.rows());
			}
			java.awt.image.Raster decoded = raster ? reader.readRaster(0, null) : reader.read(0).getRaster();
			if (decoded.getNumBands() != a.samplesPerPixel()) {
				throw new MediaException(file, what + " frame has " + decoded.getNumBands() + " components, the dataset says "
						+ a.samplesPerPixel());
			}
			int[] values = decoded.getPixels(decoded.getMinX(), decoded.getMinY(), width, height, (int[]) null);
			if (clamp) {
				int min = a.signed() ? -(1 << (a.bitsStored() - 1)) : 0;
				int max = a.signed() ? (1 << (a.bitsStored() - 1)) - 1 : (int) ((1L << a.bitsStored()) - 1);
				for (int i = 0; i < values.length; i++) {
					values[i] = Math.max(min, Math.min(max, values[i]));
				}
			}
			return NativePixels.normalize(values, interleaved(a));
		} catch (MediaException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new MediaException(file, "damaged " + what + " frame (" + e.getMessage() + ")", e);
		} catch (ThreadDeath e) {
			// jj2000's JJ2KExceptionHandler prints the cause and throws ThreadDeath instead of rethrowing it
			throw new MediaException(file, "damaged " + what + " frame (the decoder gave up)", e);
		} catch (Error e) {
			if (e instanceof VirtualMachineError) {
				throw e; // out of memory is reported by DicomPixels.decode; a stack overflow is not the file's fault
			}
			// jj2000 reports damaged codestreams with Errors too (NotImplementedError, "Image cannot have no precinct")
			throw new MediaException(file, "damaged " + what + " frame (" + e + ")", e);
		} finally {
			if (reader != null) {
				reader.dispose();
			}
		}
	}
}
