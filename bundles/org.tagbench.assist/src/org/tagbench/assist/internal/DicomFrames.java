package org.tagbench.assist.internal;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.tagbench.dicom.DicomFile;
import org.tagbench.dicom.DicomPixels;
import org.tagbench.dicom.DicomReaders;
import org.tagbench.dicom.GreyRenderer;
import org.tagbench.dicom.Raster;
import org.tagbench.imaging.MediaException;

/**
 * DICOM items for the assist: the first frame rendered to 8-bit grey with the file's own settings (modality
 * rescale, its first window or VOI LUT, else an automatic window; MONOCHROME1 inverted), as the DICOM bundle
 * renders it, before any backbone sees it.
 */
public final class DicomFrames {

	private DicomFrames() {
	}

	/** The first frame as 8-bit grey; colour DICOM (RGB, YBR, palette) is refused with a message. */
	public static BufferedImage firstFrameGrey(Path file) throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(file);
		Raster raster = DicomPixels.decode(dicom, 0);
		if (raster.attributes().samplesPerPixel() != 1 || "PALETTE COLOR".equals(raster.attributes().photometricInterpretation())) {
			throw new MediaException(file, "colour DICOM (" + raster.attributes().photometricInterpretation()
					+ ") is not assisted yet, only grey images");
		}
		return GreyRenderer.toImage(GreyRenderer.render(dicom, raster), raster.columns(), raster.rows());
	}
}
