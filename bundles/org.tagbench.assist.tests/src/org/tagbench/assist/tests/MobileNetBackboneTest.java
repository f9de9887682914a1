package org.tagbench.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.FeatureExtractors;
import org.tagbench.assist.internal.MobileNetConverter;
import org.tagbench.assist.internal.MobileNetFeatureExtractor;
import org.tagbench.assist.internal.TensorFlowRuntime;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * The pretrained backbone: the build converted nsfwjs' TensorFlow.js MobileNetV2 correctly (its own classifier
 * gives what TensorFlow.js gives), and it is installed as a backbone whose features tell images apart.
 */
class MobileNetBackboneTest {

	/**
	 * nsfwjs 4.4.0's probabilities under TensorFlow.js 4.22.0 (CPU backend) for {@link #image(int)} 0, 1, 2, printed
	 * by tools/nsfwjs-reference/reference.js.
	 */
	static final float[][] TFJS_SCORES = {
			{ 0.6749788522720337f, 0.030367963016033173f, 0.24681486189365387f, 0.042413391172885895f, 0.005424972623586655f },
			{ 0.016174310818314552f, 0.004201336298137903f, 0.9384642243385315f, 0.03405897691845894f, 0.007101096212863922f },
			{ 0.7375457882881165f, 0.028269194066524506f, 0.22432635724544525f, 0.007140287198126316f, 0.00271842279471457f } };

	/** The reference images, 224 × 224 RGB 0–255, as reference.js makes them. */
	static float[] image(int seed) {
		float[] data = new float[224 * 224 * 3];
		for (int y = 0; y < 224; y++) {
			for (int x = 0; x < 224; x++) {
				for (int c = 0; c < 3; c++) {
					double v = seed == 0 ? x * 255.0 / 223
							: seed == 1 ? ((x / 28 + y / 28) % 2) * 255 * (c == seed % 3 ? 1 : 0.5)
									: ((x * 7 + y * 13 + c * 31) * (seed + 3)) % 256;
					data[(y * 224 + x) * 3 + c] = (float) Math.floor(v);
				}
			}
		}
		return data;
	}

	@Test
	void convertedModelGivesTensorFlowJsResults() throws Exception {
		TensorFlowRuntime.engine();
		Path folder = MobileNetFeatureExtractor.modelFolder();
		try (SavedModelBundle model = SavedModelBundle.load(folder.toString(), "serve")) {
			for (int seed = 0; seed < 3; seed++) {
				try (TFloat32 input = TFloat32.tensorOf(Shape.of(1, 224, 224, 3), DataBuffers.of(image(seed), true, false));
						Result result = model.function("serving_default").call(Map.<String, Tensor>of(MobileNetConverter.INPUT, input))) {
					TFloat32 scores = (TFloat32) result.get(MobileNetConverter.SCORES).orElseThrow();
					for (int k = 0; k < 5; k++) {
						assertEquals(TFJS_SCORES[seed][k], scores.getFloat(0, k), 1e-4, "image " + seed + " class " + k);
					}
					assertEquals(MobileNetConverter.DIMENSION, result.get(MobileNetConverter.FEATURES).orElseThrow().shape().get(1));
				}
			}
		}
	}

	@Test
	void registeredBackboneTellsImagesApart() throws Exception {
		FeatureExtractor extractor = FeatureExtractors.find(MobileNetFeatureExtractor.ID).orElseThrow();
		assertEquals(1280, extractor.dimension());
		BufferedImage circle = shape(true, Color.RED, 0);
		BufferedImage shiftedCircle = shape(true, new Color(230, 20, 20), 9);
		BufferedImage stripes = stripes();
		float[][] features = extractor.extract(List.of(circle, shiftedCircle, stripes));
		assertEquals(3, features.length);
		double same = cosine(features[0], features[1]);
		double different = cosine(features[0], features[2]);
		assertTrue(same > different + 0.05, "a slightly moved, darker circle is nearer (" + same + ") than stripes (" + different + ")");
	}

	static BufferedImage shape(boolean circle, Color colour, int shift) {
		BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 160, 120);
		g.setColor(colour);
		g.fillOval(40 + shift, 20 + shift / 2, 80, 80);
		g.dispose();
		return image;
	}

	static BufferedImage stripes() {
		BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 120; y++) {
			for (int x = 0; x < 160; x++) {
				image.setRGB(x, y, (x / 8 + y / 8) % 2 == 0 ? 0x1030C0 : 0xE0E040);
			}
		}
		return image;
	}

	static double cosine(float[] a, float[] b) {
		double dot = 0, na = 0, nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return dot / Math.sqrt(na * nb);
	}
}
