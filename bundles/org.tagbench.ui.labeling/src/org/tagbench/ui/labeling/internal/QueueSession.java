package org.tagbench.ui.labeling.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.tagbench.model.DataItem;
import org.tagbench.store.CommitOutbox;
import org.tagbench.store.Lease;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.TaskQueue;

/**
 * The labeling editor's side of a team project's queue: items are handed out by lease (renewed while the editor
 * is open, given back when it closes), and commits go through an outbox. A commit gets its id when it is made,
 * is sent in a background job and, while the server is unreachable, stays in the outbox and is sent again with
 * the same id until the server answers: it is stored once however often it was sent. With an outbox folder the
 * unsent commits are on disk too ({@link CommitOutbox}): those left by an earlier session (the editor closed or
 * the workbench died while the server was away) are sent when the session starts.
 */
public final class QueueSession {

	/** How long a lease runs; renewed every {@link #RENEW_EVERY} while the editor is open. */
	public static final Duration LEASE = Duration.ofMinutes(10);
	static final long RENEW_EVERY = Duration.ofMinutes(2).toMillis();
	private static final long RETRY_MILLIS = 1_000;

	private final ProjectStore store;
	private final TaskQueue queue;
	private final Runnable changed;
	private final Map<String, Lease> leases = new HashMap<>();
	private final CommitOutbox outbox;
	private volatile String problem;
	/** What became of the labeler's changes to others' labels in stored commits, not yet shown (guarded by this). */
	private final List<String> othersLabels = new ArrayList<>();
	private volatile boolean closed;
	private final Job sender;
	private final Job renewer;

	/**
	 * @param outboxFolder where unsent commits are kept on disk (and those of earlier sessions are found), or null
	 *                     to keep them in memory only
	 * @param changed      called (on a job thread) when the outbox or the server's reachability changed
	 */
	public QueueSession(ProjectStore store, Path outboxFolder, Runnable changed) {
		this.store = store;
		this.queue = store.queue();
		this.changed = changed;
		CommitOutbox opened = CommitOutbox.inMemory();
		if (outboxFolder != null) {
			try {
				opened = CommitOutbox.open(outboxFolder, store.project());
				for (String message : opened.setAside()) {
					ILog.of(QueueSession.class).error(message);
					problem = message;
				}
			} catch (StoreException e) {
				ILog.of(QueueSession.class).error(e.getMessage(), e);
				problem = e.getMessage() + "; unsent commits are kept in memory only";
			}
		}
		outbox = opened;
		sender = Job.create("Sending labels to " + store.location(), monitor -> {
			send();
			return Status.OK_STATUS;
		});
		sender.setSystem(true);
		renewer = Job.create("Renewing the leases on " + store.location(), monitor -> {
			try {
				queue.lease(0, LEASE);
			} catch (StoreException e) {
				ILog.of(QueueSession.class).warn("Cannot renew the leases: " + e.getMessage());
			}
			if (!closed) {
				renewerJob().schedule(RENEW_EVERY);
			}
			return Status.OK_STATUS;
		});
		renewer.setSystem(true);
		renewer.schedule(RENEW_EVERY);
		if (outbox.size() > 0) {
			// commits of an earlier session: sent again with their ids, so what had arrived is not stored twice
			ILog.of(QueueSession.class).info(outbox.size() + " unsent commit(s) from an earlier session to "
					+ store.location() + " are sent again");
			sender.schedule();
		}
	}

	private Job renewerJob() {
		return renewer;
	}

	/**
	 * The next leased item not in {@code visited} nor waiting in the outbox (the labeler's running leases
	 * first), or empty when none is left.
	 */
	public Optional<DataItem> next(Set<String> visited) throws StoreException {
		List<String> page = nextPage(1, visited);
		return page.isEmpty() ? Optional.empty() : store.item(page.get(0));
	}

	/**
	 * Up to {@code count} leased items not in {@code skip} nor waiting in the outbox (a page of the classification
	 * editor): the labeler's running leases first, then new ones. Empty when none is left.
	 */
	public List<String> nextPage(int count, Set<String> skip) throws StoreException {
		Set<String> avoid = new HashSet<>(skip);
		avoid.addAll(outbox.itemIds());
		List<String> fresh = new ArrayList<>();
		List<Lease> running = List.of();
		int wanted = count;
		for (int round = 0; round < 3; round++) {
			running = queue.lease(wanted, LEASE);
			fresh.clear();
			synchronized (this) {
				for (Lease lease : running) {
					leases.put(lease.itemId(), lease);
					if (!avoid.contains(lease.itemId()) && fresh.size() < count) {
						fresh.add(lease.itemId());
					}
				}
			}
			if (fresh.size() >= count || running.size() < wanted) {
				break; // a full page, or the queue has no more
			}
			wanted = count + (running.size() - fresh.size()); // leases on items to skip took places
		}
		// items sent meanwhile leave places that new leases filled: give back what the page does not show, so
		// no item is held without being seen
		for (Lease lease : running) {
			if (!avoid.contains(lease.itemId()) && !fresh.contains(lease.itemId())) {
				synchronized (this) {
					leases.remove(lease.itemId());
				}
				queue.release(lease);
			}
		}
		return List.copyOf(fresh);
	}

	/** Who labels through this session (the database user): the author of new labels. */
	public String labeler() {
		return queue.labeler();
	}

	/** Queues the commit of {@code item} (a copy is taken now, and written to disk) and returns; the sender job stores it. */
	public void commit(DataItem item) {
		Lease lease;
		synchronized (this) {
			lease = leases.get(item.getId());
		}
		if (lease == null) {
			// an item seen earlier in this session whose lease we no longer track: its commit is still ours
			lease = new Lease(item.getId(), queue.labeler(), 0);
		}
		try {
			outbox.add(lease, item);
		} catch (StoreException e) {
			problem = e.getMessage();
			ILog.of(QueueSession.class).error(problem, e);
		}
		sender.schedule();
	}

	private void send() {
		if (closed) {
			return;
		}
		CommitOutbox.SendResult result = outbox.send(queue);
		synchronized (this) {
			leases.keySet().removeAll(result.doneItems());
			othersLabels.addAll(result.othersLabels());
		}
		for (String message : result.othersLabels()) {
			ILog.of(QueueSession.class).warn(message);
		}
		for (String refused : result.refused()) {
			// refused for good (the lease went to someone else): said and dropped, the rest went on
			ILog.of(QueueSession.class).error("Not stored: " + refused);
		}
		if (result.unreachable() != null) {
			problem = "The server is unreachable; " + pending() + " commit(s) kept, retrying";
			changed.run();
			sender.schedule(RETRY_MILLIS);
			return;
		}
		if (!result.refused().isEmpty()) {
			problem = "Not stored: " + result.refused().get(result.refused().size() - 1);
		} else if (result.stored() > 0) {
			problem = null;
		}
		changed.run();
	}

	/**
	 * What became of the labeler's changes to other people's labels in commits stored since the last call (each
	 * message names the item; {@link TaskQueue.CommitOutcome#othersLabelsMessage}), to show once.
	 */
	public synchronized List<String> takeOthersLabelsMessages() {
		List<String> taken = List.copyOf(othersLabels);
		othersLabels.clear();
		return taken;
	}

	/** Commits not yet stored on the server. */
	public int pending() {
		return outbox.size();
	}

	/** What is wrong now (server unreachable, a refused commit), or null. */
	public String problem() {
		return problem;
	}

	/** Waits up to {@code millis} for the outbox to empty; true when it did. */
	public boolean flush(long millis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + millis;
		while (pending() > 0 && System.currentTimeMillis() < deadline) {
			sender.join(Math.max(1, deadline - System.currentTimeMillis()), null);
			if (pending() > 0) {
				Thread.sleep(50);
			}
		}
		return pending() == 0;
	}

	/**
	 * Sends what is left (briefly), then gives back the leases of items without a commit waiting (those stay
	 * leased, so that the commit, sent by a later session, is still accepted).
	 */
	public void close() {
		try {
			flush(5_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		closed = true;
		renewer.cancel();
		sender.cancel();
		Map<String, Lease> left;
		synchronized (this) {
			left = new HashMap<>(leases);
		}
		left.keySet().removeAll(outbox.itemIds());
		for (Lease lease : left.values()) {
			try {
				queue.release(lease);
			} catch (StoreException e) {
				// it runs out by itself
			}
		}
		if (pending() > 0) {
			String where = outbox.folder() != null ? "kept in " + outbox.folder() + " and sent when the project is opened again"
					: "lost";
			ILog.of(QueueSession.class).warn(pending() + " commits to " + store.location()
					+ " could not be sent before the editor closed: " + where);
		}
	}
}
