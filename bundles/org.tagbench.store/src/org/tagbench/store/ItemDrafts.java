package org.tagbench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelingProject;

/**
 * Drafts of items being labeled: the annotations of the shown item that are not committed yet, kept on disk so
 * that they survive the process dying (a crash, a kill, a power cut after the next disk flush). One file per
 * item ({@code <item id>.draft.xmi}), replaced atomically on every change by a background thread (the editor
 * only takes a copy of the item), deleted when the item is committed or its changes are given up.
 * <p>
 * Saves and deletes of one item take effect in the order they were asked for; a save asked for while an earlier
 * one waits replaces it (only the newest state is written). A draft that cannot be read (damaged, or naming a
 * label class the project no longer has) is moved to the {@code set-aside} sub-folder, never deleted.
 * </p>
 */
public final class ItemDrafts implements AutoCloseable {

	private static final String SUFFIX = ".draft.xmi";
	private static final String META = "org.tagbench.store.draft";
	private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

	private final Path folder;
	private final LabelingProject project;
	/** Waiting work by item id: a copy to write, or null to delete; in the order asked for. */
	private final Map<String, Optional<DataItem>> waiting = new LinkedHashMap<>();
	private final ExecutorService writer;
	private final List<String> problems = new ArrayList<>();

	/** Drafts in {@code folder} (created when the first one is written) of items of {@code project}. */
	public ItemDrafts(Path folder, LabelingProject project) {
		this.folder = folder;
		this.project = project;
		this.writer = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "Tagbench drafts in " + folder.getFileName());
			thread.setDaemon(true);
			return thread;
		});
	}

	public Path folder() {
		return folder;
	}

	/** The file of an item's draft (an id that is not a plain file name is hashed). */
	public Path file(String itemId) {
		String name = PLAIN_ID.matcher(itemId).matches() && !itemId.startsWith(".") ? itemId
				: HexFormat.of().formatHex(itemId.getBytes(StandardCharsets.UTF_8));
		return folder.resolve(name + SUFFIX);
	}

	/** Keeps {@code item}'s state as its draft: a copy is taken now and written in the background. */
	public void save(DataItem item) {
		enqueue(item.getId(), Optional.of(EcoreUtil.copy(item)));
	}

	/** Forgets the draft of the item (committed, or its changes given up), in the background. */
	public void delete(String itemId) {
		enqueue(itemId, Optional.empty());
	}

	private void enqueue(String itemId, Optional<DataItem> work) {
		synchronized (waiting) {
			boolean queued = waiting.containsKey(itemId);
			waiting.remove(itemId); // re-inserted: the newest request goes last
			waiting.put(itemId, work);
			if (queued) {
				return; // the task already scheduled for this item writes the newest state
			}
		}
		try {
			writer.execute(this::writeNext);
		} catch (java.util.concurrent.RejectedExecutionException e) {
			writeNext(); // closed: do it here
		}
	}

	private void writeNext() {
		String itemId;
		Optional<DataItem> work;
		synchronized (waiting) {
			if (waiting.isEmpty()) {
				return;
			}
			Map.Entry<String, Optional<DataItem>> first = waiting.entrySet().iterator().next();
			itemId = first.getKey();
			work = first.getValue();
			waiting.remove(itemId);
		}
		Path file = file(itemId);
		try {
			if (work.isPresent()) {
				Files.createDirectories(folder);
				EAnnotation meta = EcoreFactory.eINSTANCE.createEAnnotation();
				meta.setSource(META);
				meta.getDetails().put("savedAt", Long.toString(System.currentTimeMillis()));
				ItemFiles.write(file, work.get(), meta);
			} else {
				Files.deleteIfExists(file);
			}
		} catch (IOException | RuntimeException e) {
			problem("The draft " + file + " cannot be " + (work.isPresent() ? "written" : "deleted") + ": " + e.getMessage());
		}
	}

	private void problem(String message) {
		synchronized (problems) {
			problems.add(message);
		}
	}

	/** What went wrong since the last call (a draft not written, a damaged draft set aside), oldest first. */
	public List<String> takeProblems() {
		synchronized (problems) {
			List<String> taken = List.copyOf(problems);
			problems.clear();
			return taken;
		}
	}

	/**
	 * The draft of the item left by an earlier session, with its references resolved against the project; empty
	 * when there is none or it cannot be read (then it is set aside and {@link #takeProblems()} says why).
	 */
	public Optional<DataItem> load(String itemId) {
		Path file = file(itemId);
		synchronized (waiting) {
			if (waiting.containsKey(itemId)) {
				return waiting.get(itemId).map(EcoreUtil::copy);
			}
		}
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			DataItem item = ItemFiles.read(file, META, project).item();
			if (!itemId.equals(item.getId())) {
				throw new IOException("it is the draft of item " + item.getId());
			}
			return Optional.of(item);
		} catch (IOException | RuntimeException e) {
			Path target = folder.resolve(CommitOutbox.SET_ASIDE).resolve(file.getFileName());
			try {
				Files.createDirectories(target.getParent());
				Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
				problem("The draft " + file + " cannot be read (" + e.getMessage() + "); it was set aside as " + target);
			} catch (IOException moveFailed) {
				problem("The draft " + file + " cannot be read (" + e.getMessage() + ") nor set aside: " + moveFailed.getMessage());
			}
			return Optional.empty();
		}
	}

	/**
	 * The drafts on disk now (not those set aside), by item id, read as {@link #load} reads them; a draft that cannot
	 * be read is left where it is (it is set aside when its item is shown).
	 */
	public Map<String, DataItem> onDisk() {
		Map<String, DataItem> found = new LinkedHashMap<>();
		if (!Files.isDirectory(folder)) {
			return found;
		}
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
				try {
					DataItem item = ItemFiles.read(file, META, project).item();
					found.put(item.getId(), item);
				} catch (IOException | RuntimeException e) {
					// left for load(), which sets it aside and says why
				}
			}
		} catch (IOException e) {
			problem("The drafts in " + folder + " cannot be listed: " + e.getMessage());
		}
		return found;
	}

	/** Waits up to {@code millis} until every save and delete asked for so far is done; true when they are. */
	public boolean flush(long millis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < deadline) {
			java.util.concurrent.Future<?> marker = writer.submit(() -> { });
			try {
				marker.get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
			} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
				return false;
			}
			synchronized (waiting) {
				if (waiting.isEmpty()) {
					return true;
				}
			}
		}
		return false;
	}

	/** Does what is still asked for (briefly), then stops the writer thread. */
	@Override
	public void close() {
		try {
			flush(2_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		writer.shutdown();
	}
}
