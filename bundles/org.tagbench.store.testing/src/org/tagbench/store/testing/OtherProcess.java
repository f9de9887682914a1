package org.tagbench.store.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts a plain JVM (no OSGi) on classes of bundles of the running test runtime: a second process on the same
 * project folder, as another Tagbench or a killed writer would be.
 */
public final class OtherProcess {

	/** What a folder store needs outside OSGi; add the bundle holding the main class. */
	public static final List<String> FOLDER_STORE_BUNDLES = List.of("org.tagbench.store.local", "org.tagbench.store",
			"org.tagbench.store.testing", "org.tagbench.model", "org.eclipse.emf.common", "org.eclipse.emf.ecore",
			"org.eclipse.emf.ecore.xmi", "org.xerial.sqlite-jdbc");

	private OtherProcess() {
	}

	/** A class path of the folder store's bundles and {@code more} bundles (their compiled classes in a build). */
	public static String classpath(String... more) throws IOException {
		List<String> needed = new ArrayList<>(FOLDER_STORE_BUNDLES);
		needed.addAll(List.of(more));
		Bundle self = FrameworkUtil.getBundle(OtherProcess.class);
		if (self.getBundleContext() == null) { // resolved but not started (no activator, not lazily activated)
			try {
				self.start(Bundle.START_TRANSIENT);
			} catch (BundleException e) {
				throw new IOException("the bundle " + self.getSymbolicName() + " cannot be started: " + e.getMessage(), e);
			}
		}
		List<String> entries = new ArrayList<>();
		for (String name : needed) {
			Bundle bundle = null;
			for (Bundle candidate : self.getBundleContext().getBundles()) {
				if (candidate.getSymbolicName().equals(name)) {
					bundle = candidate;
				}
			}
			if (bundle == null) {
				throw new IOException("bundle " + name + " is not in the test runtime");
			}
			File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
			if (location.isDirectory() && new File(location, "target/classes").isDirectory()) {
				entries.add(new File(location, "target/classes").getPath());
			} else {
				entries.add(location.getPath());
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	/** A JVM like this one running {@code mainClass} with {@code arguments}, on {@link #classpath(String...)}. */
	public static ProcessBuilder java(String classpath, Class<?> mainClass, String... arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", classpath, mainClass.getName()));
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command);
	}
}
