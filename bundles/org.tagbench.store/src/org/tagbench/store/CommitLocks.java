package org.tagbench.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.tagbench.model.DataItem;

/**
 * One in-process lock per project location, for writers that read an item, check it and write it back, and
 * must not have a person's commit come in between: the ML assist writes pre-labels only to items still
 * unlabeled, so it holds the lock from reading to committing, and the editors hold it while they commit.
 * Store instances on the same project (each editor opens its own) share the lock through {@link
 * ProjectStore#location()}. Hold it around one item only.
 */
public final class CommitLocks {

	private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

	private CommitLocks() {
	}

	/** The lock of the project {@code store} works on. */
	public static ReentrantLock of(ProjectStore store) {
		return LOCKS.computeIfAbsent(store.location(), location -> new ReentrantLock());
	}

	/** Commits {@code item} holding the project's lock (for the editors' commits). */
	public static void commit(ProjectStore store, DataItem item) throws StoreException {
		ReentrantLock lock = of(store);
		lock.lock();
		try {
			store.commit(item);
		} finally {
			lock.unlock();
		}
	}
}
