package org.tagbench.assist.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tagbench.assist.AssistException;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.InputRange;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorShapeProto;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.ZooModel;

/**
 * A backbone the user supplies: a TensorFlow SavedModel folder (e.g. an image feature-vector model), run through
 * DJL's TensorFlow engine like the converted MobileNetV2.
 * <p>
 * What to feed it is read from the SavedModel itself: among the signatures of its {@code serve} meta graph
 * ({@code serving_default} first, then the others by name), the first with exactly one float input of shape
 * {@code [n, h, w, 3]} and a float output {@code [n, d]} (or {@code [n, h', w', d]}, averaged over h', w'). Unknown
 * h, w mean 224. Only the value range of the pixels cannot be read from a SavedModel: the user states it
 * ({@link InputRange}).
 * </p>
 */
public final class SavedModelFeatureExtractor implements FeatureExtractor {

	/** Ids of user SavedModel backbones start with this. */
	public static final String ID_PREFIX = "org.tagbench.assist.savedmodel-";
	static final int DEFAULT_SIZE = 224;

	private final Path folder;
	private final InputRange range;
	private final String signatureName;
	private final String inputName;
	private final String outputName;
	private final int height;
	private final int width;
	private final int dimension;
	private final boolean pooled;
	private final String id;
	private ZooModel<NDList, NDList> model;
	private Predictor<NDList, NDList> predictor;

	private SavedModelFeatureExtractor(Path folder, InputRange range, String signatureName, String inputName, String outputName,
			int height, int width, int dimension, boolean pooled, String fingerprint) {
		this.folder = folder;
		this.range = range;
		this.signatureName = signatureName;
		this.inputName = inputName;
		this.outputName = outputName;
		this.height = height;
		this.width = width;
		this.dimension = dimension;
		this.pooled = pooled;
		// features of another model (or the same folder with other contents or another range) are never mixed
		this.id = ID_PREFIX + Integer.toHexString((fingerprint + "|" + signatureName + "|" + outputName + "|" + range).hashCode());
	}

	/**
	 * Reads the SavedModel in {@code folder} (not loading its weights yet). Throws with a message that names the
	 * folder when it is missing, holds no SavedModel, or has no signature usable as a backbone.
	 */
	public static SavedModelFeatureExtractor open(Path folder, InputRange range) throws AssistException {
		Path absolute = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(absolute)) {
			throw new AssistException("The SavedModel backbone folder " + absolute + " does not exist (or is not a folder).");
		}
		Path graph = absolute.resolve("saved_model.pb");
		if (!Files.isRegularFile(graph)) {
			throw new AssistException("The folder " + absolute + " is not a TensorFlow SavedModel: it has no saved_model.pb"
					+ (Files.isRegularFile(absolute.resolve("saved_model.pbtxt")) ? " (only the text form saved_model.pbtxt, which is not supported)" : "")
					+ ".");
		}
		SavedModel savedModel;
		String fingerprint;
		try (InputStream in = Files.newInputStream(graph)) {
			savedModel = SavedModel.parseFrom(in);
			fingerprint = absolute + "|" + Files.size(graph) + "|" + Files.getLastModifiedTime(graph).toMillis();
		} catch (IOException e) {
			throw new AssistException("The folder " + absolute + " is not a TensorFlow SavedModel: saved_model.pb cannot be read ("
					+ e.getMessage() + ").", e);
		}
		MetaGraphDef serve = savedModel.getMetaGraphsList().stream()
				.filter(m -> m.getMetaInfoDef().getTagsList().contains("serve")).findFirst().orElse(null);
		if (serve == null) {
			throw new AssistException("The SavedModel in " + absolute + " has no meta graph tagged \"serve\".");
		}
		Map<String, SignatureDef> signatures = new TreeMap<>(serve.getSignatureDefMap());
		List<String> names = new ArrayList<>();
		if (signatures.containsKey("serving_default")) {
			names.add("serving_default");
		}
		signatures.keySet().stream().filter(n -> !n.equals("serving_default")).forEach(names::add);
		for (String name : names) {
			SignatureDef signature = signatures.get(name);
			if (signature.getInputsCount() != 1) {
				continue;
			}
			Map.Entry<String, TensorInfo> input = signature.getInputsMap().entrySet().iterator().next();
			long[] in = dims(input.getValue());
			if (in == null || in.length != 4 || (in[3] != 3 && in[3] != -1)) {
				continue;
			}
			for (Map.Entry<String, TensorInfo> output : new TreeMap<>(signature.getOutputsMap()).entrySet()) {
				long[] out = dims(output.getValue());
				if (out != null && (out.length == 2 || out.length == 4) && out[out.length - 1] > 0) {
					return new SavedModelFeatureExtractor(absolute, range, name, input.getKey(), output.getKey(),
							in[1] > 0 ? (int) in[1] : DEFAULT_SIZE, in[2] > 0 ? (int) in[2] : DEFAULT_SIZE,
							(int) out[out.length - 1], out.length == 4, fingerprint);
				}
			}
		}
		throw new AssistException("The SavedModel in " + absolute + " has no usable signature: none of " + names
				+ " takes one float image tensor [n, height, width, 3] and gives float features [n, d] (or [n, h, w, d]) with a known d.");
	}

	/** The shape of a float tensor (-1 for unknown sizes), or null when it is not float or its rank is unknown. */
	private static long[] dims(TensorInfo info) {
		if (info.getDtype() != DataType.DT_FLOAT || !info.hasTensorShape() || info.getTensorShape().getUnknownRank()) {
			return null;
		}
		return info.getTensorShape().getDimList().stream().mapToLong(TensorShapeProto.Dim::getSize).toArray();
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return "SavedModel " + folder.getFileName() + " (" + dimension + " features at " + width + " × " + height + " px, input "
				+ range.label() + ")";
	}

	@Override
	public int dimension() {
		return dimension;
	}

	@Override
	public int preferredBatchSize() {
		return 16;
	}

	public Path folder() {
		return folder;
	}

	public String signatureName() {
		return signatureName;
	}

	public String inputName() {
		return inputName;
	}

	public String outputName() {
		return outputName;
	}

	public int inputWidth() {
		return width;
	}

	public int inputHeight() {
		return height;
	}

	@Override
	public synchronized float[][] extract(List<BufferedImage> images) throws AssistException {
		int n = images.size();
		if (n == 0) {
			return new float[0][];
		}
		if (predictor == null) {
			load();
		}
		int pixels = width * height * 3;
		float[] data = new float[n * pixels];
		for (int i = 0; i < n; i++) {
			RgbPixels.write(RgbPixels.scaled(images.get(i), width, height), range.scale(), data, i * pixels);
			if (range.offset() != 0) {
				for (int j = i * pixels; j < (i + 1) * pixels; j++) {
					data[j] += range.offset();
				}
			}
		}
		try (NDManager manager = model.getNDManager().newSubManager()) {
			NDArray batch = manager.create(data, new Shape(n, height, width, 3));
			batch.setName(inputName);
			NDList output = predictor.predict(new NDList(batch));
			NDArray features = output.size() == 1 ? output.get(0)
					: output.stream().filter(a -> outputName.equals(a.getName())).findFirst()
							.orElseThrow(() -> new AssistException("The SavedModel in " + folder + " gave no output " + outputName));
			if (pooled) {
				features = features.mean(new int[] { 1, 2 });
			}
			float[] flat = features.toFloatArray();
			output.close();
			if (flat.length != n * dimension) {
				throw new AssistException("The SavedModel in " + folder + " gave " + flat.length + " values for " + n + " images, not "
						+ n + " × " + dimension);
			}
			return TensorFlowRuntime.rows(flat, n, dimension);
		} catch (RuntimeException | ai.djl.translate.TranslateException e) {
			throw new AssistException("Feature extraction with the SavedModel in " + folder + " failed: " + e.getMessage(), e);
		}
	}

	private void load() throws AssistException {
		TensorFlowRuntime.engine();
		try {
			model = TensorFlowRuntime.loadSavedModel(folder, signatureName);
			predictor = model.newPredictor();
		} catch (Exception e) {
			throw new AssistException("Could not load the SavedModel backbone from " + folder + ": " + e.getMessage(), e);
		}
	}

	/** Releases the model. */
	public synchronized void close() {
		if (predictor != null) {
			predictor.close();
			model.close();
			predictor = null;
			model = null;
		}
	}
}
