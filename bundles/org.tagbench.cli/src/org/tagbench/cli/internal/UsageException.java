package org.tagbench.cli.internal;

/** A wrong command line: the message says what is wrong, and the usage line follows it. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
