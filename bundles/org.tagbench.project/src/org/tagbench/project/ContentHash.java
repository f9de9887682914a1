package org.tagbench.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fingerprint of a file's content that registering 500,000 images can afford: SHA-256 over the size,
 * the first and the last 64 KiB. It tells a replaced or edited image from the registered one, and finds
 * most duplicates; it is not a full-file checksum (prefix "s256:" says so).
 */
public final class ContentHash {

	private static final int SAMPLE = 64 * 1024;

	private ContentHash() {
	}

	public static String of(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			digest.update(ByteBuffer.allocate(Long.BYTES).putLong(size).flip());
			ByteBuffer buffer = ByteBuffer.allocate(SAMPLE);
			readFully(channel, buffer, 0);
			digest.update(buffer.flip());
			if (size > SAMPLE) {
				buffer.clear();
				readFully(channel, buffer, Math.max(SAMPLE, size - SAMPLE));
				digest.update(buffer.flip());
			}
		}
		return "s256:" + HexFormat.of().formatHex(digest.digest());
	}

	private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
		long at = position;
		while (buffer.hasRemaining()) {
			int read = channel.read(buffer, at);
			if (read < 0) {
				return;
			}
			at += read;
		}
	}
}
