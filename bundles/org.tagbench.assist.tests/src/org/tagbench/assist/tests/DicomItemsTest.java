package org.tagbench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.FeatureExtractors;
import org.tagbench.assist.internal.DicomFrames;

/** DICOM items reach the backbones as 8-bit grey renderings of their first frame (pydicom's sample CT, from Debian). */
class DicomItemsTest {

	private static final Path CT = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files/CT_small.dcm");

	@Test
	void firstFrameIsRenderedGreyAndDescribed() throws Exception {
		assertTrue(Files.isRegularFile(CT), CT + " is missing: apt-get install python3-pydicom (./dev.sh installs it)");
		BufferedImage image = DicomFrames.firstFrameGrey(CT);
		assertEquals(128, image.getWidth());
		assertEquals(128, image.getHeight());
		assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
		int min = 255, max = 0;
		for (int y = 0; y < 128; y++) {
			for (int x = 0; x < 128; x++) {
				int v = image.getRaster().getSample(x, y, 0);
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		}
		assertTrue(max - min > 100, "a windowed CT uses the grey range: " + min + "–" + max);
		FeatureExtractor extractor = FeatureExtractors.find(FeatureExtractors.BUILT_IN_ID).orElseThrow();
		float[][] features = extractor.extract(List.of(image));
		assertEquals(extractor.dimension(), features[0].length);
	}
}
