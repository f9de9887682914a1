package org.tagbench.cli.internal;

import java.util.List;

import org.tagbench.cli.CliCommand;

/** The built-in commands. */
final class Commands {

	private Commands() {
	}

	static List<CliCommand> all() {
		return List.of(new ProjectCommands.Create(), new ProjectCommands.Refresh(), new ProjectCommands.Stats(),
				new ProjectCommands.Verify(), new ExchangeCommands.Export(), new ExchangeCommands.Import(),
				new BenchmarkCommand(), new TeamCommands.Push(), new TeamCommands.Assign(), new TeamCommands.AgreementReport(), new TeamCommands.Benchmark(), new VersionCommand());
	}
}
