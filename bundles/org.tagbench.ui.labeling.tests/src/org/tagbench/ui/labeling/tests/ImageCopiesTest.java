package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.ui.labeling.internal.ImageCopies;

/**
 * {@link ImageCopies} draws what {@code GC.drawImage} draws (without reading the image back): 1:1 copies pixel for
 * pixel, whole or in part, inside the GC's clipping; the GC's background and transform come back as they were;
 * quick scaled draws land in the destination rectangle.
 */
class ImageCopiesTest {

	static final int WIDTH = 300;
	static final int HEIGHT = 200;

	private Display display;
	private Image source;

	/** Red: x modulo 256, green: y, blue: a checker of 7-pixel squares: a shifted or blurred pixel shows. */
	static int rgbAt(int x, int y) {
		return (x & 0xFF) << 16 | (y & 0xFF) << 8 | ((x / 7 + y / 7) % 2 == 0 ? 0x20 : 0xE0);
	}

	@BeforeEach
	void createSource() {
		display = Display.getDefault();
		ImageData data = new ImageData(WIDTH, HEIGHT, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				data.setPixel(x, y, rgbAt(x, y));
			}
		}
		Image client = new Image(display, data);
		// on the X server, as the canvas's buffers and tiles are
		source = new Image(display, WIDTH, HEIGHT);
		GC gc = new GC(source);
		gc.drawImage(client, 0, 0);
		gc.dispose();
		client.dispose();
	}

	@AfterEach
	void disposeSource() {
		source.dispose();
	}

	@Test
	void aWholeCopyIsPixelForPixelAndLeavesTheGcAsItWas() {
		Image target = new Image(display, 400, 300);
		GC gc = new GC(target);
		try {
			gc.setBackground(new Color(10, 20, 30));
			gc.fillRectangle(0, 0, 400, 300);
			ImageCopies.copy(gc, source, 37, 41);
			// the background colour and the identity transform are back: this fill is plain
			gc.fillRectangle(390, 290, 10, 10);
			Transform transform = new Transform(display);
			gc.getTransform(transform);
			assertTrue(transform.isIdentity(), "transform after the copy");
			transform.dispose();
			assertEquals(null, gc.getBackgroundPattern());
		} finally {
			gc.dispose();
		}
		ImageData drawn = target.getImageData();
		for (int y = 0; y < 300; y++) {
			for (int x = 0; x < 400; x++) {
				boolean inside = x >= 37 && x < 37 + WIDTH && y >= 41 && y < 41 + HEIGHT;
				RGB expected = inside ? rgb(rgbAt(x - 37, y - 41)) : new RGB(10, 20, 30);
				assertEquals(expected, drawn.palette.getRGB(drawn.getPixel(x, y)), "pixel " + x + "," + y);
			}
		}
		target.dispose();
	}

	@Test
	void aPartialCopyStaysInsideTheClippingAndMatchesDrawImage() {
		Image byCopy = new Image(display, 250, 180);
		Image byDrawImage = new Image(display, 250, 180);
		Rectangle clip = new Rectangle(20, 10, 150, 120);
		for (Image target : new Image[] { byCopy, byDrawImage }) {
			GC gc = new GC(target);
			try {
				gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
				gc.fillRectangle(0, 0, 250, 180);
				gc.setClipping(clip);
				if (target == byCopy) {
					ImageCopies.copy(gc, source, 50, 30, 180, 140, 5, 7);
				} else {
					gc.drawImage(source, 50, 30, 180, 140, 5, 7, 180, 140);
				}
			} finally {
				gc.dispose();
			}
		}
		ImageData copied = byCopy.getImageData();
		ImageData expected = byDrawImage.getImageData();
		int differing = 0;
		for (int y = 0; y < 180; y++) {
			for (int x = 0; x < 250; x++) {
				if (copied.getPixel(x, y) != expected.getPixel(x, y)) {
					differing++;
				}
			}
		}
		assertEquals(0, differing, "pixels differing from drawImage");
		// a pixel inside the clip is the source's; one outside the clip stayed black
		assertEquals(rgb(rgbAt(50 + 30 - 5, 30 + 20 - 7)), copied.palette.getRGB(copied.getPixel(30, 20)));
		assertEquals(new RGB(0, 0, 0), copied.palette.getRGB(copied.getPixel(10, 5)));
		assertEquals(new RGB(0, 0, 0), copied.palette.getRGB(copied.getPixel(180, 140)));
		byCopy.dispose();
		byDrawImage.dispose();
	}

	@Test
	void aQuickScaledDrawFillsItsDestinationOnly() {
		for (double factor : new double[] { 0.9, 0.6, 1.5 }) {
			int width = (int) Math.round(WIDTH * factor);
			int height = (int) Math.round(HEIGHT * factor);
			Image target = new Image(display, 500, 400);
			GC gc = new GC(target);
			try {
				gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
				gc.fillRectangle(0, 0, 500, 400);
				ImageCopies.drawQuick(gc, source, 0, 0, WIDTH, HEIGHT, 12, 9, width, height);
			} finally {
				gc.dispose();
			}
			ImageData drawn = target.getImageData();
			// the corners inside take the source's corners (red and green near 0 top left, the far ones bottom
			// right); just outside, black
			RGB topLeft = drawn.palette.getRGB(drawn.getPixel(13, 10));
			assertTrue(topLeft.red < 8 && topLeft.green < 8, factor + ": top left " + topLeft);
			RGB bottomRight = drawn.palette.getRGB(drawn.getPixel(12 + width - 2, 9 + height - 2));
			assertTrue(bottomRight.green > HEIGHT - 12, factor + ": bottom right " + bottomRight);
			assertEquals(new RGB(0, 0, 0), drawn.palette.getRGB(drawn.getPixel(11, 30)), factor + ": left of it");
			assertEquals(new RGB(0, 0, 0), drawn.palette.getRGB(drawn.getPixel(12 + width, 30)), factor + ": right of it");
			assertEquals(new RGB(0, 0, 0), drawn.palette.getRGB(drawn.getPixel(30, 9 + height)), factor + ": below it");
			assertEquals(SWT.DEFAULT, gcInterpolationAfterQuickDraw(factor), factor + ": filter restored");
			target.dispose();
		}
	}

	private int gcInterpolationAfterQuickDraw(double factor) {
		Image target = new Image(display, 10, 10);
		GC gc = new GC(target);
		try {
			gc.setInterpolation(SWT.DEFAULT);
			ImageCopies.drawQuick(gc, source, 0, 0, WIDTH, HEIGHT, 0, 0, (int) (WIDTH * factor), (int) (HEIGHT * factor));
			return gc.getInterpolation();
		} finally {
			gc.dispose();
			target.dispose();
		}
	}

	private static RGB rgb(int pixel) {
		return new RGB(pixel >> 16 & 0xFF, pixel >> 8 & 0xFF, pixel & 0xFF);
	}
}
