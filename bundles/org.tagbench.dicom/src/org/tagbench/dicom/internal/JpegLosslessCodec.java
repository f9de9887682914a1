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
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.tagbench.dicom.DicomPixels.FrameCodec;
import org.tagbench.dicom.ImageAttributes;
import org.tagbench.imaging.MediaException;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;

/**
 * Lossless JPEG (process 14, any predictor, and SV1) through TwelveMonkeys' JPEG reader. Its service
 * provider is not found by ImageIO inside OSGi, and registering it globally would change every JPEG read in
 * the application; so it is registered in a private {@link ServiceRegistry} that also holds the JDK's JPEG
 * provider, which TwelveMonkeys looks up there as its delegate.
 */
public final class JpegLosslessCodec implements FrameCodec {

	/** Lossless JPEG Huffman codes take at least one bit per sample. */
	private static final int MAX_SAMPLES_PER_BYTE = 8;

	private final ImageReaderSpi provider;

	public JpegLosslessCodec() {
		ServiceRegistry registry = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
		Iterator<ImageReaderSpi> jdk = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class,
				spi -> spi.getClass().getName().equals("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi"), false);
		if (jdk.hasNext()) {
			registry.registerServiceProvider(jdk.next(), ImageReaderSpi.class);
		}
		JPEGImageReaderSpi twelveMonkeys = new JPEGImageReaderSpi();
		registry.registerServiceProvider(twelveMonkeys, ImageReaderSpi.class);
		this.provider = twelveMonkeys;
	}

	@Override
	public int[] decode(byte[] frame, ImageAttributes a, Path file) throws MediaException {
		long samples = (long) a.samplesPerFrame();
		if (samples > (long) frame.length * MAX_SAMPLES_PER_BYTE + 1024) {
			throw new MediaException(file, "JPEG frame of " + frame.length + " bytes cannot hold " + a.rows() + " × " + a.columns()
					+ " × " + a.samplesPerPixel() + " samples");
		}
		ImageReader reader = null;
		try (MemoryCacheImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(frame))) {
			reader = provider.createReaderInstance(null);
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width != a.columns() || height != a.rows()) {
				throw new MediaException(file, "JPEG frame is " + width + " × " + height + ", the dataset says " + a.columns() + " × "
						+ a.rows());
			}
			java.awt.image.Raster raster = reader.read(0).getRaster();
			if (raster.getNumBands() != a.samplesPerPixel()) {
				throw new MediaException(file, "JPEG frame has " + raster.getNumBands() + " components, the dataset says "
						+ a.samplesPerPixel());
			}
			int[] values = raster.getPixels(0, 0, width, height, (int[]) null);
			ImageAttributes interleaved = new ImageAttributes(a.rows(), a.columns(), a.samplesPerPixel(), a.bitsAllocated(),
					a.bitsStored(), a.bitsStored() - 1, a.signed(), 0, a.photometricInterpretation(), a.frames());
			return NativePixels.normalize(values, interleaved);
		} catch (MediaException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new MediaException(file, "damaged lossless JPEG frame (" + e.getMessage() + ")", e);
		} finally {
			if (reader != null) {
				reader.dispose();
			}
		}
	}
}
