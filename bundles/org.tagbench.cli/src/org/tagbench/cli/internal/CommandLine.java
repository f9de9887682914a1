package org.tagbench.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tagbench.cli.CliCommand;

/** Picks the command named by the first argument and turns its failures into messages and exit codes. */
public final class CommandLine {

	private final Map<String, CliCommand> commands;

	public CommandLine(List<CliCommand> commands) {
		this.commands = commands.stream()
				.collect(Collectors.toMap(CliCommand::name, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		List<String> words = arguments.stream().filter(word -> !isEclipseOption(word)).toList();
		if (words.isEmpty() || words.get(0).equals("help") || words.get(0).equals("--help")) {
			printHelp(words.isEmpty() ? err : out);
			return words.isEmpty() ? CliCommand.USAGE : CliCommand.OK;
		}
		CliCommand command = commands.get(words.get(0));
		if (command == null) {
			err.println("tagbench: unknown command '" + words.get(0) + "'. Commands: " + String.join(", ", commands.keySet())
					+ ". See: tagbench --headless help");
			return CliCommand.USAGE;
		}
		try {
			return command.run(words.subList(1, words.size()), out, err);
		} catch (UsageException e) {
			err.println("tagbench " + command.name() + ": " + e.getMessage());
			err.println("usage: tagbench --headless " + command.name() + " " + command.synopsis());
			return CliCommand.USAGE;
		} catch (Exception e) {
			err.println("tagbench " + command.name() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
			return CliCommand.FAILED;
		}
	}

	/** Equinox passes some of its own options through to applications; they are not ours to read. */
	private static boolean isEclipseOption(String word) {
		return word.equals("-consoleLog") || word.equals("-nosplash");
	}

	private void printHelp(PrintStream stream) {
		stream.println("usage: tagbench --headless <command> [arguments]");
		stream.println("commands:");
		for (CliCommand command : commands.values()) {
			stream.printf("  %-44s %s%n", command.name() + " " + command.synopsis(), command.description());
		}
		stream.println("exit codes: 0 done, 1 the command found a problem, 2 wrong command line");
	}
}
