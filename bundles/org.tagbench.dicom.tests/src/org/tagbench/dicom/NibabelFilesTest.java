package org.tagbench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tagbench.imaging.MediaException;

/**
 * Real MR files shipped by Debian's python3-nibabel (Siemens mosaics, a 176-frame Philips enhanced MR,
 * a JPEG 2000 lossless slice), read where the package installs them and never committed. Every frame's
 * stored values are compared with what dcmtk's {@code dcmdump +W} writes out, after GDCM's
 * {@code gdcmconv --raw} for compressed files: two independent implementations.
 */
class NibabelFilesTest {

	static final Path DATA = Path.of("/usr/lib/python3/dist-packages/nibabel/nicom/tests/data");

	static final java.util.Set<String> REAL_IMAGES = java.util.Set.of("0.dcm", "1.dcm", "slicethickness_empty_string.dcm");

	@TempDir
	static Path directory;

	@BeforeAll
	static void packageIsInstalled() {
		assertTrue(Files.isDirectory(DATA), DATA + " missing: apt-get install python3-nibabel (see .ci/run)");
	}

	static List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(DATA)) {
			List<String> names = files.map(file -> file.getFileName().toString())
					.filter(name -> name.endsWith(".dcm") || name.endsWith(".dcm.gz")).sorted().toList();
			assertTrue(names.size() >= 8, "nibabel ships at least 8 DICOM files: " + names);
			return names;
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void everyFrameMatchesDcmtk(String name) throws IOException, InterruptedException, MediaException {
		Path file = plain(name);
		DicomFile dicom = DicomReaders.standard().read(file);
		ImageAttributes attributes = dicom.imageAttributes();
		assertEquals(1, attributes.samplesPerPixel(), name);
		assertEquals(16, attributes.bitsAllocated(), name);

		if (!dicom.contains(Tag.PIXEL_DATA)) {
			// csa_slice_norm.dcm: nibabel keeps only its header; decoding must say so, not fail otherwise
			MediaException none = org.junit.jupiter.api.Assertions.assertThrows(MediaException.class, () -> DicomPixels.decode(dicom, 0));
			assertTrue(none.getMessage().contains(file.getFileName().toString()), none.getMessage());
			return;
		}
		Path reference = file;
		if (dicom.transferSyntax().map(TransferSyntax::encapsulated).orElse(false)) {
			reference = directory.resolve(name + ".raw.dcm");
			run("gdcmconv", "--raw", file.toString(), reference.toString());
		}
		Path dump = Files.createDirectories(directory.resolve(name + ".dump"));
		run("dcmdump", "-q", "+W", dump.toString(), reference.toString());
		ByteBuffer stored = storedPixelData(dump);

		int mask = (1 << attributes.bitsStored()) - 1;
		int shift = attributes.highBit() + 1 - attributes.bitsStored();
		int frames = dicom.frameCount();
		assertEquals((long) frames * attributes.samplesPerFrame() * 2, stored.capacity(), name + ": pixel data size");
		int distinct = 0;
		for (int frame = 0; frame < frames; frame++) {
			int[] samples = DicomPixels.decode(dicom, frame).samples();
			assertEquals(attributes.samplesPerFrame(), samples.length);
			for (int i = 0; i < samples.length; i++) {
				int expected = (stored.getShort() & 0xFFFF) >> shift & mask;
				if (samples[i] != expected) {
					throw new AssertionError(name + " frame " + frame + " sample " + i + ": " + samples[i] + " != " + expected);
				}
			}
			if (frame == frames / 2) {
				distinct = (int) java.util.Arrays.stream(samples).distinct().count();
			}
		}
		// nibabel zeroes the pixels of most of its files to keep them small; these three carry real images
		if (REAL_IMAGES.contains(name)) {
			assertTrue(distinct > 20, name + ": a real image, " + distinct + " distinct values");
		}
	}

	/** The file as it is, or decompressed from the .gz the package ships. */
	static Path plain(String name) throws IOException {
		if (!name.endsWith(".gz")) {
			return DATA.resolve(name);
		}
		Path target = directory.resolve(name.substring(0, name.length() - 3));
		if (!Files.exists(target)) {
			try (InputStream in = new GZIPInputStream(Files.newInputStream(DATA.resolve(name)))) {
				Files.copy(in, target);
			}
		}
		return target;
	}

	/** The raw Pixel Data file {@code dcmdump +W} wrote (little endian: every file here is). */
	static ByteBuffer storedPixelData(Path dump) throws IOException {
		try (Stream<Path> files = Files.list(dump)) {
			List<Path> raw = files.filter(f -> f.toString().endsWith(".raw")).toList();
			assertFalse(raw.isEmpty(), "dcmdump wrote no pixel data into " + dump);
			// dcmdump numbers the binary values it writes; pixel data is the largest one.
			Path largest = raw.stream().max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
			return ByteBuffer.wrap(Files.readAllBytes(largest)).order(ByteOrder.LITTLE_ENDIAN);
		}
	}

	static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), String.join(" ", command) + " (apt-get install dcmtk libgdcm-tools): " + output);
	}
}
