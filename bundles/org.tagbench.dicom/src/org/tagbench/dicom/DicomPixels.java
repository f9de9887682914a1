package org.tagbench.dicom;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.tagbench.dicom.internal.ColourSpaces;
import org.tagbench.dicom.internal.Jpeg2000Codec;
import org.tagbench.dicom.internal.JpegCodec;
import org.tagbench.dicom.internal.JpegLsCodec;
import org.tagbench.dicom.internal.NativePixels;
import org.tagbench.dicom.internal.RleDecoder;
import org.tagbench.imaging.MediaException;

/**
 * Decodes frames to {@link Raster}s: native (uncompressed) pixel data, RLE Lossless, and registered codecs
 * (JPEG baseline/extended 8-bit/lossless, JPEG-LS, JPEG 2000). Colour frames come out as RGB: YCbCr
 * photometric interpretations (YBR_FULL, YBR_FULL_422, YBR_PARTIAL_422/420, YBR_RCT, YBR_ICT) are converted
 * and the raster's attributes say RGB, colour-by-pixel. PALETTE COLOR frames keep their indices (see
 * {@link PaletteColor}).
 */
public final class DicomPixels {

	/** A decoder for compressed frames of one transfer syntax (e.g. lossless JPEG from a codec bundle). */
	public interface FrameCodec {
		/** Decodes one frame's bit stream into stored values, colour-by-pixel, masked and sign-extended. */
		int[] decode(byte[] frame, ImageAttributes attributes, Path file) throws MediaException;
	}

	private static final Map<TransferSyntax, FrameCodec> CODECS = new ConcurrentHashMap<>();

	static {
		FrameCodec jpeg = new JpegCodec();
		CODECS.put(TransferSyntax.JPEG_BASELINE, jpeg);
		CODECS.put(TransferSyntax.JPEG_EXTENDED, jpeg);
		CODECS.put(TransferSyntax.JPEG_LOSSLESS, jpeg);
		CODECS.put(TransferSyntax.JPEG_LOSSLESS_SV1, jpeg);
		FrameCodec jpegLs = new JpegLsCodec();
		CODECS.put(TransferSyntax.JPEG_LS_LOSSLESS, jpegLs);
		CODECS.put(TransferSyntax.JPEG_LS_NEAR_LOSSLESS, jpegLs);
		FrameCodec jpeg2000 = new Jpeg2000Codec();
		CODECS.put(TransferSyntax.JPEG_2000_LOSSLESS, jpeg2000);
		CODECS.put(TransferSyntax.JPEG_2000, jpeg2000);
	}

	private DicomPixels() {
	}

	public static void registerCodec(TransferSyntax syntax, FrameCodec codec) {
		CODECS.put(syntax, codec);
	}

	static boolean hasCodec(TransferSyntax syntax) {
		return CODECS.containsKey(syntax);
	}

	/**
	 * Decodes frame {@code index}.
	 *
	 * @throws MediaException for damaged data, and "transfer syntax X (name) is not supported yet" for
	 *                        compressions this build does not decode
	 */
	public static Raster decode(DicomFile dicom, int index) throws MediaException {
		Path file = dicom.path();
		try {
			ImageAttributes attributes = dicom.imageAttributes();
			String photometric = attributes.photometricInterpretation();
			TransferSyntax syntax = dicom.transferSyntax().orElse(null);
			boolean encapsulated = dicom.element(Tag.PIXEL_DATA).map(DicomElement::isEncapsulated).orElse(false);
			if (photometric.equals("PALETTE COLOR")) {
				PaletteColor.of(dicom, attributes); // a clear message now rather than a grey image later
			}
			boolean ybr = ColourSpaces.isYbr(photometric) && attributes.samplesPerPixel() == 3;
			int[] samples;
			if (!encapsulated && (syntax == null || !syntax.encapsulated())) {
				samples = NativePixels.decode(dicom.frame(index), attributes);
				if (ybr && ColourSpaces.isSubsampled(photometric)) {
					samples = ColourSpaces.upsample422(samples, attributes);
				}
			} else if (syntax == TransferSyntax.RLE_LOSSLESS) {
				samples = RleDecoder.decode(dicom.frame(index), attributes, file);
			} else {
				FrameCodec codec = syntax == null ? null : CODECS.get(syntax);
				if (codec == null) {
					throw new MediaException(file, "transfer syntax " + dicom.transferSyntaxName() + " is not supported yet");
				}
				samples = codec.decode(dicom.frame(index), attributes, file);
			}
			if (ybr) {
				ColourSpaces.toRgb(samples, photometric, attributes.bitsStored());
			}
			if (ybr || photometric.equals("YBR_RCT") || photometric.equals("YBR_ICT")) {
				attributes = new ImageAttributes(attributes.rows(), attributes.columns(), 3, attributes.bitsAllocated(),
						attributes.bitsStored(), attributes.highBit(), attributes.signed(), 0, "RGB", attributes.frames());
			}
			return new Raster(attributes, index, samples);
		} catch (MediaException e) {
			throw e;
		} catch (RuntimeException | OutOfMemoryError e) {
			throw new MediaException(file, "damaged pixel data in frame " + index + " (" + e + ")", e);
		}
	}
}
