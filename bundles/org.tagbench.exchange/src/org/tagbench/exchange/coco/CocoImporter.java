package org.tagbench.exchange.coco;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.LabelImporter;
import org.tagbench.exchange.support.ImportRun;
import org.tagbench.model.LabelClass;
import org.tagbench.model.ProjectType;
import org.tagbench.store.ProjectStore;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads COCO object detection / instance segmentation JSON: boxes ({@code bbox}) and polygon
 * {@code segmentation}s. A file that is not JSON, or whose top level is not a COCO document, is refused with an
 * {@link ExchangeException}; a bad entry is reported (file, JSON path, reason) and the rest is imported.
 * Polygon projects take an annotation's polygons (each part of a multi-part segmentation becomes one polygon)
 * and fall back to its box; other projects take its box (or the bounds of its polygon when it has no box).
 */
public final class CocoImporter implements LabelImporter {

	@Override
	public String formatId() {
		return CocoExporter.FORMAT_ID;
	}

	@Override
	public String displayName() {
		return "COCO JSON";
	}

	private record Category(String name, String group) {
	}

	/** An annotation entry, checked for shape; images and categories are resolved once all is read. */
	private static <A extends org.tagbench.model.Annotation> A onFrame(A annotation, Entry entry) {
		annotation.setFrameIndex(entry.frame());
		return annotation;
	}

	private record Entry(int index, String imageId, String categoryId, double[] box, List<double[]> polygons, int frame) {
	}

	@Override
	public ImportReport importLabels(ProjectStore store, Path source, ImportOptions options, IProgressMonitor monitor)
			throws ExchangeException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing COCO JSON", 100);
		String file = source.getFileName() == null ? source.toString() : source.getFileName().toString();
		if (!Files.isRegularFile(source)) {
			throw new ExchangeException(source + " is not a file: a COCO import reads one .json file");
		}
		ImportRun run = new ImportRun(store, options);
		Document document = new Document(file);
		try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8);
				JsonReader json = new JsonReader(reader)) {
			document.read(json);
		} catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
			throw new ExchangeException(file + ": not valid JSON: " + gsonMessage(e), e);
		}
		progress.worked(40);
		document.resolve(run, store.project().getType() == ProjectType.POLYGON);
		return run.apply(progress.split(60));
	}

	private static String gsonMessage(Exception e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int see = message.indexOf("\nSee https://");
		return see < 0 ? message : message.substring(0, see);
	}

	/** The parts of one COCO file. */
	private static final class Document {

		private final String file;
		private final Map<String, String> images = new HashMap<>();
		private final List<String> imageOrder = new ArrayList<>();
		private final Map<String, Category> categories = new HashMap<>();
		private final List<Entry> entries = new ArrayList<>();
		private final List<String> problems = new ArrayList<>();
		private boolean sawImages;
		private boolean sawCategories;

		Document(String file) {
			this.file = file;
		}

		void read(JsonReader json) throws IOException, ExchangeException {
			if (json.peek() != JsonToken.BEGIN_OBJECT) {
				throw new ExchangeException(file + ": not a COCO document: the top level is " + describe(json.peek())
						+ ", not an object with \"images\", \"annotations\" and \"categories\"");
			}
			json.beginObject();
			while (json.hasNext()) {
				String name = json.nextName();
				switch (name) {
				case "images" -> {
					sawImages = true;
					readArray(json, name, this::image);
				}
				case "categories" -> {
					sawCategories = true;
					readArray(json, name, this::category);
				}
				case "annotations" -> readArray(json, name, this::annotation);
				default -> json.skipValue();
				}
			}
			json.endObject();
			if (json.peek() != JsonToken.END_DOCUMENT) {
				throw new ExchangeException(file + ": text after the end of the COCO document (" + json.getPath() + ")");
			}
			if (!sawImages) {
				throw new ExchangeException(file + ": not a COCO document: it has no \"images\" array");
			}
			if (!sawCategories && !entries.isEmpty()) {
				throw new ExchangeException(file + ": not a COCO document: it has annotations but no \"categories\" array");
			}
		}

		private interface EntryReader {
			void read(JsonElement element, String path, int index);
		}

		private void readArray(JsonReader json, String name, EntryReader reader) throws IOException, ExchangeException {
			if (json.peek() != JsonToken.BEGIN_ARRAY) {
				throw new ExchangeException(file + ": " + name + ": expected an array, found " + describe(json.peek()));
			}
			json.beginArray();
			for (int index = 0; json.hasNext(); index++) {
				JsonElement element = JsonParser.parseReader(json);
				reader.read(element, name + "[" + index + "]", index);
			}
			json.endArray();
		}

		private void image(JsonElement element, String path, int index) {
			try {
				JsonObject image = object(element, path);
				String id = id(image, "id", path);
				String fileName = string(image, "file_name", path);
				if (images.putIfAbsent(id, fileName) != null) {
					throw new EntryProblem(path + ".id: a second image with id " + id);
				}
				imageOrder.add(id);
			} catch (EntryProblem problem) {
				problems.add(file + ": " + problem.getMessage() + "; image left out");
			}
		}

		private void category(JsonElement element, String path, int index) {
			try {
				JsonObject category = object(element, path);
				String id = id(category, "id", path);
				String name = string(category, "name", path);
				String group = category.get("supercategory") instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
				if (categories.putIfAbsent(id, new Category(name, group)) != null) {
					throw new EntryProblem(path + ".id: a second category with id " + id);
				}
			} catch (EntryProblem problem) {
				problems.add(file + ": " + problem.getMessage() + "; category left out");
			}
		}

		private void annotation(JsonElement element, String path, int index) {
			try {
				JsonObject annotation = object(element, path);
				String imageId = id(annotation, "image_id", path);
				String categoryId = id(annotation, "category_id", path);
				JsonElement crowd = annotation.get("iscrowd");
				JsonElement segmentation = annotation.get("segmentation");
				if (crowd != null && !crowd.isJsonNull() && !(crowd.isJsonPrimitive() && crowd.getAsJsonPrimitive().isNumber()
						&& crowd.getAsDouble() == 0)) {
					throw new EntryProblem(path + ": iscrowd " + crowd + " (a crowd region, RLE mask) is not supported");
				}
				if (segmentation != null && segmentation.isJsonObject()) {
					throw new EntryProblem(path + ".segmentation: RLE masks are not supported, only polygons");
				}
				double[] box = null;
				JsonElement bbox = annotation.get("bbox");
				if (bbox != null && !bbox.isJsonNull()) {
					box = numbers(bbox, path + ".bbox");
					if (box.length != 4) {
						throw new EntryProblem(path + ".bbox: expected 4 numbers, found " + box.length);
					}
					if (!(box[2] > 0) || !(box[3] > 0)) {
						throw new EntryProblem(path + ".bbox: width and height must be positive, found " + plain(box[2])
								+ " x " + plain(box[3]));
					}
				}
				List<double[]> polygons = new ArrayList<>();
				if (segmentation != null && !segmentation.isJsonNull()) {
					if (!segmentation.isJsonArray()) {
						throw new EntryProblem(path + ".segmentation: expected a list of polygons, found " + segmentation);
					}
					JsonArray parts = segmentation.getAsJsonArray();
					for (int i = 0; i < parts.size(); i++) {
						String partPath = path + ".segmentation[" + i + "]";
						double[] points = numbers(parts.get(i), partPath);
						if (points.length < 6 || points.length % 2 != 0) {
							throw new EntryProblem(partPath + ": a polygon needs an even count of at least 6 numbers"
									+ " (3 points), found " + points.length);
						}
						polygons.add(points);
					}
				}
				if (box == null && polygons.isEmpty()) {
					throw new EntryProblem(path + ": neither a bbox nor a polygon segmentation");
				}
				entries.add(new Entry(index, imageId, categoryId, box, polygons, frame(annotation, path)));
			} catch (EntryProblem problem) {
				problems.add(file + ": " + problem.getMessage() + "; annotation left out");
			}
		}

		/** The optional {@value CocoExporter#FRAME_INDEX} of a multi-frame image's annotation; 0 when absent. */
		private int frame(JsonObject annotation, String path) throws EntryProblem {
			JsonElement frame = annotation.get(CocoExporter.FRAME_INDEX);
			if (frame == null || frame.isJsonNull()) {
				return 0;
			}
			if (!frame.isJsonPrimitive() || !frame.getAsJsonPrimitive().isNumber() || frame.getAsDouble() < 0
					|| frame.getAsDouble() != Math.rint(frame.getAsDouble()) || frame.getAsDouble() > Integer.MAX_VALUE) {
				throw new EntryProblem(path + "." + CocoExporter.FRAME_INDEX + ": expected a frame number (0, 1, …), found "
						+ frame);
			}
			return frame.getAsInt();
		}

		/** Matches images and classes and hands the annotations to the import run. */
		void resolve(ImportRun run, boolean polygonProject) {
			problems.forEach(run::problem);
			Map<String, Optional<String>> items = new HashMap<>();
			for (String imageId : imageOrder) {
				String name = images.get(imageId);
				Optional<String> item = run.find(name);
				if (item.isEmpty()) {
					run.unmatched(name);
				} else {
					run.stage(item.get(), List.of(), false);
				}
				items.put(imageId, item);
			}
			for (Entry entry : entries) {
				String path = "annotations[" + entry.index() + "]";
				Optional<String> item = items.get(entry.imageId());
				if (item == null) {
					run.problem(file + ": " + path + ".image_id: no image with id " + entry.imageId()
							+ "; annotation left out");
					continue;
				}
				Category category = categories.get(entry.categoryId());
				if (category == null) {
					run.problem(file + ": " + path + ".category_id: no category with id " + entry.categoryId()
							+ "; annotation left out");
					continue;
				}
				if (item.isEmpty()) {
					continue; // reported once as an unmatched image
				}
				LabelClass labelClass = run.labelClass(category.name(), category.group());
				if (labelClass == null) {
					continue; // counted as an unknown class
				}
				if (polygonProject && !entry.polygons().isEmpty()) {
					for (double[] polygon : entry.polygons()) {
						run.stage(item.get(), List.of(onFrame(ImportRun.polygon(labelClass, polygon), entry)), false);
					}
				} else if (entry.box() != null) {
					double[] b = entry.box();
					run.stage(item.get(), List.of(onFrame(ImportRun.box(labelClass, b[0], b[1], b[2], b[3]), entry)), false);
				} else {
					double[] b = bounds(entry.polygons());
					run.stage(item.get(), List.of(onFrame(ImportRun.box(labelClass, b[0], b[1], b[2], b[3]), entry)), false);
				}
			}
		}

		private static double[] bounds(List<double[]> polygons) {
			double minX = Double.POSITIVE_INFINITY;
			double minY = Double.POSITIVE_INFINITY;
			double maxX = Double.NEGATIVE_INFINITY;
			double maxY = Double.NEGATIVE_INFINITY;
			for (double[] points : polygons) {
				for (int i = 0; i + 1 < points.length; i += 2) {
					minX = Math.min(minX, points[i]);
					maxX = Math.max(maxX, points[i]);
					minY = Math.min(minY, points[i + 1]);
					maxY = Math.max(maxY, points[i + 1]);
				}
			}
			return new double[] { minX, minY, maxX - minX, maxY - minY };
		}

		private static JsonObject object(JsonElement element, String path) {
			if (!element.isJsonObject()) {
				throw new EntryProblem(path + ": expected an object, found " + abbreviate(element));
			}
			return element.getAsJsonObject();
		}

		/** An id: COCO uses integers; strings are accepted too. */
		private static String id(JsonObject object, String field, String path) {
			JsonElement value = object.get(field);
			if (value == null || value.isJsonNull()) {
				throw new EntryProblem(path + ": no \"" + field + "\"");
			}
			if (value instanceof JsonPrimitive primitive) {
				if (primitive.isNumber()) {
					double number = primitive.getAsDouble();
					if (number == Math.rint(number) && Math.abs(number) < 1e15) {
						return Long.toString((long) number);
					}
				} else if (primitive.isString()) {
					return primitive.getAsString();
				}
			}
			throw new EntryProblem(path + "." + field + ": expected an integer id, found " + abbreviate(value));
		}

		private static String string(JsonObject object, String field, String path) {
			JsonElement value = object.get(field);
			if (value == null || value.isJsonNull()) {
				throw new EntryProblem(path + ": no \"" + field + "\"");
			}
			if (!(value instanceof JsonPrimitive primitive) || !primitive.isString() || primitive.getAsString().isEmpty()) {
				throw new EntryProblem(path + "." + field + ": expected a non-empty string, found " + abbreviate(value));
			}
			return primitive.getAsString();
		}

		private static double[] numbers(JsonElement element, String path) {
			if (!element.isJsonArray()) {
				throw new EntryProblem(path + ": expected an array of numbers, found " + abbreviate(element));
			}
			JsonArray array = element.getAsJsonArray();
			double[] values = new double[array.size()];
			for (int i = 0; i < values.length; i++) {
				JsonElement value = array.get(i);
				if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()
						|| !Double.isFinite(primitive.getAsDouble())) {
					throw new EntryProblem(path + "[" + i + "]: expected a number, found " + abbreviate(value));
				}
				values[i] = primitive.getAsDouble();
			}
			return values;
		}

		private static String plain(double value) {
			return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
		}

		private static String abbreviate(JsonElement element) {
			String text = element.toString();
			return text.length() > 40 ? text.substring(0, 37) + "..." : text;
		}

		private static String describe(JsonToken token) {
			return switch (token) {
			case BEGIN_ARRAY -> "an array";
			case BEGIN_OBJECT -> "an object";
			case STRING -> "a string";
			case NUMBER -> "a number";
			case BOOLEAN -> "a boolean";
			case NULL -> "null";
			case END_DOCUMENT -> "the end of the file";
			default -> token.toString();
			};
		}
	}

	/** A bad entry: its message names the JSON path and the reason. */
	private static final class EntryProblem extends RuntimeException {

		private static final long serialVersionUID = 1L;

		EntryProblem(String message) {
			super(message, null, false, false);
		}
	}
}
