package org.tagbench.store.local.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** An annotation's coordinates as a little-endian array of doubles: compact and exact. */
public final class Geometry {

	private Geometry() {
	}

	public static byte[] encode(List<Double> values) {
		ByteBuffer buffer = ByteBuffer.allocate(values.size() * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (Double value : values) {
			buffer.putDouble(value);
		}
		return buffer.array();
	}

	public static double[] decode(byte[] bytes) {
		if (bytes == null) {
			return new double[0];
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		double[] values = new double[bytes.length / Double.BYTES];
		for (int i = 0; i < values.length; i++) {
			values[i] = buffer.getDouble();
		}
		return values;
	}
}
