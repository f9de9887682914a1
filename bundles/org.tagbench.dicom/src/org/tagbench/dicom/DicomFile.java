package org.tagbench.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tagbench.dicom.DicomElement.Fragment;
import org.tagbench.imaging.MediaException;

/** A file's top-level dataset with its file meta information, transfer syntax and frames. */
public final class DicomFile extends DicomObject {

	private final Path file;
	private final DicomObject fileMeta;
	private final String transferSyntaxUid;
	private final boolean preamble;
	private final boolean complete;

	/**
	 * @param complete false when the reader stopped at Pixel Data (header only): frames are not available
	 */
	public DicomFile(Path file, DicomObject fileMeta, String transferSyntaxUid, boolean preamble, boolean complete) {
		this.file = file;
		this.fileMeta = fileMeta;
		this.transferSyntaxUid = transferSyntaxUid;
		this.preamble = preamble;
		this.complete = complete;
	}

	@Override
	public Optional<Path> file() {
		return Optional.of(file);
	}

	public Path path() {
		return file;
	}

	/** Group 0002 (empty for a bare dataset without file meta information). */
	public DicomObject fileMeta() {
		return fileMeta;
	}

	public boolean hasPreamble() {
		return preamble;
	}

	public String transferSyntaxUid() {
		return transferSyntaxUid;
	}

	/** The known transfer syntax, or empty for a UID this bundle does not know. */
	public Optional<TransferSyntax> transferSyntax() {
		return Optional.ofNullable(TransferSyntax.byUid(transferSyntaxUid));
	}

	/** "UID (name)" for messages. */
	public String transferSyntaxName() {
		return transferSyntax().map(TransferSyntax::toString).orElse(transferSyntaxUid + " (unknown)");
	}

	public DicomMetadata metadata() {
		return DicomMetadata.of(this);
	}

	public ImageAttributes imageAttributes() throws MediaException {
		return ImageAttributes.of(this, file);
	}

	/** Number of Frames (1 when absent). */
	public int frameCount() throws MediaException {
		return imageAttributes().frames();
	}

	private DicomElement pixelData() throws MediaException {
		if (!complete) {
			throw new MediaException(file, "only the header was read; read the whole file for its frames");
		}
		return element(Tag.PIXEL_DATA).orElseThrow(() -> new MediaException(file, "the file holds no Pixel Data"));
	}

	/** All frames' bytes, see {@link #frame(int)}. */
	public List<byte[]> frames() throws MediaException {
		int count = frameCount();
		List<byte[]> frames = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			frames.add(frame(i));
		}
		return frames;
	}

	/**
	 * The raw bytes of frame {@code index}: for native pixel data the frame's samples in little-endian byte
	 * order (big-endian files are swapped here); for encapsulated pixel data the compressed bit stream (its
	 * fragments joined).
	 */
	public byte[] frame(int index) throws MediaException {
		ImageAttributes attributes = imageAttributes();
		if (index < 0 || index >= attributes.frames()) {
			throw new MediaException(file, "frame " + index + " does not exist (" + attributes.frames() + " frames)");
		}
		DicomElement pixels = pixelData();
		if (pixels.isEncapsulated()) {
			return encapsulatedFrame(pixels, attributes.frames(), index);
		}
		long frameBytes = attributes.frameBytes();
		long needed = frameBytes * attributes.frames();
		if (needed > pixels.length()) {
			throw new MediaException(file, "Pixel Data holds " + pixels.length() + " bytes but " + attributes.frames() + " frame(s) of "
					+ attributes.rows() + " × " + attributes.columns() + " × " + attributes.samplesPerPixel() + " samples of "
					+ attributes.bitsAllocated() + " bits need " + needed);
		}
		int start = (int) (frameBytes * index);
		int size = (int) frameBytes;
		if (!pixels.bigEndian() || "OB".equals(pixels.vr())) {
			return pixels.bytes(start, size);
		}
		// Big endian OW: byte k of the little-endian stream is byte k ^ 1 (16 bit words) or k ^ 3 (32 bit).
		int flip = attributes.bitsAllocated() == 32 ? 3 : 1;
		byte[] frame = new byte[size];
		for (int k = 0; k < size; k++) {
			int physical = (start + k) ^ flip;
			frame[k] = physical < pixels.length() ? (byte) pixels.byteAt(physical) : 0;
		}
		return frame;
	}

	private byte[] encapsulatedFrame(DicomElement pixels, int frames, int index) throws MediaException {
		List<Fragment> fragments = pixels.fragments();
		if (fragments.isEmpty()) {
			throw new MediaException(file, "encapsulated Pixel Data has no fragments");
		}
		long[] table = pixels.offsetTable();
		List<Fragment> selected = new ArrayList<>();
		if (table.length > 0) {
			if (table.length != frames) {
				throw new MediaException(file, "basic offset table has " + table.length + " entries for " + frames + " frames");
			}
			long from = table[index];
			long to = index + 1 < frames ? table[index + 1] : Long.MAX_VALUE;
			for (Fragment fragment : fragments) {
				if (fragment.itemOffset() >= from && fragment.itemOffset() < to) {
					selected.add(fragment);
				}
			}
			if (selected.isEmpty()) {
				throw new MediaException(file, "basic offset table entry " + from + " of frame " + index + " points to no fragment");
			}
		} else if (frames == 1) {
			selected.addAll(fragments);
		} else if (fragments.size() == frames) {
			selected.add(fragments.get(index));
		} else {
			// No offset table and more fragments than frames: JPEG frames start with an SOI marker (FFD8).
			int frame = -1;
			for (Fragment fragment : fragments) {
				byte[] head = fragment.length() >= 2 ? pixels.fragmentBytes(new Fragment(0, fragment.position(), 2)) : new byte[0];
				if (head.length == 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) {
					frame++;
				}
				if (frame == index) {
					selected.add(fragment);
				}
			}
			if (selected.isEmpty()) {
				throw new MediaException(file, fragments.size() + " fragments for " + frames
						+ " frames without a basic offset table: cannot tell where frame " + index + " starts");
			}
		}
		if (selected.size() == 1) {
			return pixels.fragmentBytes(selected.get(0));
		}
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		for (Fragment fragment : selected) {
			joined.writeBytes(pixels.fragmentBytes(fragment));
		}
		return joined.toByteArray();
	}
}
