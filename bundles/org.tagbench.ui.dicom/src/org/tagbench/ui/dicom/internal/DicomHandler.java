package org.tagbench.ui.dicom.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.dicom.DicomRendering;
import org.tagbench.ui.dicom.DicomViewer;
import org.tagbench.ui.labeling.LabelingEditor;

/** The DICOM viewer commands (invert, reset, preset, next/previous frame) on the active labeling editor's viewer. */
public class DicomHandler extends AbstractHandler {

	public static final String PREFIX = "org.tagbench.ui.dicom.commands.";
	public static final String PRESET_PARAMETER = "org.tagbench.ui.dicom.preset";

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof LabelingEditor editor)
				|| !(editor.itemViewer() instanceof DicomViewer viewer)) {
			return null;
		}
		switch (event.getCommand().getId().substring(PREFIX.length())) {
		case "invert" -> viewer.toggleInvert();
		case "reset" -> viewer.reset();
		case "nextFrame" -> viewer.nextFrame(1);
		case "previousFrame" -> viewer.nextFrame(-1);
		case "preset" -> {
			try {
				viewer.applyPreset(DicomRendering.Preset.valueOf(event.getParameter(PRESET_PARAMETER)));
			} catch (IllegalArgumentException | NullPointerException e) {
				// an unknown preset name in a key binding: nothing to do
			}
		}
		default -> {
			// not ours
		}
		}
		return null;
	}
}
