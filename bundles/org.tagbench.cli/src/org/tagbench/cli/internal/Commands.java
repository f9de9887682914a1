package org.tagbench.cli.internal;

import java.util.List;

import org.tagbench.cli.CliCommand;

/** The built-in commands. */
final class Commands {

	private Commands() {
	}

	static List<CliCommand> all() {
		return List.of(new VersionCommand());
	}
}
