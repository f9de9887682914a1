package org.tagbench.dicom.internal;

import java.nio.file.Path;

import org.tagbench.dicom.DicomPixels.FrameCodec;
import org.tagbench.dicom.ImageAttributes;
import org.tagbench.dicom.internal.JpegLsDecoder.JpegLsException;
import org.tagbench.imaging.MediaException;

/** JPEG-LS lossless (1.2.840.10008.1.2.4.80) and near-lossless (.81) frames through our own {@link JpegLsDecoder}. */
public final class JpegLsCodec implements FrameCodec {

	@Override
	public int[] decode(byte[] frame, ImageAttributes a, Path file) throws MediaException {
		JpegLsDecoder.Image image;
		try {
			image = JpegLsDecoder.decode(frame, a.columns(), a.rows(), a.samplesPerPixel());
		} catch (JpegLsException e) {
			throw new MediaException(file, "JPEG-LS frame: " + e.getMessage(), e);
		}
		if (image.width() != a.columns() || image.height() != a.rows()) {
			throw new MediaException(file, "JPEG-LS frame is " + image.width() + " × " + image.height() + ", the dataset says "
					+ a.columns() + " × " + a.rows());
		}
		if (image.components() != a.samplesPerPixel()) {
			throw new MediaException(file, "JPEG-LS frame has " + image.components() + " components, the dataset says "
					+ a.samplesPerPixel());
		}
		return NativePixels.normalize(image.samples(), ImageIoCodecs.interleaved(a));
	}
}
