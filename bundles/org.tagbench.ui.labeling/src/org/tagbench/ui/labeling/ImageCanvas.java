package org.tagbench.ui.labeling;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.model.Annotation;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.LabelClass;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.ui.labeling.internal.Geometry;
import org.tagbench.ui.labeling.internal.ImageAdjustment;
import org.tagbench.ui.labeling.internal.ImageCopies;
import org.tagbench.ui.labeling.internal.ImagePyramid;

/**
 * Shows one image fitted to the canvas (double-buffered), with zoom (wheel, +/-, 0 = fit, Ctrl+1 = 100 %), pan
 * (middle-drag or space+drag), brightness/contrast, the boxes and polygons of the item (labels can be hidden),
 * and hands left-button mouse input, other keys and painting to the
 * active {@link AnnotationTool} (in image pixels, converted by a {@link ViewTransform}).
 */
public class ImageCanvas extends Canvas {

	/** Smallest box side, in image pixels; smaller drags are clicks (they select) and create nothing. */
	public static final double MIN_BOX_SIZE = 2;

	/** Side of a box or vertex handle, in canvas pixels. */
	public static final int HANDLE_SIZE = 8;

	/**
	 * Paints over the shown image, below the annotations: e.g. full-resolution parts of a huge image that is
	 * shown as an overview.
	 *
	 * @since 0.2
	 */
	public interface ImageLayer {
		/** Paints into {@code gc} (canvas pixels) for a view of {@code area}. */
		void paint(GC gc, ViewTransform transform, Rectangle area);

		/**
		 * Whether the layer may paint anything at this view's scale; while it does, panning repaints the whole
		 * view (the canvas cannot tell when the layer's picture changes).
		 *
		 * @since 0.2
		 */
		default boolean paintsAt(ViewTransform transform) {
			return true;
		}
	}

	/** After the last zoom step, the view counts as settled (its exact-scale copy is made) after this long. */
	static final int SETTLE_MILLIS = 150;

	private final ViewTransform transform = new ViewTransform();
	private Image image;
	private ImageData imageData;
	private Image adjusted;
	private ImageData adjustedData;
	/**
	 * The tiles are prepared this long after an image is shown, or at once when the view leaves the fitted
	 * zoom: labelers who only submit fitted images never pay for them (Submit to the next image stays fast).
	 */
	static final int TILES_DELAY_MILLIS = 1000;

	/** Tiles of the shown bitmap and its half-size levels on the X server: what zoom and pan frames draw from. */
	private ImagePyramid pyramid;
	/** True while the shown bitmap should get tiles that are not started yet. */
	private boolean pyramidDue;
	private final Runnable startPyramid = this::startPyramid;
	private final Runnable settle = () -> {
		if (!isDisposed()) {
			redraw();
		}
	};
	/**
	 * True once every tile of what is painted is on the X server and the canvas draws from them only: it has let go
	 * of its bitmaps and of the painted SWT image (cairo kept its pixels outside the heap, 48 MB for 12 MP). With
	 * brightness/contrast set, the unadjusted image stays: the source of the next adjustment.
	 */
	private boolean drawsFromTiles;
	/** What the frames show: a new object whenever the painted pixels change (the scaled copy and the back buffer are of one). */
	private Object painted;
	/** Whether the image was shown with its bitmap ({@link #show(ImageData, double, double)}): it gets tiles. */
	private boolean shownWithBitmap;
	/** A level of the tiles is on the X server: repaint. Once all are, the canvas draws from them only. */
	private final Runnable tilesArrived = () -> {
		if (pyramid != null && pyramid.complete() && !drawsFromTiles && hasImage()) {
			drawsFromTiles = true;
			imageData = null;
			adjustedData = null;
			if (adjusted != null) {
				adjusted.dispose();
				adjusted = null;
			} else if (image != null) {
				image.dispose();
				image = null;
			}
		}
		settle.run();
	};
	/** The shown image scaled to the view's scale once (reduced views), blitted 1:1 while the scale stays. */
	private Image scaled;
	/** The picture ({@link #painted}) the scaled copy is of. */
	private Object scaledFrom;
	/** The scale of the previous frame: while it changes (zooming) the image is drawn directly, not cached. */
	private double lastScale;
	private int brightness;
	private int contrast;
	private String placeholder;
	private boolean fastScaling;
	private Supplier<List<? extends Annotation>> annotations = List::of;
	private Annotation selected;
	private boolean showLabels = true;
	private final Map<String, Point> textExtents = new HashMap<>();
	private AnnotationTool tool;
	private ImageLayer imageLayer;
	private ToolContext toolContext;
	private final Set<AnnotationTool> failedTools = Collections.newSetFromMap(new IdentityHashMap<>());

	private boolean spaceDown;
	private boolean toolPressed;
	private boolean panning;
	private int lastViewX;
	private int lastViewY;

	public ImageCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.BORDER);
		addListener(SWT.Paint, e -> paint(e.gc));
		addListener(SWT.Dispose, e -> disposeImages());
		addListener(SWT.Resize, e -> {
			Rectangle area = getClientArea();
			transform.setViewSize(area.width, area.height);
			redraw();
		});
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		addListener(SWT.MouseDoubleClick, e -> {
			if (e.button == 1 && !spaceDown && canAnnotate()) {
				callTool(t -> t.mouseDoubleClick(toolContext, transform.toImageX(e.x), transform.toImageY(e.y), e.stateMask));
				redraw();
			}
		});
		addListener(SWT.MouseVerticalWheel, e -> {
			if (e.count != 0) {
				transform.zoomAt(e.count > 0 ? 1.25 : 0.8, e.x, e.y);
				redraw();
			}
		});
		addListener(SWT.KeyDown, this::keyDown);
		addListener(SWT.KeyUp, e -> {
			if (e.character == ' ') {
				spaceDown = false;
			}
		});
		addListener(SWT.Traverse, e -> {
			// keep Enter, Esc, Tab and the arrows for the editor's commands instead of focus traversal
			switch (e.detail) {
			case SWT.TRAVERSE_RETURN, SWT.TRAVERSE_ESCAPE, SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS,
					SWT.TRAVERSE_ARROW_NEXT, SWT.TRAVERSE_ARROW_PREVIOUS -> e.doit = false;
			default -> {
				// other traversals as usual
			}
			}
		});
	}

	public ViewTransform transform() {
		return transform;
	}

	/** Shows {@code newImage} (the canvas disposes it later), or a placeholder text when it is null. */
	public void show(Image newImage, double width, double height, String placeholderText) {
		show(newImage, null, width, height, placeholderText);
	}

	/**
	 * Shows the bitmap {@code data} (which must not change afterwards) stretched over an image of {@code width} ×
	 * {@code height} pixels. Unlike {@link #show(Image, double, double, String)} the canvas then prepares tiles of
	 * it and of half-size copies on the X server in the background, so that zooming and panning stay fast.
	 *
	 * @since 0.2
	 */
	public void show(ImageData data, double width, double height) {
		show(new Image(getDisplay(), data), data, width, height, null);
	}

	private void show(Image newImage, ImageData data, double width, double height, String placeholderText) {
		resetTool();
		disposeImages();
		image = newImage;
		imageData = data;
		shownWithBitmap = data != null;
		painted = newImage == null ? null : new Object();
		placeholder = placeholderText;
		if (image != null && (brightness != 0 || contrast != 0)) {
			applyAdjustment();
		}
		preparePyramid();
		selected = null;
		Rectangle area = getClientArea();
		transform.setViewSize(area.width, area.height);
		transform.setImageSize(width, height);
		redraw();
	}

	/**
	 * Replaces the shown image (the canvas disposes it later) and keeps zoom, pan, selection and the tool's
	 * state: for live re-rendering (window/level). It may be smaller than the image size set by
	 * {@link #show}; it is stretched over it.
	 */
	public void replaceImage(Image newImage) {
		replaceImage(newImage, null);
	}

	/**
	 * {@link #replaceImage(Image)} with the bitmap {@code data} (which must not change afterwards), prepared for
	 * fast zooming and panning as by {@link #show(ImageData, double, double)} unless fast scaling is on.
	 *
	 * @since 0.2
	 */
	public void replaceImage(ImageData data) {
		replaceImage(new Image(getDisplay(), data), data);
	}

	private void replaceImage(Image newImage, ImageData data) {
		disposeImages();
		image = newImage;
		imageData = data;
		shownWithBitmap = data != null;
		painted = newImage == null ? null : new Object();
		placeholder = null;
		if (image != null && (brightness != 0 || contrast != 0)) {
			applyAdjustment();
		}
		preparePyramid();
		redraw();
	}

	/**
	 * Starts preparing the tiles of what is painted (the adjusted bitmap when brightness/contrast are set), when its
	 * bitmap is known; not during live previews (fast scaling), where each image lives for one frame.
	 */
	private void preparePyramid() {
		disposePyramid();
		if (!fastScaling && image != null && ImagePyramid.supports(paintedData())) {
			pyramidDue = true;
			getDisplay().timerExec(TILES_DELAY_MILLIS, startPyramid);
		}
	}

	private void startPyramid() {
		if (pyramidDue && pyramid == null && !isDisposed()) {
			pyramidDue = false;
			pyramid = new ImagePyramid(getDisplay(), paintedData(), tilesArrived);
		}
	}

	private void disposePyramid() {
		pyramidDue = false;
		drawsFromTiles = false; // the caller has an image to paint instead
		if (!isDisposed()) {
			getDisplay().timerExec(-1, startPyramid);
		}
		if (pyramid != null) {
			pyramid.dispose();
			pyramid = null;
		}
	}

	/**
	 * The bitmap of what is painted (the adjusted one when brightness/contrast are set), got back from the image
	 * when it was let go of (an unadjusted image shown again after brightness/contrast are reset); null when the
	 * image was shown without one.
	 */
	private ImageData paintedData() {
		if (adjusted != null) {
			return adjustedData;
		}
		if (imageData == null && shownWithBitmap && image != null && !image.isDisposed()) {
			imageData = image.getImageData();
		}
		return imageData;
	}

	/**
	 * Bytes of pixels the canvas holds in the Java heap for the shown image: its bitmaps (until the tiles are on the
	 * X server) and the half-size levels of the tiles.
	 *
	 * @since 0.2
	 */
	public long imageHeapBytes() {
		long bytes = pyramid == null ? 0 : pyramid.levelBytes();
		for (ImageData data : new ImageData[] { imageData, adjustedData }) {
			bytes += data == null ? 0 : data.data.length;
		}
		return bytes;
	}

	/** True once the shown image's tiles for fast zooming and panning are on the X server (see {@link #show(ImageData, double, double)}). */
	public boolean imageTilesReady() {
		return pyramid != null && pyramid.complete();
	}

	/**
	 * The shown image (before brightness/contrast), or null. Once the canvas draws from the tiles only it does not
	 * keep this image: it is then made again from the tiles (kept until the next image; costly, for tests and rare
	 * uses; {@link #hasImage()} tells whether one is shown).
	 */
	public Image image() {
		if (image == null && drawsFromTiles && pyramid != null) {
			image = new Image(getDisplay(), pyramid.bitmap());
		}
		return image;
	}

	/**
	 * True while an image is shown (not a placeholder).
	 *
	 * @since 0.2
	 */
	public boolean hasImage() {
		return drawsFromTiles || (image != null && !image.isDisposed());
	}

	/**
	 * Bytes of pixels the canvas holds in client-side SWT images for the shown image (cairo keeps them outside the
	 * Java heap, 4 bytes a pixel): the shown image until its tiles are on the X server, then none, or with
	 * brightness/contrast set the unadjusted image (the source of the next adjustment).
	 *
	 * @since 0.2
	 */
	public long imageNativeBytes() {
		long bytes = 0;
		for (Image held : new Image[] { image, adjusted }) {
			if (held != null && !held.isDisposed()) {
				bytes += 4L * held.getBounds().width * held.getBounds().height;
			}
		}
		return bytes;
	}

	/**
	 * While true the image is scaled with the fastest filter: for live previews (an item viewer re-rendering on
	 * every mouse move); set it back to false for the final picture.
	 */
	public void setFastScaling(boolean fast) {
		boolean was = fastScaling;
		fastScaling = fast;
		if (was && !fast && pyramid == null) {
			preparePyramid();
		}
	}

	public String placeholder() {
		return placeholder;
	}

	private void disposeImages() {
		if (image != null && !image.isDisposed()) {
			image.dispose();
		}
		if (adjusted != null && !adjusted.isDisposed()) {
			adjusted.dispose();
		}
		adjusted = null;
		adjustedData = null;
		disposeScaled();
		disposePyramid();
		disposeBackBuffers();
	}

	private void disposeScaled() {
		if (scaled != null && !scaled.isDisposed()) {
			scaled.dispose();
		}
		scaled = null;
		scaledFrom = null;
	}

	/**
	 * Sets (or with null removes) the layer painted over the image and below the annotations.
	 *
	 * @since 0.2
	 */
	public void setImageLayer(ImageLayer layer) {
		imageLayer = layer;
		redraw();
	}

	/** Where the canvas reads the annotations to paint (boxes and polygons; others are ignored), in drawing order. */
	public void setAnnotations(Supplier<List<? extends Annotation>> annotations) {
		this.annotations = annotations;
	}

	/**
	 * Repaints everything, not only what a pan brought into view (the canvas notices changes of the annotations
	 * it paints by itself; this is for anything else its picture depends on).
	 *
	 * @since 0.2
	 */
	public void redrawAll() {
		disposeBackBuffers();
		redraw();
	}

	/** Shows or hides the class names beside the annotations. */
	public void setShowLabels(boolean show) {
		showLabels = show;
		redraw();
	}

	public boolean showLabels() {
		return showLabels;
	}

	/**
	 * Brightness (-100 … 100, added to each channel in percent of the range) and contrast (-100 … 100, the
	 * slope around mid-grey) of the shown image; 0, 0 shows it unchanged. Kept for the next items.
	 */
	public void setAdjustment(int newBrightness, int newContrast) {
		int clampedBrightness = Math.max(-100, Math.min(100, newBrightness));
		int clampedContrast = Math.max(-100, Math.min(100, newContrast));
		if (clampedBrightness == brightness && clampedContrast == contrast) {
			return; // the picture and its tiles stay
		}
		brightness = clampedBrightness;
		contrast = clampedContrast;
		applyAdjustment();
		painted = hasImage() ? new Object() : null;
		preparePyramid();
		redraw();
	}

	public int brightness() {
		return brightness;
	}

	public int contrast() {
		return contrast;
	}

	private void applyAdjustment() {
		if (drawsFromTiles && image == null && pyramid != null) {
			// the tiles are about to be replaced: the unadjusted image comes back from them (shown, or adjusted)
			imageData = pyramid.bitmap();
			image = new Image(getDisplay(), imageData);
		}
		if (adjusted != null && !adjusted.isDisposed()) {
			adjusted.dispose();
		}
		adjusted = null;
		adjustedData = null;
		if (image == null || image.isDisposed() || (brightness == 0 && contrast == 0)) {
			return;
		}
		if (imageData == null) {
			imageData = image.getImageData();
		}
		adjustedData = ImageAdjustment.apply(imageData, brightness, contrast);
		adjusted = new Image(getDisplay(), adjustedData);
	}

	/**
	 * The image as painted (after brightness/contrast), or null; made again from the tiles once the canvas draws
	 * from them only, as {@link #image()}.
	 */
	public Image shownImage() {
		if (adjusted == null && drawsFromTiles && (brightness != 0 || contrast != 0) && pyramid != null) {
			// adjusted, tiled and let go of: the tiles hold the adjusted pixels, the image the unadjusted ones
			adjusted = new Image(getDisplay(), pyramid.bitmap());
		}
		return adjusted != null ? adjusted : image();
	}

	/** Zooms to 100 % (one image pixel per canvas pixel) around the centre of the view. */
	public void actualSize() {
		transform.zoom(1 / transform.scale());
		redraw();
	}

	/** Makes {@code newTool} (or none) the active tool, deactivating the previous one. */
	public void setTool(AnnotationTool newTool, ToolContext context) {
		if (tool != null && toolContext != null) {
			toolPressed = false;
			callTool(t -> t.deactivate(toolContext));
		}
		tool = newTool;
		toolContext = context;
		if (tool != null) {
			callTool(t -> t.activate(toolContext));
		}
		redraw();
	}

	/** The active tool, or null. */
	public AnnotationTool tool() {
		return tool;
	}

	/** The selected box or polygon, or null. */
	public Annotation selected() {
		return selected;
	}

	public void select(Annotation annotation) {
		selected = annotation;
		redraw();
	}

	/** Tells the active tool to drop anything in progress (a new item is shown). */
	private void resetTool() {
		toolPressed = false;
		if (tool != null && toolContext != null) {
			callTool(t -> t.deactivate(toolContext));
			callTool(t -> t.activate(toolContext));
		}
	}

	/**
	 * Calls the active tool; a tool that fails is logged (once per tool), so a broken third-party tool
	 * cannot break the editor's event handling or painting.
	 */
	private void callTool(Consumer<AnnotationTool> call) {
		AnnotationTool current = tool;
		if (current == null) {
			return;
		}
		try {
			call.accept(current);
		} catch (RuntimeException | LinkageError e) {
			if (failedTools.add(current)) {
				ILog.of(ImageCanvas.class).error("The annotation tool "
						+ current.getClass().getName() + " failed", e);
			}
		}
	}

	private boolean canAnnotate() {
		return tool != null && toolContext != null && (hasImage() || placeholder == null);
	}

	private void keyDown(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0 && e.keyCode == '1') {
			actualSize();
			return;
		}
		switch (e.character) {
		case ' ' -> spaceDown = true;
		case '+', '=' -> {
			transform.zoom(1.25);
			redraw();
		}
		case '-' -> {
			transform.zoom(0.8);
			redraw();
		}
		case '0' -> {
			transform.fit();
			redraw();
		}

		default -> {
			// the rest goes to the active tool (the editor has a key listener of its own)
			boolean[] used = { false };
			if (canAnnotate()) {
				callTool(t -> used[0] = t.keyDown(toolContext, e.character, e.keyCode, e.stateMask));
			}
			if (used[0]) {
				redraw();
			}
		}
		}
		if (e.keyCode == SWT.KEYPAD_ADD) {
			transform.zoom(1.25);
			redraw();
		} else if (e.keyCode == SWT.KEYPAD_SUBTRACT) {
			transform.zoom(0.8);
			redraw();
		}
	}

	private void mouseDown(Event e) {
		if (!isFocusControl()) {
			setFocus();
		}
		if (e.button == 2 || (e.button == 1 && spaceDown)) {
			panning = true;
			lastViewX = e.x;
			lastViewY = e.y;
		} else if (e.button == 1 && canAnnotate()) {
			toolPressed = true;
			callTool(t -> t.mouseDown(toolContext, transform.toImageX(e.x), transform.toImageY(e.y), e.stateMask));
		}
	}

	private void mouseMove(Event e) {
		if (panning) {
			transform.pan(e.x - lastViewX, e.y - lastViewY);
			lastViewX = e.x;
			lastViewY = e.y;
			redraw();
		} else if (canAnnotate()) {
			callTool(t -> t.mouseMove(toolContext, transform.toImageX(e.x), transform.toImageY(e.y), e.stateMask));
		}
	}

	private void mouseUp(Event e) {
		if (panning && (e.button == 2 || e.button == 1)) {
			panning = false;
			return;
		}
		if (!toolPressed || e.button != 1) {
			return;
		}
		toolPressed = false;
		if (canAnnotate()) {
			callTool(t -> t.mouseUp(toolContext, transform.toImageX(e.x), transform.toImageY(e.y), e.stateMask));
		}
	}

	/** The topmost box containing the image point (with a 3 canvas-pixel tolerance), or null. */
	public BoundingBox boxAt(double ix, double iy) {
		List<? extends Annotation> all = annotations.get();
		for (int i = all.size() - 1; i >= 0; i--) {
			if (all.get(i) instanceof BoundingBox b && inBox(b, ix, iy)) {
				return b;
			}
		}
		return null;
	}

	/** The topmost box or polygon at the image point (boxes with a 3 canvas-pixel tolerance), or null. */
	public Annotation annotationAt(double ix, double iy) {
		List<? extends Annotation> all = annotations.get();
		for (int i = all.size() - 1; i >= 0; i--) {
			Annotation a = all.get(i);
			if (a instanceof BoundingBox b && inBox(b, ix, iy)) {
				return a;
			}
			if (a instanceof PolygonAnnotation p) {
				double[] points = points(p);
				if (Geometry.contains(points, ix, iy) || Geometry.edgeAt(points, ix, iy, 3 / transform.scale()) >= 0) {
					return a;
				}
			}
		}
		return null;
	}

	private boolean inBox(BoundingBox b, double ix, double iy) {
		double tolerance = 3 / transform.scale();
		return ix >= b.getX() - tolerance && ix <= b.getX() + b.getW() + tolerance && iy >= b.getY() - tolerance
				&& iy <= b.getY() + b.getH() + tolerance;
	}

	/** The points of a polygon as a flat array {@code x0, y0, x1, y1, …} (a copy). */
	public static double[] points(PolygonAnnotation polygon) {
		List<Double> list = polygon.getPoints();
		double[] points = new double[list.size() & ~1];
		for (int i = 0; i < points.length; i++) {
			points[i] = list.get(i);
		}
		return points;
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setBackground(new Color(TagbenchPreferences.backgroundColour()));
		gc.fillRectangle(area);
		paintContent(gc, area);
	}

	/**
	 * Paints the image, the annotations and the tool's preview into {@code gc} for a view of {@code area}
	 * (also used by the render benchmark, which paints into an off-screen image).
	 */
	public void paintContent(GC gc, Rectangle area) {
		gc.setAntialias(SWT.OFF);
		gc.setTextAntialias(SWT.ON);
		Image shown = paintedImage();
		double scale = transform.scale();
		long now = System.nanoTime();
		boolean zoomStep = scale != lastFrameScale;
		boolean zoomBurst = zoomStep && now - lastZoomStepNanos < ZOOM_BURST_MILLIS * 1_000_000L;
		lastFrameScale = scale;
		if (zoomStep) {
			lastZoomStepNanos = now;
		}
		List<Object> key = bufferKey(shown, area);
		if (key == null) {
			setBackBufferAside(); // zoomed in past 100 %, say: the zoomed-out view may come back
			disposeBuffers();
			paintImageAndOutlines(gc, shown, area, area);
		} else if (!(zoomBurst && paintZoomPreview(gc, shown, area, key))) {
			paintThroughBackBuffer(gc, shown, area, key);
		}
		paintAnnotations(gc, area, null, true);
		gc.setLineWidth(1);
		if (tool != null && toolContext != null) {
			callTool(t -> t.paint(toolContext, gc));
		}
	}

	/** The SWT image frames draw from, or null: none shown, or drawn from the tiles only. */
	private Image paintedImage() {
		Image shown = drawsFromTiles ? null : adjusted != null ? adjusted : image;
		return shown == null || shown.isDisposed() ? null : shown;
	}

	/**
	 * The image ({@code shown}, or the tiles once the canvas draws from them only), the layer over it, the
	 * placeholder and the outlines of the annotations in {@code part} of the view {@code area} (the rest may be left
	 * out: strips exposed by a pan; none when {@code part} is null).
	 */
	private void paintImageAndOutlines(GC gc, Image shown, Rectangle area, Rectangle part) {
		gc.setAntialias(SWT.OFF);
		gc.setTextAntialias(SWT.ON);
		if (shown != null || drawsFromTiles) {
			// reduced: cairo's GOOD filter (box filtering when shrinking; BEST took ~1 s for a 3,000² image on
			// our machines); a viewer's live preview (window/level drag) uses the fast filter
			gc.setInterpolation(fastScaling ? SWT.LOW : transform.scale() < 0.999 ? SWT.DEFAULT : SWT.NONE); // 100 % may be 1 - 1 ulp
			paintVisiblePart(gc, shown, area);
			if (imageLayer != null) {
				imageLayer.paint(gc, transform, area);
			}
		}
		if (placeholder != null) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			Point extent = gc.textExtent(placeholder);
			gc.drawText(placeholder, (area.width - extent.x) / 2, (area.height - extent.y) / 2, true);
		}
		paintAnnotations(gc, area, part, false);
	}

	/**
	 * The view's image and outlines (not the class names, the selection or the tool's preview, which are drawn
	 * over it each frame) as of the last exact frame, with that frame's scale and offset. While only the offset
	 * changes by whole pixels (panning) and the picture of the image is final (see {@link #pictureIsFinal}), it is
	 * moved and only the strips that come into view are drawn, instead of every outline; during a burst of zoom
	 * steps it is drawn scaled ({@link #paintZoomPreview}). Two images, each drawn moved into the other (copying an
	 * image onto itself is not reliably defined).
	 */
	private Image backBuffer;
	private Image spareBuffer;
	private List<Object> backBufferKey;
	private double backBufferScale;
	private double backBufferOffsetX;
	private double backBufferOffsetY;
	/** Whether the back buffer's image part was final when drawn, and the scaled copy it was drawn from (or null). */
	private boolean backBufferFinal;
	private Image backBufferScaled;

	/**
	 * A zoom step painted within this long of the previous one belongs to a burst (the wheel turning): it shows the
	 * last exact picture scaled, and the exact frame follows this long after the last step.
	 */
	static final int ZOOM_BURST_MILLIS = 100;
	/** The scale of the previous frame, and when the last frame with a new scale was painted. */
	private double lastFrameScale = Double.NaN;
	private long lastZoomStepNanos;

	/**
	 * What the back buffer's content depends on besides scale and offset, or null when it cannot be kept (an image
	 * layer or tiles still arriving change without the canvas knowing; live previews change every frame) or is not
	 * worth it: at 100 % and closer, drawing the visible tiles and the few outlines in view took less than moving
	 * the buffer (two view-sized copies), measured in `RepaintBenchmark`.
	 */
	private List<Object> bufferKey(Image shown, Rectangle area) {
		if ((shown == null && !drawsFromTiles) || transform.scale() >= 0.999
				|| (imageLayer != null && imageLayer.paintsAt(transform))
				|| placeholder != null || fastScaling || area.x != 0 || area.y != 0 || area.width <= 0 || area.height <= 0
				|| (pyramid != null && !pyramid.complete()) || pyramidDue) {
			return null;
		}
		long fingerprint = 17;
		for (Annotation annotation : annotations.get()) {
			if (annotation == selected || !(annotation instanceof BoundingBox || annotation instanceof PolygonAnnotation)) {
				continue;
			}
			fingerprint = 31 * fingerprint + System.identityHashCode(annotation);
			LabelClass labelClass = annotation.getLabelClass();
			fingerprint = 31 * fingerprint + (labelClass == null ? 0 : java.util.Objects.hashCode(labelClass.getColour()));
			fingerprint = 31 * fingerprint + (Suggestions.isSuggestion(annotation) ? 1 : 0);
			if (annotation instanceof BoundingBox box) {
				fingerprint = 31 * (31 * (31 * (31 * fingerprint + Double.hashCode(box.getX())) + Double.hashCode(box.getY()))
						+ Double.hashCode(box.getW())) + Double.hashCode(box.getH());
			} else {
				fingerprint = 31 * fingerprint + ((PolygonAnnotation) annotation).getPoints().hashCode();
			}
		}
		return java.util.Arrays.asList(painted, pyramid, area.width, area.height, selected, fingerprint,
				TagbenchPreferences.backgroundColour());
	}

	/**
	 * Whether the image part of a frame at the current scale is what it stays at this scale and moves exactly with
	 * a pan by whole pixels: the 1:1 copy of the scaled copy (not the tiles a zoom draws from until it settles).
	 */
	private boolean pictureIsFinal() {
		return scaled != null && !scaled.isDisposed() && scaledFrom == painted
				&& scaled.getBounds().width == (int) Math.round(transform.imageWidth() * transform.scale())
				&& scaled.getBounds().height == (int) Math.round(transform.imageHeight() * transform.scale());
	}

	private void paintThroughBackBuffer(GC gc, Image shown, Rectangle area, List<Object> key) {
		if (backBuffer != null && backBufferScale != transform.scale()) {
			swapSavedView(key);
		}
		// pans are by whole view pixels, but a fractional offset (after zooming) plus one is off by an ulp or so
		double exactDx = transform.offsetX() - backBufferOffsetX;
		double exactDy = transform.offsetY() - backBufferOffsetY;
		int dx = (int) Math.rint(exactDx);
		int dy = (int) Math.rint(exactDy);
		boolean movable = backBuffer != null && !backBuffer.isDisposed() && key.equals(backBufferKey) && backBufferFinal
				&& backBufferScale == transform.scale() && pictureIsFinal() && backBufferScaled == scaled
				&& Math.abs(exactDx - dx) < 1e-6 && Math.abs(exactDy - dy) < 1e-6 && Math.abs(dx) < area.width
				&& Math.abs(dy) < area.height;
		if (!movable) {
			if (backBuffer == null && recycledBuffer != null && recycledBuffer.getBounds().equals(area)) {
				backBuffer = recycledBuffer;
				recycledBuffer = null;
			}
			if (backBuffer == null || backBuffer.isDisposed() || !backBuffer.getBounds().equals(area)) {
				disposeBuffers();
				backBuffer = new Image(getDisplay(), area.width, area.height);
			}
			GC buffer = new GC(backBuffer);
			try {
				buffer.setBackground(new Color(TagbenchPreferences.backgroundColour()));
				buffer.fillRectangle(0, 0, area.width, area.height);
				paintImageAndOutlines(buffer, shown, new Rectangle(0, 0, area.width, area.height),
						new Rectangle(0, 0, area.width, area.height));
			} finally {
				buffer.dispose();
			}
		} else if (dx != 0 || dy != 0) {
			GC buffer = new GC(spareBuffer());
			try {
				buffer.setBackground(new Color(TagbenchPreferences.backgroundColour()));
				ImageCopies.copy(buffer, backBuffer, dx, dy);
				Rectangle view = new Rectangle(0, 0, area.width, area.height);
				// only the strips that came into view
				paintStrips(buffer, shown, view, new Rectangle(0, 0, area.width, area.height).intersection(
						new Rectangle(dx, dy, area.width, area.height)));
			} finally {
				buffer.dispose();
			}
			Image previous = backBuffer;
			backBuffer = spareBuffer;
			spareBuffer = previous;
		}
		backBufferOffsetX = transform.offsetX();
		backBufferOffsetY = transform.offsetY();
		backBufferScale = transform.scale();
		// painting may have prepared tiles or the scaled copy: then the key differs next time and all is drawn anew
		backBufferKey = bufferKey(shown, area);
		backBufferFinal = pictureIsFinal();
		backBufferScaled = scaled;
		ImageCopies.copy(gc, backBuffer, area.x, area.y);
	}

	private Image spareBuffer() {
		if (spareBuffer == null || spareBuffer.isDisposed()) {
			spareBuffer = new Image(getDisplay(), backBuffer.getBounds().width, backBuffer.getBounds().height);
		}
		return spareBuffer;
	}

	/** Fills and draws exactly the parts of {@code view} outside {@code kept}. */
	private void paintStrips(GC buffer, Image shown, Rectangle view, Rectangle kept) {
		for (Rectangle strip : strips(view, kept)) {
			buffer.setClipping(strip);
			buffer.fillRectangle(strip);
			paintImageAndOutlines(buffer, shown, view, strip);
		}
		buffer.setClipping((Rectangle) null);
	}

	/** The parts of {@code view} outside {@code kept}: at most four strips around it, none empty. */
	private static List<Rectangle> strips(Rectangle view, Rectangle kept) {
		if (kept.isEmpty()) {
			return List.of(view);
		}
		int keptRight = kept.x + kept.width;
		int keptBottom = kept.y + kept.height;
		return java.util.stream.Stream.of(new Rectangle(0, 0, kept.x, view.height), // left column
				new Rectangle(keptRight, 0, view.width - keptRight, view.height), // right column
				new Rectangle(kept.x, 0, kept.width, kept.y), // above
				new Rectangle(kept.x, keptBottom, kept.width, view.height - keptBottom)) // below
				.filter(strip -> strip.width > 0 && strip.height > 0).toList();
	}

	/**
	 * A frame of a zoom burst: the last exact picture (image and outlines) scaled to the new view the quickest way,
	 * over the image drawn for the whole view (from the tiles: cheap), the outlines in the parts it does not cover
	 * drawn exactly; the class names, selection and tool preview are drawn exactly over it as in every frame. The
	 * exact frame follows {@value #ZOOM_BURST_MILLIS} ms after the last step. False (nothing drawn) when there is no
	 * such picture or it would be stretched more than twice.
	 */
	private boolean paintZoomPreview(GC gc, Image shown, Rectangle area, List<Object> key) {
		double factor = transform.scale() / backBufferScale;
		if (backBuffer == null || backBuffer.isDisposed() || !key.equals(backBufferKey) || factor < 0.5 || factor > 2) {
			return false;
		}
		// a view point v of the exact picture shows image point (v - oldOffset) / oldScale, now at that * scale + offset
		int x0 = (int) Math.round(transform.offsetX() - backBufferOffsetX * factor);
		int y0 = (int) Math.round(transform.offsetY() - backBufferOffsetY * factor);
		int width = (int) Math.round(area.width * factor);
		int height = (int) Math.round(area.height * factor);
		Rectangle view = new Rectangle(0, 0, area.width, area.height);
		Rectangle covered = view.intersection(new Rectangle(x0, y0, width, height));
		if (covered.equals(view)) {
			// zooming in: the scaled picture covers the view, no margins to draw: straight onto the frame, which
			// saves copying the view once more
			ImageCopies.drawQuick(gc, backBuffer, 0, 0, area.width, area.height, area.x + x0, area.y + y0, width, height);
			getDisplay().timerExec(ZOOM_BURST_MILLIS, settle);
			return true;
		}
		GC buffer = new GC(spareBuffer());
		try {
			buffer.setBackground(new Color(TagbenchPreferences.backgroundColour()));
			buffer.fillRectangle(view);
			paintImageAndOutlines(buffer, shown, view, null); // the image only: one pass, not one per strip
			ImageCopies.drawQuick(buffer, backBuffer, 0, 0, area.width, area.height, x0, y0, width, height);
			for (Rectangle strip : strips(view, covered)) {
				buffer.setClipping(strip);
				paintAnnotations(buffer, view, strip, false);
			}
			buffer.setClipping((Rectangle) null);
		} finally {
			buffer.dispose();
		}
		ImageCopies.copy(gc, spareBuffer, area.x, area.y);
		getDisplay().timerExec(ZOOM_BURST_MILLIS, settle);
		return true;
	}

	/** Drops the back buffers and the saved views: what they show is no longer what the canvas paints. */
	private void disposeBackBuffers() {
		disposeBuffers();
		savedViews.forEach(SavedView::dispose);
		savedViews.clear();
	}

	/** Drops the back buffer and the spare one (not the saved views). */
	private void disposeBuffers() {
		recycle(null);
		for (Image buffer : new Image[] { backBuffer, spareBuffer }) {
			if (buffer != null && !buffer.isDisposed()) {
				buffer.dispose();
			}
		}
		backBuffer = null;
		spareBuffer = null;
		backBufferKey = null;
	}

	/**
	 * The exact picture of a settled view (back buffer and the scaled copy it was drawn from) kept after the scale
	 * changed, so that a return to the view (the wheel turned back, - after +, 0 for the fitted view) shows it at once
	 * instead of drawing every outline again and settling once more.
	 */
	private record SavedView(Image buffer, List<Object> key, double scale, double offsetX, double offsetY, Image scaledCopy) {
		long pixels() {
			Rectangle b = buffer.getBounds();
			Rectangle c = scaledCopy.getBounds();
			return (long) b.width * b.height + (long) c.width * c.height;
		}

		void dispose() {
			buffer.dispose();
			scaledCopy.dispose();
		}
	}

	/** Saved views, the most recent first; at most {@value #SAVED_VIEW_BUDGET} views' worth of pixels. */
	private final java.util.Deque<SavedView> savedViews = new java.util.ArrayDeque<>();
	/** Pixels the saved views may hold, in view sizes (a saved view is its back buffer plus a scaled copy of up to four views). */
	static final int SAVED_VIEW_BUDGET = 4;

	/**
	 * The scale changed: keeps the back buffer as a saved view when its picture is final, and takes up the saved view
	 * of the new scale, if any (with its scaled copy, so the view is settled at once). Saved views of other content
	 * (another selection, edited annotations) are dropped.
	 */
	private void swapSavedView(List<Object> key) {
		double scale = transform.scale();
		SavedView found = null;
		for (java.util.Iterator<SavedView> views = savedViews.iterator(); views.hasNext();) {
			SavedView view = views.next();
			if (!view.key().equals(key)) {
				view.dispose();
				views.remove();
			} else if (found == null && Math.abs(view.scale() - scale) <= 1e-12 * scale) { // zoom steps undone: an ulp off
				found = view;
				views.remove();
			}
		}
		setBackBufferAside();
		if (found != null) {
			disposeScaled();
			backBuffer = found.buffer();
			backBufferKey = found.key();
			backBufferScale = scale;
			backBufferOffsetX = found.offsetX();
			backBufferOffsetY = found.offsetY();
			backBufferFinal = true;
			scaled = found.scaledCopy();
			scaledFrom = painted;
			backBufferScaled = scaled;
			lastScale = scale; // its scaled copy is there: nothing to settle
		}
	}

	/**
	 * Keeps the back buffer as a saved view when its picture is final (drawn from the scaled copy, which goes with it;
	 * the least recent views beyond the budget are dropped), else drops it; either way there is no back buffer after.
	 */
	private void setBackBufferAside() {
		if (backBuffer == null) {
			return;
		}
		if (!backBuffer.isDisposed() && backBufferKey != null && backBufferFinal && backBufferScaled == scaled
				&& scaled != null && !scaled.isDisposed() && scaledFrom == painted) {
			savedViews.addFirst(new SavedView(backBuffer, backBufferKey, backBufferScale, backBufferOffsetX,
					backBufferOffsetY, scaled));
			scaled = null; // now the saved view's
			scaledFrom = null;
			Rectangle view = backBuffer.getBounds();
			long budget = SAVED_VIEW_BUDGET * (long) view.width * view.height;
			long held = 0;
			for (java.util.Iterator<SavedView> views = savedViews.iterator(); views.hasNext();) {
				SavedView saved = views.next();
				held += saved.pixels();
				if (held > budget) {
					recycle(saved.buffer());
					saved.scaledCopy().dispose();
					views.remove();
				}
			}
		} else {
			recycle(backBuffer);
		}
		backBuffer = null;
		backBufferKey = null;
	}

	/** A view-sized image no longer needed, kept for the next back buffer (making one fills it once more). */
	private Image recycledBuffer;

	private void recycle(Image buffer) {
		if (recycledBuffer != null && !recycledBuffer.isDisposed()) {
			recycledBuffer.dispose();
		}
		recycledBuffer = buffer == null || buffer.isDisposed() ? null : buffer;
	}

	/**
	 * Draws only the part of the image inside the view: when zoomed in, scaling the whole bitmap for a small
	 * visible part cost most of a frame.
	 */
	private void paintVisiblePart(GC gc, Image shown, Rectangle area) {
		if (pyramidDue && !transform.isFitted()) {
			startPyramid(); // zoomed or panned: the tiles are wanted now
		}
		if (paintScaled(gc, shown, area)) {
			return;
		}
		// drawn from the tiles only: also in a live preview's first frame, before its image replaces this one
		if (pyramid != null && (!fastScaling || shown == null) && pyramid.paint(gc, transform, area)) {
			return;
		}
		if (shown == null) {
			return;
		}
		Rectangle bounds = shown.getBounds();
		double imageWidth = transform.imageWidth() > 0 ? transform.imageWidth() : bounds.width;
		double imageHeight = transform.imageHeight() > 0 ? transform.imageHeight() : bounds.height;
		double perX = bounds.width / imageWidth; // bitmap pixels per image pixel (below 1 for a reduced image)
		double perY = bounds.height / imageHeight;
		int sx0 = (int) Math.max(0, Math.floor(transform.toImageX(area.x) * perX));
		int sy0 = (int) Math.max(0, Math.floor(transform.toImageY(area.y) * perY));
		int sx1 = (int) Math.min(bounds.width, Math.ceil(transform.toImageX(area.x + area.width) * perX));
		int sy1 = (int) Math.min(bounds.height, Math.ceil(transform.toImageY(area.y + area.height) * perY));
		if (sx1 <= sx0 || sy1 <= sy0) {
			return;
		}
		int dx0 = (int) Math.round(transform.toViewX(sx0 / perX));
		int dy0 = (int) Math.round(transform.toViewY(sy0 / perY));
		int dx1 = (int) Math.round(transform.toViewX(sx1 / perX));
		int dy1 = (int) Math.round(transform.toViewY(sy1 / perY));
		ImageCopies.draw(gc, shown, sx0, sy0, sx1 - sx0, sy1 - sy0, dx0, dy0, Math.max(1, dx1 - dx0), Math.max(1, dy1 - dy0));
	}

	/**
	 * Reduced view: filtering the bitmap down is most of a frame, and most frames (panning, the mouse moving
	 * while drawing, any edit) keep the scale. So the image is scaled once to its on-screen size and then copied
	 * 1:1; a new scale (zoom) or a new image scales again. Not for live previews (fast filter) and not when the
	 * scaled image would hold more than four views' worth of pixels.
	 */
	private boolean paintScaled(GC gc, Image shown, Rectangle area) {
		double scale = transform.scale();
		int width = (int) Math.round(transform.imageWidth() * scale);
		int height = (int) Math.round(transform.imageHeight() * scale);
		boolean zooming = scale != lastScale;
		lastScale = scale;
		if (fastScaling || scale >= 0.999 || width <= 0 || height <= 0
				|| (long) width * height > 4L * Math.max(1, area.width) * Math.max(1, area.height)) {
			disposeScaled();
			return false;
		}
		boolean stale = scaled == null || scaled.isDisposed() || scaledFrom != painted || scaled.getBounds().width != width
				|| scaled.getBounds().height != height;
		if (stale && zooming) {
			// scaling once more per zoom step would cost more than it saves: the tiles serve until the zoom stops
			getDisplay().timerExec(SETTLE_MILLIS, settle);
			return false;
		}
		if (stale) {
			disposeScaled();
			// scaled down from the smallest level that is still sharp enough: the cost follows the source's size
			int bitmapWidth = shown != null ? shown.getBounds().width : pyramid.bitmapWidth();
			ImageData level = pyramid == null ? null : pyramid.sourceFor(width / (double) bitmapWidth);
			Image source = level == null || level == (adjusted != null ? adjustedData : imageData) ? shown
					: new Image(getDisplay(), level);
			scaled = new Image(getDisplay(), width, height);
			GC scaling = new GC(scaled);
			try {
				scaling.setInterpolation(SWT.DEFAULT);
				if (source != null) {
					Rectangle bounds = source.getBounds();
					scaling.drawImage(source, 0, 0, bounds.width, bounds.height, 0, 0, width, height);
				} else {
					// the bitmap itself, let go of: from its tiles
					pyramid.paintBitmapScaled(scaling, width, height);
				}
			} finally {
				scaling.dispose();
				if (source != shown && source != null) {
					source.dispose();
				}
			}
			scaledFrom = painted;
		}
		ImageCopies.copy(gc, scaled, (int) Math.round(transform.toViewX(0)), (int) Math.round(transform.toViewY(0)));
		return true;
	}

	/** Smallest on-screen width and height of an annotation that gets its class name drawn. */
	static final int MIN_LABELLED_SIZE = 20;

	/**
	 * The outlines of the visible annotations, one path per class colour and line style (one cairo stroke for
	 * hundreds of shapes instead of one each), then the class names of those large enough on screen and not
	 * covered by a name already drawn, then the selected annotation with its handles on top.
	 */
	private void paintAnnotations(GC gc, Rectangle area, Rectangle outlinesIn, boolean labelsAndSelection) {
		// view rectangle in image pixels: annotations wholly outside it are not drawn (matters when zoomed in)
		double left = transform.toImageX(area.x - 4);
		double top = transform.toImageY(area.y - 4);
		double right = transform.toImageX(area.x + area.width + 4);
		double bottom = transform.toImageY(area.y + area.height + 4);
		// the part whose outlines are drawn (null: none), with the same margin for the line width
		Rectangle outlines = outlinesIn == null ? new Rectangle(0, 0, 0, 0) : outlinesIn;
		double outlinesLeft = transform.toImageX(outlines.x - 4);
		double outlinesTop = transform.toImageY(outlines.y - 4);
		double outlinesRight = transform.toImageX(outlines.x + outlines.width + 4);
		double outlinesBottom = transform.toImageY(outlines.y + outlines.height + 4);
		double scale = transform.scale();
		// drawing order of the colours: as first met in the whole list, culled or not, so that where outlines of
		// two colours cross, a strip drawn after a pan layers them as a full repaint does
		Map<LabelClass, Color> colours = new java.util.LinkedHashMap<>();
		Map<Color, Path> solid = new java.util.LinkedHashMap<>();
		Map<Color, Path> dashed = new java.util.LinkedHashMap<>();
		List<Object[]> labels = new java.util.ArrayList<>(); // annotation, colour, x, y
		Annotation selectedShown = null;
		try {
			for (Annotation annotation : annotations.get()) {
				boolean isBox = annotation instanceof BoundingBox;
				if (!isBox && !(annotation instanceof PolygonAnnotation)) {
					continue;
				}
				Color colour = colours.computeIfAbsent(annotation.getLabelClass(), ImageCanvas::colourOf);
				if (annotation == selected) {
					selectedShown = annotation;
					continue;
				}
				Map<Color, Path> batches = Suggestions.isSuggestion(annotation) ? dashed : solid;
				if (annotation instanceof BoundingBox box) {
					if (box.getX() > right || box.getY() > bottom || box.getX() + box.getW() < left
							|| box.getY() + box.getH() < top) {
						continue;
					}
					int x = (int) Math.round(transform.toViewX(box.getX()));
					int y = (int) Math.round(transform.toViewY(box.getY()));
					int w = (int) Math.round(box.getW() * scale);
					int h = (int) Math.round(box.getH() * scale);
					if (outlinesIn != null && !(box.getX() > outlinesRight || box.getY() > outlinesBottom
							|| box.getX() + box.getW() < outlinesLeft || box.getY() + box.getH() < outlinesTop)) {
						batches.computeIfAbsent(colour, c -> new Path(getDisplay())).addRectangle(x, y, w, h);
					}
					if (labelsAndSelection && showLabels && w >= MIN_LABELLED_SIZE && h >= MIN_LABELLED_SIZE) {
						labels.add(new Object[] { annotation, colour, x, y });
					}
				} else {
					List<Double> points = ((PolygonAnnotation) annotation).getPoints();
					int n = points.size() / 2;
					if (n == 0) {
						continue;
					}
					double minX = Double.POSITIVE_INFINITY;
					double minY = Double.POSITIVE_INFINITY;
					double maxX = Double.NEGATIVE_INFINITY;
					double maxY = Double.NEGATIVE_INFINITY;
					int topIndex = 0;
					for (int i = 0; i < n; i++) {
						double px = points.get(2 * i);
						double py = points.get(2 * i + 1);
						minX = Math.min(minX, px);
						maxX = Math.max(maxX, px);
						if (py < minY) {
							minY = py;
							topIndex = i;
						}
						maxY = Math.max(maxY, py);
					}
					if (minX > right || minY > bottom || maxX < left || maxY < top) {
						continue;
					}
					if (outlinesIn != null && !(minX > outlinesRight || minY > outlinesBottom || maxX < outlinesLeft
							|| maxY < outlinesTop)) {
						Path path = batches.computeIfAbsent(colour, c -> new Path(getDisplay()));
						path.moveTo(Math.round(transform.toViewX(points.get(0))), Math.round(transform.toViewY(points.get(1))));
						for (int i = 1; i < n; i++) {
							path.lineTo(Math.round(transform.toViewX(points.get(2 * i))),
									Math.round(transform.toViewY(points.get(2 * i + 1))));
						}
						path.close();
					}
					if (labelsAndSelection && showLabels && (maxX - minX) * scale >= MIN_LABELLED_SIZE
							&& (maxY - minY) * scale >= MIN_LABELLED_SIZE) {
						labels.add(new Object[] { annotation, colour, (int) Math.round(transform.toViewX(points.get(2 * topIndex))),
								(int) Math.round(transform.toViewY(minY)) });
					}
				}
			}
			gc.setLineWidth(2);
			for (boolean isDashed : new boolean[] { false, true }) {
				gc.setLineStyle(isDashed ? SWT.LINE_DASH : SWT.LINE_SOLID); // the assist's, until accepted
				Map<Color, Path> batches = isDashed ? dashed : solid;
				for (Color colour : new java.util.LinkedHashSet<>(colours.values())) {
					Path batch = batches.get(colour);
					if (batch != null) {
						gc.setForeground(colour);
						gc.drawPath(batch);
					}
				}
			}
			gc.setLineStyle(SWT.LINE_SOLID);
		} finally {
			solid.values().forEach(Path::dispose);
			dashed.values().forEach(Path::dispose);
		}
		if (!labelsAndSelection) {
			return;
		}
		paintLabels(gc, area, labels);
		if (selectedShown instanceof BoundingBox box) {
			paintBox(gc, box, colours.get(box.getLabelClass()), true);
		} else if (selectedShown instanceof PolygonAnnotation polygon) {
			paintPolygon(gc, polygon, colours.get(polygon.getLabelClass()), true, left, top, right, bottom);
		}
	}

	/** Class names where they fit: one whose corner falls on a name already drawn is left out (a crowd is unreadable anyway). */
	private void paintLabels(GC gc, Rectangle area, List<Object[]> labels) {
		if (labels.isEmpty()) {
			return;
		}
		int cell = 8;
		int columns = area.width / cell + 2;
		int rows = area.height / cell + 2;
		boolean[] taken = new boolean[columns * rows];
		for (Object[] label : labels) {
			int x = (Integer) label[2];
			int y = (Integer) label[3];
			int column = Math.floorDiv(x - area.x, cell);
			int row = Math.floorDiv(y - area.y, cell);
			boolean inside = column >= 0 && column < columns && row >= 0 && row < rows;
			if (inside && taken[row * columns + column]) {
				continue;
			}
			Point extent = paintLabel(gc, (Annotation) label[0], (Color) label[1], x, y);
			if (inside && extent != null) {
				// mark the cells the chip covers (it sits just above the shape's top)
				for (int r = Math.max(0, row - extent.y / cell - 1); r <= Math.min(rows - 1, row); r++) {
					for (int c = column; c <= Math.min(columns - 1, column + extent.x / cell); c++) {
						taken[r * columns + c] = true;
					}
				}
			}
		}
	}

	private void paintBox(GC gc, BoundingBox box, Color colour, boolean isSelected) {
		int left = (int) Math.round(transform.toViewX(box.getX()));
		int top = (int) Math.round(transform.toViewY(box.getY()));
		int width = (int) Math.round(box.getW() * transform.scale());
		int height = (int) Math.round(box.getH() * transform.scale());
		gc.setForeground(colour);
		gc.setLineWidth(isSelected ? 4 : 2);
		gc.setLineStyle(Suggestions.isSuggestion(box) ? SWT.LINE_DASH : SWT.LINE_SOLID); // the assist's, until accepted
		gc.drawRectangle(left, top, width, height);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (isSelected) {
			gc.setBackground(new Color(TagbenchPreferences.selectionColour())); // handles stand out from the class colour
			for (double[] handle : Geometry.HANDLES) {
				int hx = left + (int) Math.round(handle[0] * width);
				int hy = top + (int) Math.round(handle[1] * height);
				gc.fillRectangle(hx - HANDLE_SIZE / 2, hy - HANDLE_SIZE / 2, HANDLE_SIZE, HANDLE_SIZE);
			}
		}
		if (showLabels) {
			paintLabel(gc, box, colour, left, top);
		}
	}

	private void paintPolygon(GC gc, PolygonAnnotation polygon, Color colour, boolean isSelected, double left,
			double top, double right, double bottom) {
		List<Double> points = polygon.getPoints();
		int n = points.size() / 2;
		if (n == 0) {
			return;
		}
		int[] view = new int[2 * n];
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < n; i++) {
			double x = points.get(2 * i);
			double y = points.get(2 * i + 1);
			minX = Math.min(minX, x);
			maxX = Math.max(maxX, x);
			minY = Math.min(minY, y);
			maxY = Math.max(maxY, y);
			view[2 * i] = (int) Math.round(transform.toViewX(x));
			view[2 * i + 1] = (int) Math.round(transform.toViewY(y));
		}
		if (minX > right || minY > bottom || maxX < left || maxY < top) {
			return;
		}
		gc.setForeground(colour);
		gc.setLineWidth(isSelected ? 4 : 2);
		gc.setLineStyle(Suggestions.isSuggestion(polygon) ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.drawPolygon(view);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (isSelected) {
			gc.setBackground(new Color(TagbenchPreferences.selectionColour())); // handles stand out from the class colour
			for (int i = 0; i < n; i++) {
				gc.fillRectangle(view[2 * i] - HANDLE_SIZE / 2, view[2 * i + 1] - HANDLE_SIZE / 2, HANDLE_SIZE, HANDLE_SIZE);
			}
		}
		if (showLabels) {
			// the label sits at the topmost vertex
			int topIndex = 0;
			for (int i = 1; i < n; i++) {
				if (view[2 * i + 1] < view[2 * topIndex + 1]) {
					topIndex = i;
				}
			}
			paintLabel(gc, polygon, colour, view[2 * topIndex], view[2 * topIndex + 1]);
		}
	}

	private Point paintLabel(GC gc, Annotation annotation, Color colour, int left, int top) {
		LabelClass labelClass = annotation.getLabelClass();
		if (labelClass == null) {
			return null;
		}
		String name = Suggestions.isSuggestion(annotation) ? Suggestions.chipText(labelClass.getName(), annotation.getScore())
				: labelClass.getName();
		Point extent = textExtents.computeIfAbsent(name, gc::textExtent);
		int labelTop = top - extent.y - 2 >= 0 ? top - extent.y - 2 : top;
		gc.setBackground(colour);
		gc.fillRectangle(left - 1, labelTop, extent.x + 6, extent.y + 2);
		gc.setForeground(contrastOn(colour));
		gc.drawText(name, left + 2, labelTop + 1, true);
		return extent;
	}

	/** "#RRGGBB" as a colour; grey when missing or malformed. */
	public static Color colourOf(LabelClass labelClass) {
		String hex = labelClass == null ? null : labelClass.getColour();
		if (hex != null && hex.matches("#[0-9a-fA-F]{6}")) {
			int rgb = Integer.parseInt(hex.substring(1), 16);
			return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
		}
		return new Color(200, 200, 200);
	}

	private static Color contrastOn(Color c) {
		double luminance = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
		return luminance > 150 ? new Color(0, 0, 0) : new Color(255, 255, 255);
	}

}
