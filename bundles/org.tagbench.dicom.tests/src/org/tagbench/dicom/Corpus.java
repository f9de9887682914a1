package org.tagbench.dicom;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The committed corpus (corpus/make-corpus.sh), copied out of the fragment to files. */
final class Corpus {

	/** Base images: name and the formula make-corpus.sh used for sample (frame, y, x). */
	enum Image {
		CT12(24, 32, 1), SIGNED16(24, 32, 1), MONO1_8(24, 32, 1), MULTI8(16, 16, 3), UNIFORM(8, 8, 1), NOISE12(48, 64, 2);

		final int rows;
		final int columns;
		final int frames;

		Image(int rows, int columns, int frames) {
			this.rows = rows;
			this.columns = columns;
			this.frames = frames;
		}

		String fileName(String variant) {
			return name().toLowerCase(java.util.Locale.ROOT) + "." + variant + ".dcm";
		}

		/** The value make-corpus.sh wrote (NOISE12 is random: compare it with its .ele file instead). */
		int expected(int frame, int y, int x) {
			return switch (this) {
			case CT12 -> (x * 97 + y * 131) % 4096;
			case SIGNED16 -> (x - 16) * 100 + (y - 12) * 7;
			case MONO1_8 -> (x * 8 + y * 3) % 256;
			case MULTI8 -> (frame * 50 + x * 3 + y) % 256;
			case UNIFORM -> 500;
			case NOISE12 -> throw new UnsupportedOperationException();
			};
		}
	}

	private Corpus() {
	}

	static Path copy(String name, Path directory) {
		return copy("corpus", name, directory);
	}

	/** A file from a folder of the fragment (corpus/, fuzz-findings/). */
	static Path copy(String folder, String name, Path directory) {
		try (InputStream in = Corpus.class.getResourceAsStream("/" + folder + "/" + name)) {
			assertNotNull(in, folder + " file " + name + " is in the fragment");
			Path target = directory.resolve(name);
			Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return target;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
