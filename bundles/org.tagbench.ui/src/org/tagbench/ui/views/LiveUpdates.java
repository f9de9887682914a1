package org.tagbench.ui.views;

import java.util.function.BiConsumer;

import org.eclipse.swt.widgets.Control;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreChange;
import org.tagbench.store.StoreListener;
import org.tagbench.store.Subscription;

/**
 * Live updates for a part that shows a store: changes made through any store on the project (other editors,
 * other labelers' desktops) are coalesced on the UI thread, so a burst of commits causes one refresh after
 * {@code delayMillis}, not one per commit; reachability of a team server is passed on as it changes. Ends
 * with the control it belongs to.
 */
public final class LiveUpdates implements StoreListener {

	private final Control owner;
	private final int delayMillis;
	private final Runnable refresh;
	private final BiConsumer<Boolean, String> reachability;
	private final Subscription subscription;
	private boolean pending;
	private volatile int changes;

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
		subscription = store.addListener(this);
		owner.addListener(org.eclipse.swt.SWT.Dispose, event -> subscription.close());
	}

	/** How many changes arrived so far (for tests and the status line). */
	public int changes() {
		return changes;
	}

	@Override
	public void changed(StoreChange change) {
		changes++;
		onUiThread(() -> {
			if (pending) {
				return;
			}
			pending = true;
			owner.getDisplay().timerExec(delayMillis, () -> {
				pending = false;
				if (!owner.isDisposed()) {
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
