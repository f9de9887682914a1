package org.tagbench.dicom.internal;

import java.nio.file.Path;

import org.tagbench.dicom.DicomPixels.FrameCodec;
import org.tagbench.dicom.ImageAttributes;
import org.tagbench.imaging.MediaException;

/**
 * JPEG 2000 lossless (1.2.840.10008.1.2.4.90) and lossy (.91) through JAI ImageIO's JPEG 2000 reader. The
 * reader undoes the multiple-component transform (YBR_RCT / YBR_ICT), so colour frames come out as RGB.
 */
public final class Jpeg2000Codec implements FrameCodec {

	@Override
	public int[] decode(byte[] frame, ImageAttributes a, Path file) throws MediaException {
		if (frame.length < 4 || (frame[0] & 0xFF) != 0xFF || (frame[1] & 0xFF) != 0x4F) {
			// A JP2 box header (0000000C 6A502020) is tolerated; anything else is not JPEG 2000.
			if (!(frame.length > 8 && frame[4] == 'j' && frame[5] == 'P')) {
				throw new MediaException(file, "JPEG 2000 frame does not start with an SOC marker (FF4F)");
			}
		}
		return ImageIoCodecs.read(ImageIoCodecs.JPEG_2000, frame, a, file, "JPEG 2000", false, true);
	}
}
