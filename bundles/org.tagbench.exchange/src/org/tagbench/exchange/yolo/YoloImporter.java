package org.tagbench.exchange.yolo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.LabelImporter;
import org.tagbench.exchange.support.ImportRun;
import org.tagbench.exchange.support.Numbers;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelClass;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * Reads a YOLO detect or segment dataset folder: class names from {@code data.yaml} (else
 * {@code classes.txt}), labels from every {@code labels/**.txt}. A label file belongs to the project item
 * whose path without extension ends with the label file's path below {@code labels/} without {@code .txt}
 * (e.g. {@code labels/train/a/cat.txt} ↔ {@code …/a/cat.jpg}, then {@code …/cat.jpg} when only one item
 * has that stem). Coordinates are denormalised with the item's width and height.
 */
public final class YoloImporter implements LabelImporter {

	public static final String DETECT_ID = "yolo";
	public static final String SEGMENT_ID = "yolo-seg";

	/** Normalised coordinates may stray this far outside [0, 1] (rounding by other tools). */
	private static final double TOLERANCE = 0.01;

	private final boolean segment;

	private YoloImporter(boolean segment) {
		this.segment = segment;
	}

	public static YoloImporter detect() {
		return new YoloImporter(false);
	}

	public static YoloImporter segment() {
		return new YoloImporter(true);
	}

	@Override
	public String formatId() {
		return segment ? SEGMENT_ID : DETECT_ID;
	}

	@Override
	public String displayName() {
		return segment ? "YOLO segment (polygons)" : "YOLO detect (boxes)";
	}

	@Override
	public ImportReport importLabels(ProjectStore store, Path source, ImportOptions options, IProgressMonitor monitor)
			throws ExchangeException {
		Path labels = source.resolve("labels");
		if (!Files.isDirectory(labels)) {
			throw new ExchangeException(source + ": no labels folder (a YOLO dataset has labels/**/*.txt)");
		}
		List<String> names = classNames(source);
		ImportRun run = new ImportRun(store, options);
		StemIndex stems = StemIndex.of(store);
		Map<String, String> imageLists = imageLists(source);
		List<Path> files;
		Path realLabels;
		try (Stream<Path> walk = Files.walk(labels)) {
			realLabels = labels.toRealPath();
			files = walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)
					&& !p.getFileName().toString().equals("classes.txt")).sorted().toList();
		} catch (IOException | UncheckedIOException e) {
			throw new ExchangeException("Cannot list " + labels + ": " + e.getMessage(), e);
		}
		SubMonitor whole = SubMonitor.convert(monitor, "Importing " + displayName(), 2);
		SubMonitor progress = whole.split(1).setWorkRemaining(files.size());
		for (Path file : files) {
			progress.split(1);
			String relative = source.relativize(file).toString().replace('\\', '/');
			String key = labels.relativize(file).toString().replace('\\', '/');
			key = key.substring(0, key.length() - ".txt".length());
			try {
				if (key.contains("..") && List.of(key.split("/")).contains("..") || !file.toRealPath().startsWith(realLabels)) {
					run.problem(relative + ": outside the labels folder, skipped");
					continue;
				}
			} catch (IOException e) {
				run.problem(relative + ": " + e.getMessage());
				continue;
			}
			String listed = imageLists.get(key);
			Optional<String> id = listed != null ? run.find(listed) : Optional.empty();
			if (id.isEmpty()) {
				id = stems.find(key);
			}
			if (id.isEmpty()) {
				run.unmatched(relative);
				continue;
			}
			Optional<DataItem> found = run.item(id.get());
			if (found.isEmpty()) {
				run.unmatched(relative);
				continue;
			}
			DataItem item = found.get();
			if (item.getWidth() <= 0 || item.getHeight() <= 0) {
				run.problem(relative + ": the size of image " + item.getPath()
						+ " is unknown (width/height 0), cannot denormalise; skipped");
				continue;
			}
			List<String> lines;
			try {
				lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			} catch (CharacterCodingException e) {
				run.problem(relative + ": not UTF-8 text, skipped");
				continue;
			} catch (IOException e) {
				throw new ExchangeException("Cannot read " + file + ": " + e.getMessage(), e);
			}
			List<Annotation> imported = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).strip();
				if (line.isEmpty()) {
					continue;
				}
				String where = relative + " line " + (i + 1);
				Annotation annotation = parse(line.split("\\s+"), where, names, item, run);
				if (annotation != null) {
					imported.add(annotation);
				}
			}
			run.stage(item.getId(), imported, true);
		}
		return run.apply(whole.split(1));
	}

	private Annotation parse(String[] fields, String where, List<String> names, DataItem item, ImportRun run)
			throws ExchangeException {
		if (!segment && fields.length != 5) {
			run.problem(where + ": expected 5 numbers, found " + fields.length);
			return null;
		}
		if (segment && (fields.length < 7 || fields.length % 2 == 0)) {
			run.problem(where + ": expected a class index and at least 3 points (an odd count of 7 or more numbers),"
					+ " found " + fields.length);
			return null;
		}
		int classIndex;
		try {
			classIndex = Integer.parseInt(fields[0]);
		} catch (NumberFormatException e) {
			run.problem(where + ": class index '" + fields[0] + "' is not a whole number");
			return null;
		}
		if (classIndex < 0 || classIndex >= names.size()) {
			run.problem(where + ": class index " + classIndex + " is not among the " + names.size() + " class names");
			return null;
		}
		double[] values = new double[fields.length - 1];
		for (int i = 1; i < fields.length; i++) {
			Double value = Numbers.parse(fields[i]);
			if (value == null) {
				run.problem(where + ": number " + (i + 1) + " '" + fields[i] + "' is not a number");
				return null;
			}
			if (value < -TOLERANCE || value > 1 + TOLERANCE) {
				run.problem(where + ": number " + (i + 1) + " " + fields[i] + " is not normalised to [0, 1]");
				return null;
			}
			values[i - 1] = value;
		}
		LabelClass labelClass = run.labelClass(names.get(classIndex));
		if (labelClass == null) {
			return null;
		}
		double width = item.getWidth();
		double height = item.getHeight();
		if (!segment) {
			double w = values[2] * width;
			double h = values[3] * height;
			return ImportRun.box(labelClass, values[0] * width - w / 2, values[1] * height - h / 2, w, h);
		}
		double[] points = new double[values.length];
		for (int i = 0; i < values.length; i += 2) {
			points[i] = values[i] * width;
			points[i + 1] = values[i + 1] * height;
		}
		return ImportRun.polygon(labelClass, points);
	}

	/**
	 * "train/cat" → the image path listed in train.txt whose stem is cat (Tagbench's own exports list every
	 * image there, which tells apart images of equal stem in different folders).
	 */
	private static Map<String, String> imageLists(Path source) throws ExchangeException {
		Map<String, String> images = new HashMap<>();
		for (String split : List.of("train", "val", "test")) {
			Path list = source.resolve(split + ".txt");
			if (!Files.isRegularFile(list)) {
				continue;
			}
			try {
				for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
					String image = line.strip();
					String stem = image.isEmpty() ? null : YoloExporter.stem(image);
					if (stem != null) {
						images.put(split + "/" + stem, image);
					}
				}
			} catch (IOException e) {
				throw new ExchangeException("Cannot read " + list + ": " + e.getMessage(), e);
			}
		}
		return images;
	}

	private static List<String> classNames(Path source) throws ExchangeException {
		Path yaml = source.resolve("data.yaml");
		if (!Files.isRegularFile(yaml)) {
			yaml = source.resolve("data.yml");
		}
		Path classes = source.resolve("classes.txt");
		try {
			if (Files.isRegularFile(yaml)) {
				return YoloYaml.names(Files.readAllLines(yaml, StandardCharsets.UTF_8), yaml.getFileName().toString());
			}
			if (Files.isRegularFile(classes)) {
				List<String> lines = new ArrayList<>(Files.readAllLines(classes, StandardCharsets.UTF_8));
				while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
					lines.remove(lines.size() - 1);
				}
				for (int i = 0; i < lines.size(); i++) {
					lines.set(i, lines.get(i).strip());
					if (lines.get(i).isEmpty()) {
						throw new ExchangeException("classes.txt line " + (i + 1) + ": empty class name");
					}
				}
				return lines;
			}
		} catch (CharacterCodingException e) {
			throw new ExchangeException((Files.isRegularFile(yaml) ? yaml : classes).getFileName() + ": not UTF-8 text", e);
		} catch (IOException e) {
			throw new ExchangeException("Cannot read the class names in " + source + ": " + e.getMessage(), e);
		}
		throw new ExchangeException(source + ": neither data.yaml nor classes.txt names the classes");
	}

	/** Items by path without extension, matched by longest suffix, then by unique bare stem. */
	static final class StemIndex {
		private final Map<String, String> byPath = new HashMap<>();
		private final Map<String, String> byStem = new HashMap<>();
		private final Map<String, Integer> stemCounts = new HashMap<>();

		static StemIndex of(ProjectStore store) throws ExchangeException {
			StemIndex index = new StemIndex();
			int page = 10_000;
			try {
				for (long offset = 0;; offset += page) {
					List<ItemSummary> items = store.items(ItemQuery.all(), offset, page);
					for (ItemSummary item : items) {
						String path = item.path().replace('\\', '/');
						String stem = YoloExporter.stem(path);
						if (stem == null) {
							continue;
						}
						int slash = path.lastIndexOf('/');
						index.byPath.put((slash < 0 ? "" : path.substring(0, slash + 1)) + stem, item.id());
						index.byStem.put(stem, item.id());
						index.stemCounts.merge(stem, 1, Integer::sum);
					}
					if (items.size() < page) {
						return index;
					}
				}
			} catch (StoreException e) {
				throw new ExchangeException("Cannot read the items of " + store.location() + ": " + e.getMessage(), e);
			}
		}

		Optional<String> find(String key) {
			for (String candidate = key; !candidate.isEmpty();) {
				String id = byPath.get(candidate);
				if (id != null) {
					return Optional.of(id);
				}
				int slash = candidate.indexOf('/');
				candidate = slash < 0 ? "" : candidate.substring(slash + 1);
			}
			String stem = key.substring(key.lastIndexOf('/') + 1);
			return stemCounts.getOrDefault(stem, 0) == 1 ? Optional.of(byStem.get(stem)) : Optional.empty();
		}
	}
}
