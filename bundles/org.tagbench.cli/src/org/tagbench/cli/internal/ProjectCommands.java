package org.tagbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tagbench.cli.CliCommand;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.ProjectType;
import org.tagbench.project.DataRegistration;
import org.tagbench.project.ProjectSetup;
import org.tagbench.project.RegistrationReport;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.VerifyReport;
import org.tagbench.store.local.LocalProjectStore;

/** Commands that create, refresh, count and check local projects. */
final class ProjectCommands {

	private ProjectCommands() {
	}

	static ProjectType parseType(String word) throws UsageException {
		return switch (word) {
		case "multi-class" -> ProjectType.MULTI_CLASS;
		case "multi-label" -> ProjectType.MULTI_LABEL;
		case "boxes" -> ProjectType.BOUNDING_BOX;
		case "polygons" -> ProjectType.POLYGON;
		default -> throw new UsageException("--type must be multi-class, multi-label, boxes or polygons, not '" + word + "'");
		};
	}

	static void printRegistration(RegistrationReport report, PrintStream out, PrintStream err) {
		out.println("added " + report.added() + ", missing " + report.missing() + ", back " + report.reappeared()
				+ ", not registered " + report.problems().size());
		report.problems().forEach(problem -> err.println("not registered: " + problem));
	}

	/** {@code create}: a project from data folders. */
	static final class Create implements CliCommand {
		@Override
		public String name() {
			return "create";
		}

		@Override
		public String synopsis() {
			return "<project folder> --name N --type multi-class|multi-label|boxes|polygons --classes a,b | --classes-file F --data <folder>... [--seed S] [--no-recursive]";
		}

		@Override
		public String description() {
			return "create a project from image/DICOM folders (images stay where they are)";
		}

		@Override
		public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
			Arguments arguments = new Arguments(words, Set.of("name", "type", "classes", "classes-file", "data", "seed"),
					Set.of("no-recursive"));
			Path folder = arguments.folder(0, "project folder");
			arguments.expectPositional(1);
			List<String> classes = new ArrayList<>();
			for (String list : arguments.values("classes")) {
				Arrays.stream(list.split(",")).map(String::strip).filter(name -> !name.isEmpty()).forEach(classes::add);
			}
			for (String file : arguments.values("classes-file")) {
				try {
					Files.readAllLines(Path.of(file)).stream().map(String::strip)
							.filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(classes::add);
				} catch (IOException e) {
					throw new UsageException("--classes-file " + file + " cannot be read: " + e.getMessage());
				}
			}
			if (classes.isEmpty()) {
				throw new UsageException("give the label classes with --classes or --classes-file");
			}
			if (classes.stream().distinct().count() != classes.size()) {
				throw new UsageException("a label class is named twice: " + classes);
			}
			List<Path> data = arguments.values("data").stream().map(Path::of).map(Path::toAbsolutePath).toList();
			if (data.isEmpty()) {
				throw new UsageException("give at least one --data folder");
			}
			ProjectSetup.Request request = new ProjectSetup.Request(folder, arguments.required("name"),
					parseType(arguments.required("type")), classes, data, !arguments.flag("no-recursive"),
					arguments.value("seed").isPresent() ? arguments.longValue("seed", 0) : null);
			ProjectSetup.Created created = ProjectSetup.create(request, null);
			try (ProjectStore store = created.store()) {
				out.println("created " + folder + ": " + store.project().getName() + " ("
						+ store.project().getType().getName() + ", " + classes.size() + " classes, seed "
						+ store.project().getRandomSeed() + ")");
				printRegistration(created.report(), out, err);
			}
			return OK;
		}
	}

	/** {@code refresh}: register new files, flag missing ones. */
	static final class Refresh implements CliCommand {
		@Override
		public String name() {
			return "refresh";
		}

		@Override
		public String synopsis() {
			return "<project folder>";
		}

		@Override
		public String description() {
			return "add new files of the data folders; flag missing ones (labels are kept)";
		}

		@Override
		public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
			Arguments arguments = new Arguments(words, Set.of(), Set.of());
			Path folder = arguments.folder(0, "project folder");
			arguments.expectPositional(1);
			try (ProjectStore store = LocalProjectStore.open(folder)) {
				printRegistration(DataRegistration.refresh(store, null), out, err);
			}
			return OK;
		}
	}

	/** {@code stats}: counts per status and per class. */
	static final class Stats implements CliCommand {
		@Override
		public String name() {
			return "stats";
		}

		@Override
		public String synopsis() {
			return "<project folder>";
		}

		@Override
		public String description() {
			return "print item counts per status and annotation counts per class (tab-separated)";
		}

		@Override
		public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
			Arguments arguments = new Arguments(words, Set.of(), Set.of());
			Path folder = arguments.folder(0, "project folder");
			arguments.expectPositional(1);
			try (ProjectStore store = LocalProjectStore.open(folder)) {
				out.println("project\t" + store.project().getName());
				out.println("type\t" + store.project().getType().getName());
				out.println("items\t" + store.count(ItemQuery.all()));
				Map<ItemStatus, Long> byStatus = store.countByStatus();
				for (ItemStatus status : ItemStatus.VALUES) {
					out.println("status\t" + status.getName() + "\t" + byStatus.getOrDefault(status, 0L));
				}
				Map<String, Long> byClass = store.countAnnotationsByClass();
				for (LabelClass labelClass : store.project().getLabelClasses()) {
					out.println("class\t" + labelClass.getName() + "\t" + byClass.getOrDefault(labelClass.getId(), 0L));
				}
			}
			return OK;
		}
	}

	/** {@code verify}: integrity of the store. */
	static final class Verify implements CliCommand {
		@Override
		public String name() {
			return "verify";
		}

		@Override
		public String synopsis() {
			return "<project folder>";
		}

		@Override
		public String description() {
			return "check the project's store; exit 1 and list the problems if any";
		}

		@Override
		public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
			Arguments arguments = new Arguments(words, Set.of(), Set.of());
			Path folder = arguments.folder(0, "project folder");
			arguments.expectPositional(1);
			try (ProjectStore store = LocalProjectStore.open(folder)) {
				VerifyReport report = store.verify();
				out.println((report.ok() ? "ok" : "PROBLEMS") + ": " + report.items() + " items, " + report.annotations()
						+ " annotations checked");
				report.problems().forEach(problem -> err.println("problem: " + problem));
				return report.ok() ? OK : FAILED;
			}
		}
	}
}
