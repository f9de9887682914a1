package org.tagbench.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tagbench.cli.CliCommand;
import org.tagbench.store.DataRoots;
import org.tagbench.store.DataRoots.RootOverride;

/** Picks the command named by the first argument and turns its failures into messages and exit codes. */
public final class CommandLine {

	/** The option of every command that maps a stored data source root to a folder of this desktop. */
	static final String ROOT_MAP = "--root-map";

	private final Map<String, CliCommand> commands;
	private List<RootOverride> workbenchRootOverrides = List.of();

	public CommandLine(List<CliCommand> commands) {
		this.commands = commands.stream()
				.collect(Collectors.toMap(CliCommand::name, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	/** Overrides read from the workbench's workspace, after the command line's (when the process has no workspace). */
	public CommandLine withWorkbenchRootOverrides(List<RootOverride> overrides) {
		workbenchRootOverrides = List.copyOf(overrides);
		return this;
	}

	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		List<String> words = new ArrayList<>(arguments.stream().filter(word -> !isEclipseOption(word)).toList());
		List<RootOverride> rootMap = new ArrayList<>();
		try {
			takeRootMap(words, rootMap);
		} catch (IllegalArgumentException e) {
			err.println("tagbench: " + e.getMessage());
			return CliCommand.USAGE;
		}
		rootMap.addAll(workbenchRootOverrides);
		DataRoots.setRunOverrides(rootMap);
		try {
			return dispatch(words, out, err);
		} finally {
			DataRoots.setRunOverrides(List.of());
		}
	}

	/**
	 * Takes every {@code --root-map STORED_ROOT=LOCAL_FOLDER} out of {@code words} (an option of all commands, anywhere
	 * on the line): where this desktop has a data source root of the project, for this run, before the preferences.
	 */
	private static void takeRootMap(List<String> words, List<RootOverride> rootMap) {
		for (int i = 0; i < words.size();) {
			if (words.get(i).equals(ROOT_MAP)) {
				if (i + 1 >= words.size()) {
					throw new IllegalArgumentException(ROOT_MAP + " needs STORED_ROOT=LOCAL_FOLDER");
				}
				rootMap.add(RootOverride.parse(words.get(i + 1)));
				words.subList(i, i + 2).clear();
			} else {
				i++;
			}
		}
	}

	private int dispatch(List<String> words, PrintStream out, PrintStream err) {
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
		stream.println("every command takes " + ROOT_MAP + " STORED_ROOT=LOCAL_FOLDER (repeatable): read a data source stored as"
				+ " STORED_ROOT from LOCAL_FOLDER on this desktop, before the overrides of Window > Preferences > Tagbench > Data Folders");
		stream.println("exit codes: 0 done, 1 the command found a problem, 2 wrong command line");
	}
}
