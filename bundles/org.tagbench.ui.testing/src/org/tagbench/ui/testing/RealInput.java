package org.tagbench.ui.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Real input for UI tests: X events through the X server, as a keyboard and a mouse would send them, so that
 * the workbench's key bindings and the widgets' own listeners both see them. Keys and pointer moves use
 * {@link Display#post}. Mouse buttons use xdotool (Debian package xdotool): under Xvfb, GTK receives SWT's
 * posted button events at the window's origin and without modifiers (measured with SWT 3.132: every posted
 * press arrived at (0, 0) of the shell), while xdotool's XTest events arrive where the pointer is, with the
 * modifiers held. Events arrive asynchronously: wait for their effect.
 */
public final class RealInput {

	private RealInput() {
	}

	/** Presses and releases a key: a character, or {@code SWT.CR}. */
	public static void key(Display display, int key) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.type = type;
			if (key == SWT.CR) {
				event.keyCode = SWT.CR;
				event.character = SWT.CR;
			} else if ((key & SWT.KEYCODE_BIT) != 0) {
				event.keyCode = key;
			} else {
				event.character = (char) key;
			}
			post(display, event);
		}
	}

	/** {@code modifier} ({@code SWT.CTRL}, {@code SWT.ALT}, {@code SWT.SHIFT}) held while {@code key} is typed. */
	public static void key(Display display, int modifier, int key) {
		keyCode(display, SWT.KeyDown, modifier);
		key(display, key);
		keyCode(display, SWT.KeyUp, modifier);
	}

	private static void keyCode(Display display, int type, int keyCode) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		post(display, event);
	}

	/** Moves the pointer to {@code point} (display coordinates) and clicks the left button, Ctrl held if asked. */
	public static void click(Display display, Point point, boolean ctrl) throws IOException, InterruptedException {
		clickHolding(display, point, ctrl ? "ctrl" : null);
	}

	/** A real left click at {@code point} (display coordinates) with the key {@code modifier} (xdotool's name, e.g. "shift") held, or none when null. */
	public static void clickHolding(Display display, Point point, String modifier) throws IOException, InterruptedException {
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = point.x;
		move.y = point.y;
		post(display, move);
		UiTestSupport.waitUntil(display, 3_000, () -> point.equals(display.getCursorLocation()));
		xdotool(modifier != null ? List.of("keydown", modifier, "click", "1", "keyup", modifier) : List.of("click", "1"));
	}

	/** Moves the pointer to {@code point} (display coordinates) and presses mouse button {@code button} (1–3). */
	public static void press(Display display, Point point, int button) throws IOException, InterruptedException {
		xdotool(List.of("mousemove", String.valueOf(point.x), String.valueOf(point.y), "mousedown", String.valueOf(button)));
		UiTestSupport.flush(display);
	}

	/** Moves the pointer to {@code point} (display coordinates), buttons held as they are (a drag). */
	public static void moveTo(Display display, Point point) throws IOException, InterruptedException {
		xdotool(List.of("mousemove", String.valueOf(point.x), String.valueOf(point.y)));
		UiTestSupport.waitUntil(display, 3_000, () -> point.equals(display.getCursorLocation()));
	}

	/** Releases mouse button {@code button} where the pointer is. */
	public static void release(Display display, int button) throws IOException, InterruptedException {
		xdotool(List.of("mouseup", String.valueOf(button)));
		UiTestSupport.flush(display);
	}

	private static void xdotool(List<String> arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("xdotool"));
		command.addAll(arguments);
		Process xdotool = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!xdotool.waitFor(10, TimeUnit.SECONDS) || xdotool.exitValue() != 0) {
			xdotool.destroy();
			throw new IOException("xdotool (Debian package xdotool) failed on " + arguments + ": "
					+ new String(xdotool.getInputStream().readAllBytes()));
		}
	}

	private static void post(Display display, Event event) {
		if (!display.post(event)) {
			throw new IllegalStateException("Display.post refused " + event);
		}
		UiTestSupport.flush(display);
	}
}
