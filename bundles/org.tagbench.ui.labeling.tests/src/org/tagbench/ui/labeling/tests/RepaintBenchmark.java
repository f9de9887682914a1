package org.tagbench.ui.labeling.tests;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntConsumer;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.tagbench.model.LabelClass;
import org.tagbench.store.ProjectStore;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.internal.ImageViewer;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * Benchmark, not a test (its name does not end in Test, so builds skip it): one repaint of the labeling canvas
 * showing a 12-megapixel photo with 1,000 boxes and 1,000 polygons (8 vertices each), fitted, panning at the
 * fitted scale and at 100 %, and zooming step by step (frames back to back, as in a wheel burst, and exact frames, with
 * and without the event loop settling each view in between); once with the image decoded at full resolution (the first
 * item of a session) and once at the view's resolution (every later item). Prints median and p95 ms per frame; asserts nothing about time.
 * Run with {@code ./dev.sh bench-repaint}.
 */
class RepaintBenchmark extends EditorTestBase {

	static final int FRAMES = 60;

	@Override
	void writeImages(Path folder) throws Exception {
		Random random = new Random(5);
		for (int i = 0; i < 3; i++) {
			BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt()), 4000, 3000, new Color(random.nextInt())));
			g.fillRect(0, 0, 4000, 3000);
			g.dispose();
			ImageIO.write(image, "jpeg", folder.resolve("photo" + i + ".jpg").toFile());
		}
	}

	@Override
	void prepare(ProjectStore store) throws Exception {
		Random random = new Random(9);
		LabelClass cat = store.project().getLabelClasses().get(0);
		crowdItemsToDo(store, java.util.List.of(cat), 1000, 8, 4000, 3000, random);
	}

	@Override
	org.tagbench.model.ProjectType projectType() {
		return org.tagbench.model.ProjectType.POLYGON;
	}

	@Test
	void repaintWithTwoThousandAnnotations() {
		ImageViewer viewer = (ImageViewer) editor.itemViewer();
		measureAll("full-resolution image (first item)", viewer);
		editor.skip();
		UiTestSupport.flush(display);
		measureAll("view-resolution image (later items)", viewer);
	}

	/**
	 * What showing the 12-megapixel photo at full resolution holds: Java heap (live, after garbage collection), the
	 * JVM's resident memory (the SWT image's pixels live outside the heap) and the X server's resident memory (the
	 * tiles), with the first item fitted (decoded step 2), zoomed to 100 % (the full-resolution image and its tiles)
	 * and after moving on to the next item (step 4).
	 */
	@Test
	void memoryPerShownImage() throws Exception {
		ImageViewer viewer = (ImageViewer) editor.itemViewer();
		ImageCanvas canvas = editor.canvas();
		waitForTiles("memory: first item fitted");
		UiTestSupport.waitUntil(display, 30_000, () -> viewer.prefetcher().readyCount() >= viewer.prefetcher().pending().size());
		long[] fitted = memory("first item fitted, decoded step " + viewer.shownStep());
		canvas.actualSize();
		UiTestSupport.waitUntil(display, 20_000, () -> viewer.shownStep() == 1);
		waitForTiles("memory: first item at 100 %");
		long[] full = memory("first item at 100 %, decoded step " + viewer.shownStep() + " (full resolution), tiles ready");
		editor.skip();
		UiTestSupport.flush(display);
		canvas.transform().fit();
		canvas.redraw();
		waitForTiles("memory: next item fitted");
		long[] next = memory("next item fitted, decoded step " + viewer.shownStep());
		System.out.printf("RepaintBenchmark: memory: full resolution minus next item: heap %+.1f MB, JVM resident %+.1f MB,"
				+ " X server resident %+.1f MB%n", (full[0] - next[0]) / 1e6, (full[1] - next[1]) / 1e6, (full[2] - next[2]) / 1e6);
		System.out.printf("RepaintBenchmark: memory: full resolution minus first item fitted: heap %+.1f MB, JVM resident %+.1f MB,"
				+ " X server resident %+.1f MB%n", (full[0] - fitted[0]) / 1e6, (full[1] - fitted[1]) / 1e6,
				(full[2] - fitted[2]) / 1e6);
	}

	/** Heap used after garbage collection, this process's and the X server's resident set, in bytes; printed. */
	private long[] memory(String what) throws Exception {
		UiTestSupport.flush(display);
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		long heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long jvm = residentBytes(Path.of("/proc/self/status"));
		long xServer = residentBytes(xServerStatus());
		System.out.printf("RepaintBenchmark: memory: %s: heap %.1f MB, JVM resident %.1f MB, X server resident %.1f MB;"
				+ " the canvas's image pixels in the heap %.1f MB, in SWT images outside it %.1f MB%n", what, heap / 1e6,
				jvm / 1e6, xServer / 1e6, editor.canvas().imageHeapBytes() / 1e6, editor.canvas().imageNativeBytes() / 1e6);
		return new long[] { heap, jvm, xServer };
	}

	private static long residentBytes(Path status) throws java.io.IOException {
		if (status == null) {
			return 0;
		}
		for (String line : java.nio.file.Files.readAllLines(status)) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
			}
		}
		return 0;
	}

	/** /proc/PID/status of the X server of $DISPLAY (Xvfb here), or null when not found. */
	private static Path xServerStatus() throws java.io.IOException {
		String displayName = System.getenv("DISPLAY");
		if (displayName == null) {
			return null;
		}
		String number = displayName.replaceAll("^[^:]*:", ":").replaceAll("\\..*$", "");
		try (java.util.stream.Stream<Path> processes = java.nio.file.Files.list(Path.of("/proc"))) {
			for (Path process : (Iterable<Path>) processes::iterator) {
				try {
					String[] arguments = new String(java.nio.file.Files.readAllBytes(process.resolve("cmdline")),
							java.nio.charset.StandardCharsets.UTF_8).split("\0");
					if (arguments.length > 1 && arguments[0].matches(".*X(vfb|org)?$") && arguments[1].equals(number)) {
						return process.resolve("status");
					}
				} catch (java.io.IOException | SecurityException e) {
					// a process that ended or is not ours to read
				}
			}
		}
		return null;
	}

	private void measureAll(String image, ImageViewer viewer) {
		ImageCanvas canvas = editor.canvas();
		canvas.transform().fit();
		waitForTiles(image + ", decoded step " + viewer.shownStep());
		print(image + ", decoded step " + viewer.shownStep() + ", " + editor.item().getAnnotations().size() + " annotations, fitted",
				measure(i -> { }));
		canvas.setAnnotations(java.util.List::of);
		print(image + ", fitted, the image alone (no annotations)", measure(i -> { }));
		canvas.setAnnotations(editor::annotations);
		canvas.setShowLabels(false);
		print(image + ", fitted, outlines without labels", measure(i -> { }));
		canvas.setShowLabels(true);
		// what an overlay kept between pan frames could save: every outline and label is in view, the image is a blit
		print(image + ", panning at the fitted scale (all annotations in view)",
				measure(i -> canvas.transform().pan(i % 20 < 10 ? 15 : -15, 8)));
		canvas.transform().fit();
		// frames back to back, as while the wheel turns: after the first, the last exact picture scaled
		print(image + ", zooming in and out by 10 % around the centre", measure(i -> zoomStep(canvas, i)));
		// a burst that only zooms in: the scaled picture covers the view (every 35th step is exact: twice the base)
		canvas.transform().fit();
		print(image + ", zooming in by 2 % a step around the centre, frames back to back",
				measure(i -> canvas.transform().zoomAt(1.02, canvas.getClientArea().width / 2.0,
						canvas.getClientArea().height / 2.0)));
		// each step after the burst window: every frame exact, as the one painted when the wheel stops
		canvas.transform().fit();
		print(image + ", zooming by 10 %, exact frames (each step " + (ZOOM_PAUSE_MILLIS) + " ms after the one before)",
				measure(i -> {
					zoomStep(canvas, i);
					try {
						Thread.sleep(ZOOM_PAUSE_MILLIS);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}));
		// as in the product, the event loop runs between the steps: the canvas's own repaints settle each view (its
		// scaled copy) before the next step; the steps go back and forth, so every view after the first two was seen
		canvas.transform().fit();
		print(image + ", zooming by 10 % back and forth, exact frames, each view settled first (" + SETTLE_PAUSE_MILLIS
				+ " ms of event loop between steps)", measure(i -> {
					runEventLoop(SETTLE_PAUSE_MILLIS);
					zoomStep(canvas, i);
				}));
		// the same with views never seen before (in by 3 %, out by 2 %)
		canvas.transform().fit();
		print(image + ", zooming in by 3 % and out by 2 %, exact frames, each view settled first, no view seen before",
				measure(i -> {
					runEventLoop(SETTLE_PAUSE_MILLIS);
					canvas.transform().zoomAt(i % 2 == 0 ? 1.03 : 1 / 1.02, canvas.getClientArea().width / 2.0,
							canvas.getClientArea().height / 2.0);
				}));
		canvas.actualSize();
		UiTestSupport.waitUntil(display, 20_000, () -> viewer.shownStep() == 1); // sharpened on zoom
		waitForTiles(image + ", at 100 % (full resolution)");
		print(image + ", panning at 100 %", measure(i -> canvas.transform().pan(i % 20 < 10 ? 15 : -15, 8)));
		canvas.setAnnotations(java.util.List::of);
		print(image + ", panning at 100 %, the image alone", measure(i -> canvas.transform().pan(i % 20 < 10 ? 15 : -15, 8)));
		canvas.setAnnotations(editor::annotations);
		canvas.setShowLabels(false);
		print(image + ", panning at 100 %, outlines without labels", measure(i -> canvas.transform().pan(i % 20 < 10 ? 15 : -15, 8)));
		canvas.setShowLabels(true);
	}

	/** Longer than the canvas's zoom burst ({@code ImageCanvas.ZOOM_BURST_MILLIS}, 100 ms). */
	static final int ZOOM_PAUSE_MILLIS = 120;

	/** Longer than the burst and the settling of a zoomed view ({@code ImageCanvas.SETTLE_MILLIS}, 150 ms) together. */
	static final int SETTLE_PAUSE_MILLIS = 300;

	private void runEventLoop(long millis) {
		long end = System.currentTimeMillis() + millis;
		UiTestSupport.waitUntil(display, millis, () -> System.currentTimeMillis() >= end);
	}

	private static void zoomStep(ImageCanvas canvas, int i) {
		double factor = i % 2 == 0 ? 1.1 : 1 / 1.1;
		canvas.transform().zoomAt(factor, canvas.getClientArea().width / 2.0, canvas.getClientArea().height / 2.0);
	}

	/**
	 * Waits until the canvas has the shown image's tiles on the X server (prepared in the background after an image
	 * is shown; frames before that draw from the bitmap) and prints how long that took from now.
	 */
	private void waitForTiles(String what) {
		long start = System.nanoTime();
		boolean ready = UiTestSupport.waitUntil(display, 30_000, editor.canvas()::imageTilesReady);
		System.out.printf("RepaintBenchmark: %s: tiles %s after %.0f ms more%n", what, ready ? "ready" : "NOT ready",
				(System.nanoTime() - start) / 1e6);
	}

	/**
	 * Paints the canvas content (image, annotations, labels, handles) into an off-screen image of the canvas's
	 * size with the canvas's own paint code: GTK paints windows on its frame clock, so timing redraw() would
	 * measure nothing; this measures the work of one frame, the X server's part included (a pixel of the frame is
	 * read back before the clock stops).
	 */
	private double[] measure(IntConsumer change) {
		ImageCanvas canvas = editor.canvas();
		org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
		org.eclipse.swt.graphics.Image frame = new org.eclipse.swt.graphics.Image(display, area.width, area.height);
		org.eclipse.swt.graphics.Image pixel = new org.eclipse.swt.graphics.Image(display, 1, 1);
		double[] millis = new double[FRAMES];
		long[] gcBefore = garbageCollections();
		try {
			for (int i = 0; i < FRAMES; i++) {
				change.accept(i);
				org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(frame);
				try {
					long start = System.nanoTime();
					canvas.paintContent(gc, area);
					// the frame is drawn by the X server after the calls return: reading a pixel back waits for it
					gc.copyArea(pixel, area.width / 2, area.height / 2);
					pixel.getImageData();
					millis[i] = (System.nanoTime() - start) / 1e6;
				} finally {
					gc.dispose();
				}
			}
		} finally {
			frame.dispose();
			pixel.dispose();
		}
		long[] gcAfter = garbageCollections();
		ImageViewer viewer = (ImageViewer) editor.itemViewer();
		System.out.printf("RepaintBenchmark:   (diagnostics: %d collections, %d ms; prefetch ready %d of %d; slowest frames %s)%n",
				gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], viewer.prefetcher().readyCount(),
				viewer.prefetcher().pending().size(), slowest(millis));
		return millis;
	}

	private static long[] garbageCollections() {
		long count = 0;
		long millis = 0;
		for (java.lang.management.GarbageCollectorMXBean bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, bean.getCollectionCount());
			millis += Math.max(0, bean.getCollectionTime());
		}
		return new long[] { count, millis };
	}

	/** The three slowest frames, "index: ms". */
	private static String slowest(double[] millis) {
		Integer[] order = new Integer[millis.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(millis[b], millis[a]));
		return String.format("%d: %.1f, %d: %.1f, %d: %.1f", order[0], millis[order[0]], order[1], millis[order[1]], order[2],
				millis[order[2]]);
	}

	private static void print(String what, double[] millis) {
		Arrays.sort(millis);
		System.out.printf("RepaintBenchmark: %s: median %.1f ms, p95 %.1f ms per frame%n", what, millis[millis.length / 2],
				millis[(int) Math.ceil(millis.length * 0.95) - 1]);
	}
}
