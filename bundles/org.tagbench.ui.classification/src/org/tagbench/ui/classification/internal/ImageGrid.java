package org.tagbench.ui.classification.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.ui.classification.GridSize;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.Suggestions;

/**
 * The images of one page in a grid of tiles, each scaled to fit, with its classes as coloured chips and its
 * file name and status below. Clicks, Ctrl/Shift+clicks and arrow keys change the {@link TileSelection}; the
 * selected tiles have a thick frame, the focused one a dotted inner frame.
 */
public class ImageGrid extends Canvas {

	public static final int GAP = 6;
	private static final int CAPTION_HEIGHT = 18;

	private final TileSelection selection = new TileSelection();
	private GridSize size = GridSize.FOUR;
	private List<DataItem> items = List.of();
	private Function<DataItem, ThumbnailLoader.Result> images = item -> null;
	/** The SWT image of each tile's image data; replaced (and the old one disposed) when the data changes. */
	private final Map<DataItem, Map.Entry<ImageData, Image>> swtImages = new IdentityHashMap<>();
	private String emptyText = "";
	private Runnable selectionListener = () -> {
	};

	public ImageGrid(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.BORDER);
		addListener(SWT.Paint, e -> paint(e.gc));
		addListener(SWT.Resize, e -> redraw());
		addListener(SWT.Dispose, e -> disposeImages());
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.KeyDown, this::keyDown);
		addListener(SWT.Traverse, e -> {
			// arrows move the selection and Enter/Esc belong to the editor; Tab still leaves the grid
			if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS
					|| e.detail == SWT.TRAVERSE_RETURN || e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false;
			}
		});
	}

	/** Shows a new page: the first tile is selected. */
	public void setPage(List<DataItem> pageItems, GridSize gridSize, String textWhenEmpty) {
		disposeImages();
		items = List.copyOf(pageItems);
		size = gridSize;
		emptyText = textWhenEmpty;
		selection.reset(items.size(), size.columns());
		redraw();
		selectionListener.run();
	}

	/** Where the decoded images come from (null while an image is still being decoded). */
	public void setImages(Function<DataItem, ThumbnailLoader.Result> source) {
		images = source;
	}

	public void setSelectionListener(Runnable listener) {
		selectionListener = listener;
	}

	public TileSelection selection() {
		return selection;
	}

	public List<DataItem> items() {
		return items;
	}

	public GridSize gridSize() {
		return size;
	}

	/** The selected items, in page order. */
	public List<DataItem> selectedItems() {
		return selection.selected().stream().map(items::get).toList();
	}

	/** Bounds of tile {@code index} in this canvas. */
	public Rectangle tileBounds(int index) {
		Rectangle area = getClientArea();
		int[] b = size.tileBounds(index, area.width, area.height, GAP);
		return new Rectangle(b[0], b[1], b[2], b[3]);
	}

	/** The centre of tile {@code index} in display coordinates (for tests that post real mouse events). */
	public Point tileCentreOnDisplay(int index) {
		Rectangle b = tileBounds(index);
		return toDisplay(b.x + b.width / 2, b.y + b.height / 2);
	}

	/** The largest side an image of this grid is drawn at, rounded up so that small resizes reuse decodes. */
	public int decodeSize() {
		Rectangle b = tileBounds(0);
		int side = Math.max(b.width, b.height - CAPTION_HEIGHT);
		return Math.max(128, (side + 127) / 128 * 128);
	}

	/** An image for an item has been decoded: repaint (on the UI thread). */
	public void imageArrived(String itemId) {
		if (!isDisposed() && items.stream().anyMatch(item -> item.getId().equals(itemId))) {
			redraw();
		}
	}

	private void mouseDown(Event e) {
		if (e.button != 1) {
			return;
		}
		setFocus();
		Rectangle area = getClientArea();
		int tile = size.tileAt(e.x, e.y, area.width, area.height, GAP);
		if (tile >= 0 && tile < items.size()) {
			selection.click(tile, (e.stateMask & SWT.MOD1) != 0, (e.stateMask & SWT.SHIFT) != 0);
			redraw();
			selectionListener.run();
		}
	}

	private void keyDown(Event e) {
		boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
		boolean shift = (e.stateMask & SWT.SHIFT) != 0;
		switch (e.keyCode) {
		case SWT.ARROW_LEFT -> selection.move(-1, 0, ctrl, shift);
		case SWT.ARROW_RIGHT -> selection.move(1, 0, ctrl, shift);
		case SWT.ARROW_UP -> selection.move(0, -1, ctrl, shift);
		case SWT.ARROW_DOWN -> selection.move(0, 1, ctrl, shift);
		case ' ' -> {
			if (!ctrl) {
				return;
			}
			selection.toggleFocus();
		}
		default -> {
			return;
		}
		}
		redraw();
		selectionListener.run();
	}

	public void selectAll() {
		selection.selectAll();
		redraw();
		selectionListener.run();
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(area);
		if (items.isEmpty()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			Point extent = gc.textExtent(emptyText);
			gc.drawText(emptyText, (area.width - extent.x) / 2, (area.height - extent.y) / 2, true);
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setInterpolation(SWT.HIGH);
		for (int i = 0; i < items.size() && i < size.tiles(); i++) {
			paintTile(gc, i);
		}
	}

	private void paintTile(GC gc, int index) {
		DataItem item = items.get(index);
		Rectangle b = tileBounds(index);
		Color dark = new Color(TagbenchPreferences.backgroundColour());
		Color light = new Color(235, 235, 235);
		gc.setBackground(dark);
		gc.fillRectangle(b);
		Rectangle imageArea = new Rectangle(b.x + 4, b.y + 4, b.width - 8, b.height - 8 - CAPTION_HEIGHT);
		ThumbnailLoader.Result result = images.apply(item);
		ImageData data = result != null ? result.image() : null;
		if (data != null) {
			Image image = imageOf(item, data);
			Rectangle ib = image.getBounds();
			double scale = Math.min((double) imageArea.width / ib.width, (double) imageArea.height / ib.height);
			int w = Math.max(1, (int) Math.round(ib.width * scale));
			int h = Math.max(1, (int) Math.round(ib.height * scale));
			gc.drawImage(image, 0, 0, ib.width, ib.height, imageArea.x + (imageArea.width - w) / 2,
					imageArea.y + (imageArea.height - h) / 2, w, h);
		} else {
			String text = result != null ? result.problem() : "Decoding " + item.getPath() + " …";
			gc.setForeground(light);
			gc.setClipping(imageArea);
			gc.drawText(text, imageArea.x + 4, imageArea.y + imageArea.height / 2 - 8, true);
			gc.setClipping((Rectangle) null);
		}

		// class chips, top left, wrapping inside the tile
		int x = b.x + 8;
		int y = b.y + 8;
		for (ClassificationLabel label : ClassAssignment.labels(item)) {
			String name = label.getLabelClass() != null ? label.getLabelClass().getName() : "?";
			boolean suggestion = Suggestions.isSuggestion(label);
			if (suggestion) {
				name = Suggestions.chipText(name, label.getScore());
			}
			Point extent = gc.textExtent(name);
			if (x + extent.x + 12 > b.x + b.width - 4 && x > b.x + 8) {
				x = b.x + 8;
				y += extent.y + 8;
			}
			Color colour = ImageCanvas.colourOf(label.getLabelClass());
			if (suggestion) {
				// the assist's suggestion: dark chip with a dashed outline in the class colour, until accepted
				gc.setBackground(dark);
				gc.fillRoundRectangle(x, y, extent.x + 12, extent.y + 4, 8, 8);
				gc.setForeground(colour);
				gc.setLineStyle(SWT.LINE_DASH);
				gc.setLineWidth(2);
				gc.drawRoundRectangle(x, y, extent.x + 12, extent.y + 4, 8, 8);
				gc.setLineWidth(1);
				gc.setLineStyle(SWT.LINE_SOLID);
				gc.setForeground(light);
			} else {
				gc.setBackground(colour);
				gc.fillRoundRectangle(x, y, extent.x + 12, extent.y + 4, 8, 8);
				gc.setForeground(contrastOn(colour));
			}
			gc.drawText(name, x + 6, y + 2, true);
			x += extent.x + 18;
		}

		// caption: file name, status, and the display adjustment (DICOM window) if any
		String caption = item.getPath() + (item.getStatus() == ItemStatus.UNLABELED ? "" : "  ·  " + statusName(item.getStatus()));
		String adjustment = result != null && result.adjustable() != null ? result.adjustable().describe() : "";
		if (!adjustment.isEmpty()) {
			caption += "  ·  " + adjustment;
		}
		gc.setForeground(light);
		gc.setClipping(b.x, b.y, b.width, b.height);
		gc.drawText(caption, b.x + 6, b.y + b.height - CAPTION_HEIGHT - 2, true);
		gc.setClipping((Rectangle) null);

		if (selection.isSelected(index)) {
			gc.setForeground(new Color(TagbenchPreferences.selectionColour()));
			gc.setLineWidth(5);
			gc.drawRectangle(b.x + 2, b.y + 2, b.width - 5, b.height - 5);
			gc.setLineWidth(1);
		}
		if (selection.focus() == index && isFocusControl()) {
			gc.setForeground(light);
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawRectangle(b.x + 7, b.y + 7, b.width - 15, b.height - 15);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
	}

	private static String statusName(ItemStatus status) {
		return status.getName().toLowerCase().replace('_', ' ');
	}

	private static Color contrastOn(Color c) {
		double luminance = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
		return luminance > 150 ? new Color(0, 0, 0) : new Color(255, 255, 255);
	}

	/** The SWT image of {@code data}, made once per data (a window/level drag makes new data each move). */
	private Image imageOf(DataItem item, ImageData data) {
		Map.Entry<ImageData, Image> cached = swtImages.get(item);
		if (cached != null && cached.getKey() == data) {
			return cached.getValue();
		}
		if (cached != null) {
			cached.getValue().dispose();
		}
		Image image = new Image(getDisplay(), data);
		swtImages.put(item, Map.entry(data, image));
		return image;
	}

	/** The tile under (x, y) of this canvas, or -1. */
	public int tileAt(int x, int y) {
		Rectangle area = getClientArea();
		int tile = size.tileAt(x, y, area.width, area.height, GAP);
		return tile >= 0 && tile < items.size() ? tile : -1;
	}

	private void disposeImages() {
		for (Map.Entry<ImageData, Image> entry : swtImages.values()) {
			entry.getValue().dispose();
		}
		swtImages.clear();
	}
}
