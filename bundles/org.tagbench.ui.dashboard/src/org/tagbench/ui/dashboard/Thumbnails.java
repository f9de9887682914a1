package org.tagbench.ui.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.tagbench.model.DataSource;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.project.DataRegistration;
import org.tagbench.store.ItemSummary;

/**
 * Small images of items for the item list, decoded on a background thread and kept for the most recently shown
 * rows only. {@link #get} never decodes on the caller's thread. DICOM items and files SWT cannot decode get no
 * thumbnail (the list shows their media type instead).
 */
public final class Thumbnails implements AutoCloseable {

	private static final int KEPT = 256;
	private static final int QUEUED = 64;

	private final Display display;
	private final int size;
	private final Map<String, Path> folders = new HashMap<>();
	private final ThreadPoolExecutor decoder;
	private final Runnable arrived;
	private final Set<String> pending = new HashSet<>();
	/** Decoded but not yet an Image (filled by the decoder, emptied on the UI thread). */
	private final Map<String, ImageData> decoded = new LinkedHashMap<>() {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ImageData> eldest) {
			return size() > KEPT;
		}
	};
	/** UI thread only: Images in use, least recently shown first; disposed when dropped. */
	private final Map<String, Image> images = new LinkedHashMap<>(16, 0.75f, true);
	private final Set<String> failed = new HashSet<>();

	/** @param arrived told (on the decoder thread) when thumbnails are ready to be painted */
	public Thumbnails(Display display, LabelingProject project, int size, Runnable arrived) {
		this.display = display;
		this.size = size;
		this.arrived = arrived;
		for (DataSource source : project.getDataSources()) {
			try {
				folders.put(source.getId(), DataRegistration.folderOf(source));
			} catch (IllegalArgumentException e) {
				// a malformed root: its items get no thumbnail, the data refresh reports the root
			}
		}
		// a short queue that drops the oldest requests: after a fast scroll only the rows now shown are decoded
		decoder = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED), runnable -> {
			Thread thread = new Thread(runnable, "Tagbench thumbnails");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		}, (task, executor) -> {
			if (executor.isShutdown()) {
				return;
			}
			if (executor.getQueue().poll() instanceof Decode dropped) {
				synchronized (this) {
					pending.remove(dropped.id());
				}
			}
			executor.execute(task);
		});
	}

	public int size() {
		return size;
	}

	/** The item's thumbnail, or null while it is decoded or when there is none. UI thread only. */
	public Image get(ItemSummary item) {
		Image image = images.get(item.id());
		if (image != null) {
			return image;
		}
		ImageData data;
		synchronized (this) {
			data = decoded.remove(item.id());
			if (data == null) {
				if (!item.missing() && item.mediaType() == MediaType.IMAGE && !failed.contains(item.id())
						&& pending.add(item.id())) {
					Path folder = folders.get(item.dataSourceId());
					if (folder == null) {
						failed.add(item.id());
					} else {
						decoder.execute(new Decode(item.id(), folder.resolve(item.path())));
					}
				}
				return null;
			}
		}
		image = new Image(display, data);
		images.put(item.id(), image);
		while (images.size() > KEPT) {
			String eldest = images.keySet().iterator().next();
			images.remove(eldest).dispose();
		}
		return image;
	}

	/** One file to decode; the rejection handler reads {@code id} of the requests it drops. */
	private final class Decode implements Runnable {
		private final String id;
		private final Path file;

		Decode(String id, Path file) {
			this.id = id;
			this.file = file;
		}

		String id() {
			return id;
		}

		@Override
		public void run() {
			decode(id, file);
		}
	}

	private void decode(String id, Path file) {
		ImageData thumbnail = null;
		try {
			if (Files.isRegularFile(file)) {
				ImageData full = new ImageLoader().load(file.toString())[0];
				double scale = Math.min(1.0, (double) size / Math.max(full.width, full.height));
				thumbnail = full.scaledTo(Math.max(1, (int) (full.width * scale)), Math.max(1, (int) (full.height * scale)));
			}
		} catch (SWTException | OutOfMemoryError e) {
			// not decodable by SWT (or too large): no thumbnail, the row still lists the item
		}
		synchronized (this) {
			pending.remove(id);
			if (thumbnail == null) {
				failed.add(id);
				return;
			}
			decoded.put(id, thumbnail);
		}
		arrived.run();
	}

	/** Disposes every Image; UI thread. */
	@Override
	public void close() {
		decoder.shutdownNow();
		images.values().forEach(Image::dispose);
		images.clear();
	}
}
