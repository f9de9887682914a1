package org.tagbench.ui.dicom;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.tagbench.dicom.DicomFile;
import org.tagbench.dicom.DicomMetadata;
import org.tagbench.dicom.DicomPixels;
import org.tagbench.dicom.DicomReaders;
import org.tagbench.dicom.GreyRenderer;
import org.tagbench.dicom.ImageAttributes;
import org.tagbench.dicom.LookupTable;
import org.tagbench.dicom.PaletteColor;
import org.tagbench.dicom.Raster;
import org.tagbench.dicom.Tag;
import org.tagbench.dicom.VoiWindow;
import org.tagbench.imaging.MediaException;

/**
 * The displayed state of one DICOM file: its decoded frame, the VOI window, inversion, and rendering to SWT
 * {@link ImageData} through the reader's pipeline (Modality LUT → VOI → MONOCHROME1/Presentation LUT →
 * user inversion). No widgets: the viewer, the tests and the window/level benchmark use it directly.
 * Grey frames render through a table from stored value to grey (one entry per stored value), so a window
 * change costs one table and one look-up per pixel. A rendering opened {@linkplain #openFitted fitted} to a
 * size (grid tiles) keeps every n-th pixel only, with the presets of the whole frame.
 */
public final class DicomRendering {

	/** Where a window comes from. */
	public enum Preset {
		/** The file's first Window Center/Width (or its VOI LUT Sequence); automatic when it has neither. */
		FILE("From file"),
		/** 0.5–99.5 % percentiles of the frame's modality values. */
		AUTOMATIC("Automatic"),
		/** The whole range of the frame's modality values. */
		FULL_RANGE("Full range"),
		/** A window the person stored (preferences). */
		USER("User-defined");

		private final String label;

		Preset(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private static final PaletteData GREYS;

	static {
		RGB[] greys = new RGB[256];
		for (int i = 0; i < 256; i++) {
			greys[i] = new RGB(i, i, i);
		}
		GREYS = new PaletteData(greys);
	}

	private final DicomFile dicom;
	private final int frames;
	private final double slope;
	private final double intercept;
	private final VoiWindow.Function function;
	private final boolean photometricInvert;
	private final Optional<VoiWindow> fileWindow;
	private final boolean fileVoiLut;
	/** Every step-th pixel of a frame is kept (1: all; grid tiles keep fewer). */
	private final int step;
	private Raster stored;
	/** Modality LUT Sequence applied (else the stored raster): the values slope and intercept apply to. */
	private Raster values;
	private boolean colour;
	private int minValue;
	private int maxValue;
	private VoiWindow window;
	private Preset preset = Preset.FILE;
	private boolean invert;
	private VoiWindow userWindow;
	/** The AUTOMATIC window of the whole frame, computed when first needed (at once when subsampling). */
	private VoiWindow automaticWindow;

	private DicomRendering(DicomFile dicom, int step) throws MediaException {
		this.dicom = dicom;
		this.step = step;
		this.frames = dicom.frameCount();
		DicomMetadata metadata = dicom.metadata();
		boolean hasModalityLut = LookupTable.modality(dicom, dicom.imageAttributes().signed()).isPresent();
		slope = hasModalityLut ? 1 : metadata.rescaleSlope();
		intercept = hasModalityLut ? 0 : metadata.rescaleIntercept();
		function = VoiWindow.Function.of(dicom.string(Tag.VOI_LUT_FUNCTION));
		photometricInvert = dicom.imageAttributes().monochrome1() != "INVERSE".equals(dicom.string(Tag.PRESENTATION_LUT_SHAPE));
		fileWindow = metadata.window();
		fileVoiLut = fileWindow.isEmpty() && LookupTable.voi(dicom, dicom.imageAttributes().signed()).isPresent();
	}

	/** Reads {@code file} and decodes its first frame, shown with the file's window. */
	public static DicomRendering open(Path file) throws MediaException {
		DicomRendering rendering = new DicomRendering(DicomReaders.standard().read(file), 1);
		rendering.setFrame(0);
		return rendering;
	}

	/**
	 * Reads {@code file} and decodes its first frame keeping every n-th pixel, n = ⌊longer side / maxSize⌋ (at
	 * least 1): a grid tile's rendering. Presets (automatic, full range) are those of the whole frame.
	 */
	public static DicomRendering openFitted(Path file, int maxSize) throws MediaException {
		DicomFile dicom = DicomReaders.standard().read(file);
		ImageAttributes attributes = dicom.imageAttributes();
		int step = Math.max(1, Math.max(attributes.columns(), attributes.rows()) / Math.max(1, maxSize));
		DicomRendering rendering = new DicomRendering(dicom, step);
		rendering.setFrame(0);
		return rendering;
	}

	public DicomFile dicom() {
		return dicom;
	}

	public int frames() {
		return frames;
	}

	public int frame() {
		return stored.frame();
	}

	public int columns() {
		return stored.columns();
	}

	public int rows() {
		return stored.rows();
	}

	/** True for RGB and palette frames: shown in colour, window/level does not apply. */
	public boolean isColour() {
		return colour;
	}

	/**
	 * Decodes frame {@code index} and keeps the window (the FILE and AUTOMATIC presets are recomputed for it).
	 */
	public void setFrame(int index) throws MediaException {
		Raster raster = DicomPixels.decode(dicom, index);
		if ("PALETTE COLOR".equals(raster.attributes().photometricInterpretation())) {
			raster = PaletteColor.of(dicom, raster.attributes()).toRgb(raster);
		}
		stored = raster;
		colour = raster.attributes().samplesPerPixel() > 1;
		values = raster;
		Optional<LookupTable> modality = colour ? Optional.empty() : LookupTable.modality(dicom, raster.attributes().signed());
		if (modality.isPresent()) {
			int[] mapped = new int[raster.samples().length];
			for (int i = 0; i < mapped.length; i++) {
				mapped[i] = modality.get().lookup(raster.samples()[i]);
			}
			values = new Raster(raster.attributes(), raster.frame(), mapped);
		}
		minValue = Integer.MAX_VALUE;
		maxValue = Integer.MIN_VALUE;
		int spp = values.attributes().samplesPerPixel();
		int[] samples = values.samples();
		for (int i = 0; i < samples.length; i += spp) {
			minValue = Math.min(minValue, samples[i]);
			maxValue = Math.max(maxValue, samples[i]);
		}
		automaticWindow = null;
		if (step > 1) {
			automaticWindow = colour ? null : GreyRenderer.autoWindow(values, slope, intercept);
			Raster fullStored = stored;
			stored = subsample(fullStored, step);
			values = values == fullStored ? stored : subsample(values, step);
		}
		if (window == null || preset == Preset.FILE || preset == Preset.AUTOMATIC || preset == Preset.FULL_RANGE) {
			applyPreset(preset);
		}
	}

	/** The window now applied (for a VOI LUT Sequence file at the FILE preset: the automatic window). */
	public VoiWindow window() {
		return window;
	}

	public Preset preset() {
		return preset;
	}

	/** The person's inversion (on top of MONOCHROME1 / Presentation LUT Shape). */
	public boolean inverted() {
		return invert;
	}

	public void setInverted(boolean inverted) {
		invert = inverted;
	}

	/** The window of the USER preset, or null when none is stored. */
	public void setUserWindow(VoiWindow user) {
		userWindow = user;
	}

	/** The window {@code p} gives for the shown frame (USER: the stored one, or the current window). */
	public VoiWindow windowOf(Preset p) {
		return switch (p) {
		case FILE -> fileWindow.orElseGet(() -> windowOf(Preset.AUTOMATIC));
		case AUTOMATIC -> {
			if (automaticWindow == null) {
				automaticWindow = GreyRenderer.autoWindow(values, slope, intercept);
			}
			yield automaticWindow;
		}
		case FULL_RANGE -> {
			double a = minValue * slope + intercept;
			double b = maxValue * slope + intercept;
			double low = Math.min(a, b);
			double width = Math.max(a, b) - low + 1;
			yield new VoiWindow(low + 0.5 + (width - 1) / 2, Math.max(2, width));
		}
		case USER -> userWindow != null ? userWindow : window;
		};
	}

	public void applyPreset(Preset p) {
		preset = p;
		window = windowOf(p);
	}

	/** A window of one's own (e.g. while dragging); the preset becomes USER only when stored as such. */
	public void setWindow(VoiWindow newWindow) {
		window = new VoiWindow(newWindow.center(), Math.max(1, newWindow.width()));
		preset = null;
	}

	/** Back to the file's window, not inverted. */
	public void reset() {
		invert = false;
		applyPreset(Preset.FILE);
	}

	/** Modality units per mouse pixel when dragging: the frame's full range over 500 pixels (at least 0.1). */
	public double dragSensitivity() {
		return Math.max(0.1, Math.abs((maxValue - minValue) * slope) / 500);
	}

	/**
	 * Window/level by dragging: the window {@code start} becomes when the pointer has moved (dx, dy) screen pixels
	 * since the drag began — right wider, left narrower, down a higher centre (darker), up a lower one.
	 */
	public void drag(VoiWindow start, int dx, int dy) {
		double sensitivity = dragSensitivity();
		setWindow(new VoiWindow(start.center() + dy * sensitivity, start.width() + dx * sensitivity));
	}

	/** The stored value (sample 0) of pixel (x, y), which must be inside the frame. */
	public int storedValue(int x, int y) {
		return stored.sample(x, y);
	}

	/** The modality value (Modality LUT or rescale applied) of pixel (x, y). */
	public double modalityValue(int x, int y) {
		return values.sample(x, y) * slope + intercept;
	}

	/** The RGB samples of pixel (x, y) of a colour frame. */
	public int[] colourOf(int x, int y) {
		int spp = stored.attributes().samplesPerPixel();
		int base = (y * stored.columns() + x) * spp;
		return new int[] { stored.samples()[base], stored.samples()[base + 1], stored.samples()[base + 2] };
	}

	/**
	 * The frame rendered with the current window, every {@code step}-th pixel in both directions (1 = full
	 * size; larger steps are previews while dragging, stretched over the frame by the canvas).
	 */
	public ImageData render(int step) {
		int s = Math.max(1, step);
		int width = (columns() + s - 1) / s;
		int height = (rows() + s - 1) / s;
		if (colour) {
			return renderColour(s, width, height);
		}
		byte[] grey;
		if (preset == Preset.FILE && fileVoiLut) {
			grey = subsample(GreyRenderer.render(dicom, stored), s, width, height, invert);
		} else {
			grey = renderGrey(s, width, height);
		}
		return new ImageData(width, height, 8, GREYS, 1, grey);
	}

	private byte[] renderGrey(int s, int width, int height) {
		boolean flip = photometricInvert != invert;
		int[] samples = values.samples();
		int columns = columns();
		byte[] grey = new byte[width * height];
		long range = (long) maxValue - minValue;
		if (range < 1 << 20) {
			// one table entry per stored value: a window change costs range + pixels, not pixels × the VOI maths
			byte[] table = new byte[(int) range + 1];
			for (int v = 0; v <= range; v++) {
				int g = window.apply((minValue + v) * slope + intercept, function);
				table[v] = (byte) (flip ? 255 - g : g);
			}
			int min = minValue;
			int out = 0;
			for (int y = 0; y < height; y++) {
				int row = y * s * columns;
				for (int x = 0; x < width; x++) {
					grey[out++] = table[samples[row + x * s] - min];
				}
			}
		} else {
			int out = 0;
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					int g = window.apply(samples[y * s * columns + x * s] * slope + intercept, function);
					grey[out++] = (byte) (flip ? 255 - g : g);
				}
			}
		}
		return grey;
	}

	/** Every {@code n}-th pixel of {@code full} in both directions, as a smaller raster. */
	private static Raster subsample(Raster full, int n) {
		ImageAttributes a = full.attributes();
		int columns = (a.columns() + n - 1) / n;
		int rows = (a.rows() + n - 1) / n;
		int spp = a.samplesPerPixel();
		int[] samples = new int[columns * rows * spp];
		int out = 0;
		for (int y = 0; y < rows; y++) {
			for (int x = 0; x < columns; x++) {
				int base = (y * n * a.columns() + x * n) * spp;
				for (int c = 0; c < spp; c++) {
					samples[out++] = full.samples()[base + c];
				}
			}
		}
		ImageAttributes smaller = new ImageAttributes(rows, columns, spp, a.bitsAllocated(), a.bitsStored(), a.highBit(),
				a.signed(), a.planarConfiguration(), a.photometricInterpretation(), a.frames());
		return new Raster(smaller, full.frame(), samples);
	}

	private byte[] subsample(byte[] full, int s, int width, int height, boolean flip) {
		byte[] grey = new byte[width * height];
		int out = 0;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int g = full[y * s * columns() + x * s] & 0xFF;
				grey[out++] = (byte) (flip ? 255 - g : g);
			}
		}
		return grey;
	}

	private ImageData renderColour(int s, int width, int height) {
		int shift = Math.max(0, stored.attributes().bitsStored() - 8);
		int spp = stored.attributes().samplesPerPixel();
		int[] samples = stored.samples();
		byte[] rgb = new byte[width * height * 3];
		int out = 0;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int base = (y * s * columns() + x * s) * spp;
				for (int c = 0; c < 3; c++) {
					int v = Math.max(0, Math.min(255, samples[base + c] >> shift));
					rgb[out++] = (byte) (invert ? 255 - v : v);
				}
			}
		}
		return new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF), 1, rgb);
	}
}
