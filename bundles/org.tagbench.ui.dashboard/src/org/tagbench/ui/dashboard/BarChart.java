package org.tagbench.ui.dashboard;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * A horizontal bar chart on SWTChart: one bar per category, in the category's colour, its value written after it.
 * <p>
 * SWTChart colours a whole series alike, so the bars are one stacked series per distinct colour, each holding its
 * categories' values and zero elsewhere. {@link #values()} and {@link #labels()} read the chart's series back, so
 * a test comparing them with the store checks what is drawn.
 * </p>
 */
public class BarChart extends Chart {

	private static final String SERIES_PREFIX = "bars-";
	private static final int ROW_HEIGHT = 22;
	private static final RGB DEFAULT_BAR = new RGB(0x4a, 0x7e, 0xbb);

	/** For the preferred height; Chart's constructor already lays out, before this class's axes are set up. */
	private int categoryCount;

	public BarChart(Composite parent, int style) {
		super(parent, style);
		setOrientation(SWT.VERTICAL); // categories down the side, bars across
		getLegend().setVisible(false);
		IAxis categories = categoryAxis();
		categories.enableCategory(true);
		categories.setReversed(true); // the first category at the top
		categories.getTitle().setVisible(false);
		IAxis counts = getAxisSet().getYAxis(0);
		counts.getTitle().setVisible(false);
		// each bar has its value written after it: a count scale and grid would only repeat that
		counts.getTick().setVisible(false);
		counts.getGrid().setStyle(LineStyle.NONE);
		categories.getGrid().setStyle(LineStyle.NONE);
		Color text = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		getTitle().setForeground(text);
		categories.getTick().setForeground(text);
		getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent event) {
				paintValues(event.gc);
			}
		});
	}

	/** Replaces the series; {@code colours} entries may be null for the default bar colour. */
	public void setSeries(String title, String[] labels, long[] values, RGB[] colours) {
		checkWidget();
		if (labels.length != values.length || colours.length != values.length) {
			throw new IllegalArgumentException("labels, values and colours differ in length");
		}
		suspendUpdate(true);
		try {
			getTitle().setText(title);
			for (ISeries<?> series : getSeriesSet().getSeries()) {
				getSeriesSet().deleteSeries(series.getId());
			}
			categoryAxis().setCategorySeries(labels.clone());
			categoryCount = labels.length;
			Map<RGB, double[]> valuesByColour = new LinkedHashMap<>();
			for (int i = 0; i < values.length; i++) {
				valuesByColour.computeIfAbsent(Objects.requireNonNullElse(colours[i], DEFAULT_BAR),
						colour -> new double[labels.length])[i] = values[i];
			}
			int seriesIndex = 0;
			for (Map.Entry<RGB, double[]> entry : valuesByColour.entrySet()) {
				IBarSeries<?> bars = (IBarSeries<?>) getSeriesSet().createSeries(SeriesType.BAR, SERIES_PREFIX + seriesIndex++);
				bars.setYSeries(entry.getValue());
				bars.setBarColor(new Color(entry.getKey()));
				bars.enableStack(true);
				bars.setBarPadding(25);
			}
			long max = 0;
			for (long value : values) {
				max = Math.max(max, value);
			}
			// room after the longest bar for its value
			getAxisSet().getYAxis(0).setRange(new Range(0, Math.max(1, max) * 1.18));
			if (labels.length > 0) {
				categoryAxis().setRange(new Range(-0.5, labels.length - 0.5));
			}
		} finally {
			suspendUpdate(false);
		}
		redraw();
	}

	public String title() {
		return getTitle().getText();
	}

	public String[] labels() {
		String[] categories = categoryAxis().getCategorySeries();
		return categories == null ? new String[0] : categories.clone();
	}

	/** Each category's value as the chart's series hold it. */
	public long[] values() {
		long[] values = new long[labels().length];
		for (ISeries<?> series : getSeriesSet().getSeries()) {
			double[] ys = series.getYSeries();
			for (int i = 0; i < Math.min(ys.length, values.length); i++) {
				values[i] += Math.round(ys[i]);
			}
		}
		return values;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		int height = 60 + ROW_HEIGHT * Math.max(1, categoryCount);
		return new Point(wHint == SWT.DEFAULT ? 360 : wHint, hHint == SWT.DEFAULT ? height : hHint);
	}

	private IAxis categoryAxis() {
		return getAxisSet().getXAxis(0);
	}

	/** Writes each category's value after its bar (SWTChart's own labels would also print the zeros of the stack). */
	private void paintValues(GC gc) {
		long[] values = values();
		NumberFormat format = NumberFormat.getIntegerInstance();
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		IAxis categories = categoryAxis();
		IAxis counts = getAxisSet().getYAxis(0);
		for (int i = 0; i < values.length; i++) {
			String text = format.format(values[i]);
			Point extent = gc.textExtent(text);
			int x = counts.getPixelCoordinate(values[i]) + 4;
			int y = categories.getPixelCoordinate(i) - extent.y / 2;
			Rectangle area = getPlotArea().getBounds();
			gc.drawText(text, Math.min(x, area.width - extent.x - 2), y, true);
		}
	}
}
