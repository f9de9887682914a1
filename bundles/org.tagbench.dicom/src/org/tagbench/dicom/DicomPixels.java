package org.tagbench.dicom;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.tagbench.dicom.internal.JpegLosslessCodec;
import org.tagbench.dicom.internal.NativePixels;
import org.tagbench.dicom.internal.RleDecoder;
import org.tagbench.imaging.MediaException;

/** Decodes frames to {@link Raster}s: native (uncompressed) pixel data, RLE Lossless, and registered codecs. */
public final class DicomPixels {

	/** A decoder for compressed frames of one transfer syntax (e.g. lossless JPEG from a codec bundle). */
	public interface FrameCodec {
		/** Decodes one frame's bit stream into stored values, colour-by-pixel, masked and sign-extended. */
		int[] decode(byte[] frame, ImageAttributes attributes, Path file) throws MediaException;
	}

	private static final Map<TransferSyntax, FrameCodec> CODECS = new ConcurrentHashMap<>();

	static {
		FrameCodec lossless = new JpegLosslessCodec();
		CODECS.put(TransferSyntax.JPEG_LOSSLESS, lossless);
		CODECS.put(TransferSyntax.JPEG_LOSSLESS_SV1, lossless);
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
			if (photometric.startsWith("YBR_FULL_422") || photometric.startsWith("YBR_PARTIAL") || photometric.equals("PALETTE COLOR")) {
				boolean encapsulatedJpeg = dicom.transferSyntax().map(TransferSyntax::encapsulated).orElse(true);
				if (!encapsulatedJpeg || photometric.equals("PALETTE COLOR")) {
					throw new MediaException(file, "Photometric Interpretation " + photometric + " is not supported yet");
				}
			}
			TransferSyntax syntax = dicom.transferSyntax().orElse(null);
			boolean encapsulated = dicom.element(Tag.PIXEL_DATA).map(DicomElement::isEncapsulated).orElse(false);
			if (!encapsulated && (syntax == null || !syntax.encapsulated())) {
				return new Raster(attributes, index, NativePixels.decode(dicom.frame(index), attributes));
			}
			if (syntax == TransferSyntax.RLE_LOSSLESS) {
				return new Raster(attributes, index, RleDecoder.decode(dicom.frame(index), attributes, file));
			}
			FrameCodec codec = syntax == null ? null : CODECS.get(syntax);
			if (codec == null) {
				throw new MediaException(file, "transfer syntax " + dicom.transferSyntaxName() + " is not supported yet");
			}
			return new Raster(attributes, index, codec.decode(dicom.frame(index), attributes, file));
		} catch (MediaException e) {
			throw e;
		} catch (RuntimeException | OutOfMemoryError e) {
			throw new MediaException(file, "damaged pixel data in frame " + index + " (" + e + ")", e);
		}
	}
}
