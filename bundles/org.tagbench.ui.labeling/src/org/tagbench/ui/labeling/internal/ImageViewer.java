package org.tagbench.ui.labeling.internal;

import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.tagbench.ui.labeling.ImageDecoding;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.tagbench.imaging.MediaException;
import org.tagbench.imaging.ImageRegionReader;
import org.tagbench.model.DataItem;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.ItemViewer;
import org.tagbench.ui.labeling.ViewerSite;

/**
 * The built-in viewer of ordinary images (PNG, JPEG, GIF, BMP, TIFF): the first image in the file.
 * <p>
 * Fast to show: the next items are decoded ahead in the background ({@link ImagePrefetcher}), at the resolution
 * the canvas needs when the image is fitted (a 12-megapixel photo in a 1,000-pixel view: a quarter or less of its
 * pixels). When the person zooms in past that resolution, the full image is decoded in the background and
 * replaces the reduced one. Huge images stay an overview ({@link ImageDecoding}).
 * </p>
 */
public final class ImageViewer implements ItemViewer {

	/** Decoded images kept ahead: the next items, plus the one Back returns to. */
	static final int PREFETCHED = 4;

	private final ImagePrefetcher prefetcher = new ImagePrefetcher(PREFETCHED);
	private ImageCanvas canvas;
	/** The shown item's file and the step its image was decoded with (1: full resolution). */
	private Path shownFile;
	private int shownStep = 1;
	private boolean fullRequested;
	/** Full-resolution parts of a huge image when zoomed in past its overview. */
	private DetailTiles detail;

	@Override
	public void createControls(Composite parent, ViewerSite site) {
		canvas = site.canvas();
		canvas.addPaintListener(event -> sharpenWhenZoomedIn(site));
		detail = new DetailTiles(canvas, Long.getLong("tagbench.labeling.tileCacheMB", 256) << 20);
		canvas.setImageLayer(detail);
	}

	@Override
	public ImageData show(ViewerSite site, DataItem item, Path file) throws MediaException {
		ImageData data = prefetcher.take(file);
		if (data == null) {
			data = ImageDecoding.decode(file, item.getWidth(), item.getHeight(), viewStep(item));
		}
		shownFile = file;
		shownStep = item.getWidth() > data.width ? Math.max(1, Math.round((float) item.getWidth() / data.width)) : 1;
		fullRequested = false;
		if (detail != null) {
			boolean large = ImageRegionReader.isLarge(item.getWidth(), item.getHeight());
			detail.setSource(large ? file : null, (int) item.getWidth(), (int) item.getHeight(), shownStep);
		}
		return data;
	}

	@Override
	public void prefetch(DataItem item, Path file) {
		prefetcher.prefetch(file, item.getWidth(), item.getHeight(), viewStep(item));
	}

	@Override
	public void hide(ViewerSite site) {
		shownFile = null;
		if (detail != null) {
			detail.setSource(null, 0, 0, 1);
		}
	}

	/** Its background decoder (tests look at what it holds). */
	public ImagePrefetcher prefetcher() {
		return prefetcher;
	}

	/** The full-resolution parts of a huge image (tests look at what it holds). */
	public DetailTiles detail() {
		return detail;
	}

	/** The step the shown image was decoded with (1: full resolution). */
	public int shownStep() {
		return shownStep;
	}

	@Override
	public void dispose() {
		prefetcher.dispose();
		if (detail != null) {
			detail.dispose();
		}
	}

	private int viewStep(DataItem item) {
		if (canvas == null || canvas.isDisposed()) {
			return 1;
		}
		Rectangle area = canvas.getClientArea();
		if (area.width < 64 || area.height < 64) {
			// not laid out yet (the first item is shown while the editor opens): a step for a 1 × 1 view would
			// decode a few pixels, so take the screen as the largest view there can be
			area = canvas.getDisplay().getPrimaryMonitor().getClientArea();
		}
		return ImageDecoding.stepForView(item.getWidth(), item.getHeight(), area.width, area.height);
	}

	/**
	 * Zoomed in past the decoded resolution (one decoded pixel spans more than one screen pixel): decode the
	 * full image in the background and put it in place, unless another item is shown by then.
	 */
	private void sharpenWhenZoomedIn(ViewerSite site) {
		DataItem item = site.item();
		if (shownFile == null || shownStep <= 1 || fullRequested || item == null
				|| canvas.transform().scale() * shownStep <= 1.05
				|| ImageRegionReader.isLarge(item.getWidth(), item.getHeight())) {
			return;
		}
		fullRequested = true;
		Path file = shownFile;
		prefetcher.submit(() -> {
			try {
				ImageData full = ImageDecoding.decode(file, item.getWidth(), item.getHeight(), 1);
				if (!canvas.isDisposed()) {
					canvas.getDisplay().asyncExec(() -> {
						if (file.equals(shownFile) && !canvas.isDisposed()) {
							shownStep = 1;
							site.setImage(full);
						}
					});
				}
			} catch (MediaException e) {
				// the reduced image stays; the file was readable a moment ago, so this is rare and harmless
			}
			return null;
		});
	}
}
