package org.tagbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.tagbench.cli.CliCommand;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.ExportReport;
import org.tagbench.exchange.Formats;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.LabelExporter;
import org.tagbench.exchange.LabelImporter;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;

/** {@code export} and {@code import} of labels in the formats of {@link Formats}. */
final class ExchangeCommands {

	private ExchangeCommands() {
	}

	private static String formatIds(List<String> ids) {
		return String.join(", ", ids);
	}

	/** {@code export}: labels in a training format. */
	static final class Export implements CliCommand {
		@Override
		public String name() {
			return "export";
		}

		@Override
		public String synopsis() {
			return "<project folder> --format F --out <file|folder> [--status labeled,accepted] [--prelabels] [--val 0.2] [--split-seed 42] [--deidentify]";
		}

		@Override
		public String description() {
			return "write labels for training (formats: " + formatIds(Formats.exporters().stream().map(LabelExporter::formatId).toList()) + ")";
		}

		@Override
		public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
			Arguments arguments = new Arguments(words, Set.of("format", "out", "status", "val", "split-seed"), Set.of("prelabels", "deidentify"));
			Path folder = arguments.folder(0, "project folder");
			arguments.expectPositional(1);
			String format = arguments.required("format");
			LabelExporter exporter = Formats.exporter(format).orElseThrow(() -> new UsageException("unknown format '"
					+ format + "'; formats: " + formatIds(Formats.exporters().stream().map(LabelExporter::formatId).toList())));
			ExportOptions options = ExportOptions.defaults().withPrelabels(arguments.flag("prelabels"))
					.withSplit(arguments.doubleValue("val", 0), arguments.longValue("split-seed", 42))
					.withDeidentified(arguments.flag("deidentify"));
			if (arguments.value("status").isPresent()) {
				options = options.withStatuses(statuses(arguments.value("status").get()));
			}
			Path target = Path.of(arguments.required("out")).toAbsolutePath();
			try (ProjectStore store = LocalProjectStore.open(folder)) {
				ExportReport report = exporter.export(store, options, target, null);
				out.println("exported " + report.items() + " items (" + report.validation() + " in validation), "
						+ report.annotations() + " annotations to " + report.target());
				report.warnings().forEach(warning -> err.println("warning: " + warning));
			}
			return OK;
		}

		private static Set<ItemStatus> statuses(String list) throws UsageException {
			Set<ItemStatus> statuses = EnumSet.noneOf(ItemStatus.class);
			for (String word : list.split(",")) {
				ItemStatus status = ItemStatus.get(word.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
				if (status == null) {
					throw new UsageException("--status: unknown status '" + word.strip() + "'; statuses: "
							+ ItemStatus.VALUES.stream().map(s -> s.getName().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(",")));
				}
				statuses.add(status);
			}
			return statuses;
		}
	}

	/** {@code import}: existing labels into a project. */
	static final class Import implements CliCommand {
		@Override
		public String name() {
			return "import";
		}

		@Override
		public String synopsis() {
			return "<project folder> --format F --from <file|folder> [--add-classes] [--replace] [--author NAME]";
		}

		@Override
		public String description() {
			return "read existing labels (formats: " + formatIds(Formats.importers().stream().map(LabelImporter::formatId).toList()) + ")";
		}

		@Override
		public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
			Arguments arguments = new Arguments(words, Set.of("format", "from", "author"), Set.of("add-classes", "replace"));
			Path folder = arguments.folder(0, "project folder");
			arguments.expectPositional(1);
			String format = arguments.required("format");
			LabelImporter importer = Formats.importer(format).orElseThrow(() -> new UsageException("unknown format '"
					+ format + "'; formats: " + formatIds(Formats.importers().stream().map(LabelImporter::formatId).toList())));
			ImportOptions options = new ImportOptions(arguments.flag("add-classes"),
					arguments.value("author").orElse(System.getProperty("user.name", "import")), arguments.flag("replace"));
			try (ProjectStore store = LocalProjectStore.open(folder)) {
				ImportReport report = importer.importLabels(store, Path.of(arguments.required("from")).toAbsolutePath(), options, null);
				out.println("imported " + report.annotations() + " annotations on " + report.itemsLabeled() + " items; "
						+ report.unmatchedImages().size() + " images not in the project; " + report.problems().size() + " problems");
				report.unknownClasses().forEach((name, count) -> err.println("unknown class: " + name + " (" + count
						+ " labels" + (options.addUnknownClasses() ? ", added)" : ", left out; --add-classes adds it)")));
				report.unmatchedImages().forEach(image -> err.println("not in the project: " + image));
				report.problems().forEach(problem -> err.println("problem: " + problem));
				return report.problems().isEmpty() ? OK : FAILED;
			}
		}
	}
}
