package org.tagbench.ui.views;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import org.eclipse.swt.widgets.Control;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreChange;
import org.tagbench.store.StoreException;
import org.tagbench.store.StoreListener;
import org.tagbench.store.Subscription;

/**
 * Live updates for a part that shows a store: changes made through any store on the project (other editors,
 * other labelers' desktops) are coalesced on the UI thread, so a burst of commits causes one refresh after
 * {@code delayMillis}, not one per commit; reachability of a team server is passed on as it changes. Ends
 * with the control it belongs to.
 * <p>
 * A folder project can also be changed by another process (a second Tagbench, a command-line import), whose
 * commits no listener of this process hears: a system job asks the store every second whether its count of
 * other processes' changes moved ({@link ProjectStore#changesByOtherProcesses()}, one tiny query) and treats a
 * move like a change heard. A store that cannot tell (a team store, whose server announces every change) is
 * asked once.
 * </p>
 */
public final class LiveUpdates implements StoreListener {

	/** How often a folder store is asked whether other processes changed the project. */
	public static final long POLL_MILLIS = 1_000;
	/** How long the server's announcement of an own change is waited for (it normally takes under a second). */
	static final long OWN_CHANGE_MILLIS = 60_000;

	private final Control owner;
	private final int delayMillis;
	private final Runnable refresh;
	private final BiConsumer<Boolean, String> reachability;
	private final Subscription subscription;
	private boolean pending;
	private volatile int changes;
	private volatile int refreshes;
	/**
	 * Changes the part made itself and refreshed for, whose announcements by the store cause no second refresh, with
	 * until when each is waited for (guarded by itself).
	 */
	private final Map<StoreChange, ArrayDeque<Long>> ownChanges = new HashMap<>();
	private final ProjectStore store;
	private final Job poller;
	private volatile boolean ended;
	/** What the store said last about other processes' changes; guarded by the poller (it runs alone). */
	private OptionalLong seen;

	/**
	 * @param refresh      runs on the UI thread after changes arrived (reads the store in a job of its own)
	 * @param reachability runs on the UI thread when a team server becomes unreachable or reachable again
	 */
	public LiveUpdates(ProjectStore store, Control owner, int delayMillis, Runnable refresh,
			BiConsumer<Boolean, String> reachability) {
		this.owner = owner;
		this.delayMillis = delayMillis;
		this.refresh = refresh;
		this.reachability = reachability;
		this.store = store;
		subscription = store.addListener(this);
		poller = Job.create("Watching " + store.location() + " for changes by other processes", this::poll);
		poller.setSystem(true);
		poller.setPriority(Job.DECORATE);
		owner.addListener(org.eclipse.swt.SWT.Dispose, event -> {
			ended = true;
			poller.cancel();
			subscription.close();
		});
		poller.schedule();
	}

	private IStatus poll(IProgressMonitor monitor) {
		if (ended || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		OptionalLong now;
		try {
			now = store.changesByOtherProcesses();
		} catch (StoreException e) {
			// a closing store, or a busy disk: ask again next time
			now = seen;
		}
		if (seen != null && now != null && !now.equals(seen)) {
			changed(StoreChange.everything());
		}
		seen = now;
		if (!ended && now != null && now.isPresent()) {
			poller.schedule(POLL_MILLIS);
		}
		return Status.OK_STATUS;
	}

	/** How many changes arrived so far (for tests and the status line). */
	public int changes() {
		return changes;
	}

	/** How many refreshes the arrived changes caused so far (for tests). */
	public int refreshes() {
		return refreshes;
	}

	/**
	 * The part is about to make {@code change} through the store and refreshes for it itself (say, a review's Accept):
	 * when the store announces it back to this part too (a team store hears its own commits from the server), that
	 * announcement causes no second refresh. Call it before the change is committed: its announcement may come at once.
	 */
	public void expectOwnChange(StoreChange change) {
		if (!store.announcesOwnChanges() || change.isEverything()) {
			return;
		}
		long now = System.currentTimeMillis();
		synchronized (ownChanges) {
			// a commit that failed is never announced: forget what was waited for too long
			ownChanges.values().forEach(deadlines -> deadlines.removeIf(deadline -> deadline < now));
			ownChanges.values().removeIf(ArrayDeque::isEmpty);
			ownChanges.computeIfAbsent(change, c -> new ArrayDeque<>()).add(now + OWN_CHANGE_MILLIS);
		}
	}

	/** Whether {@code change} is the announcement of an own change (which is then no longer waited for). */
	private boolean isOwnChange(StoreChange change) {
		synchronized (ownChanges) {
			ArrayDeque<Long> deadlines = ownChanges.get(change);
			if (deadlines == null) {
				return false;
			}
			deadlines.poll();
			if (deadlines.isEmpty()) {
				ownChanges.remove(change);
			}
			return true;
		}
	}

	@Override
	public void changed(StoreChange change) {
		changes++;
		if (isOwnChange(change)) {
			return; // the part refreshed for it when it made it
		}
		onUiThread(() -> {
			if (pending) {
				return;
			}
			pending = true;
			owner.getDisplay().timerExec(delayMillis, () -> {
				pending = false;
				if (!owner.isDisposed()) {
					refreshes++;
					refresh.run();
				}
			});
		});
	}

	@Override
	public void reachabilityChanged(boolean reachable, String message) {
		onUiThread(() -> reachability.accept(reachable, message));
	}

	private void onUiThread(Runnable work) {
		if (owner.isDisposed()) {
			return;
		}
		owner.getDisplay().asyncExec(() -> {
			if (!owner.isDisposed()) {
				work.run();
			}
		});
	}
}
