package org.tagbench.store;

/**
 * Told about changes to a project made through any store on it (see {@link ProjectStore#addListener}). Called on
 * the committing thread (folder store) or a thread of the store (team store), never while the store is busy:
 * a UI moves to its own thread, reads the store in a job, and should coalesce bursts of changes.
 */
public interface StoreListener {

	/** Items of the project changed (committed, reviewed, registered, flagged missing). */
	void changed(StoreChange change);

	/**
	 * The server of a team project became unreachable ({@code reachable} false) or reachable again (then a
	 * {@link StoreChange#everything()} follows: changes made meanwhile were not delivered one by one). A folder
	 * store never calls it.
	 */
	default void reachabilityChanged(boolean reachable, String message) {
	}
}
