package org.tagbench.exchange.labelstudio;

import java.io.IOException;
import java.io.Reader;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ImportOptions;
import org.tagbench.exchange.ImportReport;
import org.tagbench.exchange.LabelImporter;
import org.tagbench.exchange.support.ImportRun;
import org.tagbench.exchange.support.JsonTree;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelClass;
import org.tagbench.store.ProjectStore;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads a Label Studio JSON export (an array of tasks, read one task at a time). Of each task the first
 * annotation that is not cancelled is imported (predictions are not): results of type {@code choices}
 * (whole-image labels), {@code rectanglelabels} ({@code x, y, width, height} in percent of
 * {@code original_width}/{@code original_height}) and {@code polygonlabels} ({@code points} in percent).
 * The image is {@code data.image}, see {@link #imageName(String)}.
 */
public final class LabelStudioImporter implements LabelImporter {

	public static final String FORMAT_ID = "labelstudio";

	/** The prefix Label Studio puts before uploaded file names: hex characters and a dash. */
	private static final Pattern UPLOAD_PREFIX = Pattern.compile("^[0-9a-fA-F]{6,32}-");

	@Override
	public String formatId() {
		return FORMAT_ID;
	}

	@Override
	public String displayName() {
		return "Label Studio JSON";
	}

	@Override
	public ImportReport importLabels(ProjectStore store, Path source, ImportOptions options, IProgressMonitor monitor)
			throws ExchangeException {
		String file = source.getFileName().toString();
		ImportRun run = new ImportRun(store, options);
		SubMonitor whole = SubMonitor.convert(monitor, "Importing " + file, 2);
		SubMonitor progress = whole.split(1);
		try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8);
				JsonReader json = JsonTree.strict(new JsonReader(reader))) {
			if (json.peek() != JsonToken.BEGIN_ARRAY) {
				throw new ExchangeException(file + ": expected a JSON array of tasks, found " + json.peek());
			}
			json.beginArray();
			for (int index = 0; json.hasNext(); index++) {
				progress.setWorkRemaining(100).split(1);
				JsonElement task = JsonTree.read(json);
				try {
					task(task, file + ": [" + index + "]", run);
				} catch (Problem problem) {
					run.problem(problem.getMessage());
				}
			}
			json.endArray();
			if (json.peek() != JsonToken.END_DOCUMENT) {
				throw new ExchangeException(file + ": more after the array of tasks" + " (at " + json.getPath() + ")");
			}
		} catch (CharacterCodingException e) {
			throw new ExchangeException(file + ": not UTF-8 text", e);
		} catch (IOException | IllegalStateException e) {
			throw new ExchangeException(file + ": not valid JSON: " + e.getMessage(), e);
		}
		return run.apply(whole.split(1));
	}

	private static void task(JsonElement task, String where, ImportRun run) throws Problem, ExchangeException {
		JsonObject object = object(task, where);
		JsonObject data = object(member(object, "data", where), where + ".data");
		String image = string(member(data, "image", where + ".data"), where + ".data.image");
		JsonElement annotations = object.get("annotations");
		if (annotations == null || annotations.isJsonNull()) {
			return;
		}
		JsonArray list = array(annotations, where + ".annotations");
		int chosen = -1;
		for (int i = 0; i < list.size() && chosen < 0; i++) {
			JsonObject annotation = object(list.get(i), where + ".annotations[" + i + "]");
			JsonElement cancelled = annotation.get("was_cancelled");
			if (cancelled == null || !cancelled.isJsonPrimitive() || !cancelled.getAsBoolean()) {
				chosen = i;
			}
		}
		if (chosen < 0) {
			return;
		}
		String annotationWhere = where + ".annotations[" + chosen + "]";
		JsonObject annotation = list.get(chosen).getAsJsonObject();
		JsonArray results = array(member(annotation, "result", annotationWhere), annotationWhere + ".result");
		Optional<String> id = run.find(imageName(image));
		if (id.isEmpty()) {
			id = run.find(image.substring(image.lastIndexOf('/') + 1));
		}
		if (id.isEmpty()) {
			run.unmatched(image);
			return;
		}
		Optional<DataItem> found = run.item(id.get());
		if (found.isEmpty()) {
			run.unmatched(image);
			return;
		}
		DataItem item = found.get();
		List<Annotation> imported = new ArrayList<>();
		for (int r = 0; r < results.size(); r++) {
			try {
				result(results.get(r), annotationWhere + ".result[" + r + "]", item, run, imported);
			} catch (Problem problem) {
				run.problem(problem.getMessage());
			}
		}
		run.stage(item.getId(), imported, true);
	}

	private static void result(JsonElement element, String where, DataItem item, ImportRun run, List<Annotation> out)
			throws Problem, ExchangeException {
		JsonObject result = object(element, where);
		String type = string(member(result, "type", where), where + ".type");
		JsonObject value = object(member(result, "value", where), where + ".value");
		switch (type) {
		case "choices": {
			JsonArray choices = array(member(value, "choices", where + ".value"), where + ".value.choices");
			for (int i = 0; i < choices.size(); i++) {
				LabelClass labelClass = run.labelClass(string(choices.get(i), where + ".value.choices[" + i + "]"));
				if (labelClass != null) {
					out.add(ImportRun.label(labelClass));
				}
			}
			return;
		}
		case "rectanglelabels": {
			String name = firstLabel(value, "rectanglelabels", where);
			double x = number(value, "x", where + ".value");
			double y = number(value, "y", where + ".value");
			double w = number(value, "width", where + ".value");
			double h = number(value, "height", where + ".value");
			JsonElement rotation = value.get("rotation");
			if (rotation != null && !rotation.isJsonNull() && number(value, "rotation", where + ".value") != 0) {
				throw new Problem(where + ".value.rotation: rotated rectangles are not supported");
			}
			double width = size(result, "original_width", item.getWidth(), where);
			double height = size(result, "original_height", item.getHeight(), where);
			LabelClass labelClass = run.labelClass(name);
			if (labelClass != null) {
				out.add(ImportRun.box(labelClass, x / 100 * width, y / 100 * height, w / 100 * width, h / 100 * height));
			}
			return;
		}
		case "polygonlabels": {
			String name = firstLabel(value, "polygonlabels", where);
			JsonArray points = array(member(value, "points", where + ".value"), where + ".value.points");
			if (points.size() < 3) {
				throw new Problem(where + ".value.points: a polygon needs at least 3 points, found " + points.size());
			}
			double width = size(result, "original_width", item.getWidth(), where);
			double height = size(result, "original_height", item.getHeight(), where);
			double[] pixels = new double[points.size() * 2];
			for (int i = 0; i < points.size(); i++) {
				String pointWhere = where + ".value.points[" + i + "]";
				JsonArray point = array(points.get(i), pointWhere);
				if (point.size() != 2) {
					throw new Problem(pointWhere + ": expected [x, y], found " + point.size() + " numbers");
				}
				pixels[2 * i] = number(point.get(0), pointWhere + "[0]") / 100 * width;
				pixels[2 * i + 1] = number(point.get(1), pointWhere + "[1]") / 100 * height;
			}
			LabelClass labelClass = run.labelClass(name);
			if (labelClass != null) {
				out.add(ImportRun.polygon(labelClass, pixels));
			}
			return;
		}
		default:
			throw new Problem(where + ".type: " + type + " is not supported (choices, rectanglelabels, polygonlabels are)");
		}
	}

	/**
	 * The image name to match from {@code data.image}: URL query {@code ?d=<path>} (local files storage) is
	 * taken as the path; a URL's scheme and host are dropped; %-escapes are decoded; under
	 * {@code /data/upload/<project>/}, the file name's upload prefix (6 to 32 hex characters and a dash,
	 * e.g. {@code 3f2a9c1b-cat.jpg} → {@code cat.jpg}) is removed once.
	 */
	public static String imageName(String image) {
		String path = image;
		int query = path.indexOf("?d=");
		if (query >= 0) {
			path = path.substring(query + 3);
		} else {
			path = path.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
			int q = path.indexOf('?');
			if (q >= 0) {
				path = path.substring(0, q);
			}
		}
		try {
			path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			// not %-encoded after all: keep it
		}
		int upload = path.indexOf("/data/upload/");
		if (upload >= 0) {
			String name = path.substring(path.lastIndexOf('/') + 1);
			return UPLOAD_PREFIX.matcher(name).replaceFirst("");
		}
		return path;
	}

	private static String firstLabel(JsonObject value, String member, String where) throws Problem {
		JsonArray labels = array(member(value, member, where + ".value"), where + ".value." + member);
		if (labels.size() != 1) {
			throw new Problem(where + ".value." + member + ": expected one label, found " + labels.size());
		}
		return string(labels.get(0), where + ".value." + member + "[0]");
	}

	private static double size(JsonObject result, String member, int itemSize, String where) throws Problem {
		JsonElement size = result.get(member);
		if (size != null && !size.isJsonNull()) {
			double value = number(size, where + "." + member);
			if (value > 0) {
				return value;
			}
		}
		if (itemSize <= 0) {
			throw new Problem(where + "." + member + ": missing, and the project does not know the image size");
		}
		return itemSize;
	}

	private static JsonElement member(JsonObject object, String name, String where) throws Problem {
		JsonElement member = object.get(name);
		if (member == null || member.isJsonNull()) {
			throw new Problem(where + "." + name + ": missing");
		}
		return member;
	}

	private static JsonObject object(JsonElement element, String where) throws Problem {
		if (!element.isJsonObject()) {
			throw new Problem(where + ": expected an object");
		}
		return element.getAsJsonObject();
	}

	private static JsonArray array(JsonElement element, String where) throws Problem {
		if (!element.isJsonArray()) {
			throw new Problem(where + ": expected an array");
		}
		return element.getAsJsonArray();
	}

	private static String string(JsonElement element, String where) throws Problem {
		if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
			throw new Problem(where + ": expected a string");
		}
		return element.getAsString();
	}

	private static double number(JsonObject object, String name, String where) throws Problem {
		return number(member(object, name, where), where + "." + name);
	}

	private static double number(JsonElement element, String where) throws Problem {
		if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()
				|| !Double.isFinite(element.getAsDouble())) {
			throw new Problem(where + ": not a number");
		}
		return element.getAsDouble();
	}

	/** One entry that is left out; its message names file and field. */
	private static final class Problem extends Exception {
		private static final long serialVersionUID = 1L;

		Problem(String message) {
			super(message);
		}
	}
}
