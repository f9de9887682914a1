package org.tagbench.dicom.internal;

import java.io.EOFException;
import java.io.IOException;

import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An {@link javax.imageio.stream.ImageInputStream} over one frame's bytes whose single-byte {@link #read()}
 * throws {@link EOFException} past the end instead of returning -1.
 *
 * <p>Why: jj2000 (inside jai-imageio's JPEG 2000 reader) is written against its own {@code RandomAccessIO},
 * whose {@code read()} throws at the end; jai-imageio's adapter {@code IISRandomAccessIO} passes the stream's
 * -1 through. jj2000's packet-header bit reader then sees an endless run of 1 bits (-1 is all ones and not
 * 0xFF, so no bit stuffing stops it) and loops in {@code while (readBit() == 1) lblock++} for ever: the hang
 * the fuzzer found in a codestream whose packets end early. With the exception, jj2000 takes its own
 * "codestream truncated" path and finishes. Bulk reads keep the ImageInputStream contract (-1 at the end).
 */
final class CodestreamInput extends ImageInputStreamImpl {

	private final byte[] bytes;

	CodestreamInput(byte[] bytes) {
		this.bytes = bytes;
	}

	@Override
	public int read() throws IOException {
		checkClosed();
		if (streamPos >= bytes.length) {
			throw new EOFException("read past the end of the " + bytes.length + "-byte codestream");
		}
		bitOffset = 0;
		return bytes[(int) streamPos++] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		checkClosed();
		if (offset < 0 || length < 0 || offset + length > buffer.length) {
			throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", buffer " + buffer.length);
		}
		bitOffset = 0;
		if (length == 0) {
			return 0;
		}
		if (streamPos >= bytes.length) {
			return -1;
		}
		int n = (int) Math.min(length, bytes.length - streamPos);
		System.arraycopy(bytes, (int) streamPos, buffer, offset, n);
		streamPos += n;
		return n;
	}

	@Override
	public long length() {
		return bytes.length;
	}

	@Override
	public boolean isCached() {
		return true;
	}

	@Override
	public boolean isCachedMemory() {
		return true;
	}
}
