package org.tagbench.assist.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.tagbench.assist.AssistException;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.tensorflow.engine.TfEngineProvider;

/**
 * Starts DJL's TensorFlow engine once per JVM, offline, on TensorFlow 2.16.1 native libraries unpacked
 * once into a per-user cache.
 * <p>
 * Where the libraries come from, in order: {@code TENSORFLOW_LIBRARY_PATH} (environment or system
 * property) when the user set it; the cache folder ({@value #CACHE_PROPERTY}, default
 * {@code ~/.tagbench/tensorflow-2.16.1}) when a previous start completed it; else the TensorFlow Java
 * natives jar ({@value #NATIVES_JAR_PROPERTY}, or {@value #NATIVES_RESOURCE} from the natives fragment)
 * is unpacked there. Nothing is ever downloaded, and DJL's telemetry is switched off before DJL loads.
 * Natives bind to one class loader, so the engine lives as long as the JVM.
 * </p>
 */
public final class TensorFlowRuntime {

	public static final String TENSORFLOW_VERSION = "2.16.1";
	public static final String CACHE_PROPERTY = "tagbench.tensorflow.cache";
	public static final String NATIVES_JAR_PROPERTY = "tagbench.tensorflow.nativesJar";
	public static final String NATIVES_RESOURCE = "natives/tensorflow-core-native-linux-x86_64.jar";
	private static final String LIBRARY_PATH = "TENSORFLOW_LIBRARY_PATH";
	private static final String JNI_LIBRARY = "libjnitensorflow.so";
	private static final String ENTRY_PREFIX = "org/tensorflow/internal/c_api/linux-x86_64/";
	private static final List<String> LIBRARIES = List.of(JNI_LIBRARY, "libtensorflow_cc.so.2",
			"libtensorflow_framework.so.2", "LICENSE");
	private static final String COMPLETE_MARKER = ".complete";

	private static Engine engine;
	private static Path libraryFolder;

	private TensorFlowRuntime() {
	}

	/** The started engine; the first call unpacks the natives if needed (≈ 5 s) and loads them. */
	public static synchronized Engine engine() throws AssistException {
		if (engine == null) {
			switchOffNetwork();
			libraryFolder = locateLibraries();
			System.setProperty(LIBRARY_PATH, libraryFolder.toString());
			try {
				engine = withBundleLoader(() -> {
					Engine.registerEngine(new TfEngineProvider());
					return Engine.getEngine("TensorFlow");
				});
			} catch (Exception | LinkageError e) {
				throw new AssistException("TensorFlow " + TENSORFLOW_VERSION + " could not start from " + libraryFolder
						+ ": " + e, e);
			}
		}
		return engine;
	}

	/** Where the native libraries were loaded from (after {@link #engine()}). */
	public static synchronized Path libraryFolder() {
		return libraryFolder;
	}

	/**
	 * DJL must never reach the network: offline mode stops model-zoo and library downloads, opting out of
	 * tracking stops its start-up telemetry call. Its caches go under ~/.tagbench, not ~/.djl.ai.
	 */
	static void switchOffNetwork() {
		System.setProperty("ai.djl.offline", "true");
		System.setProperty("OPT_OUT_TRACKING", "true");
		Path home = Path.of(System.getProperty("user.home"), ".tagbench");
		if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
			System.setProperty("DJL_CACHE_DIR", home.resolve("djl").toString());
		}
		if (System.getProperty("ENGINE_CACHE_DIR") == null && System.getenv("ENGINE_CACHE_DIR") == null) {
			System.setProperty("ENGINE_CACHE_DIR", home.resolve("djl").toString());
		}
	}

	/**
	 * Loads the "serve" graph of a SavedModel with the given signature through DJL's TensorFlow engine (NDLists in
	 * and out, no translation); call {@link #engine()} first, whose message says what is missing.
	 */
	public static ZooModel<NDList, NDList> loadSavedModel(Path folder, String signature) throws Exception {
		return withBundleLoader(() -> Criteria.builder().setTypes(NDList.class, NDList.class).optModelPath(folder)
				.optEngine("TensorFlow").optOption("Tags", "serve").optOption("SignatureDefKey", signature)
				.optTranslator(new NoopTranslator()).build().loadModel());
	}

	/** Splits a batch's flat output ({@code count} × {@code dimension} values) into one row per item. */
	public static float[][] rows(float[] flat, int count, int dimension) {
		float[][] rows = new float[count][dimension];
		for (int i = 0; i < count; i++) {
			System.arraycopy(flat, i * dimension, rows[i], 0, dimension);
		}
		return rows;
	}

	/**
	 * Runs {@code work} with this bundle's class loader as the thread context class loader: DJL looks up
	 * engine providers, properties and native resources through it.
	 */
	public static <T> T withBundleLoader(Callable<T> work) throws Exception {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(TensorFlowRuntime.class.getClassLoader());
		try {
			return work.call();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	static Path locateLibraries() throws AssistException {
		String configured = System.getProperty(LIBRARY_PATH, System.getenv(LIBRARY_PATH));
		if (configured != null && !configured.isBlank()) {
			Path folder = Path.of(configured);
			if (!Files.isRegularFile(folder.resolve(JNI_LIBRARY))) {
				throw new AssistException(LIBRARY_PATH + " is set to " + folder + ", which holds no " + JNI_LIBRARY
						+ ": point it at a folder with the TensorFlow " + TENSORFLOW_VERSION + " libraries, or unset it.");
			}
			return folder;
		}
		Path cache = cacheFolder();
		if (Files.isRegularFile(cache.resolve(COMPLETE_MARKER))) {
			return cache;
		}
		try (InputStream jar = openNativesJar()) {
			if (jar == null) {
				throw new AssistException("The TensorFlow " + TENSORFLOW_VERSION + " native libraries are missing: "
						+ cache + " is not set up and the bundle org.tagbench.assist.natives.linux.x86_64 (feature "
						+ "org.tagbench.assist.feature) is not installed. Install that feature, or set " + LIBRARY_PATH
						+ " to a folder holding " + JNI_LIBRARY + ", libtensorflow_cc.so.2 and libtensorflow_framework.so.2.");
			}
			unpack(jar, cache);
			return cache;
		} catch (IOException e) {
			throw new AssistException("Could not unpack the TensorFlow native libraries into " + cache + ": " + e.getMessage(), e);
		}
	}

	static Path cacheFolder() {
		String configured = System.getProperty(CACHE_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		return Path.of(System.getProperty("user.home"), ".tagbench", "tensorflow-" + TENSORFLOW_VERSION);
	}

	private static InputStream openNativesJar() throws IOException {
		String jar = System.getProperty(NATIVES_JAR_PROPERTY);
		if (jar != null && !jar.isBlank()) {
			return Files.newInputStream(Path.of(jar));
		}
		URL resource = TensorFlowRuntime.class.getClassLoader().getResource(NATIVES_RESOURCE);
		return resource == null ? null : resource.openStream();
	}

	/**
	 * Unpacks into a sibling temporary folder, then renames it into place, so a crash or a second process
	 * never leaves a half-written cache that looks complete.
	 */
	static void unpack(InputStream jar, Path cache) throws IOException {
		Files.createDirectories(cache.getParent());
		Path staging = Files.createTempDirectory(cache.getParent(), cache.getFileName() + ".unpacking");
		int found = 0;
		try (ZipInputStream zip = new ZipInputStream(jar)) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				String name = entry.getName();
				if (name.startsWith(ENTRY_PREFIX) && LIBRARIES.contains(name.substring(ENTRY_PREFIX.length()))) {
					Files.copy(zip, staging.resolve(name.substring(ENTRY_PREFIX.length())), StandardCopyOption.REPLACE_EXISTING);
					found++;
				}
			}
		}
		if (found < LIBRARIES.size()) {
			deleteQuietly(staging);
			throw new IOException("the natives jar holds " + found + " of the " + LIBRARIES.size() + " expected files " + LIBRARIES);
		}
		Files.writeString(staging.resolve(COMPLETE_MARKER), "TensorFlow " + TENSORFLOW_VERSION + "\n");
		if (Files.isDirectory(cache)) {
			if (Files.isRegularFile(cache.resolve(COMPLETE_MARKER))) {
				deleteQuietly(staging); // another process finished first
				return;
			}
			deleteQuietly(cache);
		}
		Files.move(staging, cache, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void deleteQuietly(Path folder) {
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// best effort: a leftover staging folder is only wasted space
		}
	}
}
