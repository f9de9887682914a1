package org.tagbench.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;
import org.tagbench.store.DataRoots;
import org.tagbench.store.DataRoots.RootOverride;

/**
 * Window > Preferences > Tagbench > Data Folders: this desktop's {@link DataRoots} overrides, "root as stored in the
 * project → folder on this desktop", for shared projects whose images are mounted elsewhere here. Kept in this
 * user's preferences (read by the workbench and the headless commands), never in the project.
 */
public class DataFoldersPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private final List<RootOverride> overrides = new ArrayList<>();
	private Table table;
	private Text storedRoot;
	private Text localFolder;
	private Button add;
	private Button replace;
	private Button remove;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Where this desktop finds the images of data sources whose folder is mounted elsewhere here, e.g. a"
				+ " team project stores file:/mnt/team/photos/ and this desktop mounts the share at /Volumes/photos or"
				+ " Z:\\photos. The longest matching stored root wins; the rest of the root is kept (…/photos/2024 →"
				+ " /Volumes/photos/2024). Kept for this user only, never in the project; headless commands use it too.");
		overrides.addAll(DataRoots.readPreferences());
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);

		table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		new TableColumn(table, SWT.LEFT).setText("Root as stored in the project");
		new TableColumn(table, SWT.LEFT).setText("Folder on this desktop");
		table.getColumn(0).setWidth(260);
		table.getColumn(1).setWidth(220);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(480, 160).applyTo(table);
		table.addListener(SWT.Selection, event -> showSelected());

		new Label(page, SWT.NONE).setText("&Stored root:");
		storedRoot = new Text(page, SWT.BORDER | SWT.SINGLE);
		storedRoot.setMessage("file:/mnt/team/photos/");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(storedRoot);
		new Label(page, SWT.NONE).setText("&Folder here:");
		localFolder = new Text(page, SWT.BORDER | SWT.SINGLE);
		localFolder.setMessage("/Volumes/photos");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(localFolder);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse…");
		browse.addListener(SWT.Selection, event -> browse());
		storedRoot.addListener(SWT.Modify, event -> updateButtons());
		localFolder.addListener(SWT.Modify, event -> updateButtons());

		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).applyTo(buttons);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(buttons);
		add = button(buttons, "&Add", this::addRow);
		replace = button(buttons, "&Replace", this::replaceRow);
		remove = button(buttons, "Re&move", this::removeRow);
		fillTable();
		return page;
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Folder on this desktop");
		dialog.setMessage("The folder where this desktop has the files of " + storedRoot.getText().strip());
		dialog.setFilterPath(localFolder.getText().strip());
		String chosen = dialog.open();
		if (chosen != null) {
			localFolder.setText(chosen);
		}
	}

	/** The override typed in the fields, or null when it is not one (the page says why). */
	private RootOverride typed() {
		try {
			return new RootOverride(storedRoot.getText(), localFolder.getText());
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private void addRow() {
		RootOverride override = typed();
		if (override == null) {
			return;
		}
		int existing = indexOf(override.storedRoot());
		if (existing >= 0) {
			overrides.set(existing, override); // one folder per stored root
		} else {
			overrides.add(override);
		}
		fillTable();
		table.setSelection(overrides.indexOf(override));
		updateButtons();
	}

	private void replaceRow() {
		RootOverride override = typed();
		int selected = table.getSelectionIndex();
		if (override == null || selected < 0) {
			return;
		}
		int other = indexOf(override.storedRoot());
		overrides.set(selected, override);
		if (other >= 0 && other != selected) {
			overrides.remove(other);
		}
		fillTable();
		table.setSelection(overrides.indexOf(override));
		updateButtons();
	}

	private void removeRow() {
		int selected = table.getSelectionIndex();
		if (selected >= 0) {
			overrides.remove(selected);
			fillTable();
			updateButtons();
		}
	}

	private int indexOf(String stored) {
		for (int i = 0; i < overrides.size(); i++) {
			if (overrides.get(i).storedRoot().equals(stored)) {
				return i;
			}
		}
		return -1;
	}

	private void showSelected() {
		int selected = table.getSelectionIndex();
		if (selected >= 0) {
			storedRoot.setText(overrides.get(selected).storedRoot());
			localFolder.setText(overrides.get(selected).localFolder());
		}
		updateButtons();
	}

	private void fillTable() {
		table.removeAll();
		for (RootOverride override : overrides) {
			new TableItem(table, SWT.NONE).setText(new String[] { override.storedRoot(), override.localFolder() });
		}
		updateButtons();
	}

	private void updateButtons() {
		String problem = null;
		boolean filled = !storedRoot.getText().isBlank() && !localFolder.getText().isBlank();
		if (filled) {
			try {
				new RootOverride(storedRoot.getText(), localFolder.getText());
			} catch (IllegalArgumentException e) {
				problem = e.getMessage();
			}
		}
		setErrorMessage(problem);
		boolean complete = filled && problem == null;
		add.setEnabled(complete);
		replace.setEnabled(complete && table.getSelectionIndex() >= 0);
		remove.setEnabled(table.getSelectionIndex() >= 0);
	}

	@Override
	protected void performDefaults() {
		overrides.clear();
		fillTable();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			DataRoots.savePreferences(overrides);
			return true;
		} catch (BackingStoreException e) {
			ILog.of(getClass()).error("Cannot save the data folders: " + e.getMessage(), e);
			setErrorMessage("Cannot save the data folders: " + e.getMessage());
			return false;
		}
	}
}
