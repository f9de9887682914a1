package org.tagbench.ui.dicom;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.tagbench.dicom.DicomFile;
import org.tagbench.dicom.VoiWindow;
import org.tagbench.imaging.MediaException;
import org.tagbench.model.DataItem;
import org.tagbench.ui.labeling.AdjustableThumbnail;
import org.tagbench.ui.dicom.internal.DicomMetadataView;
import org.tagbench.ui.labeling.ItemViewer;
import org.tagbench.ui.labeling.ViewTransform;
import org.tagbench.ui.labeling.ViewerSite;

/**
 * Shows DICOM items in the labeling editor through Tagbench's DICOM reader, in the frame's pixel space, and
 * adds the viewer controls: window/level by right-drag (right: wider, down: higher centre, i.e. darker; the
 * picture follows live at screen resolution and is rendered at full size on release), presets, invert,
 * reset, the stored and modality value under the cursor (status line), a frame slider for multi-frame
 * files, and a button for the DICOM metadata view.
 */
public class DicomViewer implements ItemViewer {

	private static final String PREFERENCES = "org.tagbench.ui.dicom";
	/** The combo's entry for a window of one's own (dragged). */
	public static final String CUSTOM = "Custom (dragged)";
	private static final ListenerList<Consumer<DicomFile>> SHOWN = new ListenerList<>();
	private static volatile DicomFile lastShown;

	private ViewerSite site;
	private DicomRendering rendering;
	private Group group;
	private Combo presets;
	private Label windowLabel;
	private Button invertButton;
	private Label frameLabel;
	private Scale frameScale;
	private boolean dragging;
	private int dragX;
	private int dragY;
	private VoiWindow dragStart;

	/** Tells {@code listener} (UI thread) about every DICOM file a viewer shows; the metadata view listens. */
	public static void addShownListener(Consumer<DicomFile> listener) {
		SHOWN.add(listener);
	}

	public static void removeShownListener(Consumer<DicomFile> listener) {
		SHOWN.remove(listener);
	}

	/** The DICOM file shown last by any viewer, or null. */
	public static DicomFile lastShown() {
		return lastShown;
	}

	@Override
	public void createControls(Composite parent, ViewerSite viewerSite) {
		site = viewerSite;
		group = new Group(parent, SWT.NONE);
		group.setText("DICOM");
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(4, 4).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);

		Label presetLabel = new Label(group, SWT.NONE);
		presetLabel.setText("Window");
		presets = new Combo(group, SWT.READ_ONLY);
		for (DicomRendering.Preset preset : DicomRendering.Preset.values()) {
			presets.add(preset.label());
		}
		presets.add(CUSTOM); // shown after a right-drag; choosing it changes nothing
		GridDataFactory.fillDefaults().grab(true, false).applyTo(presets);
		presets.addListener(SWT.Selection, e -> {
			int index = presets.getSelectionIndex();
			if (index >= 0 && index < DicomRendering.Preset.values().length) {
				applyPreset(DicomRendering.Preset.values()[index]);
			}
		});
		windowLabel = new Label(group, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(windowLabel);
		windowLabel.setToolTipText("Window centre and width in modality units; right-drag on the image changes them");

		invertButton = new Button(group, SWT.CHECK);
		invertButton.setText("Invert");
		invertButton.addListener(SWT.Selection, e -> setInverted(invertButton.getSelection()));
		Button reset = new Button(group, SWT.PUSH);
		reset.setText("Reset");
		reset.setToolTipText("The file's window, not inverted");
		reset.addListener(SWT.Selection, e -> reset());

		Button store = new Button(group, SWT.PUSH);
		store.setText("Store as user window");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(store);
		store.addListener(SWT.Selection, e -> storeUserWindow());

		frameLabel = new Label(group, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(frameLabel);
		frameScale = new Scale(group, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(frameScale);
		frameScale.addListener(SWT.Selection, e -> setFrame(frameScale.getSelection()));

		Button metadata = new Button(group, SWT.PUSH);
		metadata.setText("Metadata…");
		metadata.setToolTipText("Shows the DICOM tags of the shown file");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(metadata);
		metadata.addListener(SWT.Selection, e -> {
			try {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(DicomMetadataView.ID);
			} catch (PartInitException ex) {
				ILog.of(getClass()).error("Cannot open the DICOM metadata view", ex);
			}
		});

		site.canvas().addListener(SWT.MouseDown, this::mouseDown);
		site.canvas().addListener(SWT.MouseMove, this::mouseMove);
		site.canvas().addListener(SWT.MouseUp, this::mouseUp);
		updateControls();
	}

	@Override
	public ImageData show(ViewerSite viewerSite, DataItem item, Path file) throws MediaException {
		site = viewerSite;
		rendering = null;
		DicomRendering opened = DicomRendering.open(file);
		opened.setUserWindow(userWindow());
		rendering = opened;
		lastShown = opened.dicom();
		for (Consumer<DicomFile> listener : SHOWN) {
			listener.accept(opened.dicom());
		}
		updateControls();
		return opened.render(1);
	}

	@Override
	public void hide(ViewerSite viewerSite) {
		rendering = null;
		dragging = false;
		viewerSite.canvas().setFastScaling(false);
		updateControls();
	}

	/** The state of the shown file, or null. */
	public DicomRendering rendering() {
		return rendering;
	}

	@Override
	public String describe(double x, double y) {
		if (rendering == null || x < 0 || y < 0 || x >= rendering.columns() || y >= rendering.rows()) {
			return null;
		}
		int px = (int) x;
		int py = (int) y;
		if (rendering.isColour()) {
			int[] rgb = rendering.colourOf(px, py);
			return "(" + px + ", " + py + ") RGB " + rgb[0] + " " + rgb[1] + " " + rgb[2];
		}
		return "(" + px + ", " + py + ") stored " + rendering.storedValue(px, py) + " · modality " + number(rendering.modalityValue(px, py));
	}

	@Override
	public ImageData thumbnail(DataItem item, Path file, int maxSize) throws MediaException {
		return DicomRendering.openFitted(file, maxSize).render(1);
	}

	@Override
	public AdjustableThumbnail adjustableThumbnail(DataItem item, Path file, int maxSize) throws MediaException {
		return DicomThumbnail.open(file, maxSize);
	}

	/** Applies a window preset and re-renders. */
	public void applyPreset(DicomRendering.Preset preset) {
		if (rendering == null || rendering.isColour()) {
			return;
		}
		rendering.setUserWindow(userWindow());
		rendering.applyPreset(preset);
		rerender(1);
	}

	public void setInverted(boolean inverted) {
		if (rendering == null) {
			return;
		}
		rendering.setInverted(inverted);
		rerender(1);
	}

	public void toggleInvert() {
		if (rendering != null) {
			setInverted(!rendering.inverted());
		}
	}

	/** The file's window, not inverted. */
	public void reset() {
		if (rendering == null) {
			return;
		}
		rendering.reset();
		rerender(1);
	}

	/** Sets the window (modality units) and re-renders at full size. */
	public void setWindow(VoiWindow window) {
		if (rendering == null || rendering.isColour()) {
			return;
		}
		rendering.setWindow(window);
		rerender(1);
	}

	/** Shows frame {@code index} (clamped) of a multi-frame file; new annotations record it. */
	public void setFrame(int index) {
		if (rendering == null) {
			return;
		}
		int clamped = Math.max(0, Math.min(rendering.frames() - 1, index));
		if (clamped == rendering.frame()) {
			updateControls();
			return;
		}
		try {
			rendering.setFrame(clamped);
		} catch (MediaException e) {
			ILog.of(getClass()).warn("Cannot show frame " + clamped + ": " + e.getMessage());
			site.canvas().setToolTipText(e.getMessage());
			return;
		}
		site.setFrame(clamped);
		rerender(1);
	}

	public void nextFrame(int direction) {
		if (rendering != null) {
			setFrame(rendering.frame() + direction);
		}
	}

	/** Stores the current window as the USER preset (preferences of this bundle). */
	public void storeUserWindow() {
		if (rendering == null || rendering.window() == null) {
			return;
		}
		Preferences node = InstanceScope.INSTANCE.getNode(PREFERENCES);
		node.putDouble("userCenter", rendering.window().center());
		node.putDouble("userWidth", rendering.window().width());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(getClass()).warn("Cannot store the user window: " + e.getMessage());
		}
		rendering.setUserWindow(rendering.window());
		rendering.applyPreset(DicomRendering.Preset.USER);
		updateControls();
	}

	/** The stored USER preset, or null. */
	static VoiWindow userWindow() {
		Preferences node = InstanceScope.INSTANCE.getNode(PREFERENCES);
		double width = node.getDouble("userWidth", Double.NaN);
		return Double.isNaN(width) ? null : new VoiWindow(node.getDouble("userCenter", 0), width);
	}

	private void mouseDown(Event e) {
		if (e.button == 3 && rendering != null && !rendering.isColour()) {
			dragging = true;
			dragX = e.x;
			dragY = e.y;
			dragStart = rendering.window();
			site.canvas().setFastScaling(true);
		}
	}

	private void mouseMove(Event e) {
		if (!dragging || rendering == null) {
			return;
		}
		rendering.drag(dragStart, e.x - dragX, e.y - dragY);
		rerender(previewStep());
	}

	private void mouseUp(Event e) {
		if (e.button == 3 && dragging) {
			dragging = false;
			site.canvas().setFastScaling(false);
			rerender(1);
		}
	}

	/** While dragging, one rendered pixel per screen pixel is enough: the step the fitted zoom skips anyway. */
	private int previewStep() {
		ViewTransform t = site.canvas().transform();
		return t.scale() >= 1 ? 1 : Math.max(1, (int) Math.floor(1 / t.scale()));
	}

	private void rerender(int step) {
		if (rendering == null || site == null) {
			return;
		}
		site.setImage(rendering.render(step));
		updateControls();
		site.updateStatus();
	}

	private void updateControls() {
		if (group == null || group.isDisposed()) {
			return;
		}
		boolean shown = rendering != null;
		boolean grey = shown && !rendering.isColour();
		presets.setEnabled(grey);
		DicomRendering.Preset preset = shown ? rendering.preset() : null;
		if (preset != null) {
			presets.select(preset.ordinal());
		} else if (grey) {
			presets.select(presets.getItemCount() - 1);
		} else {
			presets.deselectAll();
		}
		windowLabel.setText(grey && rendering.window() != null ? windowText(rendering.window()) : shown ? "colour: no window" : "");
		invertButton.setSelection(shown && rendering.inverted());
		int frames = shown ? rendering.frames() : 1;
		frameLabel.setText(shown ? "Frame " + (rendering.frame() + 1) + " of " + frames : "");
		frameScale.setEnabled(frames > 1);
		frameScale.setMaximum(Math.max(1, frames - 1));
		frameScale.setMinimum(0);
		frameScale.setPageIncrement(1);
		frameScale.setSelection(shown ? rendering.frame() : 0);
	}

	/** The frame slider (tests drive it). */
	public Scale frameScale() {
		return frameScale;
	}

	/** The preset combo (tests drive it). */
	public Combo presetCombo() {
		return presets;
	}

	/** "C … W …" as shown. */
	public String windowText() {
		return windowLabel.getText();
	}

	/** "C 40  W 400": a window as the viewer and the grid tiles show it. */
	static String windowText(VoiWindow window) {
		return "C " + number(window.center()) + "  W " + number(window.width());
	}

	static String number(double value) {
		return Math.abs(value - Math.rint(value)) < 1e-9 ? String.valueOf((long) Math.rint(value)) : String.format("%.1f", value);
	}
}
