package org.tagbench.exchange.support;

import java.io.IOException;
import java.math.BigDecimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * Reads one JSON value from a strict {@link JsonReader} (Gson's {@code JsonParser.parseReader} reads
 * leniently, accepting comments, single quotes and unquoted names).
 */
public final class JsonTree {

	private JsonTree() {
	}

	public static JsonReader strict(JsonReader reader) {
		reader.setStrictness(Strictness.STRICT);
		return reader;
	}

	public static JsonElement read(JsonReader reader) throws IOException {
		switch (reader.peek()) {
		case BEGIN_ARRAY:
			JsonArray array = new JsonArray();
			reader.beginArray();
			while (reader.hasNext()) {
				array.add(read(reader));
			}
			reader.endArray();
			return array;
		case BEGIN_OBJECT:
			JsonObject object = new JsonObject();
			reader.beginObject();
			while (reader.hasNext()) {
				String name = reader.nextName();
				object.add(name, read(reader));
			}
			reader.endObject();
			return object;
		case STRING:
			return new JsonPrimitive(reader.nextString());
		case NUMBER:
			return new JsonPrimitive(new BigDecimal(reader.nextString()));
		case BOOLEAN:
			return new JsonPrimitive(reader.nextBoolean());
		case NULL:
			reader.nextNull();
			return JsonNull.INSTANCE;
		default:
			throw new IOException("unexpected " + reader.peek() + " at " + reader.getPath());
		}
	}
}
