package org.tagbench.cli.internal;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tagbench.cli.CliCommand;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.LabelingProject;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.store.postgres.Agreement;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.store.postgres.ServerConnection;
import org.tagbench.store.postgres.internal.LocalCluster;
import org.tagbench.store.postgres.internal.LoadTest;

/** Commands of team mode: push a folder project to a PostgreSQL server, and the team load test. */
final class TeamCommands {

	/** The environment variable the password is read from; without it, the command asks on the terminal. */
	static final String PASSWORD_VARIABLE = "TAGBENCH_DB_PASSWORD";

	private TeamCommands() {
	}

	/**
	 * The password: from the environment (for scripts) or typed at a prompt, never from a file or the
	 * command line (where other users could read it in the process list).
	 */
	static String password(Function<String, String> environment, Console console, String user, String url)
			throws UsageException {
		String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
		if (fromEnvironment != null) {
			return fromEnvironment;
		}
		if (console == null) {
			throw new UsageException("no password for " + user + " on " + url + ": set " + PASSWORD_VARIABLE
					+ " or run the command in a terminal to be asked");
		}
		char[] typed = console.readPassword("Password of %s on %s: ", user, url);
		return typed == null ? "" : new String(typed);
	}

	/** The --url option: a PostgreSQL JDBC URL without a password. */
	static String serverUrl(Arguments arguments) throws UsageException {
		String url = arguments.required("url");
		if (!url.startsWith("jdbc:postgresql://")) {
			throw new UsageException("--url must be a PostgreSQL JDBC URL, jdbc:postgresql://host:port/database, not " + url);
		}
		if (url.contains("password=")) {
			throw new UsageException("--url must not carry the password: set " + PASSWORD_VARIABLE + " instead");
		}
		return url;
	}

	/**
	 * {@code assign}: gives a named labeler a share of the queue, or one item (project admins; the server
	 * refuses anyone else).
	 */
	static final class Assign implements CliCommand {

		private final Function<String, String> environment;

		Assign() {
			this(System::getenv);
		}

		Assign(Function<String, String> environment) {
			this.environment = environment;
		}

		@Override
		public String name() {
			return "assign";
		}

		@Override
		public String synopsis() {
			return "--url jdbc:postgresql://host:port/database --project NAME --labeler L (--share 0.3 | --item ID [--hours 24])"
					+ " [--user U]   (password from $" + PASSWORD_VARIABLE + " or a prompt)";
		}

		@Override
		public String description() {
			return "give a labeler of a team project a share of the queue (0 removes it) or one item";
		}

		@Override
		public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
			Arguments arguments = new Arguments(words,
					Set.of("url", "user", "project", "labeler", "share", "item", "hours"), Set.of());
			arguments.expectPositional(0);
			String url = serverUrl(arguments);
			String schema = arguments.required("project");
			String labeler = arguments.required("labeler");
			if (arguments.value("share").isPresent() == arguments.value("item").isPresent()) {
				throw new UsageException("give either --share (a fraction of the queue, 0 to 1) or --item (an item id)");
			}
			String user = arguments.value("user").orElse(System.getProperty("user.name"));
			ServerConnection server = new ServerConnection(url, user, password(environment, System.console(), user, url));
			try (PostgresProjectStore store = PostgresProjectStore.open(server, schema)) {
				if (arguments.value("share").isPresent()) {
					store.assignShare(labeler, arguments.doubleValue("share", 0));
					out.println("shares of the queue of " + store.location() + ":");
					store.shares().forEach((name, share) -> out.printf(java.util.Locale.ROOT, "%s\t%.3f%n", name, share));
				} else {
					String item = arguments.required("item");
					store.assign(item, labeler, Duration.ofHours(arguments.longValue("hours", 24)));
					out.println("item " + item + " assigned to " + labeler + " in " + store.location());
				}
			}
			return OK;
		}
	}

	/** {@code agreement}: the labelers of consensus items and whether they agree, one item a line. */
	static final class AgreementReport implements CliCommand {

		private final Function<String, String> environment;

		AgreementReport() {
			this(System::getenv);
		}

		AgreementReport(Function<String, String> environment) {
			this.environment = environment;
		}

		@Override
		public String name() {
			return "agreement";
		}

		@Override
		public String synopsis() {
			return "--url jdbc:postgresql://host:port/database --project NAME [--user U] [--min-labelers 2] [--disagree]";
		}

		@Override
		public String description() {
			return "consensus review of a team project: per item, its labelers and whether their labels agree";
		}

		@Override
		public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
			Arguments arguments = new Arguments(words, Set.of("url", "user", "project", "min-labelers"), Set.of("disagree"));
			arguments.expectPositional(0);
			String url = serverUrl(arguments);
			String user = arguments.value("user").orElse(System.getProperty("user.name"));
			ServerConnection server = new ServerConnection(url, user, password(environment, System.console(), user, url));
			int minimum = (int) arguments.longValue("min-labelers", 2);
			long items = 0;
			long agreeing = 0;
			try (PostgresProjectStore store = PostgresProjectStore.open(server, arguments.required("project"))) {
				for (long offset = 0;; offset += 1_000) {
					List<Agreement> page = store.agreement(minimum, offset, 1_000);
					for (Agreement agreement : page) {
						items++;
						agreeing += agreement.agree() ? 1 : 0;
						if (!arguments.flag("disagree") || !agreement.agree()) {
							out.println(agreement.itemId() + "\t" + agreement.path() + "\t" + String.join(",", agreement.labelers())
									+ "\t" + (agreement.agree() ? "agree" : "DISAGREE"));
						}
					}
					if (page.size() < 1_000) {
						break;
					}
				}
			}
			out.println(items + " items with " + minimum + " or more labelers, " + agreeing + " agree, "
					+ (items - agreeing) + " disagree");
			return OK;
		}
	}

	/** {@code push}: copies a folder project (definition, items, labels) into a new project on a server. */
	static final class Push implements CliCommand {

		private final Function<String, String> environment;

		Push() {
			this(System::getenv);
		}

		Push(Function<String, String> environment) {
			this.environment = environment;
		}

		@Override
		public String name() {
			return "push";
		}

		@Override
		public String synopsis() {
			return "<project folder> --url jdbc:postgresql://host:port/database [--user U] [--project NAME]"
					+ " [--data-root SOURCE=URI]...   (password from $" + PASSWORD_VARIABLE + " or a prompt)";
		}

		@Override
		public String description() {
			return "push a folder project to a PostgreSQL server for team labeling (images stay where they are)";
		}

		@Override
		public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
			Arguments arguments = new Arguments(words, Set.of("url", "user", "project", "data-root"), Set.of());
			Path folder = arguments.folder(0, "project folder");
			arguments.expectPositional(1);
			String url = serverUrl(arguments);
			String user = arguments.value("user").orElse(System.getProperty("user.name"));
			try (LocalProjectStore local = LocalProjectStore.open(folder)) {
				LabelingProject definition = EcoreUtil.copy(local.project());
				for (String root : arguments.values("data-root")) {
					rebase(definition, root);
				}
				String schema = arguments.value("project").orElse(PostgresProjectStore.schemaName(definition.getName()));
				ServerConnection server = new ServerConnection(url, user,
						password(environment, System.console(), user, url));
				long items = 0;
				long annotations = 0;
				try (PostgresProjectStore remote = PostgresProjectStore.create(server, schema, definition)) {
					Map<String, DataSource> sources = new java.util.HashMap<>();
					remote.project().getDataSources().forEach(source -> sources.put(source.getId(), source));
					List<DataItem> batch = new ArrayList<>();
					long[] counts = new long[2];
					local.forEachItem(ItemQuery.all(), item -> {
						// the copy refers to the server project's data sources, not the folder project's
						item.setDataSource(sources.get(item.getDataSource() == null ? null : item.getDataSource().getId()));
						batch.add(item);
						counts[0]++;
						counts[1] += item.getAnnotations().size();
						if (batch.size() == 1_000) {
							remote.addItems(batch);
							batch.clear();
						}
					});
					remote.addItems(batch);
					items = remote.count(ItemQuery.all());
					annotations = remote.verify().annotations();
					if (items != counts[0] || annotations != counts[1]) {
						err.println("pushed " + items + " of " + counts[0] + " items and " + annotations + " of "
								+ counts[1] + " labels to " + remote.location());
						return FAILED;
					}
					out.println("pushed " + items + " items and " + annotations + " labels to " + remote.location());
					out.println("project\t" + schema);
				}
			}
			return OK;
		}

		/** {@code SOURCE=URI}: the data source (by id) is read from {@code URI} on every desktop. */
		private static void rebase(LabelingProject project, String assignment) throws UsageException {
			int equals = assignment.indexOf('=');
			if (equals <= 0) {
				throw new UsageException("--data-root needs SOURCE=URI, e.g. photos=file:/mnt/team/photos/, not " + assignment);
			}
			String name = assignment.substring(0, equals);
			for (DataSource source : project.getDataSources()) {
				if (name.equals(source.getId())) {
					source.setRootUri(assignment.substring(equals + 1));
					return;
				}
			}
			throw new UsageException("--data-root " + name + ": the project has no data source of that id");
		}
	}

	/** {@code bench-team}: the load and fault test on a throwaway local server. */
	static final class Benchmark implements CliCommand {

		@Override
		public String name() {
			return "bench-team";
		}

		@Override
		public String synopsis() {
			return "[--labelers 20] [--seconds 120] [--items 100000] [--no-restart]";
		}

		@Override
		public String description() {
			return "team mode load and fault test: simulated labelers on a throwaway PostgreSQL, restarted once";
		}

		@Override
		public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
			Arguments arguments = new Arguments(words, Set.of("labelers", "seconds", "items"), Set.of("no-restart"));
			arguments.expectPositional(0);
			int labelers = (int) arguments.longValue("labelers", 20);
			long seconds = arguments.longValue("seconds", 120);
			int items = (int) arguments.longValue("items", 100_000);
			out.println("starting a throwaway PostgreSQL ...");
			try (LocalCluster cluster = LocalCluster.start()) {
				LoadTest.Result result = LoadTest.run(cluster, labelers, Duration.ofSeconds(seconds), items,
						!arguments.flag("no-restart"), out);
				result.print(out);
				return result.problems().isEmpty() ? OK : FAILED;
			}
		}
	}
}
