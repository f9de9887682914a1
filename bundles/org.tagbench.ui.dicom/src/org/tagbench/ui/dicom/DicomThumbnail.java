package org.tagbench.ui.dicom;

import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.tagbench.dicom.VoiWindow;
import org.tagbench.imaging.MediaException;
import org.tagbench.ui.labeling.AdjustableThumbnail;

/**
 * A DICOM item in a grid tile (classification editor) with the viewer's display controls: window/level by
 * right-drag, invert, reset and the presets, rendered by the same {@link DicomRendering} as the box and polygon
 * editors' viewer, on every n-th pixel of the first frame.
 */
public final class DicomThumbnail implements AdjustableThumbnail {

	private final DicomRendering rendering;
	private ImageData image;
	private VoiWindow dragStart;

	private DicomThumbnail(DicomRendering rendering) {
		this.rendering = rendering;
		this.image = rendering.render(1);
	}

	/** Reads {@code file} and renders its first frame with the file's window, fitted within about {@code maxSize}. */
	public static DicomThumbnail open(Path file, int maxSize) throws MediaException {
		DicomRendering rendering = DicomRendering.openFitted(file, maxSize);
		rendering.setUserWindow(DicomViewer.userWindow());
		return new DicomThumbnail(rendering);
	}

	/** The display state (window, preset, inversion). */
	public DicomRendering rendering() {
		return rendering;
	}

	@Override
	public ImageData image() {
		return image;
	}

	@Override
	public void beginDrag() {
		dragStart = rendering.isColour() ? null : rendering.window();
	}

	@Override
	public void drag(int dx, int dy) {
		if (dragStart != null) {
			rendering.drag(dragStart, dx, dy);
			image = rendering.render(1);
		}
	}

	@Override
	public void toggleInvert() {
		rendering.setInverted(!rendering.inverted());
		image = rendering.render(1);
	}

	@Override
	public void reset() {
		rendering.reset();
		image = rendering.render(1);
	}

	@Override
	public void applyPreset(String preset) {
		if (rendering.isColour()) {
			return;
		}
		for (DicomRendering.Preset p : DicomRendering.Preset.values()) {
			if (p.name().equals(preset)) {
				rendering.setUserWindow(DicomViewer.userWindow());
				rendering.applyPreset(p);
				image = rendering.render(1);
			}
		}
	}

	@Override
	public void takeDisplayFrom(AdjustableThumbnail earlier) {
		if (!(earlier instanceof DicomThumbnail other) || other == this) {
			return;
		}
		DicomRendering from = other.rendering;
		rendering.setInverted(from.inverted());
		if (!rendering.isColour() && from.window() != null) {
			if (from.preset() != null) {
				rendering.setUserWindow(DicomViewer.userWindow());
				rendering.applyPreset(from.preset());
			} else {
				rendering.setWindow(from.window());
			}
		}
		image = rendering.render(1);
	}

	@Override
	public String describe() {
		String inverted = rendering.inverted() ? "inverted" : "";
		if (rendering.isColour() || rendering.window() == null) {
			return inverted;
		}
		return DicomViewer.windowText(rendering.window()) + (inverted.isEmpty() ? "" : " · " + inverted);
	}
}
