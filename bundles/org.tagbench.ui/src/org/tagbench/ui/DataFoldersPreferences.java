package org.tagbench.ui;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.PreferencesUtil;

/**
 * Window > Preferences > Tagbench > Data Folders (this desktop's data root overrides, {@code DataRoots}), opened
 * from messages about a data folder that is not on this desktop.
 */
public final class DataFoldersPreferences {

	/** The page's id in {@code plugin.xml}. */
	public static final String PAGE_ID = "org.tagbench.ui.preferences.dataFolders";

	private DataFoldersPreferences() {
	}

	/** Opens the preferences on the Data Folders page (only that page shown); the dialog's return code. */
	public static int open(Shell shell) {
		return PreferencesUtil.createPreferenceDialogOn(shell, PAGE_ID, new String[] { PAGE_ID }, null).open();
	}

	/** Shows {@code message} (a data folder not here, naming its stored root) with a button to map it at once. */
	public static void offerToMap(Shell shell, String title, String message) {
		MessageDialog dialog = new MessageDialog(shell, title, null, message, MessageDialog.ERROR, 0,
				"Open &Data Folders…", "Close");
		if (dialog.open() == 0) {
			open(shell);
		}
	}
}
