package org.tagbench.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.tagbench.ui.TagbenchPreferences;

/** Window > Preferences > Tagbench: the labeler's name, the prefetch count and the editors' colours. */
public class TagbenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public TagbenchPreferencePage() {
		super(GRID);
		setDescription("The default grid size is on the Classification page below; keys on the Keys page.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, TagbenchPreferences.NODE));
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor labeler = new StringFieldEditor(TagbenchPreferences.LABELER_NAME, "&Labeler name:",
				getFieldEditorParent());
		labeler.setEmptyStringAllowed(false);
		labeler.setErrorMessage("The labeler name is recorded with every annotation: it cannot be empty");
		addField(labeler);
		IntegerFieldEditor prefetch = new IntegerFieldEditor(TagbenchPreferences.PREFETCH_COUNT,
				"&Prefetch count (items read ahead):", getFieldEditorParent());
		prefetch.setValidRange(TagbenchPreferences.MIN_PREFETCH_COUNT, TagbenchPreferences.MAX_PREFETCH_COUNT);
		addField(prefetch);
		IntegerFieldEditor reservation = new IntegerFieldEditor(TagbenchPreferences.RESERVATION_MINUTES,
				"&Reservation timeout (minutes an item stays held when its editor stops renewing it):",
				getFieldEditorParent());
		reservation.setValidRange(TagbenchPreferences.MIN_RESERVATION_MINUTES, TagbenchPreferences.MAX_RESERVATION_MINUTES);
		addField(reservation);
		addField(new ColorFieldEditor(TagbenchPreferences.BACKGROUND_COLOUR, "&Background behind images:",
				getFieldEditorParent()));
		addField(new ColorFieldEditor(TagbenchPreferences.SELECTION_COLOUR, "&Selection colour:",
				getFieldEditorParent()));
	}
}
