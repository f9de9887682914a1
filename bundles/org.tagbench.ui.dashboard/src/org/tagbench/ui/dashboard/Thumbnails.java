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

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.tagbench.dicom.DicomFile;
import org.tagbench.dicom.DicomMetadata;
import org.tagbench.dicom.DicomPixels;
import org.tagbench.dicom.DicomReaders;
import org.tagbench.dicom.GreyRenderer;
import org.tagbench.dicom.Raster;
import org.tagbench.imaging.MediaException;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.project.DataRegistration;
import org.tagbench.store.ItemSummary;
import org.tagbench.ui.labeling.ItemViewer;
import org.tagbench.ui.labeling.ItemViewers;

/**
 * Small images of items for the item list, decoded on a background thread and kept for the most recently shown
 * rows only; for DICOM items also the patient, study and series of the file's header. {@link #get} and
 * {@link #header} never read a file on the caller's thread. Photos are decoded by SWT; DICOM files by the thumbnail
 * of the DICOM item viewer ({@link ItemViewer#thumbnail}, contributed by {@code org.tagbench.ui.dicom}), so they look
 * as in the classification grid: the first frame with its default window (the file's window, else its VOI LUT, else
 * an automatic one), colour frames in colour. Without that viewer the reader's grey rendering is used (colour as
 * luma). Files that cannot be decoded get no thumbnail (the row still lists them).
 */
public final class Thumbnails implements AutoCloseable {

	/** What the item list shows of a DICOM file's header (absent attributes are ""). */
	public record DicomHeader(String patient, String study, String series) {

		static DicomHeader of(DicomMetadata metadata) {
			return new DicomHeader(personName(metadata.patientName()), text(metadata.studyDescription()),
					text(metadata.seriesDescription()));
		}

		private static String text(String value) {
			return value == null ? "" : value.trim();
		}

		/** A person name's components (family^given^middle^prefix^suffix) separated by spaces. */
		private static String personName(String value) {
			return text(value).replace('^', ' ').replaceAll(" +", " ").trim();
		}
	}

	private static final int KEPT = 256;
	/** Header lines kept: three short strings each, so many more than thumbnails. */
	private static final int HEADERS_KEPT = 20_000;
	private static final int QUEUED = 64;
	private static final PaletteData GREYS;

	static {
		RGB[] greys = new RGB[256];
		for (int i = 0; i < greys.length; i++) {
			greys[i] = new RGB(i, i, i);
		}
		GREYS = new PaletteData(greys);
	}

	private final Display display;
	private final int size;
	private final Map<String, Path> folders = new HashMap<>();
	private final ThreadPoolExecutor decoder;
	private final Runnable arrived;
	/** Items whose thumbnail (and, for DICOM, header) is being read; guarded by {@code this}. */
	private final Set<String> pending = new HashSet<>();
	/** DICOM items whose header alone is being read; guarded by {@code this}. */
	private final Set<String> pendingHeaders = new HashSet<>();
	/** Decoded but not yet an Image (filled by the decoder, emptied on the UI thread). */
	private final Map<String, ImageData> decoded = new LinkedHashMap<>() {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ImageData> eldest) {
			return size() > KEPT;
		}
	};
	/** DICOM headers read, least recently used first; guarded by {@code this}. */
	private final Map<String, DicomHeader> headers = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, DicomHeader> eldest) {
			return size() > HEADERS_KEPT;
		}
	};
	/** UI thread only: Images in use, least recently shown first; disposed when dropped. */
	private final Map<String, Image> images = new LinkedHashMap<>(16, 0.75f, true);
	private final Set<String> failed = new HashSet<>();
	private final Set<String> failedHeaders = new HashSet<>();
	/** The DICOM item viewer (its thumbnail only, on the decoder thread), or null when none is installed. */
	private final ItemViewer dicomViewer;

	/** @param arrived told (on the decoder thread) when thumbnails or headers are ready to be painted */
	public Thumbnails(Display display, LabelingProject project, int size, Runnable arrived) {
		this.display = display;
		this.size = size;
		this.arrived = arrived;
		this.dicomViewer = ItemViewers.create(MediaType.DICOM);
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
			if (executor.getQueue().poll() instanceof Read dropped) {
				synchronized (this) {
					(dropped.headerOnly() ? pendingHeaders : pending).remove(dropped.id());
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
				if (!item.missing() && (item.mediaType() == MediaType.IMAGE || item.mediaType() == MediaType.DICOM)
						&& !failed.contains(item.id()) && pending.add(item.id())) {
					request(item, false, failed);
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

	/**
	 * The patient, study and series of a DICOM item, or null while its header is read, when it cannot be read,
	 * and for every other item (whose file is never opened for this).
	 */
	public DicomHeader header(ItemSummary item) {
		if (item.mediaType() != MediaType.DICOM || item.missing()) {
			return null;
		}
		synchronized (this) {
			DicomHeader header = headers.get(item.id());
			// a thumbnail being decoded brings the header along
			if (header == null && !pending.contains(item.id()) && !failedHeaders.contains(item.id())
					&& pendingHeaders.add(item.id())) {
				request(item, true, failedHeaders);
			}
			return header;
		}
	}

	/** Queues a read of the item's file; with {@code this} held. */
	private void request(ItemSummary item, boolean headerOnly, Set<String> failures) {
		Path folder = folders.get(item.dataSourceId());
		if (folder == null) {
			failures.add(item.id());
			(headerOnly ? pendingHeaders : pending).remove(item.id());
		} else {
			decoder.execute(new Read(item, folder.resolve(item.path()), headerOnly));
		}
	}

	/** One file to read; the rejection handler reads {@code id} and {@code headerOnly} of the requests it drops. */
	private final class Read implements Runnable {
		private final ItemSummary item;
		private final Path file;
		private final boolean headerOnly;

		Read(ItemSummary item, Path file, boolean headerOnly) {
			this.item = item;
			this.file = file;
			this.headerOnly = headerOnly;
		}

		ItemSummary item() {
			return item;
		}

		String id() {
			return item.id();
		}

		Path file() {
			return file;
		}

		boolean dicom() {
			return item.mediaType() == MediaType.DICOM;
		}

		boolean headerOnly() {
			return headerOnly;
		}

		@Override
		public void run() {
			read(this);
		}
	}

	private void read(Read request) {
		ImageData thumbnail = null;
		DicomHeader header = null;
		try {
			if (Files.isRegularFile(request.file())) {
				if (!request.dicom()) {
					thumbnail = scaled(new ImageLoader().load(request.file().toString())[0]);
				} else if (request.headerOnly()) {
					header = DicomHeader.of(DicomReaders.standard().readHeader(request.file()).metadata());
				} else if (dicomViewer != null) {
					header = DicomHeader.of(DicomReaders.standard().readHeader(request.file()).metadata());
					ImageData rendered = dicomViewer.thumbnail(dataItem(request.item()), request.file(), size);
					thumbnail = rendered == null ? null : scaled(rendered);
				} else {
					DicomFile dicom = DicomReaders.standard().read(request.file());
					header = DicomHeader.of(dicom.metadata());
					thumbnail = scaled(dicomImage(dicom));
				}
			}
		} catch (Exception | OutOfMemoryError e) {
			// not decodable (or too large): no thumbnail, the row still lists the item
		}
		synchronized (this) {
			(request.headerOnly() ? pendingHeaders : pending).remove(request.id());
			if (header != null) {
				headers.put(request.id(), header);
			} else if (request.dicom() && (request.headerOnly() || thumbnail == null)) {
				failedHeaders.add(request.id());
			}
			if (!request.headerOnly()) {
				if (thumbnail == null) {
					failed.add(request.id());
				} else {
					decoded.put(request.id(), thumbnail);
				}
			}
		}
		if (thumbnail != null || header != null) {
			arrived.run();
		}
	}

	/** What an item viewer is told of the item: a detached copy of the summary's identity, path and media type. */
	private static DataItem dataItem(ItemSummary summary) {
		DataItem item = TagbenchFactory.eINSTANCE.createDataItem();
		item.setId(summary.id());
		item.setPath(summary.path());
		item.setMediaType(summary.mediaType());
		return item;
	}

	/** Without a DICOM item viewer: the first frame as 8-bit grey through the reader's default window (colour as luma). */
	private static ImageData dicomImage(DicomFile dicom) throws MediaException {
		Raster raster = DicomPixels.decode(dicom, 0);
		return new ImageData(raster.columns(), raster.rows(), 8, GREYS, 1, GreyRenderer.render(dicom, raster));
	}

	private ImageData scaled(ImageData full) {
		double scale = Math.min(1.0, (double) size / Math.max(full.width, full.height));
		return full.scaledTo(Math.max(1, (int) (full.width * scale)), Math.max(1, (int) (full.height * scale)));
	}

	/** Disposes every Image; UI thread. */
	@Override
	public void close() {
		decoder.shutdownNow();
		if (dicomViewer != null) {
			dicomViewer.dispose();
		}
		images.values().forEach(Image::dispose);
		images.clear();
	}
}
