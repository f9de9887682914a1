package org.tagbench.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Helpers for tests that drive real SWT widgets in the UI thread; shared by every UI test fragment (not shipped). */
public final class UiTestSupport {

	private UiTestSupport() {
	}

	/** Runs the event loop until {@code condition} holds or {@code timeoutMillis} pass; returns the condition. */
	public static boolean waitUntil(Display display, long timeoutMillis, java.util.function.BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		return condition.getAsBoolean();
	}

	/** Lets queued paint and layout events run. */
	public static void flush(Display display) {
		while (display.readAndDispatch()) {
			// drain
		}
	}

	public static Shell findShell(Display display, Predicate<Shell> predicate) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && predicate.test(shell)) {
				return shell;
			}
		}
		return null;
	}

	/** The first button below {@code root} whose text (mnemonic '&' left out) is {@code text}, or null. */
	public static Button button(Control root, String text) {
		if (root instanceof Button button && button.getText().replace("&", "").equals(text)) {
			return button;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = button(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Presses the button {@code text} below {@code root} as a click would (its Selection listeners); false if none. */
	public static boolean press(Control root, String text) {
		Button button = button(root, text);
		if (button == null) {
			return false;
		}
		Display display = root.getDisplay(); // the press may close the dialog
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		flush(display);
		return true;
	}

	/** Texts of every Label and Text below {@code root}, in widget order. */
	public static List<String> texts(Control root) {
		List<String> texts = new ArrayList<>();
		collectTexts(root, texts);
		return texts;
	}

	private static void collectTexts(Control control, List<String> texts) {
		if (control instanceof Label label) {
			texts.add(label.getText());
		} else if (control instanceof Text text) {
			texts.add(text.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTexts(child, texts);
			}
		}
	}

	/** A left click at {@code x, y} of {@code control}: move, press and release, as SWT delivers them. */
	public static void click(Control control, int x, int y) {
		for (int type : new int[] { SWT.MouseMove, SWT.MouseDown, SWT.MouseUp }) {
			Event mouse = new Event();
			mouse.type = type;
			mouse.widget = control;
			mouse.display = control.getDisplay();
			mouse.x = x;
			mouse.y = y;
			mouse.button = type == SWT.MouseMove ? 0 : 1;
			mouse.count = type == SWT.MouseMove ? 0 : 1;
			control.notifyListeners(type, mouse);
		}
		flush(control.getDisplay());
	}

	/**
	 * Saves what {@code shell} shows as a PNG under {@code target/screenshots/} of the test bundle, so that a
	 * person can look at it after the build.
	 */
	public static Path screenshot(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		flush(display);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			Path folder = Path.of(System.getProperty("user.dir"), "target", "screenshots");
			Files.createDirectories(folder);
			Path file = folder.resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}
}
