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
import org.tagbench.dicom.internal.Jpeg2000Codec;
import org.tagbench.imaging.MediaException;

/**
 * Damaged JPEG 2000 codestreams end in a {@link MediaException} or a decoded frame, never in a hang of
 * jai-imageio's decoder (jj2000) or another exception. Before the guards in {@code Jpeg2000Codec} and
 * {@code CodestreamInput}, the fuzz finding and many truncated codestreams kept jj2000 looping for ever; the
 * generous preemptive timeouts only stop a regression from hanging the build.
 */
class Jpeg2000RobustnessTest {

	private static final Duration BOUND = Duration.ofSeconds(20);

	@TempDir
	Path directory;

	@Test
	void fuzzFindingFailsWithAMediaExceptionNamingTheFile() throws MediaException {
		Path finding = Corpus.copy("fuzz-findings", "jpeg2000-timeout-edc71fac.dcm", directory);
		DicomFile dicom = DicomReaders.standard().read(finding);
		assertEquals(TransferSyntax.JPEG_2000_LOSSLESS, dicom.transferSyntax().orElseThrow());
		MediaException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(MediaException.class, () -> DicomPixels.decode(dicom, 0)));
		assertEquals(finding, e.file());
		assertTrue(e.reason().contains("FF FF at byte 222 inside packet data"), e.reason());
	}

	@ParameterizedTest
	@ValueSource(strings = { "ct12.j2k.dcm", "rgb8.j2kl.dcm" })
	void everyTruncationEndsCleanly(String name) throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy(name, directory));
		byte[] frame = dicom.frame(0);
		int[] outcomes = assertTimeoutPreemptively(BOUND, () -> {
			int[] counts = new int[2];
			for (int length = 0; length < frame.length; length++) {
				counts[decodeOrFail(Arrays.copyOf(frame, length), dicom)]++;
			}
			return counts;
		});
		// Cuts inside the headers are refused; cuts inside the packets decode what is there (jj2000 pads).
		assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "decoded, refused: " + Arrays.toString(outcomes));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ct12.j2k.dcm", "rgb8.j2kl.dcm", "smooth12.j2kl.dcm", "multi8.j2k.dcm" })
	void mutatedCodestreamsDecodeOrFailCleanly(String name) throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy(name, directory));
		byte[] original = dicom.frame(0);
		Random random = new Random(name.hashCode());
		int[] outcomes = assertTimeoutPreemptively(BOUND, () -> {
			int[] counts = new int[2];
			for (int round = 0; round < 300; round++) {
				byte[] damaged = original.clone();
				for (int k = 1 + random.nextInt(4); k > 0; k--) {
					// 0xFF often: marker bytes are what trips decoders
					damaged[random.nextInt(damaged.length)] = (byte) (random.nextInt(8) == 0 ? 0xFF : random.nextInt(256));
				}
				counts[decodeOrFail(damaged, dicom)]++;
			}
			return counts;
		});
		assertTrue(outcomes[1] > 30, "many damaged codestreams are refused: " + Arrays.toString(outcomes));
	}

	@Test
	void packedPacketHeadersAreRefusedWithAClearMessage() throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy("ct12.j2k.dcm", directory));
		byte[] frame = dicom.frame(0);
		int sot = indexOfSot(frame);
		byte[] ppm = { (byte) 0xFF, 0x60, 0x00, 0x03, 0x00 }; // PPM, length 3, Zppm 0, no data
		byte[] withPpm = new byte[frame.length + ppm.length];
		System.arraycopy(frame, 0, withPpm, 0, sot);
		System.arraycopy(ppm, 0, withPpm, sot, ppm.length);
		System.arraycopy(frame, sot, withPpm, sot + ppm.length, frame.length - sot);
		MediaException e = assertThrows(MediaException.class, () -> new Jpeg2000Codec().decode(withPpm, dicom.imageAttributes(), dicom.path()));
		assertTrue(e.reason().contains("packed packet headers (PPM) are not supported"), e.reason());
	}

	@Test
	void tooManyTilesForTheFrameAreRefusedBeforeDecoding() throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy("ct12.j2k.dcm", directory));
		byte[] frame = dicom.frame(0).clone();
		// SIZ's XTsiz and YTsiz (after SOC, SIZ, Lsiz, Rsiz, Xsiz, Ysiz, XOsiz, YOsiz) become 1: 32 × 24 tiles of 1 × 1.
		byte[] one = { 0, 0, 0, 1 };
		System.arraycopy(one, 0, frame, 24, 4);
		System.arraycopy(one, 0, frame, 28, 4);
		MediaException e = assertThrows(MediaException.class, () -> new Jpeg2000Codec().decode(frame, dicom.imageAttributes(), dicom.path()));
		assertTrue(e.reason().contains("SIZ declares 768 tiles"), e.reason());
	}

	/** 0 when the codestream decoded to a frame of the dataset's size, 1 when it was refused with a MediaException. */
	private static int decodeOrFail(byte[] codestream, DicomFile dicom) throws MediaException {
		ImageAttributes attributes = dicom.imageAttributes();
		try {
			int[] samples = new Jpeg2000Codec().decode(codestream, attributes, dicom.path());
			assertEquals(attributes.rows() * attributes.columns() * attributes.samplesPerPixel(), samples.length);
			return 0;
		} catch (MediaException e) {
			assertEquals(dicom.path(), e.file());
			return 1;
		}
	}

	private static int indexOfSot(byte[] frame) {
		for (int i = 0; i + 1 < frame.length; i++) {
			if ((frame[i] & 0xFF) == 0xFF && (frame[i + 1] & 0xFF) == 0x90) {
				return i;
			}
		}
		throw new AssertionError("no SOT marker");
	}
}
