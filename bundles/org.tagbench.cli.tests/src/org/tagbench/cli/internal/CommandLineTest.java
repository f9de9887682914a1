package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tagbench.cli.CliCommand;

class CommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final List<List<String>> received = new ArrayList<>();

	private final CliCommand echo = new CliCommand() {
		@Override
		public String name() {
			return "echo";
		}

		@Override
		public String synopsis() {
			return "<word>";
		}

		@Override
		public String description() {
			return "prints its word";
		}

		@Override
		public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
			received.add(arguments);
			if (arguments.size() != 1) {
				throw new UsageException("needs exactly one word");
			}
			if (arguments.get(0).equals("boom")) {
				throw new IllegalStateException("the store at /x/y is damaged");
			}
			out.println(arguments.get(0));
			return OK;
		}
	};

	private int run(String... words) {
		return new CommandLine(List.of(echo, new VersionCommand())).run(List.of(words),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void dispatchesToTheNamedCommandWithoutEclipseOptions() {
		assertEquals(CliCommand.OK, run("-consoleLog", "echo", "hello"));
		assertEquals("hello\n", out());
		assertEquals(List.of(List.of("hello")), received);
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertEquals(CliCommand.USAGE, run("frobnicate"));
		assertTrue(err().contains("unknown command 'frobnicate'. Commands: echo, version"), err());
	}

	@Test
	void badArgumentsPrintTheReasonAndTheUsageLine() {
		assertEquals(CliCommand.USAGE, run("echo"));
		assertEquals("tagbench echo: needs exactly one word\nusage: tagbench --headless echo <word>\n", err());
	}

	@Test
	void failureBecomesExitOneWithItsMessage() {
		assertEquals(CliCommand.FAILED, run("echo", "boom"));
		assertEquals("tagbench echo: the store at /x/y is damaged\n", err());
	}

	@Test
	void helpListsCommandsAndNoArgumentsIsAUsageError() {
		assertEquals(CliCommand.OK, run("help"));
		assertTrue(out().contains("echo <word>"), out());
		assertTrue(out().contains("prints its word"), out());
		assertEquals(CliCommand.USAGE, run());
		assertTrue(err().startsWith("usage: tagbench --headless <command>"), err());
	}

	@Test
	void versionPrintsTheRunningVersion() {
		assertEquals(CliCommand.OK, run("version"));
		assertTrue(out().matches("Tagbench 0\\.1\\.0 \\(build \\d{12}\\)\n"), out());
	}
}
