package org.tagbench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tagbench.dicom.internal.JpegLsDecoder;
import org.tagbench.dicom.internal.JpegLsDecoder.JpegLsException;
import org.tagbench.imaging.MediaException;

/** Damaged JPEG-LS streams end in a clear exception, quickly, never in another exception or a hang. */
class JpegLsRobustnessTest {

	@TempDir
	Path directory;

	private byte[] frame(String name) throws MediaException {
		return DicomReaders.standard().read(Corpus.copy(name, directory)).frame(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ct12.jls.dcm", "rgb8.jls-sample.dcm", "rgb8.jls-none.dcm", "noise12.jlsn.dcm" })
	void mutatedStreamsDecodeOrFailCleanly(String name) throws MediaException {
		byte[] original = frame(name);
		JpegLsDecoder.Image reference = assertDoesNotFail(original);
		Random random = new Random(name.hashCode());
		int[] outcomes = new int[2];
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			for (int round = 0; round < 400; round++) {
				byte[] damaged = original.clone();
				switch (round % 3) {
				case 0 -> damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
				case 1 -> damaged = Arrays.copyOf(damaged, random.nextInt(damaged.length));
				default -> {
					for (int k = 0; k < 8; k++) {
						damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
					}
				}
				}
				try {
					JpegLsDecoder.Image image = JpegLsDecoder.decode(damaged, reference.width(), reference.height(), reference.components());
					assertEquals(image.width() * image.height() * image.components(), image.samples().length);
					outcomes[0]++;
				} catch (JpegLsException e) {
					assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
					outcomes[1]++;
				}
			}
		});
		assertTrue(outcomes[1] > 50, "many damaged streams are refused: " + Arrays.toString(outcomes));
		assertEquals(reference.samples().length, assertDoesNotFail(original).samples().length);
	}

	private static JpegLsDecoder.Image assertDoesNotFail(byte[] stream) {
		try {
			return JpegLsDecoder.decode(stream);
		} catch (JpegLsException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	@Test
	void truncatedFrameIsAMediaExceptionNamingTheFile() throws Exception {
		Path copy = Corpus.copy("ct12.jls.dcm", directory);
		byte[] bytes = java.nio.file.Files.readAllBytes(copy);
		byte[] frame = DicomReaders.standard().read(copy).frame(0);
		// Overwrite the second half of the entropy-coded data and the EOI with zeros (sizes stay consistent).
		int start = indexOf(bytes, frame) + frame.length / 2;
		Arrays.fill(bytes, start, indexOf(bytes, frame) + frame.length, (byte) 0);
		java.nio.file.Files.write(copy, bytes);
		DicomFile dicom = DicomReaders.standard().read(copy);
		MediaException e = assertThrows(MediaException.class, () -> DicomPixels.decode(dicom, 0));
		assertEquals(copy, e.file());
		assertTrue(e.reason().startsWith("JPEG-LS frame: "), e.reason());
	}

	@Test
	void otherJpegIsNotTakenForJpegLs() throws MediaException {
		JpegLsException e = assertThrows(JpegLsException.class, () -> JpegLsDecoder.decode(frame("ct12.sv1.dcm")));
		assertEquals("not JPEG-LS: a JPEG SOF3 marker", e.getMessage());
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int k = 0; k < 16; k++) {
				if (haystack[i + k] != needle[k]) {
					continue outer;
				}
			}
			return i;
		}
		throw new AssertionError("frame not found");
	}
}
