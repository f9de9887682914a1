package org.tagbench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tagbench.imaging.MediaException;

/**
 * Our grey rendering against dcmtk's dcmj2pnm / dcml2pnm (JPEG-LS) (a reference renderer; .ci/run and dev.sh install dcmtk, so
 * the test fails rather than skips without it): window with rescale, MONOCHROME1, Modality LUT Sequence, VOI
 * LUT Sequence, and compressed files. Within 1 grey level (dcmtk rounds its window differently).
 */
class DcmtkRenderingTest {

	@TempDir
	Path directory;

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "dcmj2pnm, ct12.ele.dcm, +Wi", "dcmj2pnm, mono1_8.ele.dcm, +Wi", "dcmj2pnm, modlut.ele.dcm, +Wi",
			"dcmj2pnm, voilut.ele.dcm, +Wl", "dcmj2pnm, mono1_8.jpb.dcm, +Wi", "dcml2pnm, noise12.jls.dcm, +Wi",
			"dcml2pnm, ct12.jlsn.dcm, +Wi" })
	void greyMatchesDcmtk(String tool, String name, String voi) throws IOException, InterruptedException, MediaException {
		Path file = Corpus.copy(name, directory);
		Path pgm = directory.resolve(name + ".pgm");
		Process process = new ProcessBuilder(tool, voi, "1", file.toString(), pgm.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), tool + " (apt-get install dcmtk): " + output);
		DicomFile dicom = DicomReaders.standard().read(file);
		byte[] ours = GreyRenderer.render(dicom, DicomPixels.decode(dicom, 0));
		byte[] theirs = Files.readAllBytes(pgm);
		String header = dicom.imageAttributes().columns() + " " + dicom.imageAttributes().rows() + "\n255\n";
		assertTrue(new String(theirs, 0, theirs.length - ours.length).endsWith(header), "binary PGM of the same size");
		int offset = theirs.length - ours.length;
		int worst = 0;
		int distinct = (int) java.util.stream.IntStream.range(0, ours.length).map(i -> ours[i] & 0xFF).distinct().count();
		for (int i = 0; i < ours.length; i++) {
			worst = Math.max(worst, Math.abs((ours[i] & 0xFF) - (theirs[offset + i] & 0xFF)));
		}
		assertTrue(worst <= 1, name + ": max |difference| to dcmj2pnm " + worst);
		assertTrue(distinct > 20, "a real picture, not a flat one: " + distinct + " grey levels");
	}
}
