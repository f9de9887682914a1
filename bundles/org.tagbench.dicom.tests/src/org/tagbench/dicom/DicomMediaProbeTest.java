package org.tagbench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.dicom.internal.DicomMediaProbe;
import org.tagbench.imaging.ImageFormat;
import org.tagbench.imaging.ImageInfo;
import org.tagbench.imaging.ImageProbe;
import org.tagbench.imaging.MediaException;
import org.tagbench.imaging.MediaProbe;
import org.tagbench.imaging.MediaProbes;

class DicomMediaProbeTest {

	@TempDir
	Path directory;

	@Test
	void declarativeServicesRegistersTheProbe() throws Exception {
		// Felix SCR runs in this test runtime as in the product (pom.xml); the component is immediate.
		long deadline = System.currentTimeMillis() + 10_000;
		while (MediaProbes.forFormat(ImageFormat.DICOM).isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		Optional<MediaProbe> probe = MediaProbes.forFormat(ImageFormat.DICOM);
		assertTrue(probe.isPresent(), "the DICOM probe component registered itself");
		assertTrue(probe.get() instanceof DicomMediaProbe);
		assertEquals(new ImageInfo(ImageFormat.DICOM, 32, 24, 1), ImageProbe.probe(Corpus.copy("ct12.ile.dcm", directory)));
	}

	@Test
	void imageProbeKnowsDicomSizesWhileTheProbeIsActive() throws Exception {
		Optional<MediaProbe> before = MediaProbes.forFormat(ImageFormat.DICOM);
		before.ifPresent(MediaProbes::unregister);
		try {
			assertEquals(0, ImageProbe.probe(Corpus.copy("ct12.ele.dcm", directory)).width(), "no probe: size unknown");
			DicomMediaProbe probe = new DicomMediaProbe();
			probe.activate();
			try {
				assertTrue(MediaProbes.forFormat(ImageFormat.DICOM).isPresent());
				assertEquals(new ImageInfo(ImageFormat.DICOM, 32, 24, 1), ImageProbe.probe(Corpus.copy("ct12.dfl.dcm", directory)));
				assertEquals(new ImageInfo(ImageFormat.DICOM, 16, 16, 3), ImageProbe.probe(Corpus.copy("multi8.rle.dcm", directory)));
				assertEquals(new ImageInfo(ImageFormat.DICOM, 64, 48, 2), ImageProbe.probe(Corpus.copy("noise12.sv1.dcm", directory)));
				byte[] whole = Files.readAllBytes(Corpus.copy("ct12.ebe.dcm", directory));
				Path cut = Files.write(directory.resolve("cut.dcm"), Arrays.copyOf(whole, 400));
				assertThrows(MediaException.class, () -> ImageProbe.probe(cut));
			} finally {
				probe.deactivate();
			}
			assertFalse(MediaProbes.forFormat(ImageFormat.DICOM).isPresent());
		} finally {
			before.ifPresent(MediaProbes::register);
		}
	}
}
