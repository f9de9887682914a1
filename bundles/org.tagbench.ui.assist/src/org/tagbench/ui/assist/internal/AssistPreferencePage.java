package org.tagbench.ui.assist.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.tagbench.assist.InputRange;
import org.tagbench.assist.UserBackbone;

/**
 * Tagbench → ML Assist: the user's TensorFlow SavedModel backbone (folder and the pixel range it expects). The
 * engine reads these instance preferences ({@link UserBackbone}); a folder that cannot serve is reported here
 * with the engine's message.
 */
public class AssistPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public AssistPreferencePage() {
		super(GRID);
		setDescription("A TensorFlow SavedModel folder to use as a backbone (feature extractor), e.g. an image feature-vector "
				+ "model. Its signature (serving_default first) must take one float image tensor [n, height, width, 3] and give "
				+ "features [n, d]; an unknown image size means 224. Choose it per project in the assist panel.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, UserBackbone.NODE));
		getPreferenceStore().setDefault(UserBackbone.RANGE_KEY, InputRange.ZERO_TO_ONE.label());
	}

	@Override
	protected void createFieldEditors() {
		addField(new DirectoryFieldEditor(UserBackbone.FOLDER_KEY, "SavedModel &folder:", getFieldEditorParent()));
		String[][] ranges = new String[InputRange.values().length][];
		for (int i = 0; i < ranges.length; i++) {
			InputRange range = InputRange.values()[i];
			ranges[i] = new String[] { range.label() + switch (range) {
				case ZERO_TO_ONE -> " (TensorFlow Hub feature vectors)";
				case ZERO_TO_255 -> " (Keras models with preprocessing inside, e.g. EfficientNet)";
				case MINUS_ONE_TO_ONE -> " (Keras MobileNet, Inception preprocessing)";
			}, range.label() };
		}
		addField(new RadioGroupFieldEditor(UserBackbone.RANGE_KEY, "Pixel values the model expects:", 1, ranges,
				getFieldEditorParent(), true));
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		String problem = UserBackbone.problem().orElse(null);
		setErrorMessage(problem);
		return ok && problem == null;
	}
}
