package org.tagbench.ui.dicom;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.ImageData;
import org.tagbench.dicom.VoiWindow;
import org.tagbench.imaging.MediaException;
import org.tagbench.ui.labeling.AdjustableThumbnail;

/**
 * A DICOM item in a grid tile (classification editor) with the viewer's display controls: window/level by
 * right-drag, invert, reset and the presets, rendered by the same {@link DicomRendering} as the box and polygon
 * editors' viewer, on every n-th pixel of a frame: the first, or the one chosen with {@link #showFrame} (Shift+Page
 * Down/Up in the classification editor).
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
	public int frames() {
		return rendering.frames();
	}

	@Override
	public int frame() {
		return rendering.frame();
	}

	@Override
	public boolean showFrame(int index) {
		int clamped = Math.max(0, Math.min(rendering.frames() - 1, index));
		if (clamped == rendering.frame()) {
			return false;
		}
		try {
			rendering.setFrame(clamped); // keeps the window; FILE, AUTOMATIC and FULL_RANGE follow the frame
		} catch (MediaException e) {
			ILog.of(getClass()).warn("Cannot show frame " + (clamped + 1) + " of " + rendering.dicom().path() + ": " + e.getMessage());
			return false;
		}
		image = rendering.render(1);
		return true;
	}

	@Override
	public void takeDisplayFrom(AdjustableThumbnail earlier) {
		if (!(earlier instanceof DicomThumbnail other) || other == this) {
			return;
		}
		DicomRendering from = other.rendering;
		if (from.frame() != rendering.frame() && from.frame() < rendering.frames()) {
			try {
				rendering.setFrame(from.frame());
			} catch (MediaException e) {
				// the earlier tile decoded it: only a file changed meanwhile gets here; stay on this frame
			}
		}
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
		java.util.List<String> parts = new java.util.ArrayList<>();
		if (rendering.frames() > 1) {
			parts.add("frame " + (rendering.frame() + 1) + " of " + rendering.frames());
		}
		if (!rendering.isColour() && rendering.window() != null) {
			parts.add(DicomViewer.windowText(rendering.window()));
		}
		if (rendering.inverted()) {
			parts.add("inverted");
		}
		return String.join(" · ", parts);
	}
}
