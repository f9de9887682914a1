package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.ViewTransform;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * Brightness and contrast by their key bindings (real key events through Display.post): what the canvas paints
 * changes, the reset key restores it, and the image files stay as they were.
 */
class BrightnessContrastTest extends EditorTestBase {

	@Test
	void keysChangeTheDisplayedPixelsAndResetRestoresThem() throws Exception {
		List<byte[]> files = imageFiles();
		focusCanvas();
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		for (String key : List.of("M1+ARROW_UP", "M1+ARROW_DOWN", "M1+ARROW_RIGHT", "M1+ARROW_LEFT")) {
			assertEquals("org.tagbench.ui.labeling.commands.adjustImage",
					bindings.getPerfectMatch(KeySequence.getInstance(key)).getParameterizedCommand().getId(), key);
		}
		assertEquals("org.tagbench.ui.labeling.commands.resetImage",
				bindings.getPerfectMatch(KeySequence.getInstance("M1+M2+B")).getParameterizedCommand().getId(),
				"no other command takes the reset key");

		settle();
		RGB shownBefore = shownPixel(5, 5); // the background, whatever the first image is
		RGB paintedBefore = paintedPixel(5, 5);
		assertEquals(shownBefore, paintedBefore, "the canvas paints the image as it is");

		postKey(SWT.ARROW_UP, (char) 0, SWT.CTRL);
		postKey(SWT.ARROW_UP, (char) 0, SWT.CTRL);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.canvas().brightness() == 20),
				"Ctrl+Up twice: brightness 20, is " + editor.canvas().brightness());
		settle();
		RGB brighter = paintedPixel(5, 5);
		assertEquals(brighter, shownPixel(5, 5));
		assertTrue(brighter.red + brighter.green + brighter.blue > paintedBefore.red + paintedBefore.green
				+ paintedBefore.blue + 60, paintedBefore + " painted brighter: " + brighter);

		postKey(SWT.ARROW_LEFT, (char) 0, SWT.CTRL);
		postKey(SWT.ARROW_LEFT, (char) 0, SWT.CTRL);
		postKey(SWT.ARROW_LEFT, (char) 0, SWT.CTRL);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.canvas().contrast() == -30),
				"Ctrl+Left three times: contrast -30, is " + editor.canvas().contrast());
		settle();
		RGB flatter = paintedPixel(5, 5);
		int spreadBefore = spread(brighter);
		assertTrue(spread(flatter) < spreadBefore, "less contrast brings the channels together: " + brighter + " -> " + flatter);
		screenshot("labeling-editor-brightness-contrast");

		postKey('b', 'b', SWT.CTRL, SWT.SHIFT);
		assertTrue(UiTestSupport.waitUntil(display, 5_000,
				() -> editor.canvas().brightness() == 0 && editor.canvas().contrast() == 0), "Ctrl+Shift+B resets");
		settle();
		assertEquals(shownBefore, shownPixel(5, 5), "reset shows the image as it is");
		assertEquals(paintedBefore, paintedPixel(5, 5), "and paints it so");
		List<byte[]> after = imageFiles();
		for (int i = 0; i < files.size(); i++) {
			assertArrayEquals(files.get(i), after.get(i), "the image files are not touched");
		}
	}

	private static int spread(RGB rgb) {
		return Math.max(rgb.red, Math.max(rgb.green, rgb.blue)) - Math.min(rgb.red, Math.min(rgb.green, rgb.blue));
	}

	/** The pixel of the image the canvas paints (after brightness/contrast) at image point (ix, iy). */
	private RGB shownPixel(int ix, int iy) {
		ImageCanvas canvas = editor.canvas();
		ImageData data = canvas.shownImage().getImageData();
		ViewTransform t = canvas.transform();
		int x = (int) (ix * data.width / t.imageWidth());
		int y = (int) (iy * data.height / t.imageHeight());
		return data.palette.getRGB(data.getPixel(x, y));
	}

	/** The pixel on screen where the canvas shows image point (ix, iy). */
	private RGB paintedPixel(int ix, int iy) {
		ImageCanvas canvas = editor.canvas();
		ViewTransform t = canvas.transform();
		Image one = new Image(display, 1, 1);
		GC gc = new GC(canvas);
		try {
			gc.copyArea(one, (int) Math.round(t.toViewX(ix + 0.5)), (int) Math.round(t.toViewY(iy + 0.5)));
			ImageData data = one.getImageData();
			return data.palette.getRGB(data.getPixel(0, 0));
		} finally {
			gc.dispose();
			one.dispose();
		}
	}

	private List<byte[]> imageFiles() throws Exception {
		List<byte[]> contents = new ArrayList<>();
		try (Stream<Path> files = Files.list(images)) {
			for (Path file : files.sorted().toList()) {
				contents.add(Files.readAllBytes(file));
			}
		}
		return contents;
	}
}
