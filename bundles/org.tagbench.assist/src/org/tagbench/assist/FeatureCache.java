package org.tagbench.assist;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Feature vectors of items, computed once per extractor and kept on disk so retraining takes seconds.
 * <p>
 * One append-only file per extractor ({@code features-<extractor id>.bin}): a header (magic, dimension),
 * then records of item id (UTF) and the vector as 16-bit floats (half the size of 32-bit floats; the
 * head standardizes features, so the ≈ 3 significant digits lost do not matter). A record cut short by
 * a crash is ignored on reading; a later record for the same id wins. 100,000 items of the built-in
 * extractor take ≈ 130 MB on disk and in memory.
 * </p>
 */
public final class FeatureCache {

	private static final int MAGIC = 0x54424643; // "TBFC"
	private final Path file;
	private final int dimension;
	private final Map<String, short[]> vectors = new HashMap<>();

	private FeatureCache(Path file, int dimension) {
		this.file = file;
		this.dimension = dimension;
	}

	/** Opens (or starts) the cache of {@code extractor} in {@code folder}. */
	public static FeatureCache open(Path folder, FeatureExtractor extractor) throws AssistException {
		String name = "features-" + extractor.id().replaceAll("[^A-Za-z0-9._-]", "_") + ".bin";
		FeatureCache cache = new FeatureCache(folder.resolve(name), extractor.dimension());
		cache.load();
		return cache;
	}

	private void load() throws AssistException {
		if (!Files.isRegularFile(file)) {
			return;
		}
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			if (in.readInt() != MAGIC || in.readInt() != dimension) {
				throw new AssistException("The feature cache " + file + " is not one of this extractor's; delete it to rebuild it.");
			}
			while (true) {
				String id;
				short[] vector = new short[dimension];
				try {
					id = in.readUTF();
					for (int j = 0; j < dimension; j++) {
						vector[j] = in.readShort();
					}
				} catch (EOFException e) {
					break; // end, or a record cut short by a crash: recomputed when needed
				}
				vectors.put(id, vector);
			}
		} catch (IOException e) {
			throw new AssistException("Cannot read the feature cache " + file + ": " + e.getMessage(), e);
		}
	}

	public int size() {
		return vectors.size();
	}

	public boolean contains(String itemId) {
		return vectors.containsKey(itemId);
	}

	/** The item's vector, or null when it was never computed. */
	public float[] get(String itemId) {
		short[] half = vectors.get(itemId);
		if (half == null) {
			return null;
		}
		float[] vector = new float[half.length];
		for (int j = 0; j < half.length; j++) {
			vector[j] = toFloat(half[j]);
		}
		return vector;
	}

	/** Adds vectors and appends them to the file. */
	public void put(Map<String, float[]> computed) throws AssistException {
		boolean fresh = !Files.exists(file);
		try {
			Files.createDirectories(file.getParent());
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
					Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
				if (fresh) {
					out.writeInt(MAGIC);
					out.writeInt(dimension);
				}
				for (Map.Entry<String, float[]> entry : computed.entrySet()) {
					float[] vector = entry.getValue();
					if (vector.length != dimension) {
						throw new IllegalArgumentException("vector of " + vector.length + " values for a cache of " + dimension);
					}
					short[] half = new short[dimension];
					out.writeUTF(entry.getKey());
					for (int j = 0; j < dimension; j++) {
						half[j] = toHalf(vector[j]);
						out.writeShort(half[j]);
					}
					vectors.put(entry.getKey(), half);
				}
			}
		} catch (IOException e) {
			throw new AssistException("Cannot write the feature cache " + file + ": " + e.getMessage(), e);
		}
	}

	/** IEEE 754 half precision, rounded to nearest (Java 17 has no Float.floatToFloat16). */
	static short toHalf(float value) {
		if (Float.isNaN(value)) {
			return (short) 0x7e00;
		}
		int sign = Float.floatToRawIntBits(value) >>> 31 << 15;
		float magnitude = Math.abs(value);
		if (magnitude >= 65520f) {
			return (short) (sign | 0x7c00); // beyond the largest half (65504) after rounding
		}
		int exponent = Math.getExponent(magnitude);
		if (exponent < -14) { // subnormal: multiples of 2^-24 (a rounded 1024 is the smallest normal's pattern)
			return (short) (sign | Math.round(Math.scalb(magnitude, 24)));
		}
		int mantissa = Math.round((Math.scalb(magnitude, -exponent) - 1f) * 1024f);
		if (mantissa == 1024) {
			mantissa = 0;
			exponent++;
		}
		return (short) (sign | (exponent + 15) << 10 | mantissa);
	}

	static float toFloat(short half) {
		float sign = (half & 0x8000) != 0 ? -1f : 1f;
		int exponent = (half >> 10) & 0x1f;
		int mantissa = half & 0x3ff;
		if (exponent == 0) {
			return sign * Math.scalb((float) mantissa, -24);
		}
		if (exponent == 31) {
			return mantissa == 0 ? sign * Float.POSITIVE_INFINITY : Float.NaN;
		}
		return sign * Math.scalb(1f + mantissa / 1024f, exponent - 15);
	}
}
