package org.tagbench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.assist.AssistException;
import org.tagbench.assist.FeatureCache;
import org.tagbench.assist.FeatureExtractor;

class FeatureCacheTest {

	@TempDir
	Path temp;

	private static FeatureExtractor extractor(String id, int dimension) {
		return new FeatureExtractor() {
			@Override
			public String id() {
				return id;
			}

			@Override
			public String label() {
				return id;
			}

			@Override
			public int dimension() {
				return dimension;
			}

			@Override
			public float[][] extract(List<BufferedImage> images) {
				throw new UnsupportedOperationException();
			}
		};
	}

	@Test
	void vectorsSurviveReopeningAsHalfPrecision() throws AssistException {
		FeatureExtractor e = extractor("test.x", 4);
		FeatureCache cache = FeatureCache.open(temp, e);
		cache.put(Map.of("a", new float[] { 0f, 1.5f, -2.25f, 1000f }, "b", new float[] { 1e-5f, 3.14159f, -65504f, 0.1f }));
		FeatureCache reopened = FeatureCache.open(temp, e);
		assertEquals(2, reopened.size());
		assertArrayEquals(new float[] { 0f, 1.5f, -2.25f, 1000f }, reopened.get("a"));
		float[] b = reopened.get("b");
		assertEquals(1e-5f, b[0], 1e-7f); // subnormal half
		assertEquals(3.14159f, b[1], 2e-3f);
		assertEquals(-65504f, b[2]);
		assertEquals(0.1f, b[3], 1e-4f);
		assertNull(reopened.get("c"));
	}

	@Test
	void aRecordCutShortByACrashIsIgnored() throws Exception {
		FeatureExtractor e = extractor("test.y", 3);
		FeatureCache.open(temp, e).put(Map.of("a", new float[] { 1, 2, 3 }));
		Path file = temp.resolve("features-test.y.bin");
		Files.write(file, new byte[] { 0, 1, 'b', 0x3c }, StandardOpenOption.APPEND); // id "b", half of one value
		FeatureCache reopened = FeatureCache.open(temp, e);
		assertTrue(reopened.contains("a"));
		assertFalse(reopened.contains("b"));
	}

	@Test
	void anotherExtractorsCacheIsRefusedWithAMessage() throws Exception {
		FeatureCache.open(temp, extractor("test.z", 3)).put(Map.of("a", new float[] { 1, 2, 3 }));
		AssistException error = assertThrows(AssistException.class, () -> FeatureCache.open(temp, extractor("test.z", 5)));
		assertTrue(error.getMessage().contains("features-test.z.bin"), error.getMessage());
	}
}
