package org.tagbench.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tagbench.dicom.DicomFile;
import org.tagbench.dicom.DicomPixels;
import org.tagbench.dicom.DicomReaders;
import org.tagbench.dicom.GreyRenderer;
import org.tagbench.dicom.Raster;
import org.tagbench.imaging.MediaException;

/**
 * Jazzer fuzz target: whatever the bytes, reading a file, decoding its first frames and rendering them
 * either works or throws the documented {@link MediaException}. Any other exception, a hang or an
 * OutOfMemoryError (the fuzzer runs in a 512 MiB heap, so a header that claims gigabytes of pixels and makes
 * the reader allocate them is caught) is a finding.
 */
public final class DicomReaderFuzzer {

	private static final int FRAMES_TO_DECODE = 2;

	private static Path input;

	private DicomReaderFuzzer() {
	}

	public static void fuzzerInitialize() {
		try {
			input = Files.createTempFile("tagbench-fuzz", ".dcm");
			input.toFile().deleteOnExit();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static void fuzzerTestOneInput(byte[] data) throws IOException {
		Files.write(input, data);
		try {
			DicomFile dicom = DicomReaders.standard().read(input);
			int frames = Math.min(dicom.frameCount(), FRAMES_TO_DECODE);
			for (int frame = 0; frame < frames; frame++) {
				Raster raster = DicomPixels.decode(dicom, frame);
				if (raster.attributes().samplesPerPixel() == 1) {
					GreyRenderer.render(dicom, raster);
				}
			}
		} catch (MediaException expected) {
			// the documented outcome for bad input: a message with the file and the reason
		}
	}
}
