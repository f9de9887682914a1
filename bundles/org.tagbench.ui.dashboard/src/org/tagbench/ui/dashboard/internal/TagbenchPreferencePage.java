package org.tagbench.ui.dashboard.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > Tagbench: the labeler's name, the default grid size and the prefetch count. */
public class TagbenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public TagbenchPreferencePage() {
		super(GRID);
		setDescription("Keys are changed on the General > Keys page.");
	}

	@Override
	public void init(IWorkbench workbench) {
		IPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, DashboardPreferences.NODE);
		store.setDefault(DashboardPreferences.LABELER_NAME, DashboardPreferences.defaultLabelerName());
		store.setDefault(DashboardPreferences.GRID_SIZE, DashboardPreferences.DEFAULT_GRID_SIZE);
		store.setDefault(DashboardPreferences.PREFETCH_COUNT, DashboardPreferences.DEFAULT_PREFETCH_COUNT);
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor labeler = new StringFieldEditor(DashboardPreferences.LABELER_NAME, "&Labeler name:",
				getFieldEditorParent());
		labeler.setEmptyStringAllowed(false);
		labeler.setErrorMessage("The labeler name is recorded with every annotation: it cannot be empty");
		addField(labeler);
		IntegerFieldEditor grid = new IntegerFieldEditor(DashboardPreferences.GRID_SIZE,
				"Default &grid size (images per row):", getFieldEditorParent());
		grid.setValidRange(1, 10);
		addField(grid);
		IntegerFieldEditor prefetch = new IntegerFieldEditor(DashboardPreferences.PREFETCH_COUNT,
				"&Prefetch count (items read ahead):", getFieldEditorParent());
		prefetch.setValidRange(10, 5000);
		addField(prefetch);
	}
}
