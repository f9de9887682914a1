package org.tagbench.imaging;

import java.io.IOException;
import java.nio.file.Path;

/** A media file that cannot be used, with the file and the reason in its message. */
public class MediaException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String reason;

	public MediaException(Path file, String reason) {
		this(file, reason, null);
	}

	public MediaException(Path file, String reason, Throwable cause) {
		super(file + ": " + reason, cause);
		this.file = file;
		this.reason = reason;
	}

	public Path file() {
		return file;
	}

	/** The reason alone, without the file name. */
	public String reason() {
		return reason;
	}
}
