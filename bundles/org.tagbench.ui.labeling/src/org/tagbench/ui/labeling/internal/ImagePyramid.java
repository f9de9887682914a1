package org.tagbench.ui.labeling.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.tagbench.ui.labeling.ViewTransform;

/**
 * Display-ready copies of the shown bitmap, so that no frame draws from the whole bitmap: every draw from a large
 * image costs in proportion to the whole image, not to the part drawn (35–130 ms per frame from a 12-MP bitmap,
 * measured under Xvfb), while a {@value #TILE}-pixel tile held on the X server is drawn in well under a millisecond.
 * <p>
 * Level 0 is the bitmap; each further level is half the one before (2 × 2 pixels averaged), down to
 * {@value #SMALLEST} pixels a side. Every level is cut into tiles held as server-side images. The levels are
 * computed by a background job; the tiles are uploaded on the UI thread one per turn of the event loop (input and
 * painting go first), the coarsest level first. A frame draws the visible tiles of the finest level that is not
 * finer than the screen (each level pixel covers one to two screen pixels, scaled up by the X server, which is
 * fast; scaling down is not), and of level 0 at or above the bitmap's own resolution, so zoomed-in pixels stay
 * exact. Until that level is uploaded, {@link #paint} answers false and the canvas draws as before.
 * </p>
 * Once level 0 is uploaded, the pyramid lets go of the bitmap (the X server holds it; {@link #bitmap} reads it back;
 * the half-size levels stay, the sources of scaled copies). Only for opaque bitmaps (no alpha, mask or transparent
 * pixel). All methods but the job's run in the UI thread.
 */
public final class ImagePyramid {

	/** Side of a tile, in level pixels. */
	public static final int TILE = 512;

	/** Halving stops once both sides are at most this. */
	static final int SMALLEST = 256;

	/** Tiles uploaded per turn of the event loop until this much time has gone (at least one). */
	private static final long UPLOAD_SLICE_NANOS = 4_000_000;

	private static final class Level {
		/** The level's pixels; null once level 0 is on the X server (its tiles hold them). */
		ImageData data;
		final int width;
		final int height;
		final Image[][] tiles;
		int missing;
		int next;

		Level(ImageData data) {
			this.data = data;
			width = data.width;
			height = data.height;
			tiles = new Image[(data.height + TILE - 1) / TILE][(data.width + TILE - 1) / TILE];
			missing = tiles.length * tiles[0].length;
		}
	}

	private final Display display;
	/** The bitmap until the levels are computed (then level 0 holds it, until it is uploaded). */
	private ImageData source;
	private final int sourceWidth;
	private final int sourceHeight;
	private final Runnable repaint;
	private List<Level> levels;
	private Job job;
	private boolean disposed;
	/** The level the last frame wanted: uploaded before the others. */
	private int wanted = -1;

	/**
	 * Starts building the levels of {@code bitmap} (not copied: it must not change); {@code repaint} runs whenever
	 * a level has been uploaded completely.
	 */
	public ImagePyramid(Display display, ImageData bitmap, Runnable repaint) {
		this.display = display;
		this.source = bitmap;
		sourceWidth = bitmap.width;
		sourceHeight = bitmap.height;
		this.repaint = repaint;
		job = Job.create("Preparing the image for display", this::computeLevels);
		job.setSystem(true);
		job.setPriority(Job.SHORT);
		job.schedule();
	}

	/** True for bitmaps the pyramid can show exactly (opaque). */
	public static boolean supports(ImageData data) {
		return data != null && data.alphaData == null && data.alpha == -1 && data.transparentPixel == -1
				&& data.maskData == null && data.width > 0 && data.height > 0;
	}

	private IStatus computeLevels(IProgressMonitor monitor) {
		List<Level> computed = new ArrayList<>();
		computed.add(new Level(source));
		ImageData level = source;
		while (level.width > SMALLEST || level.height > SMALLEST) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			level = halve(level);
			computed.add(new Level(level));
		}
		inUiThread(() -> {
			if (!disposed) {
				levels = computed;
				source = null;
				uploadNext();
			}
		});
		return Status.OK_STATUS;
	}

	/**
	 * Uploads tiles for a few milliseconds, then lets the event loop run before the next ones: the level the last
	 * frame wanted first, else the coarsest one not complete (small, and what the fitted view needs).
	 */
	private void uploadNext() {
		long end = System.nanoTime() + UPLOAD_SLICE_NANOS;
		while (!disposed && !display.isDisposed()) {
			Level level = wanted >= 0 && levels.get(wanted).missing > 0 ? levels.get(wanted) : null;
			for (int i = levels.size() - 1; level == null && i >= 0; i--) {
				level = levels.get(i).missing > 0 ? levels.get(i) : null;
			}
			if (level == null) {
				return;
			}
			int columns = level.tiles[0].length;
			int row = level.next / columns;
			int column = level.next % columns;
			level.tiles[row][column] = upload(display, level.data, column * TILE, row * TILE);
			level.next++;
			level.missing--;
			if (level.missing == 0) {
				if (level == levels.get(0)) {
					// the bitmap is on the X server now: no second copy in the heap
					level.data = null;
				}
				repaint.run();
			}
			if (System.nanoTime() > end) {
				inUiThread(this::uploadNext);
				return;
			}
		}
	}

	private void inUiThread(Runnable runnable) {
		try {
			display.asyncExec(runnable);
		} catch (SWTException e) {
			// the display is gone (the application closes): nothing to show any more
		}
	}

	/** A server-side image of the tile of {@code data} at (x, y). */
	private static Image upload(Display display, ImageData data, int x, int y) {
		int width = Math.min(TILE, data.width - x);
		int height = Math.min(TILE, data.height - y);
		ImageData part = new ImageData(width, height, data.depth, data.palette);
		copy(data, x, y, width, height, part, 0, 0);
		// an image made from ImageData lives in the client (drawing it uploads it every time); one made with a
		// size lives on the X server: copy the tile there once
		Image client = new Image(display, part);
		try {
			Image server = new Image(display, width, height);
			GC gc = new GC(server);
			try {
				ImageCopies.copy(gc, client, 0, 0);
			} finally {
				gc.dispose();
			}
			return server;
		} finally {
			client.dispose();
		}
	}

	/** Copies the {@code width} × {@code height} pixels at (x, y) of {@code from} to (toX, toY) of {@code to} (same format). */
	private static void copy(ImageData from, int x, int y, int width, int height, ImageData to, int toX, int toY) {
		if (from.depth >= 8) {
			int bytesPerPixel = from.depth / 8;
			for (int row = 0; row < height; row++) {
				System.arraycopy(from.data, (y + row) * from.bytesPerLine + x * bytesPerPixel, to.data,
						(toY + row) * to.bytesPerLine + toX * bytesPerPixel, width * bytesPerPixel);
			}
		} else {
			int[] pixels = new int[width];
			for (int row = 0; row < height; row++) {
				from.getPixels(x, y + row, width, pixels, 0);
				to.setPixels(toX, toY + row, width, pixels, 0);
			}
		}
	}

	/** True once every level is on the X server. */
	public boolean complete() {
		return levels != null && levels.stream().allMatch(level -> level.missing == 0);
	}

	/** Width of the bitmap (level 0), in its own pixels. */
	public int bitmapWidth() {
		return sourceWidth;
	}

	/**
	 * The bitmap's pixels: level 0 as computed, or once it was let go of, read back from its tiles on the X server
	 * (a new copy each time: for brightness/contrast, which need the pixels, and for callers that want the image).
	 */
	public ImageData bitmap() {
		if (levels == null) {
			return source;
		}
		Level level = levels.get(0);
		if (level.data != null) {
			return level.data;
		}
		ImageData bitmap = null;
		for (int row = 0; row < level.tiles.length; row++) {
			for (int column = 0; column < level.tiles[row].length; column++) {
				ImageData tile = level.tiles[row][column].getImageData();
				if (bitmap == null) {
					bitmap = new ImageData(level.width, level.height, tile.depth, tile.palette);
				}
				copy(tile, 0, 0, tile.width, tile.height, bitmap, column * TILE, row * TILE);
			}
		}
		return bitmap;
	}

	/**
	 * Draws the whole bitmap, scaled to {@code width} × {@code height} at (0, 0), from the tiles of level 0 with the
	 * filter set on {@code gc}: the source of a scaled copy once the bitmap was let go of. Each tile is scaled on its
	 * own, its edges rounded the same way on both sides of a seam (no gaps). False (nothing drawn) until level 0 is
	 * on the X server.
	 */
	public boolean paintBitmapScaled(GC gc, int width, int height) {
		if (levels == null || levels.get(0).missing > 0) {
			return false;
		}
		Level level = levels.get(0);
		for (int row = 0; row < level.tiles.length; row++) {
			for (int column = 0; column < level.tiles[row].length; column++) {
				int sx0 = column * TILE;
				int sy0 = row * TILE;
				int sx1 = Math.min(level.width, sx0 + TILE);
				int sy1 = Math.min(level.height, sy0 + TILE);
				int dx0 = (int) Math.round((double) sx0 * width / level.width);
				int dy0 = (int) Math.round((double) sy0 * height / level.height);
				int dx1 = (int) Math.round((double) sx1 * width / level.width);
				int dy1 = (int) Math.round((double) sy1 * height / level.height);
				if (dx1 > dx0 && dy1 > dy0) {
					ImageCopies.draw(gc, level.tiles[row][column], 0, 0, sx1 - sx0, sy1 - sy0, dx0, dy0, dx1 - dx0, dy1 - dy0);
				}
			}
		}
		return true;
	}

	/** Number of levels, level 0 the bitmap; 0 while they are being computed. */
	public int levels() {
		return levels == null ? 0 : levels.size();
	}

	/**
	 * The level to draw from at {@code screenPerBitmap} screen pixels per bitmap pixel: the finest level not finer
	 * than the screen (the coarsest when even that is finer).
	 */
	public static int levelFor(double screenPerBitmap, int levelCount) {
		int level = 0;
		while (level + 1 < levelCount && screenPerBitmap * (1 << level) < 0.999) {
			level++;
		}
		return level;
	}

	/**
	 * Draws the part of the image inside {@code area} for the view {@code t}, from the level that suits its scale;
	 * false (nothing drawn) when that level is not on the server yet. The filter is the one set on {@code gc}, except
	 * that a shrunk tile is drawn the quickest way ({@link ImageCopies#drawQuick}; shrinking with a filter is slow).
	 */
	public boolean paint(GC gc, ViewTransform t, Rectangle area) {
		if (levels == null) {
			return false;
		}
		double imageWidth = t.imageWidth() > 0 ? t.imageWidth() : sourceWidth;
		double imageHeight = t.imageHeight() > 0 ? t.imageHeight() : sourceHeight;
		int index = levelFor(t.scale() * imageWidth / sourceWidth, levels.size());
		Level level = levels.get(index);
		if (level.missing > 0) {
			wanted = index;
			return false;
		}
		int filter = gc.getInterpolation();
		double perX = imageWidth / level.width; // image pixels per level pixel
		double perY = imageHeight / level.height;
		int left = (int) Math.max(0, Math.floor(t.toImageX(area.x) / perX));
		int top = (int) Math.max(0, Math.floor(t.toImageY(area.y) / perY));
		int right = (int) Math.min(level.width, Math.ceil(t.toImageX(area.x + area.width) / perX));
		int bottom = (int) Math.min(level.height, Math.ceil(t.toImageY(area.y + area.height) / perY));
		for (int row = top / TILE; row * TILE < bottom; row++) {
			for (int column = left / TILE; column * TILE < right; column++) {
				// the visible part of the tile; edges rounded the same way on both sides of a seam: no gaps
				int sx0 = Math.max(left, column * TILE);
				int sy0 = Math.max(top, row * TILE);
				int sx1 = Math.min(right, Math.min(level.width, (column + 1) * TILE));
				int sy1 = Math.min(bottom, Math.min(level.height, (row + 1) * TILE));
				int dx0 = (int) Math.round(t.toViewX(sx0 * perX));
				int dy0 = (int) Math.round(t.toViewY(sy0 * perY));
				int dx1 = (int) Math.round(t.toViewX(sx1 * perX));
				int dy1 = (int) Math.round(t.toViewY(sy1 * perY));
				int width = Math.max(1, dx1 - dx0);
				int height = Math.max(1, dy1 - dy0);
				if (width < sx1 - sx0 || height < sy1 - sy0) {
					// shrunk: drawn until the view settles on its scaled copy, so the quickest way
					ImageCopies.drawQuick(gc, level.tiles[row][column], sx0 - column * TILE, sy0 - row * TILE, sx1 - sx0,
							sy1 - sy0, dx0, dy0, width, height);
					continue;
				}
				ImageCopies.draw(gc, level.tiles[row][column], sx0 - column * TILE, sy0 - row * TILE, sx1 - sx0, sy1 - sy0, dx0,
						dy0, width, height);
			}
		}
		gc.setInterpolation(filter);
		return true;
	}

	/**
	 * The smallest level that still has at least one pixel per screen pixel at {@code screenPerBitmap} screen pixels
	 * per bitmap pixel (the bitmap itself until the levels are computed): the source for scaling the image down to
	 * the screen with a filter, which costs in proportion to the source. Null for the bitmap once it was let go of:
	 * then {@link #paintBitmapScaled} draws from its tiles.
	 */
	public ImageData sourceFor(double screenPerBitmap) {
		if (levels == null) {
			return source;
		}
		int level = 0;
		while (level + 1 < levels.size() && screenPerBitmap * (1 << (level + 1)) <= 1) {
			level++;
		}
		return levels.get(level).data;
	}

	/** Bytes of the half-size levels' pixels in the Java heap (the bitmap is the caller's; 0 while they are computed). */
	public long levelBytes() {
		return levels == null ? 0 : levels.stream().skip(1).mapToLong(level -> level.data.data.length).sum();
	}

	public void dispose() {
		disposed = true;
		job.cancel();
		if (levels != null) {
			for (Level level : levels) {
				for (Image[] row : level.tiles) {
					for (Image tile : row) {
						if (tile != null) {
							tile.dispose();
						}
					}
				}
			}
		}
	}

	/**
	 * Half the width and height (rounded up), each pixel the average of 2 × 2: byte by byte for 24- and 32-bit
	 * direct colour (each channel a whole byte), else through the palette into 24-bit RGB.
	 */
	static ImageData halve(ImageData data) {
		int width = (data.width + 1) / 2;
		int height = (data.height + 1) / 2;
		PaletteData palette = data.palette;
		boolean byteChannels = palette.isDirect && (data.depth == 24 || data.depth == 32)
				&& wholeByte(palette.redMask) && wholeByte(palette.greenMask) && wholeByte(palette.blueMask);
		if (byteChannels) {
			ImageData half = new ImageData(width, height, data.depth, palette);
			int bytes = data.depth / 8;
			for (int y = 0; y < height; y++) {
				int row0 = 2 * y * data.bytesPerLine;
				int row1 = Math.min(2 * y + 1, data.height - 1) * data.bytesPerLine;
				int out = y * half.bytesPerLine;
				for (int x = 0; x < width; x++) {
					int p0 = 2 * x * bytes;
					int p1 = Math.min(2 * x + 1, data.width - 1) * bytes;
					for (int b = 0; b < bytes; b++) {
						int sum = (data.data[row0 + p0 + b] & 0xFF) + (data.data[row0 + p1 + b] & 0xFF)
								+ (data.data[row1 + p0 + b] & 0xFF) + (data.data[row1 + p1 + b] & 0xFF);
						half.data[out + x * bytes + b] = (byte) ((sum + 2) >> 2);
					}
				}
			}
			return half;
		}
		ImageData half = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] table = null;
		if (!palette.isDirect) {
			RGB[] colours = palette.getRGBs();
			table = new int[colours.length];
			for (int i = 0; i < colours.length; i++) {
				table[i] = colours[i].red << 16 | colours[i].green << 8 | colours[i].blue;
			}
		}
		int[] upper = new int[data.width];
		int[] lower = new int[data.width];
		for (int y = 0; y < height; y++) {
			rgbRow(data, 2 * y, upper, table);
			rgbRow(data, Math.min(2 * y + 1, data.height - 1), lower, table);
			int out = y * half.bytesPerLine;
			for (int x = 0; x < width; x++) {
				int x1 = Math.min(2 * x + 1, data.width - 1);
				int a = upper[2 * x];
				int b = upper[x1];
				int c = lower[2 * x];
				int d = lower[x1];
				for (int shift = 16, i = 0; shift >= 0; shift -= 8, i++) {
					int sum = (a >> shift & 0xFF) + (b >> shift & 0xFF) + (c >> shift & 0xFF) + (d >> shift & 0xFF);
					half.data[out + 3 * x + i] = (byte) ((sum + 2) >> 2);
				}
			}
		}
		return half;
	}

	private static boolean wholeByte(int mask) {
		return mask == 0xFF || mask == 0xFF00 || mask == 0xFF0000 || mask == 0xFF000000;
	}

	private static void rgbRow(ImageData data, int y, int[] rgb, int[] table) {
		data.getPixels(0, y, data.width, rgb, 0);
		for (int x = 0; x < data.width; x++) {
			int pixel = rgb[x];
			if (table != null) {
				rgb[x] = pixel < table.length ? table[pixel] : 0;
			} else {
				RGB colour = data.palette.getRGB(pixel);
				rgb[x] = colour.red << 16 | colour.green << 8 | colour.blue;
			}
		}
	}
}
