package org.tagbench.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 20,000 × 20,000 RGB PNG (1.2 GB as a raster, more than the 1 GiB test heap) is read as an overview
 * and as regions; the values are checked against the pattern it was written with.
 */
class ImageRegionReaderTest {

	static final int SIDE = 20_000;

	@TempDir
	static Path directory;

	static Path huge;

	@BeforeAll
	static void writeHugePng() throws IOException {
		huge = directory.resolve("huge.png");
		writePng(huge, SIDE, SIDE);
		assertTrue(Runtime.getRuntime().maxMemory() < 3L * SIDE * SIDE, "the full raster must not fit the heap for this test to mean anything");
	}

	/** The colour the test image has at (x, y). */
	static int rgb(int x, int y) {
		int red = (x >> 6) & 0xFF;
		int green = (y >> 6) & 0xFF;
		int blue = (((x >> 9) + (y >> 9)) & 1) == 0 ? 0 : 255;
		return red << 16 | green << 8 | blue;
	}

	@Test
	void overviewOfAHugeImageFitsAndSamplesTheRightPixels() throws MediaException {
		assertTrue(ImageRegionReader.isLarge(SIDE, SIDE));
		int step = ImageRegionReader.stepToFit(SIDE, SIDE, 4096);
		assertEquals(5, step);
		BufferedImage overview = ImageRegionReader.readSubsampled(huge, step);
		assertEquals(4000, overview.getWidth());
		assertEquals(4000, overview.getHeight());
		for (int y = 0; y < 4000; y += 397) {
			for (int x = 0; x < 4000; x += 211) {
				assertEquals(rgb(x * step, y * step), overview.getRGB(x, y) & 0xFFFFFF, "overview pixel " + x + "," + y);
			}
		}
	}

	@Test
	void regionAtFullResolution() throws MediaException {
		Rectangle region = new Rectangle(15_000, 17_500, 1200, 800);
		BufferedImage part = ImageRegionReader.read(huge, region, 1);
		assertEquals(1200, part.getWidth());
		assertEquals(800, part.getHeight());
		for (int y = 0; y < 800; y += 37) {
			for (int x = 0; x < 1200; x += 53) {
				assertEquals(rgb(15_000 + x, 17_500 + y), part.getRGB(x, y) & 0xFFFFFF);
			}
		}
	}

	@Test
	void regionIsClippedToTheImageAndSubsampled() throws MediaException {
		BufferedImage part = ImageRegionReader.read(huge, new Rectangle(19_000, 19_500, 4000, 4000), 2);
		assertEquals(500, part.getWidth());
		assertEquals(250, part.getHeight());
		assertEquals(rgb(19_000 + 2 * 123, 19_500 + 2 * 77), part.getRGB(123, 77) & 0xFFFFFF);
		assertThrows(IllegalArgumentException.class, () -> ImageRegionReader.read(huge, new Rectangle(30_000, 0, 10, 10), 1));
	}

	@Test
	void badInputNamesTheFile() throws IOException {
		Path missing = directory.resolve("missing.png");
		MediaException gone = assertThrows(MediaException.class, () -> ImageRegionReader.readSubsampled(missing, 1));
		assertEquals(missing, gone.file());
		Path garbage = Files.write(directory.resolve("garbage.png"), "not an image at all".getBytes(StandardCharsets.US_ASCII));
		MediaException unreadable = assertThrows(MediaException.class, () -> ImageRegionReader.readSubsampled(garbage, 1));
		assertTrue(unreadable.getMessage().contains("garbage.png"), unreadable.getMessage());
		Path truncated = directory.resolve("truncated.png");
		byte[] whole = Files.readAllBytes(smallPng());
		Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
		MediaException damaged = assertThrows(MediaException.class, () -> ImageRegionReader.readSubsampled(truncated, 1));
		assertEquals(truncated, damaged.file());
	}

	static Path smallPng() throws IOException {
		Path file = directory.resolve("small.png");
		if (!Files.exists(file)) {
			writePng(file, 300, 200);
		}
		return file;
	}

	/** Writes an 8-bit RGB PNG row by row (no full raster in memory), as the PNG specification lays it out. */
	static void writePng(Path file, int width, int height) throws IOException {
		try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
			java.io.ByteArrayOutputStream header = new java.io.ByteArrayOutputStream();
			DataOutputStream ihdr = new DataOutputStream(header);
			ihdr.writeInt(width);
			ihdr.writeInt(height);
			ihdr.write(new byte[] { 8, 2, 0, 0, 0 }); // 8 bits, truecolour, deflate, filter 0, no interlace
			chunk(out, "IHDR", header.toByteArray(), header.size());
			ChunkStream idat = new ChunkStream(out);
			Deflater deflater = new Deflater(1);
			try (DeflaterOutputStream compressed = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
				byte[] row = new byte[1 + 3 * width];
				for (int y = 0; y < height; y++) {
					for (int x = 0; x < width; x++) {
						int colour = rgb(x, y);
						row[1 + 3 * x] = (byte) (colour >> 16);
						row[2 + 3 * x] = (byte) (colour >> 8);
						row[3 + 3 * x] = (byte) colour;
					}
					compressed.write(row);
				}
			} finally {
				deflater.end();
			}
			chunk(out, "IEND", new byte[0], 0);
		}
	}

	static void chunk(DataOutputStream out, String type, byte[] data, int length) throws IOException {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data, 0, length);
		out.writeInt(length);
		out.write(typeBytes);
		out.write(data, 0, length);
		out.writeInt((int) crc.getValue());
	}

	/** Cuts the compressed stream into IDAT chunks of up to 1 MiB. */
	static final class ChunkStream extends OutputStream {
		private final DataOutputStream out;
		private final byte[] buffer = new byte[1 << 20];
		private int size;

		ChunkStream(DataOutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			while (length > 0) {
				int n = Math.min(length, buffer.length - size);
				System.arraycopy(bytes, offset, buffer, size, n);
				size += n;
				offset += n;
				length -= n;
				if (size == buffer.length) {
					flush();
				}
			}
		}

		@Override
		public void flush() throws IOException {
			if (size > 0) {
				chunk(out, "IDAT", buffer, size);
				size = 0;
			}
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
