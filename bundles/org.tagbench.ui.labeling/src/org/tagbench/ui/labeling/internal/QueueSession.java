package org.tagbench.ui.labeling.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tagbench.model.DataItem;
import org.tagbench.store.Lease;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.TaskQueue;

/**
 * The labeling editor's side of a team project's queue: items are handed out by lease (renewed while the editor
 * is open, given back when it closes), and commits go through an outbox. A commit gets its id when it is made,
 * is sent in a background job and, while the server is unreachable, stays in the outbox and is sent again with
 * the same id until the server answers: it is stored once however often it was sent. Nothing typed is lost
 * while the editor is open.
 */
public final class QueueSession {

	/** How long a lease runs; renewed every {@link #RENEW_EVERY} while the editor is open. */
	public static final Duration LEASE = Duration.ofMinutes(10);
	static final long RENEW_EVERY = Duration.ofMinutes(2).toMillis();
	private static final long RETRY_MILLIS = 1_000;

	/** A commit waiting to be sent: a copy of the item as committed, with its id. */
	private record Pending(Lease lease, DataItem item, String commitId) {
	}

	private final ProjectStore store;
	private final TaskQueue queue;
	private final Runnable changed;
	private final Map<String, Lease> leases = new HashMap<>();
	private final Deque<Pending> outbox = new ArrayDeque<>();
	private volatile String problem;
	private volatile boolean closed;
	private final Job sender;
	private final Job renewer;

	/** @param changed called (on a job thread) when the outbox or the server's reachability changed */
	public QueueSession(ProjectStore store, Runnable changed) {
		this.store = store;
		this.queue = store.queue();
		this.changed = changed;
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
	}

	private Job renewerJob() {
		return renewer;
	}

	/** The next leased item not in {@code visited} (the labeler's running leases first), or empty when none is left. */
	public Optional<DataItem> next(Set<String> visited) throws StoreException {
		List<Lease> running = queue.lease(1, LEASE);
		for (int wanted = 2; running.stream().allMatch(l -> visited.contains(l.itemId())) && wanted <= visited.size() + 1; wanted++) {
			running = queue.lease(wanted, LEASE);
		}
		for (Lease lease : running) {
			synchronized (this) {
				leases.put(lease.itemId(), lease);
			}
			if (!visited.contains(lease.itemId())) {
				return store.item(lease.itemId());
			}
		}
		return Optional.empty();
	}

	/** Queues the commit of {@code item} (a copy is taken now) and returns at once; the sender job stores it. */
	public void commit(DataItem item) {
		Lease lease;
		synchronized (this) {
			lease = leases.get(item.getId());
			if (lease == null) {
				// an item seen earlier in this session whose lease we no longer track: its commit is still ours
				lease = new Lease(item.getId(), queue.labeler(), 0);
			}
			outbox.add(new Pending(lease, EcoreUtil.copy(item), UUID.randomUUID().toString()));
		}
		sender.schedule();
	}

	private void send() {
		while (!closed) {
			Pending next;
			synchronized (this) {
				next = outbox.peek();
			}
			if (next == null) {
				return;
			}
			try {
				queue.commit(next.lease(), next.item(), next.commitId());
				synchronized (this) {
					outbox.poll();
					leases.remove(next.item().getId());
				}
				problem = null;
				changed.run();
			} catch (StoreException e) {
				if (!isUnreachable(e)) {
					// refused for good (the lease went to someone else): say so, drop it, go on with the rest
					synchronized (this) {
						outbox.poll();
					}
					problem = "Not stored: " + e.getMessage();
					ILog.of(QueueSession.class).error(problem, e);
					changed.run();
					continue;
				}
				problem = "The server is unreachable; " + pending() + " commit(s) kept, retrying";
				changed.run();
				sender.schedule(RETRY_MILLIS);
				return;
			}
		}
	}

	private static boolean isUnreachable(StoreException e) {
		return e.getMessage() != null && e.getMessage().contains("the server is unreachable");
	}

	/** Commits not yet stored on the server. */
	public synchronized int pending() {
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

	/** Sends what is left (briefly), then gives the uncommitted leases back. */
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
		for (Lease lease : left.values()) {
			try {
				queue.release(lease);
			} catch (StoreException e) {
				// it runs out by itself
			}
		}
		if (pending() > 0) {
			ILog.of(QueueSession.class).error(pending() + " commits to " + store.location()
					+ " could not be sent before the editor closed");
		}
	}
}
