package org.tagbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;

/**
 * Where a data source's files are on this desktop: the one place that turns a data source's root (as stored in
 * the project, shared by every desktop) and an item's path into a local file.
 * <p>
 * A shared project says e.g. {@code file:/mnt/team/photos/}, but one desktop mounts the share at
 * {@code /Volumes/photos} and another at {@code Z:\photos}. Each desktop can therefore keep <em>root
 * overrides</em>: pairs "root as stored → folder on this desktop". The override whose stored root is the longest
 * prefix of a data source's root wins, and the rest of the root is appended to its folder. Roots are compared as
 * paths: {@code file:} URIs are decoded, {@code \} counts as {@code /} and a trailing slash does not matter, so an
 * override may name the stored root as the URI or as the path it stands for. Roots no override matches are used
 * as they are (a {@code file:} URI or a plain path).
 * <p>
 * The overrides of this desktop are Eclipse preferences of this bundle (instance scope: per user and workspace,
 * never in the shared project), so the workbench and {@code tagbench --headless} commands read the same ones; a
 * command line may add overrides for one run ({@link #setRunOverrides}), which come before the preferences.
 */
public final class DataRoots {

	/** The preference node (instance scope) holding this desktop's overrides. */
	public static final String PREFERENCE_NODE = "org.tagbench.store";
	/** The preference key: one override a line, stored root and local folder separated by a tab. */
	public static final String OVERRIDES_KEY = "dataRootOverrides";
	/** Where a user edits the overrides in the workbench (for messages). */
	public static final String WHERE_TO_MAP = "Window > Preferences > Tagbench > Data Folders";

	/** "Root as stored → folder on this desktop". */
	public record RootOverride(String storedRoot, String localFolder) {
		public RootOverride {
			check(storedRoot, "stored root");
			check(localFolder, "local folder");
			storedRoot = storedRoot.trim();
			localFolder = localFolder.trim();
		}

		private static void check(String text, String what) {
			if (text == null || text.isBlank()) {
				throw new IllegalArgumentException("The " + what + " of a data root override is empty");
			}
			if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
				throw new IllegalArgumentException("The " + what + " '" + text + "' holds a tab or line break");
			}
		}

		/** {@code stored=local} as on the command line, split at the first {@code =}. */
		public static RootOverride parse(String assignment) {
			int equals = assignment.indexOf('=');
			if (equals <= 0 || equals == assignment.length() - 1) {
				throw new IllegalArgumentException("A data root override is STORED_ROOT=LOCAL_FOLDER, e.g."
						+ " file:/mnt/team/photos/=/Volumes/photos, not '" + assignment + "'");
			}
			return new RootOverride(assignment.substring(0, equals), assignment.substring(equals + 1));
		}
	}

	/** A data source's folder is not on this desktop; the message names its stored root and how to map it. */
	public static final class FolderNotHereException extends IOException {
		private static final long serialVersionUID = 1L;

		public FolderNotHereException(String message) {
			super(message);
		}
	}

	private static volatile List<RootOverride> runOverrides = List.of();
	private static volatile Cached cached;

	/** The last {@link #current()}, valid while the preference text and the run overrides are the same. */
	private record Cached(String preferenceText, List<RootOverride> run, DataRoots roots) {
	}

	private final List<RootOverride> overrides;

	public DataRoots(List<RootOverride> overrides) {
		this.overrides = List.copyOf(overrides);
	}

	/** The overrides in the order given (earlier ones win among equally long stored roots). */
	public List<RootOverride> overrides() {
		return overrides;
	}

	/** The overrides of this desktop: those of this run (command line) first, then the preferences. */
	public static DataRoots current() {
		String text = preferences().get(OVERRIDES_KEY, "");
		List<RootOverride> run = runOverrides;
		Cached last = cached;
		if (last != null && last.preferenceText().equals(text) && last.run() == run) {
			return last.roots();
		}
		List<RootOverride> all = new ArrayList<>(run);
		all.addAll(decode(text));
		DataRoots roots = new DataRoots(all);
		cached = new Cached(text, run, roots);
		return roots;
	}

	/** Overrides for this run only (the command line's {@code --root-map}), before the preferences; empty to clear. */
	public static void setRunOverrides(List<RootOverride> overrides) {
		runOverrides = List.copyOf(overrides);
	}

	/** The overrides kept in this desktop's preferences. */
	public static List<RootOverride> readPreferences() {
		return decode(preferences().get(OVERRIDES_KEY, ""));
	}

	/** Replaces the overrides kept in this desktop's preferences and writes them to disk. */
	public static void savePreferences(List<RootOverride> overrides) throws BackingStoreException {
		IEclipsePreferences node = preferences();
		if (overrides.isEmpty()) {
			node.remove(OVERRIDES_KEY);
		} else {
			node.put(OVERRIDES_KEY, encode(overrides));
		}
		node.flush();
	}

	/** Whether this process has a workspace for its preferences ({@code tagbench --headless} runs without one). */
	public static boolean preferencesHaveAWorkspace() {
		String area = System.getProperty("osgi.instance.area"); // Equinox's instance location; "-data @none": none
		return area != null && !area.equalsIgnoreCase("@none");
	}

	/**
	 * The overrides the workbench keeps in {@code workspace}'s preference file (read by commands run without a
	 * workspace); none when the file is not there.
	 */
	public static List<RootOverride> readWorkspacePreferences(Path workspace) throws IOException {
		Path file = workspace.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/" + PREFERENCE_NODE + ".prefs");
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in); // written by Eclipse with Properties.store
		}
		return decode(properties.getProperty(OVERRIDES_KEY, ""));
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PREFERENCE_NODE);
	}

	/** One override a line: stored root, tab, local folder. */
	public static String encode(List<RootOverride> overrides) {
		StringBuilder text = new StringBuilder();
		for (RootOverride override : overrides) {
			text.append(override.storedRoot()).append('\t').append(override.localFolder()).append('\n');
		}
		return text.toString();
	}

	/** Reads {@link #encode}'s text; lines without a tab or with an empty side are left out. */
	public static List<RootOverride> decode(String text) {
		List<RootOverride> overrides = new ArrayList<>();
		for (String line : text.split("\n")) {
			int tab = line.indexOf('\t');
			if (tab > 0 && !line.substring(0, tab).isBlank() && !line.substring(tab + 1).isBlank()) {
				overrides.add(new RootOverride(line.substring(0, tab), line.substring(tab + 1)));
			}
		}
		return overrides;
	}

	/** The override that applies to a stored root: the one with the longest matching stored root. */
	public Optional<RootOverride> overrideFor(String storedRoot) {
		String root = comparable(storedRoot);
		RootOverride best = null;
		int bestLength = -1;
		for (RootOverride override : overrides) {
			String prefix = comparable(override.storedRoot());
			if (root.startsWith(prefix) && prefix.length() > bestLength) {
				best = override;
				bestLength = prefix.length();
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The folder of a stored root on this desktop, as text: the override's folder with the rest of the root appended
	 * (with the folder's kind of separator, so {@code Z:\photos} stays a Windows path), or the root itself when no
	 * override applies.
	 */
	public String localRoot(String storedRoot) {
		Optional<RootOverride> override = overrideFor(storedRoot);
		if (override.isEmpty()) {
			return storedRoot;
		}
		String rest = comparable(storedRoot).substring(comparable(override.get().storedRoot()).length());
		String folder = override.get().localFolder();
		if (folder.regionMatches(true, 0, "file:", 0, 5)) {
			folder = toPath(folder).toString();
		}
		if (rest.isEmpty()) {
			return folder;
		}
		char separator = folder.indexOf('\\') >= 0 && folder.indexOf('/') < 0 ? '\\' : '/';
		rest = rest.substring(0, rest.length() - 1).replace('/', separator);
		return folder.endsWith("/") || folder.endsWith("\\") ? folder + rest : folder + separator + rest;
	}

	/**
	 * The folder of a data source on this desktop.
	 *
	 * @throws IllegalArgumentException when the data source has no root, or it names no folder here
	 */
	public Path folderOf(DataSource source) {
		String root = source.getRootUri();
		if (root == null || root.isBlank()) {
			throw new IllegalArgumentException("The data source " + source.getId() + " has no root folder");
		}
		return toPath(localRoot(root));
	}

	/** An item's file on this desktop: its data source's folder + its path; null when it has no data source or root. */
	public Path fileOf(DataItem item) {
		DataSource source = item.getDataSource();
		if (source == null || source.getRootUri() == null || source.getRootUri().isBlank()) {
			return null;
		}
		return folderOf(source).resolve(item.getPath());
	}

	/**
	 * When the data source's folder is not a folder on this desktop: a message naming the stored root and saying how
	 * to map it; empty when the folder is there.
	 */
	public Optional<String> missingFolder(DataSource source) {
		Path folder;
		try {
			folder = folderOf(source);
		} catch (IllegalArgumentException e) {
			return Optional.of(e.getMessage());
		}
		if (Files.isDirectory(folder)) {
			return Optional.empty();
		}
		String root = source.getRootUri();
		Optional<RootOverride> override = overrideFor(root);
		return Optional.of("The data folder " + folder + " (stored root " + root + ") does not exist on this desktop. "
				+ (override.isPresent() ? "It is mapped from " + override.get().storedRoot() + ": correct the folder"
						: "If the images are mounted elsewhere here, map " + root + " to that folder")
				+ " in " + WHERE_TO_MAP + " (or with --root-map " + root + "=FOLDER on the command line).");
	}

	/** A root as a path text for comparing: URI decoded, {@code /} as separator, ending in one {@code /}. */
	private static String comparable(String root) {
		String text = root.trim();
		if (text.regionMatches(true, 0, "file:", 0, 5)) {
			try {
				URI uri = new URI(text);
				if (uri.getPath() != null) {
					String authority = uri.getAuthority();
					text = (authority == null || authority.isEmpty() ? "" : "//" + authority) + uri.getPath();
				}
			} catch (URISyntaxException e) {
				text = text.substring(5);
			}
		}
		text = text.replace('\\', '/');
		if (text.length() > 3 && text.charAt(0) == '/' && text.charAt(2) == ':' && Character.isLetter(text.charAt(1))) {
			text = text.substring(1); // file:/Z:/photos names Z:/photos
		}
		while (text.endsWith("//")) {
			text = text.substring(0, text.length() - 1);
		}
		return text.endsWith("/") ? text : text + "/";
	}

	/** A {@code file:} URI or a plain path as a path of this file system. */
	private static Path toPath(String text) {
		if (text.regionMatches(true, 0, "file:", 0, 5)) {
			try {
				return Path.of(URI.create(text));
			} catch (IllegalArgumentException e) { // also an InvalidPathException
				return Path.of(text.substring(5).replaceFirst("^//", ""));
			}
		}
		return Path.of(text);
	}
}
