package org.tagbench.assist.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * A TensorFlow.js Keras "layers" model read from an npm package tarball: the layer graph ({@code modelTopology})
 * and the dequantized weights ({@code weightsManifest} + weight shards), as published by TensorFlow.js'
 * converter (format described in the tfjs-converter documentation).
 * <p>
 * The nsfwjs package ships both as small CommonJS modules ({@code model.min.js} exporting the JSON as a
 * JavaScript object literal, the shard exporting base64 text); {@link #read} takes the literal out of the
 * module and reads it leniently (unquoted names, {@code !0}/{@code !1} for true/false, numbers such as
 * {@code .5}). Only the files it is asked for are read from the tarball.
 * </p>
 */
public final class TfjsLayersModel {

	/** One Keras layer: its class, config and the names of the layers feeding it (first node only). */
	public record Layer(String name, String className, JsonObject config, List<String> inputs) {
	}

	/** A weight tensor: shape and values, row-major like TensorFlow. */
	public record Weight(long[] shape, float[] values) {
	}

	private final List<Layer> layers;
	private final Map<String, Weight> weights;

	private TfjsLayersModel(List<Layer> layers, Map<String, Weight> weights) {
		this.layers = layers;
		this.weights = weights;
	}

	public List<Layer> layers() {
		return layers;
	}

	/** The weight called {@code name} (e.g. {@code Conv1/kernel}); fails clearly when the model has none. */
	public Weight weight(String name) {
		Weight weight = weights.get(name);
		if (weight == null) {
			throw new IllegalArgumentException("The model has no weight " + name);
		}
		return weight;
	}

	/**
	 * Reads {@code modelModule} and its single weight shard {@code shardModule} (paths inside the tarball,
	 * e.g. {@code package/dist/models/mobilenet_v2/model.min.js}) from an npm package tarball.
	 */
	public static TfjsLayersModel read(Path tarball, String modelModule, String shardModule) throws IOException {
		Map<String, String> texts = new HashMap<>();
		try (InputStream file = Files.newInputStream(tarball);
				TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(file))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				if (entry.getName().equals(modelModule) || entry.getName().equals(shardModule)) {
					texts.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		for (String name : List.of(modelModule, shardModule)) {
			if (!texts.containsKey(name)) {
				throw new IOException(tarball + " has no " + name);
			}
		}
		JsonObject model = parseLiteral(exportedValue(texts.get(modelModule), "{", tarball + "!" + modelModule))
				.getAsJsonObject();
		String base64 = exportedValue(texts.get(shardModule), "\"", tarball + "!" + shardModule);
		byte[] shard = Base64.getDecoder().decode(base64.substring(1, base64.length() - 1));
		return new TfjsLayersModel(layers(model), weights(model, shard, tarball));
	}

	/** The value of the module's {@code exports=…}: from its first {@code start} to the module wrapper's end. */
	static String exportedValue(String module, String start, String where) throws IOException {
		int exports = module.indexOf("exports=" + start);
		int end = module.lastIndexOf("},{}]},{},[1])");
		if (exports < 0 || end < exports) {
			throw new IOException(where + " is not a CommonJS module exporting a TensorFlow.js model");
		}
		return module.substring(exports + "exports=".length(), end).trim();
	}

	static JsonElement parseLiteral(String literal) throws IOException {
		// Minifiers write true/false as !0/!1; nothing else in a model literal contains "!".
		String json = literal.replace("!0", "true").replace("!1", "false");
		JsonReader reader = new JsonReader(new StringReader(json));
		reader.setStrictness(Strictness.LENIENT);
		try {
			return JsonParser.parseReader(reader);
		} catch (RuntimeException e) {
			throw new IOException("Cannot read the model topology: " + e.getMessage(), e);
		}
	}

	private static List<Layer> layers(JsonObject model) {
		JsonArray array = model.getAsJsonObject("modelTopology").getAsJsonObject("model_config").getAsJsonObject("config")
				.getAsJsonArray("layers");
		List<Layer> layers = new ArrayList<>();
		for (JsonElement element : array) {
			JsonObject layer = element.getAsJsonObject();
			List<String> inputs = new ArrayList<>();
			JsonArray nodes = layer.getAsJsonArray("inbound_nodes");
			if (nodes.size() > 0) {
				for (JsonElement inbound : nodes.get(0).getAsJsonArray()) {
					inputs.add(inbound.getAsJsonArray().get(0).getAsString());
				}
			}
			layers.add(new Layer(layer.get("name").getAsString(), layer.get("class_name").getAsString(),
					layer.getAsJsonObject("config"), inputs));
		}
		return layers;
	}

	/** Weights in manifest order; uint8/uint16 quantized values become {@code min + q × scale}. */
	private static Map<String, Weight> weights(JsonObject model, byte[] shard, Path tarball) throws IOException {
		Map<String, Weight> weights = new HashMap<>();
		int offset = 0;
		JsonArray groups = model.getAsJsonArray("weightsManifest");
		if (groups.size() != 1) {
			throw new IOException(tarball + ": expected one weight group, found " + groups.size());
		}
		for (JsonElement element : groups.get(0).getAsJsonObject().getAsJsonArray("weights")) {
			JsonObject spec = element.getAsJsonObject();
			JsonArray shapeArray = spec.getAsJsonArray("shape");
			long[] shape = new long[shapeArray.size()];
			int count = 1;
			for (int i = 0; i < shape.length; i++) {
				shape[i] = shapeArray.get(i).getAsLong();
				count = Math.multiplyExact(count, (int) shape[i]);
			}
			float[] values = new float[count];
			JsonObject quantization = spec.getAsJsonObject("quantization");
			String stored = quantization != null ? quantization.get("dtype").getAsString() : spec.get("dtype").getAsString();
			int bytes = switch (stored) {
			case "uint8" -> 1;
			case "uint16" -> 2;
			case "float32" -> 4;
			default -> throw new IOException(tarball + ": weight " + spec.get("name") + " stored as unsupported " + stored);
			};
			if (offset + (long) count * bytes > shard.length) {
				throw new IOException(tarball + ": the weight shard ends inside " + spec.get("name"));
			}
			java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(shard, offset, count * bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
			for (int i = 0; i < count; i++) {
				values[i] = switch (bytes) {
				case 1 -> dequantize(quantization, buffer.get() & 0xFF);
				case 2 -> dequantize(quantization, buffer.getShort() & 0xFFFF);
				default -> buffer.getFloat();
				};
			}
			offset += count * bytes;
			weights.put(spec.get("name").getAsString(), new Weight(shape, values));
		}
		if (offset != shard.length) {
			throw new IOException(tarball + ": " + (shard.length - offset) + " bytes of the weight shard belong to no weight");
		}
		return weights;
	}

	private static float dequantize(JsonObject quantization, int q) {
		return (float) (quantization.get("min").getAsDouble() + q * quantization.get("scale").getAsDouble());
	}
}
