package org.tagbench.ui.labeling.internal;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.swt.graphics.ImageData;
import org.tagbench.ui.labeling.ImageDecoding;

/**
 * Decodes the next items' images in a background thread so that Submit shows the next image at once. Keeps at
 * most {@link #capacity} decoded images (the oldest requests are dropped); a request for a file that is being
 * decoded waits for that decoding instead of starting another.
 */
public final class ImagePrefetcher {

	private final int capacity;
	private final ExecutorService executor;
	private final Map<Path, Future<ImageData>> decoded = new LinkedHashMap<>();

	public ImagePrefetcher(int capacity) {
		this.capacity = Math.max(1, capacity);
		this.executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "Tagbench image prefetch");
			thread.setDaemon(true);
			thread.setPriority(Thread.NORM_PRIORITY - 1);
			return thread;
		});
	}

	/** Starts decoding {@code file} (every {@code step}-th pixel) unless it is decoded or queued already. */
	public synchronized void prefetch(Path file, long width, long height, int step) {
		if (decoded.containsKey(file) || executor.isShutdown()) {
			return;
		}
		decoded.put(file, executor.submit(() -> ImageDecoding.decode(file, width, height, step)));
		Iterator<Map.Entry<Path, Future<ImageData>>> oldest = decoded.entrySet().iterator();
		while (decoded.size() > capacity && oldest.hasNext()) {
			oldest.next().getValue().cancel(false);
			oldest.remove();
		}
	}

	/**
	 * The decoded image of {@code file}, waiting for a decoding in progress; null when it was never requested
	 * or its decoding failed (the caller decodes it again and reports the error).
	 */
	public ImageData take(Path file) {
		Future<ImageData> future;
		synchronized (this) {
			future = decoded.remove(file);
		}
		if (future == null) {
			return null;
		}
		try {
			return future.get();
		} catch (ExecutionException | java.util.concurrent.CancellationException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** Files requested and not taken yet, oldest first (for tests). */
	public synchronized java.util.List<Path> pending() {
		return java.util.List.copyOf(decoded.keySet());
	}

	/** How many requested images are decoded and waiting to be taken. */
	public synchronized int readyCount() {
		return (int) decoded.values().stream().filter(f -> f.isDone() && !f.isCancelled()).count();
	}

	/** Decodes {@code work} on the background thread, after the prefetches already queued. */
	public synchronized <T> Future<T> submit(java.util.concurrent.Callable<T> work) {
		return executor.submit(work);
	}

	public synchronized void dispose() {
		decoded.values().forEach(f -> f.cancel(true));
		decoded.clear();
		executor.shutdownNow();
	}
}
