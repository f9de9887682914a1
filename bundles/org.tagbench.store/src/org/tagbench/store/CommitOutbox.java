package org.tagbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelingProject;

/**
 * Queue commits not yet acknowledged by the server (team mode): kept in order, in memory and, when the outbox
 * has a folder, on disk — one file per commit, written to a temporary file, forced to the disk and renamed, and
 * deleted only after the server acknowledged it. An outbox opened again on the same folder (the next session,
 * after the workbench died) holds the commits left there, so they can be sent again: each keeps the id it got
 * when it was made, and the server stores a commit id once, so sending again is harmless.
 * <p>
 * A file is XMI: the committed item (a copy, its label classes and data source as references into the project
 * definition) and an {@code EAnnotation} with the commit id and the lease. A file that cannot be read is moved to
 * the {@code set-aside} sub-folder (never deleted) and named in {@link #setAside()}.
 * </p>
 */
public final class CommitOutbox {

	/** One commit waiting to be sent; {@code file} is null in a memory-only outbox or when writing failed. */
	public record Entry(Lease lease, DataItem item, String commitId, Path file) {
	}

	/**
	 * What {@link #send} did: the items whose commits are done with (stored, or refused for good), the server's
	 * refusals, why it stopped early (null when the outbox is empty), and for stored commits that changed or removed
	 * other people's labels, what became of those changes ({@link TaskQueue.CommitOutcome#othersLabelsMessage}).
	 */
	public record SendResult(List<String> doneItems, int stored, List<String> refused, String unreachable,
			List<String> othersLabels) {
	}

	private static final String SUFFIX = ".commit.xmi";
	private static final String TEMP_PREFIX = ItemFiles.TEMP_PREFIX;
	static final String SET_ASIDE = "set-aside";
	private static final String META = "org.tagbench.store.outbox";

	private final Path folder;
	private final LabelingProject project;
	private final List<Entry> entries = new ArrayList<>();
	private final List<String> setAside = new ArrayList<>();
	private long sequence;

	private CommitOutbox(Path folder, LabelingProject project) {
		this.folder = folder;
		this.project = project;
	}

	/** An outbox that keeps its commits in memory only (they are lost with the process). */
	public static CommitOutbox inMemory() {
		return new CommitOutbox(null, null);
	}

	/**
	 * The outbox on {@code folder} (created if missing), holding the commits left there by earlier sessions in the
	 * order they were made. Label classes and data sources are looked up in {@code project}, which must be in a
	 * resource (as every store's project is).
	 */
	public static CommitOutbox open(Path folder, LabelingProject project) throws StoreException {
		CommitOutbox outbox = new CommitOutbox(folder, project);
		try {
			Files.createDirectories(folder);
			List<Path> files;
			try (Stream<Path> listing = Files.list(folder)) {
				files = listing.filter(f -> f.getFileName().toString().endsWith(SUFFIX)
						&& !f.getFileName().toString().startsWith(TEMP_PREFIX)).sorted().toList();
			}
			for (Path file : files) {
				try {
					sequenceOf(file); // a name this outbox made
					outbox.entries.add(outbox.read(file));
				} catch (IOException | RuntimeException e) {
					outbox.setAside(file, e);
				}
			}
		} catch (IOException e) {
			throw new StoreException("The outbox of unsent commits in " + folder + " cannot be read: " + e.getMessage(), e);
		}
		// continue after the files left there (names sort in the order commits were made)
		long next = System.currentTimeMillis();
		for (Entry entry : outbox.entries) {
			next = Math.max(next, sequenceOf(entry.file()) + 1);
		}
		outbox.sequence = next;
		return outbox;
	}

	/** The number a commit's file name starts with (its place in the order); fails on a name not made here. */
	private static long sequenceOf(Path file) {
		String name = file.getFileName().toString();
		int dash = name.indexOf('-');
		if (dash <= 0) {
			throw new IllegalArgumentException("its name does not start with a sequence number");
		}
		return Long.parseLong(name.substring(0, dash));
	}

	private void setAside(Path file, Exception why) throws IOException {
		Path target = folder.resolve(SET_ASIDE).resolve(file.getFileName());
		Files.createDirectories(target.getParent());
		Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
		setAside.add("The unsent commit in " + file + " cannot be read (" + why.getMessage()
				+ "); it was not sent and was set aside as " + target);
	}

	/** Messages about files that could not be read when the outbox was opened (each moved to {@code set-aside}). */
	public synchronized List<String> setAside() {
		return List.copyOf(setAside);
	}

	/** The folder, or null for a memory-only outbox. */
	public Path folder() {
		return folder;
	}

	/**
	 * Adds the commit of {@code item} (a copy is taken now) under a new commit id. With a folder, the commit is on
	 * the disk when this returns.
	 *
	 * @throws StoreException when the file cannot be written; the commit is then kept in memory only
	 */
	public Entry add(Lease lease, DataItem item) throws StoreException {
		DataItem copy = EcoreUtil.copy(item);
		String commitId = UUID.randomUUID().toString();
		if (folder == null) {
			return remember(new Entry(lease, copy, commitId, null));
		}
		Path file;
		synchronized (this) {
			file = folder.resolve(String.format("%019d-%s%s", sequence++, commitId, SUFFIX));
		}
		try {
			write(file, lease, copy, commitId);
		} catch (IOException | RuntimeException e) {
			remember(new Entry(lease, copy, commitId, null));
			throw new StoreException("The commit of item " + item.getPath() + " cannot be kept in " + folder + " ("
					+ e.getMessage() + "); it is kept in memory only until the server takes it", e);
		}
		return remember(new Entry(lease, copy, commitId, file));
	}

	private synchronized Entry remember(Entry entry) {
		entries.add(entry);
		return entry;
	}

	/** The oldest commit not yet acknowledged, or null. */
	public synchronized Entry peek() {
		return entries.isEmpty() ? null : entries.get(0);
	}

	/** Forgets a commit the server acknowledged (or refused for good): its file is deleted. */
	public void remove(Entry entry) throws StoreException {
		synchronized (this) {
			entries.remove(entry);
		}
		if (entry.file() != null) {
			try {
				Files.deleteIfExists(entry.file());
			} catch (IOException e) {
				throw new StoreException("The sent commit " + entry.file() + " cannot be deleted: " + e.getMessage()
						+ " (sending it again stores nothing twice)", e);
			}
		}
	}

	public synchronized int size() {
		return entries.size();
	}

	/** The items with a commit waiting. */
	public synchronized Set<String> itemIds() {
		Set<String> ids = new HashSet<>();
		for (Entry entry : entries) {
			ids.add(entry.item().getId());
		}
		return ids;
	}

	/**
	 * Sends the waiting commits in order through {@code queue}, each with its own id, until none is left or the
	 * server is unreachable (then the rest stay, to be sent later). A commit the server refuses for good (the lease
	 * ran out and the item went to someone else) is dropped and reported in the result.
	 */
	public SendResult send(TaskQueue queue) {
		int stored = 0;
		List<String> done = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		List<String> othersLabels = new ArrayList<>();
		for (Entry next = peek(); next != null; next = peek()) {
			try {
				TaskQueue.CommitOutcome outcome = queue.commit(next.lease(), next.item(), next.commitId());
				stored++;
				if (outcome.leftOthersLabels()) {
					othersLabels.add(outcome.othersLabelsMessage(next.item().getPath()));
				}
			} catch (StoreException e) {
				if (isUnreachable(e)) {
					return new SendResult(done, stored, refused, e.getMessage(), othersLabels);
				}
				refused.add(e.getMessage());
			}
			done.add(next.item().getId());
			try {
				remove(next);
			} catch (StoreException e) {
				// a file left behind is sent again by a later session and answered "already stored"
			}
		}
		return new SendResult(done, stored, refused, null, othersLabels);
	}

	/** Whether a store operation failed because the server could not be reached (so it may work later). */
	public static boolean isUnreachable(StoreException e) {
		return e.getMessage() != null && e.getMessage().contains("the server is unreachable");
	}

	private void write(Path file, Lease lease, DataItem item, String commitId) throws IOException {
		EAnnotation meta = EcoreFactory.eINSTANCE.createEAnnotation();
		meta.setSource(META);
		meta.getDetails().put("commitId", commitId);
		meta.getDetails().put("labeler", lease.labeler());
		meta.getDetails().put("leaseExpiresAt", Long.toString(lease.expiresAt()));
		ItemFiles.write(file, item, meta);
	}

	private Entry read(Path file) throws IOException {
		ItemFiles.Read read = ItemFiles.read(file, META, project);
		String commitId = read.meta().getDetails().get("commitId");
		String labeler = read.meta().getDetails().get("labeler");
		if (commitId == null || labeler == null) {
			throw new IOException("its commit id or labeler is missing");
		}
		long expires = Long.parseLong(read.meta().getDetails().get("leaseExpiresAt"));
		DataItem item = read.item();
		return new Entry(new Lease(item.getId(), labeler, expires), item, commitId, file);
	}
}
