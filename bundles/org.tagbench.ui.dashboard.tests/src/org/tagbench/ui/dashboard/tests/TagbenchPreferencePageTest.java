package org.tagbench.ui.dashboard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.ui.dashboard.internal.DashboardPreferences;
import org.tagbench.ui.testing.UiTestSupport;

/** Window > Preferences > Tagbench: defaults shown, values typed are stored where every bundle reads them. */
class TagbenchPreferencePageTest {

	@AfterEach
	void reset() throws Exception {
		var node = InstanceScope.INSTANCE.getNode(DashboardPreferences.NODE);
		node.remove(DashboardPreferences.LABELER_NAME);
		node.remove(DashboardPreferences.GRID_SIZE);
		node.remove(DashboardPreferences.PREFETCH_COUNT);
		node.flush();
	}

	@Test
	void showsDefaultsAndStoresWhatIsTyped() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, "org.tagbench.ui.preferences",
				new String[] { "org.tagbench.ui.preferences" }, null);
		assertNotNull(dialog, "the Tagbench page is registered");
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			UiTestSupport.flush(display);
			List<Text> fields = texts(page(dialog).getControl());
			assertEquals(3, fields.size(), "labeler, grid size, prefetch count");
			assertEquals(System.getProperty("user.name"), fields.get(0).getText(), "the OS user by default");
			assertEquals("4", fields.get(1).getText());
			assertEquals("200", fields.get(2).getText());
			UiTestSupport.screenshot(dialog.getShell(), "preferences");

			type(fields.get(1), "0"); // out of range: the page refuses it
			UiTestSupport.flush(display);
			assertFalse(page(dialog).isValid(), "grid size 0 is refused");
			type(fields.get(0), "reviewer-7");
			type(fields.get(1), "6");
			type(fields.get(2), "50");
			UiTestSupport.flush(display);
			assertTrue(page(dialog).isValid());
			page(dialog).performOk();
		} finally {
			dialog.close();
		}
		assertEquals("reviewer-7", DashboardPreferences.labelerName());
		assertEquals(6, DashboardPreferences.gridSize());
		assertEquals(50, DashboardPreferences.prefetchCount());
	}

	private static PreferencePage page(PreferenceDialog dialog) {
		return (PreferencePage) dialog.getSelectedPage();
	}

	/** Sets the text as typing does: field editors validate on key release (or focus loss). */
	private static void type(Text text, String value) {
		text.setText(value);
		text.notifyListeners(SWT.KeyUp, new org.eclipse.swt.widgets.Event());
		text.notifyListeners(SWT.FocusOut, new org.eclipse.swt.widgets.Event());
	}

	private static List<Text> texts(Control root) {
		List<Text> found = new java.util.ArrayList<>();
		if (root instanceof Text text && (text.getStyle() & SWT.SINGLE) != 0 && text.isVisible()) {
			found.add(text);
		}
		if (root instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(texts(child));
			}
		}
		return found;
	}
}
