package org.tagbench.assist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The model versions of a project: folders {@code m1}, {@code m2}, … under the models folder, each with a
 * SavedModel and a {@code model.json} holding what it predicts and its precision–coverage curve.
 */
public final class AssistModels {

	public static final String DESCRIPTION = "model.json";
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

	private AssistModels() {
	}

	/** The newest model version, if any was trained. */
	public static Optional<AssistModel> latest(Path modelsFolder) throws AssistException {
		int newest = highestVersion(modelsFolder);
		return newest == 0 ? Optional.empty() : Optional.of(read(modelsFolder.resolve("m" + newest)));
	}

	static String nextVersion(Path modelsFolder) throws IOException {
		return "m" + (highestVersion(modelsFolder) + 1);
	}

	private static int highestVersion(Path modelsFolder) {
		if (!Files.isDirectory(modelsFolder)) {
			return 0;
		}
		try (Stream<Path> children = Files.list(modelsFolder)) {
			return children.map(p -> p.getFileName().toString()).filter(n -> n.matches("m\\d{1,9}"))
					.mapToInt(n -> Integer.parseInt(n.substring(1))).max().orElse(0);
		} catch (IOException e) {
			return 0;
		}
	}

	static void writeDescription(AssistModel model, Path folder) throws IOException {
		JsonObject json = new JsonObject();
		json.addProperty("version", model.version());
		json.addProperty("kind", model.kind().name());
		json.addProperty("extractor", model.extractorId());
		json.addProperty("dimension", model.dimension());
		json.addProperty("trainedOn", model.trainedOn());
		json.addProperty("trainingMillis", model.trainingMillis());
		json.addProperty("created", model.created());
		JsonArray classes = new JsonArray();
		model.classIds().forEach(classes::add);
		json.add("classIds", classes);
		CalibrationCurve curve = model.curve();
		JsonObject calibration = new JsonObject();
		calibration.addProperty("targetPrecision", curve.target());
		calibration.addProperty("decisions", curve.decisions());
		if (curve.threshold().isPresent()) {
			calibration.addProperty("threshold", curve.threshold().getAsDouble());
		}
		JsonArray points = new JsonArray();
		for (CalibrationCurve.Point p : curve.points()) {
			JsonArray point = new JsonArray();
			point.add(p.threshold());
			point.add(p.covered());
			point.add(p.correct());
			points.add(point);
		}
		calibration.add("points", points);
		JsonArray perClass = new JsonArray();
		for (CalibrationCurve.ClassCount c : curve.perClass()) {
			JsonObject count = new JsonObject();
			count.addProperty("covered", c.covered());
			count.addProperty("correct", c.correct());
			count.addProperty("decisions", c.decisions());
			if (c.threshold().isPresent()) {
				count.addProperty("threshold", c.threshold().getAsDouble());
			}
			count.addProperty("own", c.own());
			perClass.add(count);
		}
		calibration.add("perClass", perClass);
		json.add("calibration", calibration);
		Files.writeString(folder.resolve(DESCRIPTION), GSON.toJson(json), StandardCharsets.UTF_8);
	}

	/** Reads a model version's description; a damaged one gets a message naming the file. */
	public static AssistModel read(Path folder) throws AssistException {
		Path file = folder.resolve(DESCRIPTION);
		try {
			JsonObject json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
			List<String> classIds = new ArrayList<>();
			json.getAsJsonArray("classIds").forEach(e -> classIds.add(e.getAsString()));
			JsonObject calibration = json.getAsJsonObject("calibration");
			int decisions = calibration.get("decisions").getAsInt();
			List<CalibrationCurve.Point> points = new ArrayList<>();
			for (var e : calibration.getAsJsonArray("points")) {
				JsonArray p = e.getAsJsonArray();
				int covered = p.get(1).getAsInt();
				int correct = p.get(2).getAsInt();
				points.add(new CalibrationCurve.Point(p.get(0).getAsDouble(), covered, correct, (double) correct / covered,
						(double) covered / decisions));
			}
			OptionalDouble threshold = calibration.has("threshold") ? OptionalDouble.of(calibration.get("threshold").getAsDouble())
					: OptionalDouble.empty();
			List<CalibrationCurve.ClassCount> perClass = new ArrayList<>();
			if (calibration.has("perClass")) { // not in models stored before per-class figures were kept
				for (var e : calibration.getAsJsonArray("perClass")) {
					perClass.add(classCount(e, threshold));
				}
			}
			CalibrationCurve curve = new CalibrationCurve(points, decisions, calibration.get("targetPrecision").getAsDouble(),
					threshold, perClass);
			return new AssistModel(json.get("version").getAsString(), folder, HeadKind.valueOf(json.get("kind").getAsString()),
					classIds, json.get("extractor").getAsString(), json.get("dimension").getAsInt(), curve,
					json.get("trainedOn").getAsInt(), json.get("trainingMillis").getAsLong(), json.get("created").getAsLong());
		} catch (IOException | RuntimeException e) {
			// JsonParseException, missing members (NullPointerException), bad enum names (IllegalArgumentException)
			throw new AssistException("The model description " + file + " cannot be read: " + e.getMessage()
					+ ". Retrain the assist to replace it.", e);
		}
	}

	/**
	 * One class's entry: an object with its own threshold; in models stored before per-class thresholds, a pair
	 * [covered, correct] counted at the global threshold, which the class then keeps.
	 */
	private static CalibrationCurve.ClassCount classCount(JsonElement e, OptionalDouble globalThreshold) {
		if (e.isJsonArray()) {
			return new CalibrationCurve.ClassCount(e.getAsJsonArray().get(0).getAsInt(), e.getAsJsonArray().get(1).getAsInt(), -1,
					globalThreshold, false);
		}
		JsonObject c = e.getAsJsonObject();
		return new CalibrationCurve.ClassCount(c.get("covered").getAsInt(), c.get("correct").getAsInt(), c.get("decisions").getAsInt(),
				c.has("threshold") ? OptionalDouble.of(c.get("threshold").getAsDouble()) : OptionalDouble.empty(),
				c.get("own").getAsBoolean());
	}

	/** A new staging folder inside {@code modelsFolder}, where a model is written before it is renamed into place. */
	static Path staging(Path modelsFolder) throws AssistException {
		try {
			Files.createDirectories(modelsFolder);
			return Files.createTempDirectory(modelsFolder, ".training-");
		} catch (IOException e) {
			throw new AssistException("Cannot create the model folder " + modelsFolder + ": " + e.getMessage(), e);
		}
	}

	static void deleteQuietly(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// best effort: a leftover staging folder is only wasted space
		}
	}

}
