package org.tagbench.assist;

/** The assist could not do what was asked; the message says what and where, for the user. */
public class AssistException extends Exception {

	private static final long serialVersionUID = 1L;

	public AssistException(String message) {
		super(message);
	}

	public AssistException(String message, Throwable cause) {
		super(message, cause);
	}
}
