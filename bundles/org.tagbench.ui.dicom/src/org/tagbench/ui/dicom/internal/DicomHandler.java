package org.tagbench.ui.dicom.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.dicom.DicomRendering;
import org.tagbench.ui.dicom.DicomViewer;
import org.tagbench.ui.labeling.AdjustableThumbnail;
import org.tagbench.ui.labeling.LabelingEditor;

/**
 * The DICOM viewer commands: invert, reset, preset, next/previous frame on the active labeling editor's viewer;
 * the same on the selected tiles of an editor with a grid (classification editor, frames by Shift+Page Down/Up there).
 */
public class DicomHandler extends AbstractHandler {

	public static final String PREFIX = "org.tagbench.ui.dicom.commands.";
	public static final String PRESET_PARAMETER = "org.tagbench.ui.dicom.preset";

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		String command = event.getCommand().getId().substring(PREFIX.length());
		if (part instanceof LabelingEditor editor) {
			if (editor.itemViewer() instanceof DicomViewer viewer) {
				onViewer(viewer, command, event.getParameter(PRESET_PARAMETER));
			}
		} else if (part != null) {
			AdjustableThumbnail.Grid grid = Adapters.adapt(part, AdjustableThumbnail.Grid.class);
			if (grid != null) {
				onTiles(grid, command, event.getParameter(PRESET_PARAMETER));
			}
		}
		return null;
	}

	private static void onViewer(DicomViewer viewer, String command, String preset) {
		switch (command) {
		case "invert" -> viewer.toggleInvert();
		case "reset" -> viewer.reset();
		case "nextFrame" -> viewer.nextFrame(1);
		case "previousFrame" -> viewer.nextFrame(-1);
		case "preset" -> {
			try {
				viewer.applyPreset(DicomRendering.Preset.valueOf(preset));
			} catch (IllegalArgumentException | NullPointerException e) {
				// an unknown preset name in a key binding: nothing to do
			}
		}
		default -> {
			// not ours
		}
		}
	}

	private static void onTiles(AdjustableThumbnail.Grid grid, String command, String preset) {
		for (AdjustableThumbnail tile : grid.selectedThumbnails()) {
			switch (command) {
			case "invert" -> tile.toggleInvert();
			case "reset" -> tile.reset();
			case "preset" -> tile.applyPreset(preset);
			case "nextFrame" -> tile.showFrame(tile.frame() + 1);
			case "previousFrame" -> tile.showFrame(tile.frame() - 1);
			default -> {
				// not ours
			}
			}
		}
		grid.thumbnailsChanged();
	}
}
