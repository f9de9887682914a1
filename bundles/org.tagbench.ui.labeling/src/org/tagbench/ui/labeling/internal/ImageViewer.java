package org.tagbench.ui.labeling.internal;

import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.tagbench.imaging.MediaException;
import org.tagbench.model.DataItem;
import org.tagbench.ui.labeling.ItemViewer;
import org.tagbench.ui.labeling.ViewerSite;

/**
 * The built-in viewer of ordinary images (PNG, JPEG, GIF, BMP, TIFF): the first image in the file, decoded
 * ahead in the background for the next items ({@link ImagePrefetcher}); huge images as an overview
 * ({@link ImageDecoding}).
 */
public final class ImageViewer implements ItemViewer {

	/** Decoded images kept ahead: the next items, plus the one Back returns to. */
	static final int PREFETCHED = 4;

	private final ImagePrefetcher prefetcher = new ImagePrefetcher(PREFETCHED);

	@Override
	public ImageData show(ViewerSite site, DataItem item, Path file) throws MediaException {
		ImageData data = prefetcher.take(file);
		return data != null ? data : ImageDecoding.decode(file, item.getWidth(), item.getHeight());
	}

	@Override
	public void prefetch(DataItem item, Path file) {
		prefetcher.prefetch(file, item.getWidth(), item.getHeight());
	}

	/** Its background decoder (tests look at what it holds). */
	public ImagePrefetcher prefetcher() {
		return prefetcher;
	}

	@Override
	public void dispose() {
		prefetcher.dispose();
	}
}
