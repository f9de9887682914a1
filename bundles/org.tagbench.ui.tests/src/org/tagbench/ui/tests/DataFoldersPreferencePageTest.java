package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.DataSource;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.DataRoots;
import org.tagbench.store.DataRoots.RootOverride;
import org.tagbench.ui.DataFoldersPreferences;
import org.tagbench.ui.testing.UiTestSupport;

/** Window > Preferences > Tagbench > Data Folders: rows added and removed there are what this desktop resolves by. */
class DataFoldersPreferencePageTest {

	@AfterEach
	void reset() throws Exception {
		DataRoots.savePreferences(List.of());
	}

	@Test
	void aRowAddedAndOkMapsTheStoredRootOnThisDesktop() throws Exception {
		DataRoots.savePreferences(List.of(new RootOverride("file:/mnt/old/", "/srv/old")));
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, DataFoldersPreferences.PAGE_ID, null, null);
		assertNotNull(dialog, "the Data Folders page is registered");
		assertNotNull(dialog.getPreferenceManager().find("org.tagbench.ui.preferences").findSubNode(DataFoldersPreferences.PAGE_ID),
				"a sub-page of Tagbench");
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			UiTestSupport.flush(display);
			Control page = ((org.eclipse.jface.preference.PreferencePage) dialog.getSelectedPage()).getControl();
			Table table = find(page, Table.class).get(0);
			assertEquals(1, table.getItemCount(), "the override kept in the preferences is listed");
			assertEquals("file:/mnt/old/", table.getItem(0).getText(0));
			assertEquals("/srv/old", table.getItem(0).getText(1));
			List<Text> fields = find(page, Text.class);
			assertEquals(2, fields.size(), "stored root, folder here");

			fields.get(0).setText("file:/mnt/team/photos/");
			fields.get(1).setText(""); // (the fields may show a row selected when the table took the focus)
			UiTestSupport.flush(display);
			assertFalse(UiTestSupport.button(page, "Add").isEnabled(), "no folder yet");
			fields.get(1).setText("/Volumes/photos");
			UiTestSupport.flush(display);
			assertTrue(UiTestSupport.press(page, "Add"));
			assertEquals(2, table.getItemCount());
			assertEquals("/Volumes/photos", table.getItem(1).getText(1));

			table.setSelection(0);
			table.notifyListeners(SWT.Selection, new Event());
			assertEquals("file:/mnt/old/", fields.get(0).getText(), "the selected row is shown for editing");
			assertTrue(UiTestSupport.press(page, "Remove"));
			assertEquals(1, table.getItemCount());
			UiTestSupport.flush(display);
			UiTestSupport.screenshot(dialog.getShell(), "data-folders");
			assertTrue(UiTestSupport.press(dialog.getShell(), "Apply and Close"), "the dialog's OK button");
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		assertEquals(List.of(new RootOverride("file:/mnt/team/photos/", "/Volumes/photos")), DataRoots.readPreferences());
		DataSource source = TagbenchFactory.eINSTANCE.createDataSource();
		source.setId("photos");
		source.setRootUri("file:/mnt/team/photos/2024/");
		assertEquals(Path.of("/Volumes/photos/2024"), DataRoots.current().folderOf(source), "resolution uses it at once");
		source.setRootUri("file:/mnt/old/");
		assertEquals(Path.of("/mnt/old"), DataRoots.current().folderOf(source), "the removed row no longer applies");
	}

	private static <T extends Control> List<T> find(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root) && root.isVisible()) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(find(child, type));
			}
		}
		return found;
	}
}
