package org.tagbench.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tagbench.dicom.internal.JpegDctDecoder.Image;
import org.tagbench.dicom.internal.JpegDctDecoder.JpegException;
import org.tagbench.dicom.internal.JpegLosslessDecoder;
import org.tagbench.imaging.MediaException;

/**
 * Our lossless JPEG decoder (T.81 Annex H) on dcmcjpeg's files for every selection value, colour, the point
 * transform, and — since no tool here writes them — restart intervals from a minimal encoder in this test and
 * subsampled components from the corpus' {@code lossless-subsampled.py}; truncated and damaged streams must fail
 * with a message saying where, never hang.
 */
class JpegLosslessDecoderTest {

	@TempDir
	Path directory;

	private DicomFile read(String name) throws MediaException {
		return DicomReaders.standard().read(Corpus.copy(name, directory));
	}

	/** The selection value (Ss) of the frame's first scan header. */
	private static int selectionValue(byte[] frame) {
		for (int i = 0; i + 1 < frame.length; i++) {
			if ((frame[i] & 0xFF) == 0xFF && (frame[i + 1] & 0xFF) == 0xDA) {
				return frame[i + 5 + 2 * (frame[i + 4] & 0xFF)] & 0xFF;
			}
		}
		throw new AssertionError("no scan header");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "ct12.jp14, 1", "ct12.jp14-sv2, 2", "ct12.jp14-sv3, 3", "ct12.jp14-sv4, 4", "ct12.jp14-sv5, 5", "ct12.jp14-sv6, 6",
			"ct12.jp14-sv7, 7", "noise12.jp14-sv2, 2", "noise12.jp14-sv3, 3", "noise12.jp14-sv4, 4", "noise12.jp14-sv5, 5",
			"noise12.jp14-sv6, 6", "noise12.jp14-sv7, 7", "signed16.jp14-sv7, 7", "signed16.sv1, 1", "rgb8.jp14, 4", "uniform.jp14, 1",
			"multi8.sv1, 1", "mono1_8.jp14, 1" })
	void everySelectionValueGivesTheUncompressedSamples(String name, int selectionValue) throws MediaException {
		DicomFile file = read(name + ".dcm");
		DicomFile reference = read(name.substring(0, name.indexOf('.')) + ".ele.dcm");
		assertEquals(selectionValue, selectionValue(file.frame(0)), "predictor dcmcjpeg used");
		assertEquals(reference.frameCount(), file.frameCount());
		for (int frame = 0; frame < file.frameCount(); frame++) {
			assertArrayEquals(DicomPixels.decode(reference, frame).samples(), DicomPixels.decode(file, frame).samples(), name + " frame " + frame);
		}
	}

	/** The sampling factors (H × V, as 0xHV) of each component in the frame header. */
	private static int[] sampling(byte[] frame) {
		for (int i = 0; i + 1 < frame.length; i++) {
			if ((frame[i] & 0xFF) == 0xFF && (frame[i + 1] & 0xFF) == 0xC3) {
				int[] factors = new int[frame[i + 9] & 0xFF];
				for (int c = 0; c < factors.length; c++) {
					factors[c] = frame[i + 11 + 3 * c] & 0xFF;
				}
				return factors;
			}
		}
		throw new AssertionError("no SOF3");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "ybr422s.jp14-s21, 0x21, 1", "ybr420s.jp14-s22, 0x22, 1", "ybr12s.jp14-s21-scans, 0x21, 3" })
	void subsampledComponentsGiveTheNativeTwinAndDcmdjpegsDecoding(String name, String lumaSampling, int scans) throws MediaException, JpegException {
		DicomFile file = read(name + ".dcm");
		byte[] frame = file.frame(0);
		assertArrayEquals(new int[] { Integer.decode(lumaSampling), 0x11, 0x11 }, sampling(frame), "luma subsampled, chroma not");
		int scanHeaders = 0;
		for (int i = 0; i + 1 < frame.length; i++) {
			scanHeaders += (frame[i] & 0xFF) == 0xFF && (frame[i + 1] & 0xFF) == 0xDA ? 1 : 0;
		}
		assertEquals(scans, scanHeaders, "interleaved or one scan per component");
		assertEquals("YBR_FULL_422", file.imageAttributes().photometricInterpretation());
		Raster ours = DicomPixels.decode(file, 0);
		// the twin holds the same Y, Cb, Cr with chroma repeated over the pixels it covers, as YBR_FULL
		DicomFile twin = read(name.substring(0, name.indexOf('.')) + ".ele.dcm");
		assertEquals("RGB", ours.attributes().photometricInterpretation());
		assertArrayEquals(DicomPixels.decode(twin, 0).samples(), ours.samples(), "same RGB as the native twin");
		assertArrayEquals(DicomPixels.decode(read(name + "-ref.dcm"), 0).samples(), ours.samples(), "same as dcmdjpeg");
		// and before colour conversion: the decoder's components are the twin's stored Y Cb Cr
		ImageAttributes a = file.imageAttributes();
		Image image = JpegLosslessDecoder.decode(frame, a.columns(), a.rows(), 3);
		byte[] stored = twin.frame(0);
		int[] expected = new int[a.rows() * a.columns() * 3];
		for (int i = 0; i < expected.length; i++) {
			expected[i] = a.bitsAllocated() == 8 ? stored[i] & 0xFF : (stored[2 * i] & 0xFF) | (stored[2 * i + 1] & 0xFF) << 8;
		}
		assertArrayEquals(expected, image.samples());
	}

	@Test
	void restartIntervalOfPartMcuRowsWithSubsamplingIsRefused() throws MediaException {
		byte[] frame = read("ybr420s.jp14-s22.dcm").frame(0).clone();
		int dri = 0;
		while ((frame[dri] & 0xFF) != 0xFF || (frame[dri + 1] & 0xFF) != 0xDD) {
			dri++;
		}
		assertEquals(32, frame[dri + 5], "two rows of 16 MCUs");
		frame[dri + 5] = 24;
		JpegException e = assertThrows(JpegException.class, () -> JpegLosslessDecoder.decode(frame, 31, 23, 3));
		assertTrue(e.getMessage().contains("restart interval of 24 MCUs is not a whole number of MCU rows (16 MCUs)"), e.getMessage());
	}

	@Test
	void pointTransformMatchesDcmdjpeg() throws MediaException {
		int[] ours = DicomPixels.decode(read("ct12.jp14-pt2.dcm"), 0).samples();
		assertArrayEquals(DicomPixels.decode(read("ct12.jp14-pt2-ref.dcm"), 0).samples(), ours);
		int[] original = DicomPixels.decode(read("ct12.ele.dcm"), 0).samples();
		for (int i = 0; i < ours.length; i++) {
			assertEquals(original[i] & ~3, ours[i], "sample " + i + " keeps all but its 2 low bits");
		}
	}

	@ParameterizedTest(name = "predictor {0}, interval {1}")
	@CsvSource({ "1, 40", "4, 40", "6, 120", "7, 80", "2, 1200" })
	void restartIntervalsResetThePrediction(int predictor, int interval) throws JpegException {
		int width = 40;
		int height = 30;
		int[] samples = new int[width * height];
		Random random = new Random(predictor * 31 + interval);
		for (int i = 0; i < samples.length; i++) {
			samples[i] = (i % width * 97 + i / width * 131 + random.nextInt(200)) % 4096;
		}
		byte[] stream = encode(samples, width, height, 12, predictor, interval);
		int markers = 0;
		for (int i = 0; i + 1 < stream.length; i++) {
			if ((stream[i] & 0xFF) == 0xFF && (stream[i + 1] & 0xF8) == 0xD0) {
				markers++;
			}
		}
		assertEquals(samples.length / interval - 1, markers, "restart markers written");
		Image image = JpegLosslessDecoder.decode(stream, width, height, 1);
		assertArrayEquals(samples, image.samples());
		if (markers > 0) { // a damaged restart marker is found and named
			byte[] damaged = stream.clone();
			for (int i = 0; i + 1 < damaged.length; i++) {
				if ((damaged[i] & 0xFF) == 0xFF && (damaged[i + 1] & 0xF8) == 0xD0) {
					damaged[i + 1] = (byte) 0xC8; // JPG: a marker, but not RSTn
					int at = i;
					JpegException e = assertThrows(JpegException.class, () -> JpegLosslessDecoder.decode(damaged, width, height, 1));
					assertTrue(e.getMessage().contains("restart marker expected at byte " + at), e.getMessage());
					break;
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ct12.jp14-sv5.dcm", "rgb8.jp14.dcm", "ybr420s.jp14-s22.dcm", "ybr12s.jp14-s21-scans.dcm" })
	void everyTruncationFailsWithWhereTheDataEnds(String name) throws MediaException, JpegException {
		DicomFile file = read(name);
		byte[] frame = file.frame(0);
		int eoi = frame.length;
		while ((frame[eoi - 2] & 0xFF) != 0xFF || (frame[eoi - 1] & 0xFF) != 0xD9) {
			eoi--; // the frame may carry a padding byte after EOI
		}
		int end = eoi;
		int columns = file.imageAttributes().columns();
		int rows = file.imageAttributes().rows();
		int components = file.imageAttributes().samplesPerPixel();
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			for (int length = 0; length < end - 2; length++) {
				byte[] cut = java.util.Arrays.copyOf(frame, length);
				JpegException e = assertThrows(JpegException.class, () -> JpegLosslessDecoder.decode(cut, columns, rows, components),
						"cut at " + length);
				assertTrue(e.getMessage().contains("byte"), e.getMessage());
			}
		});
		// without EOI alone, the image is complete
		int[] whole = JpegLosslessDecoder.decode(java.util.Arrays.copyOf(frame, end), columns, rows, components).samples();
		assertArrayEquals(whole, JpegLosslessDecoder.decode(java.util.Arrays.copyOf(frame, end - 2), columns, rows, components).samples());
		// through the reader: the documented MediaException, naming the codec
		byte[] half = java.util.Arrays.copyOf(frame, end / 2);
		MediaException e = assertThrows(MediaException.class,
				() -> new org.tagbench.dicom.internal.JpegCodec().decode(half, file.imageAttributes(), directory.resolve(name)));
		assertTrue(e.reason().contains("lossless JPEG frame"), e.reason());
	}

	@ParameterizedTest
	@ValueSource(strings = { "noise12.jp14-sv6.dcm", "ybr420s.jp14-s22.dcm" })
	void damagedStreamsDecodeOrFailCleanly(String name) throws MediaException {
		DicomFile file = read(name);
		byte[] original = file.frame(0);
		ImageAttributes a = file.imageAttributes();
		Random random = new Random(5);
		int[] outcomes = new int[2];
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			for (int round = 0; round < 600; round++) {
				byte[] damaged = original.clone();
				for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
					damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
				}
				try {
					JpegLosslessDecoder.decode(damaged, a.columns(), a.rows(), a.samplesPerPixel());
					outcomes[0]++;
				} catch (JpegException e) {
					assertFalse(e.getMessage().isBlank());
					outcomes[1]++;
				}
			}
		});
		assertTrue(outcomes[1] > 0, "some damage is detected");
	}

	@Test
	void frameOfAnotherSizeIsRefusedBeforeDecoding() throws MediaException {
		byte[] frame = read("ct12.jp14.dcm").frame(0);
		JpegException e = assertThrows(JpegException.class, () -> JpegLosslessDecoder.decode(frame, 4096, 4096, 1));
		assertTrue(e.getMessage().contains("the dataset says 4096 × 4096"), e.getMessage());
	}

	/**
	 * A minimal lossless JPEG encoder (T.81 H.1.2, the decoder's Table H.1 predictions, one component, one Huffman table of 5-bit codes for the 17
	 * difference categories) that, unlike dcmcjpeg, writes a restart interval (T.81 B.2.4.4, F.1.2.3: padding with
	 * 1-bits, RST0–7 in turn, the prediction restarts as at the start of the scan).
	 */
	static byte[] encode(int[] samples, int width, int height, int precision, int predictor, int interval) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC4, 0, 36, 0x00, 0, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0, 0, 0,
				0, 0, 0 });
		for (int v = 0; v <= 16; v++) {
			out.write(v);
		}
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xDD, 0, 4, (byte) (interval >> 8), (byte) interval });
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xC3, 0, 11, (byte) precision, (byte) (height >> 8), (byte) height, (byte) (width >> 8),
				(byte) width, 1, 1, 0x11, 0 });
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0x00, (byte) predictor, 0, 0 });
		BitWriter bits = new BitWriter(out);
		int intervalStart = 0;
		for (int i = 0; i < samples.length; i++) {
			if (i > 0 && i % interval == 0) {
				bits.padToByte();
				out.write(0xFF);
				out.write(0xD0 + (i / interval - 1) % 8);
				intervalStart = i;
			}
			int x = i % width;
			int a = x > 0 ? samples[i - 1] : 0;
			int b = i >= width ? samples[i - width] : 0;
			int c = x > 0 && i >= width ? samples[i - width - 1] : 0;
			int prediction;
			if (i == intervalStart) {
				prediction = 1 << (precision - 1);
			} else if (i / width == intervalStart / width) {
				prediction = a;
			} else if (x == 0) {
				prediction = b;
			} else {
				prediction = JpegLosslessDecoder.predict(predictor, a, b, c); // checked on dcmcjpeg's files for every predictor
			}
			int difference = samples[i] - prediction;
			int category = difference == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(Math.abs(difference));
			bits.write(category, 5);
			bits.write(difference > 0 ? difference : difference + (1 << category) - 1, category);
		}
		bits.padToByte();
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD9 });
		return out.toByteArray();
	}

	private static final class BitWriter {
		private final ByteArrayOutputStream out;
		private int buffer;
		private int count;

		BitWriter(ByteArrayOutputStream out) {
			this.out = out;
		}

		void write(int value, int n) {
			for (int i = n - 1; i >= 0; i--) {
				buffer = buffer << 1 | (value >> i & 1);
				if (++count == 8) {
					out.write(buffer);
					if (buffer == 0xFF) {
						out.write(0); // stuffing
					}
					buffer = 0;
					count = 0;
				}
			}
		}

		void padToByte() {
			if (count > 0) {
				write(0x7F, 8 - count);
			}
		}
	}
}
