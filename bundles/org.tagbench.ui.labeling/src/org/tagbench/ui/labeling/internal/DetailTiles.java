package org.tagbench.ui.labeling.internal;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.tagbench.imaging.ImageRegionReader;
import org.tagbench.imaging.MediaException;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.ImageDecoding;
import org.tagbench.ui.labeling.ViewTransform;

/**
 * Sharp detail for huge images, which the canvas shows as an overview: when the person zooms in past the
 * overview's resolution, the visible part is decoded by {@link ImageRegionReader} in a background job, at the
 * resolution the screen needs (a power-of-two step, 1 at 100 % and beyond), cut into tiles of {@value #TILE}
 * decoded pixels and painted over the overview. Tiles are kept, least recently painted dropped first, up to
 * {@link #maxBytes} (heap data and native image counted). Brightness/contrast apply to the tiles too.
 * All methods but the job's run in the UI thread.
 */
public final class DetailTiles implements ImageCanvas.ImageLayer {

	/** Side of a tile, in decoded pixels. */
	public static final int TILE = 512;

	record Key(Path file, int step, int column, int row) {
	}

	private static final class Tile {
		final ImageData data;
		final Rectangle region; // image pixels
		Image image;
		int brightness;
		int contrast;

		Tile(ImageData data, Rectangle region) {
			this.data = data;
			this.region = region;
		}

		long bytes() {
			return 2L * data.data.length; // the ImageData and its native image
		}

		Image image(ImageCanvas canvas) {
			if (image != null && (brightness != canvas.brightness() || contrast != canvas.contrast())) {
				image.dispose();
				image = null;
			}
			if (image == null) {
				brightness = canvas.brightness();
				contrast = canvas.contrast();
				image = new Image(canvas.getDisplay(), brightness == 0 && contrast == 0 ? data
						: ImageAdjustment.apply(data, brightness, contrast));
			}
			return image;
		}

		void dispose() {
			if (image != null) {
				image.dispose();
				image = null;
			}
		}
	}

	private final ImageCanvas canvas;
	private final long maxBytes;
	private final Map<Key, Tile> cache = new LinkedHashMap<>(64, 0.75f, true); // access order: LRU first
	private long bytes;
	private Path file;
	private int width;
	private int height;
	private int overviewStep;
	private Job job;

	public DetailTiles(ImageCanvas canvas, long maxBytes) {
		this.canvas = canvas;
		this.maxBytes = maxBytes;
	}

	/** The huge image now shown, its size, and the step of its overview; {@code file} null: none (nothing painted). */
	public void setSource(Path newFile, int newWidth, int newHeight, int newOverviewStep) {
		file = newFile;
		width = newWidth;
		height = newHeight;
		overviewStep = newOverviewStep;
	}

	/**
	 * The decoding step for the view scale: 0 while the overview is sharp enough, else the largest power of two
	 * that still gives at least one decoded pixel per screen pixel (and is finer than the overview).
	 */
	public static int stepFor(double scale, int overviewStep) {
		if (overviewStep <= 1 || scale * overviewStep <= 1.05) {
			return 0;
		}
		int step = 1;
		while (step * 2 <= 1 / scale && step * 2 < overviewStep) {
			step *= 2;
		}
		return step;
	}

	@Override
	public boolean paintsAt(ViewTransform t) {
		return file != null && stepFor(t.scale(), overviewStep) != 0;
	}

	@Override
	public void paint(GC gc, ViewTransform t, Rectangle area) {
		int step = file == null ? 0 : stepFor(t.scale(), overviewStep);
		if (step == 0) {
			return;
		}
		int span = TILE * step;
		int left = (int) Math.max(0, Math.floor(t.toImageX(area.x)));
		int top = (int) Math.max(0, Math.floor(t.toImageY(area.y)));
		int right = (int) Math.min(width, Math.ceil(t.toImageX(area.x + area.width)));
		int bottom = (int) Math.min(height, Math.ceil(t.toImageY(area.y + area.height)));
		List<Key> missing = new ArrayList<>();
		for (int row = top / span; row * span < bottom; row++) {
			for (int column = left / span; column * span < right; column++) {
				Key key = new Key(file, step, column, row);
				Tile tile = cache.get(key);
				if (tile == null) {
					missing.add(key);
					continue;
				}
				Rectangle r = tile.region;
				// edges rounded the same way on both sides of a seam: no gaps between tiles
				int x0 = (int) Math.round(t.toViewX(r.x));
				int y0 = (int) Math.round(t.toViewY(r.y));
				int x1 = (int) Math.round(t.toViewX(r.x + r.width));
				int y1 = (int) Math.round(t.toViewY(r.y + r.height));
				ImageCopies.draw(gc, tile.image(canvas), 0, 0, tile.data.width, tile.data.height, x0, y0, Math.max(1, x1 - x0),
						Math.max(1, y1 - y0));
			}
		}
		if (!missing.isEmpty() && job == null) {
			decode(file, step, missing);
		}
	}

	/** One job decodes the region that holds every missing tile (one pass over the file), then cuts it. */
	private void decode(Path source, int step, List<Key> keys) {
		int span = TILE * step;
		int minColumn = Integer.MAX_VALUE;
		int minRow = Integer.MAX_VALUE;
		int maxColumn = 0;
		int maxRow = 0;
		for (Key key : keys) {
			minColumn = Math.min(minColumn, key.column());
			minRow = Math.min(minRow, key.row());
			maxColumn = Math.max(maxColumn, key.column());
			maxRow = Math.max(maxRow, key.row());
		}
		int firstColumn = minColumn;
		int firstRow = minRow;
		java.awt.Rectangle region = new java.awt.Rectangle(minColumn * span, minRow * span,
				Math.min(width, (maxColumn + 1) * span) - minColumn * span,
				Math.min(height, (maxRow + 1) * span) - minRow * span);
		Job decoding = new Job("Decoding the visible part of " + source.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Map<Key, Tile> decoded = new LinkedHashMap<>();
				try {
					BufferedImage part = ImageRegionReader.read(source, region, step);
					for (Key key : keys) {
						if (monitor.isCanceled()) {
							return Status.CANCEL_STATUS;
						}
						int px = (key.column() - firstColumn) * TILE;
						int py = (key.row() - firstRow) * TILE;
						int pw = Math.min(TILE, part.getWidth() - px);
						int ph = Math.min(TILE, part.getHeight() - py);
						if (pw <= 0 || ph <= 0) {
							continue;
						}
						Rectangle inImage = new Rectangle(key.column() * span, key.row() * span,
								Math.min(span, width - key.column() * span), Math.min(span, height - key.row() * span));
						decoded.put(key, new Tile(ImageDecoding.toImageData(part.getSubimage(px, py, pw, ph)), inImage));
					}
				} catch (MediaException | RuntimeException e) {
					// the overview stays; the file was readable when it was shown, so this is rare
				}
				if (!canvas.isDisposed()) {
					canvas.getDisplay().asyncExec(() -> arrived(decoded));
				}
				return Status.OK_STATUS;
			}
		};
		decoding.setSystem(true);
		decoding.setPriority(Job.INTERACTIVE);
		job = decoding;
		decoding.schedule();
	}

	private void arrived(Map<Key, Tile> decoded) {
		job = null;
		if (canvas.isDisposed()) {
			decoded.values().forEach(Tile::dispose);
			return;
		}
		for (Map.Entry<Key, Tile> entry : decoded.entrySet()) {
			Tile old = cache.put(entry.getKey(), entry.getValue());
			if (old != null) {
				bytes -= old.bytes();
				old.dispose();
			}
			bytes += entry.getValue().bytes();
		}
		for (Iterator<Tile> oldest = cache.values().iterator(); bytes > maxBytes && oldest.hasNext();) {
			Tile tile = oldest.next();
			oldest.remove();
			bytes -= tile.bytes();
			tile.dispose();
		}
		if (!decoded.isEmpty()) {
			canvas.redraw(); // paints them, and asks for what is still missing (the view may have moved)
		}
	}

	/** Bytes the kept tiles hold. */
	public long bytes() {
		return bytes;
	}

	/** Number of kept tiles. */
	public int size() {
		return cache.size();
	}

	/** True while the visible part is being decoded. */
	public boolean busy() {
		return job != null;
	}

	public void dispose() {
		if (job != null) {
			job.cancel();
		}
		cache.values().forEach(Tile::dispose);
		cache.clear();
		bytes = 0;
	}
}
