package org.tagbench.ui.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.tagbench.dicom.VoiWindow;
import org.tagbench.ui.labeling.ImageCanvas;

/**
 * Window/level redraw benchmark (not a test): a 3,000 × 3,000 16-bit DICOM file (written here, explicit VR
 * little endian) is opened with {@link DicomRendering} and shown on a real {@link ImageCanvas} of 1,200 × 900
 * pixels; each frame changes the window, renders, replaces the canvas image and paints the canvas into an
 * off-screen image, as one mouse-move of a right-drag does. Prints the median and 90th percentile per frame and
 * the frames per second for the drag (preview at the fitted zoom's resolution) and for full-size renders (on
 * release). Run with {@code ./dev.sh bench-wl [frames]} (needs a display: Xvfb is used when there is none).
 */
public final class WindowLevelBenchmark {

	private static final int SIZE = 3000;

	private WindowLevelBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int frames = args.length > 0 ? Integer.parseInt(args[0]) : 60;
		Path folder = Path.of(args.length > 1 ? args[1] : "target/bench-wl");
		Files.createDirectories(folder);
		Path file = folder.resolve("wl-3000x3000x16.dcm");
		writeDicom(file);
		long start = System.nanoTime();
		DicomRendering rendering = DicomRendering.open(file);
		System.out.printf("read and decode %d × %d × 16 bit: %.0f ms%n", SIZE, SIZE, (System.nanoTime() - start) / 1e6);

		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setSize(1220, 940);
		ImageCanvas canvas = new ImageCanvas(shell);
		canvas.setBounds(0, 0, 1200, 900);
		canvas.show(new Image(display, rendering.render(1)), SIZE, SIZE, null);
		Rectangle area = canvas.getClientArea();
		canvas.transform().setViewSize(area.width, area.height);
		canvas.transform().setImageSize(SIZE, SIZE);
		int step = Math.max(1, (int) Math.floor(1 / canvas.transform().scale()));
		Image target = new Image(display, area.width, area.height);
		try {
			canvas.setFastScaling(true);
			report("drag (preview, every " + step + ". pixel)", measure(display, canvas, rendering, target, area, step, frames));
			canvas.setFastScaling(false);
			report("full size (on release)", measure(display, canvas, rendering, target, area, 1, Math.max(10, frames / 3)));
		} finally {
			target.dispose();
			shell.dispose();
			display.dispose();
		}
	}

	/** Per frame: total, then its parts render (window → ImageData), image (ImageData → SWT Image), paint. */
	private static double[][] measure(Display display, ImageCanvas canvas, DicomRendering rendering, Image target, Rectangle area,
			int step, int frames) {
		double[][] millis = new double[4][frames];
		int warmup = 5;
		for (int i = -warmup; i < frames; i++) {
			long start = System.nanoTime();
			double phase = i / 10.0;
			rendering.setWindow(new VoiWindow(32768 + 12000 * Math.sin(phase), 20000 + 15000 * Math.cos(phase)));
			ImageData data = rendering.render(step);
			long rendered = System.nanoTime();
			canvas.replaceImage(new Image(display, data));
			long converted = System.nanoTime();
			GC gc = new GC(target);
			try {
				canvas.paintContent(gc, area);
			} finally {
				gc.dispose();
			}
			long painted = System.nanoTime();
			if (i >= 0) {
				millis[0][i] = (painted - start) / 1e6;
				millis[1][i] = (rendered - start) / 1e6;
				millis[2][i] = (converted - rendered) / 1e6;
				millis[3][i] = (painted - converted) / 1e6;
			}
		}
		return millis;
	}

	private static void report(String what, double[][] millis) {
		double median = median(millis[0]);
		double[] sorted = millis[0].clone();
		Arrays.sort(sorted);
		double p90 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)];
		System.out.printf("%-36s %3d frames: median %6.1f ms (%5.1f frames/s), p90 %6.1f ms; medians of the parts: render %.1f ms,"
				+ " SWT image %.1f ms, paint %.1f ms%n", what, sorted.length, median, 1000 / median, p90, median(millis[1]),
				median(millis[2]), median(millis[3]));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** A minimal Part 10 file: a smooth 16-bit gradient with noise, MONOCHROME2, no window (automatic). */
	static void writeDicom(Path file) throws IOException {
		ByteArrayOutputStream meta = new ByteArrayOutputStream();
		element(meta, 0x0002, 0x0001, "OB", new byte[] { 0, 1 });
		element(meta, 0x0002, 0x0010, "UI", text("1.2.840.10008.1.2.1"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[128]);
		out.write("DICM".getBytes(StandardCharsets.US_ASCII));
		element(out, 0x0002, 0x0000, "UL", ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(meta.size()).array());
		out.write(meta.toByteArray());
		element(out, 0x0008, 0x0060, "CS", text("OT"));
		element(out, 0x0028, 0x0002, "US", us(1));
		element(out, 0x0028, 0x0004, "CS", text("MONOCHROME2"));
		element(out, 0x0028, 0x0010, "US", us(SIZE));
		element(out, 0x0028, 0x0011, "US", us(SIZE));
		element(out, 0x0028, 0x0100, "US", us(16));
		element(out, 0x0028, 0x0101, "US", us(16));
		element(out, 0x0028, 0x0102, "US", us(15));
		element(out, 0x0028, 0x0103, "US", us(0));
		ByteBuffer pixels = ByteBuffer.allocate(SIZE * SIZE * 2).order(ByteOrder.LITTLE_ENDIAN);
		Random random = new Random(1);
		for (int y = 0; y < SIZE; y++) {
			for (int x = 0; x < SIZE; x++) {
				int v = (int) ((x + y) * 65535L / (2 * SIZE)) + random.nextInt(512) - 256;
				pixels.putShort((short) Math.max(0, Math.min(65535, v)));
			}
		}
		out.write(new byte[] { (byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W', 0, 0 });
		out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(pixels.capacity()).array());
		out.write(pixels.array());
		Files.write(file, out.toByteArray());
	}

	private static byte[] us(int value) {
		return new byte[] { (byte) value, (byte) (value >> 8) };
	}

	private static byte[] text(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
		return bytes.length % 2 == 0 ? bytes : Arrays.copyOf(bytes, bytes.length + 1);
	}

	/** Explicit VR little endian, short-length VRs and OB (long form). */
	private static void element(ByteArrayOutputStream out, int group, int elementNumber, String vr, byte[] value) throws IOException {
		ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
		header.putShort((short) group).putShort((short) elementNumber).put(vr.getBytes(StandardCharsets.US_ASCII));
		if (vr.equals("OB")) {
			header.putShort((short) 0).putInt(value.length);
		} else {
			header.putShort((short) value.length);
		}
		out.write(header.array(), 0, header.position());
		out.write(value);
	}
}
