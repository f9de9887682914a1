package org.tagbench.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners of one store, for implementations of {@link ProjectStore#addListener}: a listener that throws
 * is logged to standard error and does not keep the others from being told.
 */
public final class StoreListeners {

	private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();

	/** Adds {@code listener}; closing the result removes it. */
	public Subscription add(StoreListener listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	public boolean isEmpty() {
		return listeners.isEmpty();
	}

	public void changed(StoreChange change) {
		for (StoreListener listener : listeners) {
			try {
				listener.changed(change);
			} catch (RuntimeException e) {
				report(listener, e);
			}
		}
	}

	public void reachabilityChanged(boolean reachable, String message) {
		for (StoreListener listener : listeners) {
			try {
				listener.reachabilityChanged(reachable, message);
			} catch (RuntimeException e) {
				report(listener, e);
			}
		}
	}

	private static void report(StoreListener listener, RuntimeException e) {
		System.err.println("A store listener (" + listener + ") failed: " + e);
	}

	public void clear() {
		listeners.clear();
	}
}
