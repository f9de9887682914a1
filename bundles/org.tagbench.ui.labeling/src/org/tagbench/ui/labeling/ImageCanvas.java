package org.tagbench.ui.labeling;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.LabelClass;

/**
 * Shows one image fitted to the canvas (double-buffered), with zoom (wheel, +/-, 0 = fit), pan (middle-drag
 * or space+drag), the boxes of the item, and hands left-button mouse input, other keys and painting to the
 * active {@link AnnotationTool} (in image pixels, converted by a {@link ViewTransform}).
 */
public class ImageCanvas extends Canvas {

	/** Smallest box side, in image pixels; smaller drags are clicks (they select) and create nothing. */
	public static final double MIN_BOX_SIZE = 2;

	private final ViewTransform transform = new ViewTransform();
	private Image image;
	private String placeholder;
	private Supplier<List<BoundingBox>> boxes = List::of;
	private BoundingBox selected;
	private AnnotationTool tool;
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
		addListener(SWT.Dispose, e -> {
			if (image != null && !image.isDisposed()) {
				image.dispose();
			}
		});
		addListener(SWT.Resize, e -> {
			Rectangle area = getClientArea();
			transform.setViewSize(area.width, area.height);
			redraw();
		});
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
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
			// keep Enter and Esc for the editor instead of the dialog-style traversal
			if (e.detail == SWT.TRAVERSE_RETURN || e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false;
			}
		});
	}

	public ViewTransform transform() {
		return transform;
	}

	/** Shows {@code newImage} (the canvas disposes it later), or a placeholder text when it is null. */
	public void show(Image newImage, double width, double height, String placeholderText) {
		resetTool();
		if (image != null && !image.isDisposed()) {
			image.dispose();
		}
		image = newImage;
		placeholder = placeholderText;
		selected = null;
		Rectangle area = getClientArea();
		transform.setViewSize(area.width, area.height);
		transform.setImageSize(width, height);
		redraw();
	}

	public Image image() {
		return image;
	}

	public String placeholder() {
		return placeholder;
	}

	public void setBoxes(Supplier<List<BoundingBox>> boxes) {
		this.boxes = boxes;
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

	public BoundingBox selected() {
		return selected;
	}

	public void select(BoundingBox box) {
		selected = box;
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
		return tool != null && toolContext != null && (image != null || placeholder == null);
	}

	private void keyDown(Event e) {
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

	/** The topmost box containing the image point, or null. */
	public BoundingBox boxAt(double ix, double iy) {
		List<BoundingBox> all = boxes.get();
		double tolerance = 3 / transform.scale();
		for (int i = all.size() - 1; i >= 0; i--) {
			BoundingBox b = all.get(i);
			if (ix >= b.getX() - tolerance && ix <= b.getX() + b.getW() + tolerance && iy >= b.getY() - tolerance
					&& iy <= b.getY() + b.getH() + tolerance) {
				return b;
			}
		}
		return null;
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		Color background = new Color(48, 48, 52);
		gc.setBackground(background);
		gc.fillRectangle(area);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		int vx = (int) Math.round(transform.toViewX(0));
		int vy = (int) Math.round(transform.toViewY(0));
		int vw = (int) Math.round(transform.imageWidth() * transform.scale());
		int vh = (int) Math.round(transform.imageHeight() * transform.scale());
		if (image != null && !image.isDisposed()) {
			Rectangle bounds = image.getBounds();
			gc.setInterpolation(transform.scale() < 1 ? SWT.HIGH : SWT.NONE);
			gc.drawImage(image, 0, 0, bounds.width, bounds.height, vx, vy, Math.max(1, vw), Math.max(1, vh));
		}
		if (placeholder != null) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			Point extent = gc.textExtent(placeholder);
			gc.drawText(placeholder, (area.width - extent.x) / 2, (area.height - extent.y) / 2, true);
		}
		for (BoundingBox box : boxes.get()) {
			paintBox(gc, box.getLabelClass(), box.getX(), box.getY(), box.getW(), box.getH(), box == selected, false);
		}
		if (tool != null && toolContext != null) {
			callTool(t -> t.paint(toolContext, gc));
		}
	}

	private void paintBox(GC gc, LabelClass labelClass, double x, double y, double w, double h, boolean isSelected,
			boolean inProgress) {
		Color colour = colourOf(labelClass);
		int left = (int) Math.round(transform.toViewX(x));
		int top = (int) Math.round(transform.toViewY(y));
		int width = (int) Math.round(w * transform.scale());
		int height = (int) Math.round(h * transform.scale());
		gc.setForeground(colour);
		gc.setLineStyle(inProgress ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.setLineWidth(isSelected ? 4 : 2);
		gc.drawRectangle(left, top, width, height);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (isSelected) {
			gc.setBackground(colour);
			for (int[] corner : new int[][] { { left, top }, { left + width, top }, { left, top + height },
					{ left + width, top + height } }) {
				gc.fillRectangle(corner[0] - 4, corner[1] - 4, 8, 8);
			}
		}
		if (labelClass != null && !inProgress) {
			String name = labelClass.getName();
			Point extent = gc.textExtent(name);
			int labelTop = top - extent.y - 2 >= 0 ? top - extent.y - 2 : top;
			gc.setBackground(colour);
			gc.fillRectangle(left - 1, labelTop, extent.x + 6, extent.y + 2);
			gc.setForeground(contrastOn(colour));
			gc.drawText(name, left + 2, labelTop + 1, true);
		}
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
