package org.tagbench.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.imaging.MediaException;

class BadInputTest {

	@TempDir
	Path directory;

	/** Reads and decodes every frame: must end in a MediaException naming the file, and nothing else. */
	private MediaException fails(Path file) {
		try {
			DicomFile dicom = DicomReaders.standard().read(file);
			for (int i = 0; i < dicom.frameCount(); i++) {
				DicomPixels.decode(dicom, i);
			}
		} catch (MediaException e) {
			assertEquals(file, e.file());
			assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
			return e;
		} catch (Throwable e) {
			fail(file.getFileName() + ": " + e, e);
		}
		return fail(file.getFileName() + " was read without an error");
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(directory.resolve(name), bytes);
	}

	@Test
	void everyTruncationIsAMediaException() throws IOException {
		for (String name : new String[] { "ct12.ele.dcm", "ct12.ebe.dcm", "multi8.rle.dcm", "ct12.dfl.dcm", "noise12.sv1-frag.dcm",
				"ct12.bare-ile.dcm" }) {
			byte[] whole = Files.readAllBytes(Corpus.copy(name, directory));
			for (int length = 0; length < whole.length; length += Math.max(1, whole.length / 300)) {
				fails(write("cut-" + length + "-" + name, Arrays.copyOf(whole, length)));
			}
		}
	}

	/** An explicit VR little endian dataset builder for hand-made bad files. */
	private static final class Writer {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Writer preamble() {
			out.writeBytes(new byte[128]);
			out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
			text(0x00020010, "UI", "1.2.840.10008.1.2.1\0");
			return this;
		}

		Writer us(int tag, int value) {
			header(tag, "US", 2);
			out.write(value & 0xFF);
			out.write(value >>> 8 & 0xFF);
			return this;
		}

		Writer text(int tag, String vr, String value) {
			byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
			header(tag, vr, bytes.length);
			out.writeBytes(bytes);
			return this;
		}

		Writer header(int tag, String vr, long length) {
			ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
			b.putShort((short) (tag >>> 16)).putShort((short) tag).put(vr.getBytes(StandardCharsets.US_ASCII));
			if (Arrays.asList("OB", "OW", "SQ", "UN", "UT").contains(vr)) {
				b.putShort((short) 0).putInt((int) length);
			} else {
				b.putShort((short) length);
			}
			out.write(b.array(), 0, b.position());
			return this;
		}

		Writer raw(int... bytes) {
			for (int value : bytes) {
				out.write(value);
			}
			return this;
		}

		byte[] bytes() {
			return out.toByteArray();
		}
	}

	@Test
	void absurdImageSizeIsRefusedBeforeAllocating() throws IOException {
		byte[] file = new Writer().preamble().us(Tag.ROWS, 65535).us(Tag.COLUMNS, 65535).text(Tag.NUMBER_OF_FRAMES, "IS", "1000")
				.us(Tag.BITS_ALLOCATED, 16).us(Tag.BITS_STORED, 16).header(Tag.PIXEL_DATA, "OW", 16).raw(new int[16]).bytes();
		MediaException e = fails(write("absurd.dcm", file));
		assertTrue(e.reason().contains("65535 × 65535") && e.reason().contains("too large"), e.reason());
		// A frame that fits an int array, but 1000 of them are not in a 16-byte Pixel Data.
		file = new Writer().preamble().us(Tag.ROWS, 4096).us(Tag.COLUMNS, 4096).text(Tag.NUMBER_OF_FRAMES, "IS", "1000")
				.us(Tag.BITS_ALLOCATED, 16).us(Tag.BITS_STORED, 16).header(Tag.PIXEL_DATA, "OW", 16).raw(new int[16]).bytes();
		e = fails(write("absurd-frames.dcm", file));
		assertTrue(e.reason().contains("Pixel Data holds 16 bytes"), e.reason());
	}

	@Test
	void lengthPastTheEndIsRefused() throws IOException {
		byte[] file = new Writer().preamble().us(Tag.ROWS, 8).header(Tag.PIXEL_DATA, "OW", 0xFFFFFFF0L).raw(1, 2, 3, 4).bytes();
		MediaException e = fails(write("length.dcm", file));
		assertTrue(e.reason().contains("declares 4294967280 bytes"), e.reason());
	}

	@Test
	void undefinedLengthOutsideSequencesAndPixelDataIsRefused() throws IOException {
		byte[] file = new Writer().preamble().header(0x00081030, "UT", 0xFFFFFFFFL).raw(0, 0, 0, 0).bytes();
		MediaException e = fails(write("undefined.dcm", file));
		assertTrue(e.reason().contains("undefined length"), e.reason());
	}

	@Test
	void absurdRleFrameIsRefusedBeforeAllocating() throws IOException {
		Writer writer = new Writer();
		writer.out.writeBytes(new byte[128]);
		writer.out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
		writer.text(0x00020010, "UI", "1.2.840.10008.1.2.5\0").us(Tag.ROWS, 65535).us(Tag.COLUMNS, 65535)
				.text(Tag.NUMBER_OF_FRAMES, "IS", "1000").us(Tag.BITS_ALLOCATED, 16).us(Tag.BITS_STORED, 16)
				.header(Tag.PIXEL_DATA, "OB", 0xFFFFFFFFL).raw(0xFE, 0xFF, 0, 0xE0, 0, 0, 0, 0).raw(0xFE, 0xFF, 0, 0xE0, 72, 0, 0, 0)
				.raw(2, 0, 0, 0, 64, 0, 0, 0, 68, 0, 0, 0).raw(new int[52]).raw(0x81, 0, 0x81, 0, 0x81, 0, 0x81, 0)
				.raw(0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0);
		MediaException e = fails(write("rle-bomb.dcm", writer.bytes()));
		assertTrue(e.reason().contains("cannot hold") || e.reason().contains("too large"), e.reason());
		// A lossless JPEG frame of a few bytes for 4096 × 4096 pixels: refused before the codec allocates.
		Writer jpeg = new Writer();
		jpeg.out.writeBytes(new byte[128]);
		jpeg.out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
		jpeg.text(0x00020010, "UI", "1.2.840.10008.1.2.4.70").us(Tag.ROWS, 4096).us(Tag.COLUMNS, 4096).us(Tag.BITS_ALLOCATED, 16)
				.us(Tag.BITS_STORED, 12).header(Tag.PIXEL_DATA, "OB", 0xFFFFFFFFL).raw(0xFE, 0xFF, 0, 0xE0, 0, 0, 0, 0)
				.raw(0xFE, 0xFF, 0, 0xE0, 4, 0, 0, 0).raw(0xFF, 0xD8, 0xFF, 0xD9).raw(0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0);
		e = fails(write("jpeg-bomb.dcm", jpeg.bytes()));
		assertTrue(e.reason().contains("JPEG frame of 4 bytes cannot hold"), e.reason());
	}

	@Test
	void deepNestingIsRefused() throws IOException {
		Writer writer = new Writer().preamble();
		for (int i = 0; i < 5000; i++) {
			writer.header(0x00081140, "SQ", 0xFFFFFFFFL).raw(0xFE, 0xFF, 0, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF);
		}
		MediaException e = fails(write("deep.dcm", writer.bytes()));
		assertTrue(e.reason().contains("nested deeper"), e.reason());
	}

	@Test
	void randomGarbageOnlyGivesMediaExceptions() throws IOException {
		Random random = new Random(42);
		byte[][] files = { Files.readAllBytes(Corpus.copy("ct12.rle.dcm", directory)),
				Files.readAllBytes(Corpus.copy("noise12.sv1-frag.dcm", directory)), Files.readAllBytes(Corpus.copy("ct12.dfl.dcm", directory)) };
		for (int round = 0; round < 600; round++) {
			byte[] valid = files[round % files.length];
			byte[] bytes = valid.clone();
			for (int flips = 0; flips < 1 + random.nextInt(8); flips++) {
				bytes[132 + random.nextInt(bytes.length - 132)] = (byte) random.nextInt(256);
			}
			Path file = write("garbage-" + round + ".dcm", bytes);
			try {
				DicomFile dicom = DicomReaders.standard().read(file);
				for (int i = 0; i < dicom.frameCount(); i++) {
					DicomPixels.decode(dicom, i);
				}
			} catch (MediaException e) {
				assertEquals(file, e.file());
			} catch (Throwable e) {
				fail("round " + round + ": " + e, e);
			}
		}
	}

	@Test
	void missingFileIsAMediaException() {
		MediaException e = assertThrows(MediaException.class, () -> DicomReaders.standard().read(directory.resolve("none.dcm")));
		assertTrue(e.reason().contains("does not exist"), e.reason());
	}
}
