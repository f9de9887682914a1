package org.tagbench.dicom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Decode benchmark (not a test): a 2048 × 2500 12-of-16-bit image in each transfer syntax, median
 * milliseconds per decode by Tagbench ({@code DicomReaders} read + {@code DicomPixels.decode}, in-process after
 * warm-up) side by side with dcmtk's command-line decoders (dcmdrle, dcmdjpeg, dcmdjpls; gdcmconv for JPEG 2000)
 * on the same files. The tools' times are whole processes (start, read, decode, write); the uncompressed copy by
 * {@code dcmconv} is printed as their fixed overhead.
 *
 * <p>Run with {@code ./dev.sh bench-dicom [runs] [suffixes]} (needs dcmtk; libgdcm-tools for the JPEG 2000 row);
 * suffixes such as {@code sv1,jp14} limit it to those rows (the uncompressed one always runs: it is the reference).
 */
public final class DecodeBenchmark {

	private static final int ROWS = 2500;
	private static final int COLUMNS = 2048;

	private record Syntax(String name, String suffix, String[] encode, String[] decode) {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
		Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-dicom"));
		Path reference = work.resolve("image.ele.dcm");
		writeImage(work, reference);
		List<Syntax> syntaxes = List.of(new Syntax("Explicit VR Little Endian (uncompressed)", "ele", null,
				new String[] { "dcmconv", "-q", "+te" }), new Syntax("RLE Lossless", "rle", new String[] { "dcmcrle", "-q" },
						new String[] { "dcmdrle", "-q" }),
				new Syntax("JPEG Lossless SV1 (.70)", "sv1", new String[] { "dcmcjpeg", "-q", "+e1" }, new String[] { "dcmdjpeg", "-q" }),
				new Syntax("JPEG Lossless SV6 (.57)", "jp14", new String[] { "dcmcjpeg", "-q", "+el", "+sv", "6" }, new String[] { "dcmdjpeg", "-q" }),
				new Syntax("JPEG Extended 12-bit, q 90 (.51)", "jpx", new String[] { "dcmcjpeg", "-q", "+ee" }, new String[] { "dcmdjpeg", "-q" }),
				new Syntax("JPEG-LS Lossless (.80)", "jls", new String[] { "dcmcjpls", "-q" }, new String[] { "dcmdjpls", "-q" }),
				new Syntax("JPEG-LS Near-Lossless NEAR 2 (.81)", "jlsn", new String[] { "dcmcjpls", "-q", "+en", "+md", "2" },
						new String[] { "dcmdjpls", "-q" }),
				new Syntax("JPEG 2000 Lossless (.90)", "j2k", new String[] { "gdcmconv", "--j2k" }, new String[] { "gdcmconv", "--raw" }),
				new Syntax("JPEG 2000 lossy, rate 10 (.91)", "j2kl", new String[] { "gdcmconv", "--j2k", "--lossy", "--irreversible", "-r", "10" },
						new String[] { "gdcmconv", "--raw" }));
		List<String> only = args.length > 2 && !args[2].isBlank() ? List.of(args[2].split(",")) : null;
		int[] expected = null;
		System.out.printf(Locale.ROOT, "DICOM decode benchmark: %d × %d, 12 bits stored in 16, %d runs, median ms (%s, %d cores)%n",
				COLUMNS, ROWS, runs, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT, "%-40s %10s %12s %14s  %s%n", "transfer syntax", "file KB", "Tagbench ms", "reference ms",
				"reference tool");
		for (Syntax syntax : syntaxes) {
			if (only != null && !syntax.suffix.equals("ele") && !only.contains(syntax.suffix)) {
				continue;
			}
			Path file = work.resolve("image." + syntax.suffix + ".dcm");
			if (syntax.encode != null) {
				if (!run(concat(syntax.encode, reference.toString(), file.toString()))) {
					System.out.printf(Locale.ROOT, "%-40s (encoder %s missing or failed)%n", syntax.name, syntax.encode[0]);
					continue;
				}
			}
			DicomFile dicom = DicomReaders.standard().read(file);
			int[] samples = DicomPixels.decode(dicom, 0).samples();
			if (expected == null) {
				expected = samples;
			} else if (!syntax.suffix.equals("jlsn") && !syntax.suffix.equals("j2kl") && !syntax.suffix.equals("jpx") && !Arrays.equals(expected, samples)) {
				throw new AssertionError(syntax.name + " does not decode to the uncompressed samples");
			}
			for (int i = 0; i < 3; i++) { // warm-up
				DicomPixels.decode(DicomReaders.standard().read(file), 0);
			}
			long[] ours = new long[runs];
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				DicomPixels.decode(DicomReaders.standard().read(file), 0);
				ours[i] = System.nanoTime() - start;
			}
			long[] theirs = new long[runs];
			Path out = work.resolve("decoded." + syntax.suffix + ".dcm");
			boolean tool = true;
			for (int i = 0; i < runs && tool; i++) {
				long start = System.nanoTime();
				tool = run(concat(syntax.decode, file.toString(), out.toString()));
				theirs[i] = System.nanoTime() - start;
			}
			System.out.printf(Locale.ROOT, "%-40s %10d %12.1f %14s  %s%n", syntax.name, Files.size(file) / 1024, median(ours),
					tool ? String.format(Locale.ROOT, "%.1f", median(theirs)) : "n/a", String.join(" ", syntax.decode));
		}
	}

	/** A smooth picture with noise (σ ≈ 20), 0..4095, written by dump2dcm as explicit VR little endian. */
	private static void writeImage(Path work, Path target) throws IOException, InterruptedException {
		Random random = new Random(1);
		ByteBuffer pixels = ByteBuffer.allocate(ROWS * COLUMNS * 2).order(ByteOrder.LITTLE_ENDIAN);
		for (int y = 0; y < ROWS; y++) {
			for (int x = 0; x < COLUMNS; x++) {
				double body = Math.hypot((x - COLUMNS / 2.0) / 900, (y - ROWS / 2.0) / 1100) < 1 ? 1200 : 0;
				double value = 300 + body + 600 * Math.sin(x / 150.0) * Math.cos(y / 120.0) + random.nextGaussian() * 20;
				pixels.putShort((short) Math.max(0, Math.min(4095, Math.round(value))));
			}
		}
		Path raw = work.resolve("image.raw");
		Files.write(raw, pixels.array());
		Path dump = work.resolve("image.dump");
		Files.writeString(dump, String.join("\n", "(0002,0010) UI =LittleEndianExplicit", "(0008,0016) UI [1.2.840.10008.5.1.4.1.1.1]",
				"(0008,0018) UI [1.2.826.0.1.3680043.9.7433.9.1]", "(0008,0060) CS [CT]", "(0028,0002) US 1",
				"(0028,0004) CS [MONOCHROME2]", "(0028,0010) US " + ROWS, "(0028,0011) US " + COLUMNS, "(0028,0100) US 16",
				"(0028,0101) US 12", "(0028,0102) US 11", "(0028,0103) US 0", "(7fe0,0010) OW =" + raw) + "\n");
		if (!run("dump2dcm", "-q", dump.toString(), target.toString())) {
			throw new IOException("dump2dcm failed: install dcmtk (apt-get install dcmtk)");
		}
	}

	private static boolean run(String... command) throws InterruptedException {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return process.waitFor() == 0;
		} catch (IOException e) {
			return false;
		}
	}

	private static String[] concat(String[] head, String... tail) {
		List<String> all = new ArrayList<>(Arrays.asList(head));
		all.addAll(Arrays.asList(tail));
		return all.toArray(String[]::new);
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}
}
