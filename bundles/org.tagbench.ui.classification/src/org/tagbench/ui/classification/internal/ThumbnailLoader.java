package org.tagbench.ui.classification.internal;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.tagbench.ui.labeling.AdjustableThumbnail;

/**
 * Decodes the images of the shown page, then those of the next page (prefetch), in one background
 * {@link Job}, and keeps the results in a small most-recently-used cache: when the next page is shown its
 * images are usually decoded already. Callers on the UI thread ask {@link #get}; {@code onDecoded} is told
 * (in the job's thread) when an image arrives.
 */
public final class ThumbnailLoader {

	/**
	 * Turns a file into an image fitted within {@code maxSize} (an item viewer's thumbnail, e.g. DICOM), or null
	 * to decode it as an ordinary image.
	 */
	public interface Decoder {
		Result decode(Path file, int maxSize) throws Exception;
	}

	/**
	 * A decoding request: which item, which file, the largest side it is shown at, and the decoder (null: an
	 * ordinary image, {@link ScaledDecoder}).
	 */
	public record Request(String itemId, Path file, int maxSize, Decoder decoder) {
		public Request(String itemId, Path file, int maxSize) {
			this(itemId, file, maxSize, null);
		}
	}

	/**
	 * A finished decode: the image, or why there is none; {@code adjustable} when the person can adjust the tile's
	 * display (DICOM window/level), which then renders the image.
	 */
	public record Result(ImageData data, String problem, AdjustableThumbnail adjustable) {

		public Result(ImageData data, String problem) {
			this(data, problem, null);
		}

		public static Result of(AdjustableThumbnail adjustable) {
			return new Result(null, null, adjustable);
		}

		/** The image to draw now (the adjusted rendering of an adjustable one), or null. */
		public ImageData image() {
			return adjustable != null ? adjustable.image() : data;
		}
	}

	private final int capacity;
	private final Consumer<String> onDecoded;
	private final Deque<Request> queue = new ArrayDeque<>();
	private final Map<String, Result> cache;
	private final Job job;
	private volatile long decodeNanos;
	private volatile int decoded;

	/** Keeps up to {@code capacity} decoded images (a few pages' worth). */
	public ThumbnailLoader(int capacity, Consumer<String> onDecoded) {
		this.capacity = capacity;
		this.onDecoded = onDecoded;
		this.cache = new LinkedHashMap<>(16, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
				return size() > ThumbnailLoader.this.capacity;
			}
		};
		job = new Job("Decoding images") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return drain(monitor);
			}
		};
		job.setSystem(true);
		job.setPriority(Job.SHORT);
	}

	private static String key(String itemId, int maxSize) {
		return itemId + '@' + maxSize;
	}

	/** The decoded image or its problem, when ready; null while it is still to decode. */
	public synchronized Result get(String itemId, int maxSize) {
		return cache.get(key(itemId, maxSize));
	}

	/**
	 * Decodes {@code shown} first, then {@code prefetch}; earlier queued requests that are neither are dropped
	 * (the person moved on).
	 */
	public void request(List<Request> shown, List<Request> prefetch) {
		synchronized (this) {
			queue.clear();
			for (Request request : shown) {
				if (!cache.containsKey(key(request.itemId(), request.maxSize()))) {
					queue.addLast(request);
				}
			}
			for (Request request : prefetch) {
				if (!cache.containsKey(key(request.itemId(), request.maxSize()))) {
					queue.addLast(request);
				}
			}
		}
		job.schedule();
	}

	private IStatus drain(IProgressMonitor monitor) {
		while (!monitor.isCanceled()) {
			Request next;
			synchronized (this) {
				next = queue.pollFirst();
			}
			if (next == null) {
				return Status.OK_STATUS;
			}
			Result result;
			long start = System.nanoTime();
			try {
				Result decoded = next.decoder() != null ? next.decoder().decode(next.file(), next.maxSize()) : null;
				result = decoded != null ? decoded : new Result(ScaledDecoder.decode(next.file(), next.maxSize()), null);
			} catch (Exception e) {
				result = new Result(null, e.getMessage() != null ? e.getMessage() : e.toString());
			}
			decodeNanos += System.nanoTime() - start;
			decoded++;
			synchronized (this) {
				cache.put(key(next.itemId(), next.maxSize()), result);
			}
			onDecoded.accept(next.itemId());
		}
		return Status.CANCEL_STATUS;
	}

	/** Whether decoding is still going on (tests and benchmarks wait for it). */
	public boolean isBusy() {
		synchronized (this) {
			if (!queue.isEmpty()) {
				return true;
			}
		}
		return job.getState() == Job.RUNNING;
	}

	/** Images decoded so far and their mean decoding time in milliseconds (for the benchmark). */
	public String statistics() {
		int n = decoded;
		return n + " images decoded, mean " + (n == 0 ? 0 : decodeNanos / n / 1_000_000) + " ms";
	}

	public void dispose() {
		synchronized (this) {
			queue.clear();
			cache.clear();
		}
		job.cancel();
	}
}
