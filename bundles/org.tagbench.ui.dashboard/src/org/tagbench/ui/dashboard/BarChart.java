package org.tagbench.ui.dashboard;

import java.text.NumberFormat;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A horizontal bar chart: one labelled bar per category with its value written after it.
 * <p>
 * Drawn with SWT's GC because SWTChart, the library the issue named, is on Maven Central only as 1.1.0, which
 * is compiled for Java 21 while Tagbench runs on Java 17 (docs/DEPENDENCIES.md). The chart keeps its series
 * values so tests can compare them with the store.
 * </p>
 */
public class BarChart extends Canvas {

	private static final int ROW_GAP = 6;
	private static final int PADDING = 8;

	private String title = "";
	private String[] labels = new String[0];
	private long[] values = new long[0];
	private RGB[] colours = new RGB[0];

	public BarChart(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addPaintListener(event -> paint(event.gc));
	}

	/** Replaces the series; {@code colours} entries may be null for the default bar colour. */
	public void setSeries(String newTitle, String[] newLabels, long[] newValues, RGB[] newColours) {
		checkWidget();
		if (newLabels.length != newValues.length || newColours.length != newValues.length) {
			throw new IllegalArgumentException("labels, values and colours differ in length");
		}
		title = newTitle;
		labels = newLabels.clone();
		values = newValues.clone();
		colours = newColours.clone();
		redraw();
	}

	public String title() {
		return title;
	}

	public String[] labels() {
		return labels.clone();
	}

	public long[] values() {
		return values.clone();
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		GC gc = new GC(this);
		int line = gc.getFontMetrics().getHeight();
		gc.dispose();
		int height = PADDING * 2 + (line + ROW_GAP) * (labels.length + 1);
		return new Point(wHint == SWT.DEFAULT ? 360 : wHint, hHint == SWT.DEFAULT ? height : hHint);
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		int line = gc.getFontMetrics().getHeight();
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		gc.drawString(title, PADDING, PADDING, true);
		int labelWidth = 0;
		int valueWidth = 0;
		NumberFormat format = NumberFormat.getIntegerInstance();
		for (int i = 0; i < labels.length; i++) {
			labelWidth = Math.max(labelWidth, gc.textExtent(labels[i]).x);
			valueWidth = Math.max(valueWidth, gc.textExtent(format.format(values[i])).x);
		}
		long max = Arrays.stream(values).max().orElse(0);
		int barLeft = PADDING + labelWidth + PADDING;
		int barSpace = Math.max(10, area.width - barLeft - valueWidth - 2 * PADDING);
		Color fallback = getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
		for (int i = 0; i < labels.length; i++) {
			int y = PADDING + (line + ROW_GAP) * (i + 1);
			gc.drawString(labels[i], PADDING, y, true);
			int width = max == 0 ? 0 : (int) Math.max(values[i] > 0 ? 1 : 0, Math.round((double) barSpace * values[i] / max));
			Color colour = colours[i] == null ? null : new Color(colours[i]);
			gc.setBackground(colour == null ? fallback : colour);
			gc.fillRectangle(barLeft, y + 1, width, line - 2);
			gc.drawString(format.format(values[i]), barLeft + width + PADDING / 2, y, true);
		}
	}
}
