package org.tagbench.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tagbench.imaging.MediaException;

/**
 * Real files shipped by Debian's python3-pydicom, read where the package installs them (not committed:
 * their licences are unclear). The package is required (.ci/run and dev.sh install it): no skipping.
 */
class PydicomFilesTest {

	static final Path FILES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");

	@BeforeAll
	static void packageIsInstalled() {
		assertTrue(Files.isDirectory(FILES), FILES + " missing: apt-get install python3-pydicom (see .ci/run)");
	}

	static DicomFile read(String name) throws MediaException {
		return DicomReaders.standard().read(FILES.resolve(name));
	}

	static int[] pixels(String name, int frame) throws MediaException {
		return DicomPixels.decode(read(name), frame).samples();
	}

	@ParameterizedTest(name = "{1} = {0}")
	@CsvSource({ "MR_small.dcm, MR_small_implicit.dcm", "MR_small.dcm, MR_small_bigendian.dcm", "MR_small.dcm, MR_small_expb.dcm",
			"MR_small.dcm, MR_small_RLE.dcm", "MR_small.dcm, MR_small_padded.dcm", "MR_small.dcm, MR_small_jpeg_ls_lossless.dcm",
			"MR_small.dcm, MR_small_jp2klossless.dcm",
			"rtdose_1frame.dcm, rtdose_rle_1frame.dcm", "rtdose_1frame.dcm, rtdose_expb_1frame.dcm" })
	void sameImageInTwoSyntaxesDecodesIdentically(String reference, String other) throws MediaException {
		int[] expected = pixels(reference, 0);
		assertArrayEquals(expected, pixels(other, 0));
		assertTrue(Stream.of(expected).flatMapToInt(java.util.Arrays::stream).distinct().count() > 10, "a real image");
	}

	@Test
	void multiFrameRtDoseInRleAndBigEndian() throws MediaException {
		DicomFile dose = read("rtdose.dcm");
		assertEquals(15, dose.frameCount());
		for (int frame = 0; frame < 15; frame += 7) {
			int[] expected = pixels("rtdose.dcm", frame);
			assertArrayEquals(expected, pixels("rtdose_rle.dcm", frame));
			assertArrayEquals(expected, pixels("rtdose_expb.dcm", frame));
		}
	}

	@Test
	void knownSizesAndValues() throws MediaException {
		DicomFile ct = read("CT_small.dcm");
		assertEquals(128, ct.imageAttributes().rows());
		assertEquals(128, ct.imageAttributes().columns());
		assertEquals("CT", ct.metadata().modality());
		assertEquals(64, read("MR_small.dcm").imageAttributes().rows());
		DicomFile deflated = read("image_dfl.dcm");
		assertEquals("1.2.840.10008.1.2.1.99", deflated.transferSyntaxUid());
		Raster raster = DicomPixels.decode(deflated, 0);
		assertEquals(deflated.imageAttributes().rows() * deflated.imageAttributes().columns(), raster.samples().length);
		for (String name : new String[] { "ExplVR_LitEndNoMeta.dcm", "ExplVR_BigEndNoMeta.dcm" }) {
			DicomFile bare = read(name);
			assertTrue(bare.fileMeta().elements().isEmpty());
			assertEquals(name.contains("Big") ? "1.2.840.10008.1.2.2" : "1.2.840.10008.1.2.1", bare.transferSyntaxUid());
			assertEquals("RTPLAN", bare.metadata().modality());
			assertEquals("20150515", bare.string(0x00080020));
			assertEquals(24, bare.elements().size()); // as dcmdump lists
		}
		assertEquals(read("ExplVR_LitEndNoMeta.dcm").dump(), read("ExplVR_BigEndNoMeta.dcm").dump());
		assertTrue(read("nested_priv_SQ.dcm").elements().size() > 0);
		assertTrue(read("rtplan.dcm").dump().contains("> item"));
	}

	@Test
	void colourRle() throws MediaException {
		Raster raster = DicomPixels.decode(read("SC_rgb_rle_2frame.dcm"), 1);
		assertEquals(3, raster.attributes().samplesPerPixel());
		assertArrayEquals(pixels("SC_rgb_rle_2frame.dcm", 1), raster.samples());
		int[] eight = pixels("SC_rgb_rle.dcm", 0);
		int[] sixteen = pixels("SC_rgb_rle_16bit.dcm", 0);
		assertEquals(eight.length, sixteen.length);
		// 16-bit version scales each 8-bit value v to v * 257 (pydicom's test data convention)
		for (int i = 0; i < eight.length; i++) {
			assertEquals(eight[i] * 257, sixteen[i], "sample " + i);
		}
	}

	/** pydicom's 12-bit JPEG Extended files: within 1 of dcmdjpeg's decoding (made at test time) per sample. */
	@ParameterizedTest
	@CsvSource({ "JPEG-lossy.dcm", "JPGExtended.dcm" })
	void twelveBitExtendedJpegIsWithinOneOfDcmdjpeg(String name, @TempDir Path work) throws Exception {
		DicomFile dicom = read(name);
		assertEquals("1.2.840.10008.1.2.4.51", dicom.transferSyntaxUid());
		Path reference = work.resolve("ref.dcm");
		NibabelFilesTest.run("dcmdjpeg", "-q", dicom.path().toString(), reference.toString());
		int[] expected = DicomPixels.decode(DicomReaders.standard().read(reference), 0).samples();
		int[] actual = DicomPixels.decode(dicom, 0).samples();
		assertEquals(expected.length, actual.length);
		int worst = 0;
		for (int i = 0; i < expected.length; i++) {
			worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
		}
		assertTrue(worst <= 1, "max |difference| to dcmdjpeg " + worst);
	}

	/**
	 * The same colour picture as RLE (exact) in JPEG baseline (RGB, YBR_FULL_422, YBR_FULL, YCbCr labelled RGB
	 * by GDCM), lossless JPEG, JPEG 2000 and uncompressed YBR_FULL_422: maximum |difference| to the RLE file as
	 * measured, so a wrong colour conversion (differences near 100) fails.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "SC_rgb_dcmtk_+eb+cr.dcm, 2", "SC_rgb_dcmtk_+eb+cy+s2.dcm, 6", "SC_rgb_dcmtk_+eb+cy+s4.dcm, 6",
			"SC_rgb_jpeg_dcmtk.dcm, 6", "SC_rgb_jpeg_gdcm.dcm, 0", "SC_rgb_gdcm_KY.dcm, 0", "SC_ybr_full_422_uncompressed.dcm, 6" })
	void colourInEveryCodingMatchesRle(String name, int bound) throws MediaException {
		int[] rle = pixels("SC_rgb_rle.dcm", 0);
		Raster raster = DicomPixels.decode(read(name), 0);
		assertEquals("RGB", raster.attributes().photometricInterpretation());
		int worst = 0;
		for (int i = 0; i < rle.length; i++) {
			worst = Math.max(worst, Math.abs(rle[i] - raster.samples()[i]));
		}
		assertTrue(worst <= bound, name + ": max |difference| " + worst + " > " + bound);
	}

	@Test
	void ycbcrLabelledRgbIsRecognised() throws MediaException {
		// GDCM's lossy JPEG holds YCbCr (component ids 1, 2, 3, no JFIF/Adobe marker) but says RGB.
		int[] rle = pixels("SC_rgb_rle.dcm", 0);
		int[] jpeg = pixels("SC_rgb_jpeg_lossy_gdcm.dcm", 0);
		long sum = 0;
		for (int i = 0; i < rle.length; i++) {
			sum += Math.abs(rle[i] - jpeg[i]);
		}
		assertTrue(sum / (double) rle.length < 8, "mean |difference| " + sum / (double) rle.length);
	}

	@ParameterizedTest
	@CsvSource({ "JPEG2000.dcm, 1024, 256", "693_J2KI.dcm, 512, 512", "J2K_pixelrep_mismatch.dcm, 512, 512" })
	void jpeg2000FilesDecode(String name, int rows, int columns) throws MediaException {
		Raster raster = DicomPixels.decode(read(name), 0);
		assertEquals(rows, raster.rows());
		assertEquals(columns, raster.columns());
		assertTrue(java.util.Arrays.stream(raster.samples()).distinct().count() > 100, "a real image");
	}

	@Test
	void everyShippedFileReadsOrFailsCleanly() throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(FILES.getParent())) {
			files = walk.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".py")).toList();
		}
		assertTrue(files.size() > 100, "pydicom ships many sample files: " + files.size());
		int decoded = 0;
		for (Path file : files) {
			try {
				DicomFile dicom = DicomReaders.standard().read(file);
				if (dicom.contains(Tag.PIXEL_DATA)) {
					GreyRenderer.render(dicom, DicomPixels.decode(dicom, 0));
					decoded++;
				}
			} catch (MediaException e) {
				assertEquals(file, e.file());
			} catch (Throwable e) {
				throw new AssertionError(file + ": " + e, e);
			}
		}
		assertTrue(decoded > 50, "decoded " + decoded + " images");
	}

	@ParameterizedTest
	@CsvSource({ "MR_truncated.dcm", "rtplan_truncated.dcm" })
	void truncatedFilesAreMediaExceptions(String name) {
		assertThrows(MediaException.class, () -> {
			DicomFile dicom = read(name);
			DicomPixels.decode(dicom, 0);
		});
	}
}
