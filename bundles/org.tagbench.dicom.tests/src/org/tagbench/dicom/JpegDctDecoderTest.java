package org.tagbench.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tagbench.dicom.internal.ColourSpaces;
import org.tagbench.dicom.internal.JpegDctDecoder;
import org.tagbench.dicom.internal.JpegDctDecoder.JpegException;
import org.tagbench.imaging.MediaException;

/**
 * Our sequential DCT decoder (12-bit JPEG Extended) on what dcmcjpeg cannot write — restart intervals and
 * non-interleaved scans, in 8-bit files from libjpeg-turbo's cjpeg compared with its djpeg — and on damaged
 * streams. The 12-bit comparisons with dcmdjpeg are in CodecTest and PydicomFilesTest.
 */
class JpegDctDecoderTest {

	@TempDir
	Path directory;

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = JpegDctDecoderTest.class.getResourceAsStream("/corpus/" + name)) {
			assertTrue(in != null, name + " is in the corpus");
			return in.readAllBytes();
		}
	}

	/** The RGB samples of a binary PPM (P6, maxval 255) as djpeg writes it. */
	private static int[] ppm(String name) throws IOException {
		byte[] b = resource(name);
		int fields = 0;
		int p = 0;
		while (fields < 4) { // magic, width, height, maxval, each followed by one white-space byte
			while (Character.isWhitespace(b[p])) {
				p++;
			}
			while (!Character.isWhitespace(b[p])) {
				p++;
			}
			fields++;
		}
		p++;
		int[] samples = new int[b.length - p];
		for (int i = 0; i < samples.length; i++) {
			samples[i] = b[p + i] & 0xFF;
		}
		return samples;
	}

	private static int count(byte[] b, int marker) {
		int n = 0;
		for (int i = 0; i + 1 < b.length; i++) {
			if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == marker) {
				n++;
			}
		}
		return n;
	}

	@ParameterizedTest
	@CsvSource({ "rgb8-restart, 1, 3", "rgb8-scans, 3, 5" })
	void restartIntervalsAndNonInterleavedScansMatchDjpeg(String name, int scans, int restarts) throws Exception {
		byte[] jpeg = resource(name + ".jpg");
		assertEquals(scans, count(jpeg, 0xDA), "scans in " + name);
		int rst = 0;
		for (int m = 0xD0; m <= 0xD7; m++) {
			rst += count(jpeg, m);
		}
		assertEquals(restarts, rst, "restart markers in " + name); // 4 MCUs of 16 × 16, interval 1; 12 + 4 + 4 blocks, interval 3
		JpegDctDecoder.Image image = JpegDctDecoder.decode(jpeg, 32, 24, 3);
		assertEquals(8, image.precision());
		int[] rgb = image.samples().clone();
		ColourSpaces.toRgb(rgb, "YBR_FULL", 8);
		int[] expected = ppm(name + "-ref.ppm");
		assertEquals(expected.length, rgb.length);
		int worst = 0;
		for (int i = 0; i < rgb.length; i++) {
			worst = Math.max(worst, Math.abs(expected[i] - rgb[i]));
		}
		assertTrue(worst <= 3, name + ": max |difference| to djpeg " + worst);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ct12.jpx.dcm", "rgb8.jpx12-420.dcm", "smooth12.jpx.dcm" })
	void damagedTwelveBitStreamsDecodeOrFailCleanly(String name) throws MediaException {
		decodeDamaged(name, 4095, 100);
	}

	/** 600 cut or overwritten copies of {@code name}'s frame: samples up to {@code maxSample}, or a message. */
	private void decodeDamaged(String name, int maxSample, int minRefused) throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy(name, directory));
		byte[] original = dicom.frame(0);
		ImageAttributes a = dicom.imageAttributes();
		Random random = new Random(name.hashCode());
		int[] outcomes = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			int[] counts = new int[2];
			for (int round = 0; round < 600; round++) {
				byte[] damaged = original.clone();
				if (round % 2 == 0) {
					damaged = Arrays.copyOf(damaged, random.nextInt(damaged.length));
				} else {
					for (int k = 1 + random.nextInt(4); k > 0; k--) {
						damaged[random.nextInt(damaged.length)] = (byte) (random.nextInt(8) == 0 ? 0xFF : random.nextInt(256));
					}
				}
				try {
					int[] samples = JpegDctDecoder.decode(damaged, a.columns(), a.rows(), a.samplesPerPixel()).samples();
					assertEquals(a.rows() * a.columns() * a.samplesPerPixel(), samples.length);
					assertTrue(Arrays.stream(samples).allMatch(v -> v >= 0 && v <= maxSample), "samples within 0.." + maxSample);
					counts[0]++;
				} catch (JpegException e) {
					assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
					counts[1]++;
				}
			}
			return counts;
		});
		assertTrue(outcomes[0] > 0 && outcomes[1] > minRefused, "decoded, refused: " + Arrays.toString(outcomes));
	}

	@Test
	void losslessFramesDecodeExactlyToTheUncompressedSamples() throws Exception {
		for (String base : new String[] { "ct12", "noise12", "signed16", "multi8", "mono1_8", "uniform" }) {
			DicomFile reference = DicomReaders.standard().read(Corpus.copy(base + ".ele.dcm", directory));
			for (String syntax : new String[] { "jp14", "sv1" }) {
				DicomFile lossless = DicomReaders.standard().read(Corpus.copy(base + "." + syntax + ".dcm", directory));
				assertTrue(lossless.transferSyntaxName().contains("Lossless"), lossless.transferSyntaxName());
				for (int f = 0; f < reference.frameCount(); f++) {
					assertArrayEquals(DicomPixels.decode(reference, f).samples(), DicomPixels.decode(lossless, f).samples(),
							base + "." + syntax + " frame " + f);
				}
			}
		}
	}

	@Test
	void frameOfAnotherSizeIsRefusedBeforeDecoding() throws Exception {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy("ct12.jpx.dcm", directory));
		JpegException e = assertThrows(JpegException.class, () -> JpegDctDecoder.decode(dicom.frame(0), 64, 24, 1));
		assertEquals("JPEG frame is 32 × 24 × 1, the dataset says 64 × 24 × 1", e.getMessage());
	}

	@ParameterizedTest
	@CsvSource({ "194, JPEG process SOF2 (progressive or hierarchical) is not supported",
			"201, JPEG process SOF9 (arithmetic coding) is not supported" })
	void progressiveAndArithmeticTwelveBitSayNotSupported(int marker, String message) throws Exception {
		Path copy = Corpus.copy("ct12.jpx.dcm", directory);
		byte[] bytes = java.nio.file.Files.readAllBytes(copy);
		for (int i = 0; i + 1 < bytes.length; i++) { // the frame's SOF1 marker becomes SOF2 / SOF9
			if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xC1) {
				bytes[i + 1] = (byte) marker;
				break;
			}
		}
		java.nio.file.Files.write(copy, bytes);
		DicomFile dicom = DicomReaders.standard().read(copy);
		MediaException e = assertThrows(MediaException.class, () -> DicomPixels.decode(dicom, 0));
		assertEquals(message, e.reason());
		assertEquals(copy, e.file());
	}
}
