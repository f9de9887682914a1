package org.tagbench.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tagbench.dicom.Corpus.Image;
import org.tagbench.imaging.MediaException;

class DicomReaderTest {

	/** Syntaxes decoded in this build, with the transfer syntax each corpus variant must declare. */
	static final List<String[]> DECODED = List.of(new String[] { "ele", "1.2.840.10008.1.2.1" },
			new String[] { "ile", "1.2.840.10008.1.2" }, new String[] { "ebe", "1.2.840.10008.1.2.2" },
			new String[] { "dfl", "1.2.840.10008.1.2.1.99" }, new String[] { "rle", "1.2.840.10008.1.2.5" },
			new String[] { "jp14", "1.2.840.10008.1.2.4.57" }, new String[] { "sv1", "1.2.840.10008.1.2.4.70" });

	@TempDir
	Path directory;

	static Stream<Arguments> decodedVariants() {
		return Stream.of(Image.values()).filter(image -> image != Image.NOISE12)
				.flatMap(image -> DECODED.stream().map(variant -> Arguments.of(image, variant[0], variant[1])));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("decodedVariants")
	void decodesEverySupportedSyntaxExactly(Image image, String variant, String syntax) throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy(image.fileName(variant), directory));
		assertEquals(syntax, dicom.transferSyntaxUid());
		assertTrue(dicom.hasPreamble());
		assertEquals(image.frames, dicom.frameCount());
		for (int frame = 0; frame < image.frames; frame++) {
			Raster raster = DicomPixels.decode(dicom, frame);
			assertEquals(image.rows, raster.rows());
			assertEquals(image.columns, raster.columns());
			for (int y = 0; y < image.rows; y++) {
				for (int x = 0; x < image.columns; x++) {
					assertEquals(image.expected(frame, y, x), raster.sample(x, y), image + " " + variant + " frame " + frame + " (" + x + "," + y + ")");
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("noiseVariants")
	void multiFrameNoiseMatchesTheUncompressedReference(String variant) throws MediaException {
		DicomFile reference = DicomReaders.standard().read(Corpus.copy(Image.NOISE12.fileName("ele"), directory));
		DicomFile other = DicomReaders.standard().read(Corpus.copy(Image.NOISE12.fileName(variant), directory));
		assertEquals(2, other.frameCount());
		int[] first = DicomPixels.decode(reference, 0).samples();
		int[] second = DicomPixels.decode(reference, 1).samples();
		assertFalse(java.util.Arrays.equals(first, second), "the two frames differ");
		assertArrayEquals(first, DicomPixels.decode(other, 0).samples());
		assertArrayEquals(second, DicomPixels.decode(other, 1).samples());
	}

	static Stream<String> noiseVariants() {
		return Stream.concat(DECODED.stream().map(variant -> variant[0]).filter(variant -> !variant.equals("ele")),
				Stream.of("sv1-frag", "sv1-frag-noot"));
	}

	@Test
	void readsABareDatasetWithoutPreambleOrMeta() throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy("ct12.bare-ile.dcm", directory));
		assertFalse(dicom.hasPreamble());
		assertTrue(dicom.fileMeta().elements().isEmpty());
		assertEquals("1.2.840.10008.1.2", dicom.transferSyntaxUid());
		assertEquals(Image.CT12.expected(0, 5, 7), DicomPixels.decode(dicom, 0).sample(7, 5));
	}

	@Test
	void readsMetadataByTag() throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy("ct12.ebe.dcm", directory));
		DicomMetadata metadata = dicom.metadata();
		assertEquals(24, metadata.rows());
		assertEquals(32, metadata.columns());
		assertEquals(1, metadata.frames());
		assertEquals(16, metadata.bitsAllocated());
		assertEquals(12, metadata.bitsStored());
		assertEquals("MONOCHROME2", metadata.photometricInterpretation());
		assertArrayEquals(new double[] { 0.5, 0.75 }, metadata.pixelSpacing());
		assertArrayEquals(new double[] { 40 }, metadata.windowCenters());
		assertArrayEquals(new double[] { 400 }, metadata.windowWidths());
		assertEquals(1, metadata.rescaleSlope());
		assertEquals(-1024, metadata.rescaleIntercept());
		assertEquals("CT", metadata.modality());
		assertEquals("Test^Corpus", metadata.patientName());
		assertEquals("Corpus study", metadata.studyDescription());
		assertEquals("CT 12 bit", metadata.seriesDescription());
		String dump = dicom.dump();
		assertTrue(dump.contains("(0028,0010) US Rows [24.0]"), dump);
		assertTrue(dump.contains("(0008,103E) LO SeriesDescription [CT 12 bit]"), dump);
	}

	@Test
	void textUsesTheSpecificCharacterSet() throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy("utf8.ele.dcm", directory));
		assertEquals("ISO_IR 192", dicom.string(Tag.SPECIFIC_CHARACTER_SET));
		assertEquals("Thorax Übersicht", dicom.metadata().studyDescription());
		assertEquals("Müller^Zoë", dicom.metadata().patientName());
		// without a Specific Character Set the default repertoire is read as ISO 8859-1
		assertEquals("CT 12 bit", DicomReaders.standard().read(Corpus.copy("ct12.ele.dcm", directory)).metadata().seriesDescription());
		assertEquals("UTF-8", DicomElement.charsetOf("ISO_IR 192").name());
		assertEquals("ISO-8859-1", DicomElement.charsetOf(null).name());
	}

	@Test
	void multiFrameCountAndFrameBounds(@TempDir Path other) throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy("multi8.ile.dcm", directory));
		assertEquals(3, dicom.frames().size());
		assertEquals(256, dicom.frame(2).length);
		MediaException e = assertThrows(MediaException.class, () -> dicom.frame(3));
		assertTrue(e.reason().contains("frame 3"), e.getMessage());
	}

	@Test
	void headerOnlyStopsBeforePixelData() throws MediaException {
		DicomFile header = DicomReaders.standard().readHeader(Corpus.copy("noise12.ele.dcm", directory));
		assertFalse(header.contains(Tag.PIXEL_DATA));
		assertEquals(48, header.imageAttributes().rows());
		assertThrows(MediaException.class, () -> header.frame(0));
	}

	@Test
	void encapsulatedFramesSpanningFragmentsFollowTheOffsetTable() throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(Corpus.copy("noise12.sv1-frag.dcm", directory));
		DicomElement pixels = dicom.element(Tag.PIXEL_DATA).orElseThrow();
		assertTrue(pixels.isEncapsulated());
		assertEquals(2, pixels.offsetTable().length);
		assertTrue(pixels.fragments().size() > 2, "frames span fragments");
		byte[] first = dicom.frame(0);
		byte[] second = dicom.frame(1);
		// Each frame is a complete JPEG stream: SOI ... EOI.
		for (byte[] frame : List.of(first, second)) {
			assertEquals(0xFF, frame[0] & 0xFF);
			assertEquals(0xD8, frame[1] & 0xFF);
			int end = frame[frame.length - 1] == 0 ? frame.length - 1 : frame.length; // even-length padding
			assertEquals(0xFF, frame[end - 2] & 0xFF);
			assertEquals(0xD9, frame[end - 1] & 0xFF);
		}
		DicomFile noTable = DicomReaders.standard().read(Corpus.copy("noise12.sv1-frag-noot.dcm", directory));
		assertEquals(0, noTable.element(Tag.PIXEL_DATA).orElseThrow().offsetTable().length);
		assertArrayEquals(first, noTable.frame(0));
		assertArrayEquals(second, noTable.frame(1));
	}
}
