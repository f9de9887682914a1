package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.ui.testing.UiTestSupport;

/** Window > Preferences > Tagbench: defaults shown, values typed are stored where every bundle reads them. */
class TagbenchPreferencePageTest {

	@AfterEach
	void reset() throws Exception {
		var node = InstanceScope.INSTANCE.getNode(TagbenchPreferences.NODE);
		node.remove(TagbenchPreferences.LABELER_NAME);
		node.remove(TagbenchPreferences.PREFETCH_COUNT);
		node.remove(TagbenchPreferences.BACKGROUND_COLOUR);
		node.remove(TagbenchPreferences.SELECTION_COLOUR);
		node.remove(TagbenchPreferences.RESERVATION_MINUTES);
		node.flush();
	}

	@Test
	void showsDefaultsAndStoresWhatIsTyped() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, "org.tagbench.ui.preferences", null,
				null);
		assertNotNull(dialog, "the Tagbench page is registered");
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			UiTestSupport.flush(display);
			IPreferenceNode tagbench = dialog.getPreferenceManager().find("org.tagbench.ui.preferences");
			assertNotNull(tagbench);
			assertNotNull(tagbench.findSubNode("org.tagbench.ui.classification.preferences"),
					"Classification (the grid size) is a sub-page of Tagbench");
			assertNotNull(dialog.getPreferenceManager().find("org.tagbench.ui.preferencePages.keys"),
					"the workbench's Keys page is there in the product too (it comes with org.eclipse.ui.ide otherwise)");
			List<Text> fields = texts(page(dialog).getControl());
			assertEquals(3, fields.size(), "labeler, prefetch count, reservation timeout");
			assertEquals("10", fields.get(2).getText(), "minutes");
			assertEquals(System.getProperty("user.name"), fields.get(0).getText(), "the OS user by default");
			assertEquals("200", fields.get(1).getText());
			assertEquals(2, colourButtons(page(dialog).getControl()), "background and selection colour");
			UiTestSupport.screenshot(dialog.getShell(), "preferences");

			type(fields.get(1), "5"); // out of range: the page refuses it
			UiTestSupport.flush(display);
			assertFalse(page(dialog).isValid(), "prefetch count 5 is refused");
			type(fields.get(0), "  "); // blank: refused, the name goes into every annotation
			UiTestSupport.flush(display);
			assertFalse(page(dialog).isValid(), "a blank labeler is refused");
			type(fields.get(0), "reviewer-7");
			type(fields.get(1), "50");
			type(fields.get(2), "0");
			UiTestSupport.flush(display);
			assertFalse(page(dialog).isValid(), "a reservation timeout of 0 minutes is refused");
			type(fields.get(2), "25");
			UiTestSupport.flush(display);
			assertTrue(page(dialog).isValid());
			page(dialog).performOk();
		} finally {
			dialog.close();
		}
		assertEquals("reviewer-7", TagbenchPreferences.labelerName());
		assertEquals(50, TagbenchPreferences.prefetchCount());
		assertEquals(java.time.Duration.ofMinutes(25), TagbenchPreferences.reservationTimeout());
		assertEquals(TagbenchPreferences.DEFAULT_BACKGROUND, TagbenchPreferences.backgroundColour());
	}

	@Test
	void coloursAreReadAndDamagedValuesFallBack() throws Exception {
		var node = InstanceScope.INSTANCE.getNode(TagbenchPreferences.NODE);
		node.put(TagbenchPreferences.SELECTION_COLOUR, "255,0,128");
		node.put(TagbenchPreferences.BACKGROUND_COLOUR, "not a colour");
		assertEquals(new RGB(255, 0, 128), TagbenchPreferences.selectionColour());
		assertEquals(TagbenchPreferences.DEFAULT_BACKGROUND, TagbenchPreferences.backgroundColour());
		node.put(TagbenchPreferences.PREFETCH_COUNT, "999999");
		assertEquals(TagbenchPreferences.MAX_PREFETCH_COUNT, TagbenchPreferences.prefetchCount(), "clamped");
	}

	private static PreferencePage page(PreferenceDialog dialog) {
		return (PreferencePage) dialog.getSelectedPage();
	}

	/** Sets the text as typing does: field editors validate on key release (or focus loss). */
	private static void type(Text text, String value) {
		text.setText(value);
		text.notifyListeners(SWT.KeyUp, new Event());
		text.notifyListeners(SWT.FocusOut, new Event());
	}

	private static List<Text> texts(Control root) {
		List<Text> found = new ArrayList<>();
		if (root instanceof Text text && (text.getStyle() & SWT.SINGLE) != 0 && text.isVisible()) {
			found.add(text);
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(texts(child));
			}
		}
		return found;
	}

	/** ColorFieldEditor shows a push button with a colour swatch image. */
	private static int colourButtons(Control root) {
		int count = root instanceof Button button && (button.getStyle() & SWT.PUSH) != 0 && button.getImage() != null
				? 1 : 0;
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				count += colourButtons(child);
			}
		}
		return count;
	}
}
