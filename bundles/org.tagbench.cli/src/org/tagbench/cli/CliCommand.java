package org.tagbench.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless command, e.g. {@code tagbench --headless stats <project>}. */
public interface CliCommand {

	/** Exit codes fit for scripts. */
	int OK = 0;
	/** The command ran and found a problem (e.g. verify found damage, some files were not imported). */
	int FAILED = 1;
	/** The command line was wrong: unknown command, missing or bad argument. */
	int USAGE = 2;

	/** The word that selects the command. */
	String name();

	/** Its arguments, e.g. {@code <project folder> [--format coco]}; empty when it takes none. */
	String synopsis();

	/** What it does, in one line. */
	String description();

	/**
	 * Runs the command.
	 *
	 * @param arguments what followed the command's name
	 * @param out       results, for scripts to read
	 * @param err       messages for people: what went wrong and where
	 * @return an exit code
	 */
	int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception;
}
