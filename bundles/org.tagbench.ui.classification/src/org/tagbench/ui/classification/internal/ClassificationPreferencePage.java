package org.tagbench.ui.classification.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.tagbench.ui.classification.ClassificationPreferences;

/** Window > Preferences > Classification: the default number of images per page. */
public class ClassificationPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public ClassificationPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ClassificationPreferences.NODE));
		setDescription("Classification editors opened from now on show this many images per page; "
				+ "an open editor switches with its tool bar or Alt+1, Alt+4, Alt+6, Alt+9.");
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(ClassificationPreferences.GRID_SIZE, "Images per page:", 4,
				new String[][] { { "1", "1" }, { "4 (2 × 2)", "4" }, { "6 (3 × 2)", "6" }, { "9 (3 × 3)", "9" } },
				getFieldEditorParent(), true));
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to prepare
	}
}
