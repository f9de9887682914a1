package org.tagbench.exchange;

/**
 * An import or export that could not be done. The message names the file and, for malformed input, the
 * line or field: "annotations.json: annotations[12].bbox: expected 4 numbers, found 3".
 */
public class ExchangeException extends Exception {

	private static final long serialVersionUID = 1L;

	public ExchangeException(String message) {
		super(message);
	}

	public ExchangeException(String message, Throwable cause) {
		super(message, cause);
	}
}
