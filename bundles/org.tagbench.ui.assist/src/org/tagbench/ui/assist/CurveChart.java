package org.tagbench.ui.assist;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.tagbench.assist.CalibrationCurve;

/**
 * A model's precision–coverage curve on its calibration decisions, on SWTChart: coverage on x, precision on y
 * (dark), the precision each threshold is sure of with 95 % confidence (light: what the threshold is chosen on),
 * the target precision as a dashed line, the chosen threshold as a marked point and each class's own precision and
 * coverage at its threshold as small squares.
 */
public class CurveChart extends Chart {

	/** Series ids, for tests and for people reading the legend's code. */
	public static final String PRECISION = "precision";
	public static final String LOWER_BOUND = "surely at least (95 % confidence)";
	public static final String TARGET = "target";
	public static final String CHOSEN = "chosen threshold";
	public static final String CLASSES = "classes at their thresholds";

	private static final Color PRECISION_COLOUR = new Color(0x2a, 0x6f, 0xb0);
	private static final Color BOUND_COLOUR = new Color(0x9c, 0xbf, 0xe0);
	private static final Color TARGET_COLOUR = new Color(0xc0, 0x39, 0x2b);
	private static final Color CHOSEN_COLOUR = new Color(0x4c, 0x9a, 0x2a);
	private static final Color CLASS_COLOUR = new Color(0xe0, 0x8a, 0x1e);

	private CalibrationCurve curve;
	private double target = Double.NaN;

	public CurveChart(Composite parent, int style) {
		super(parent, style);
		getTitle().setVisible(false);
		DecimalFormat percent = new DecimalFormat("0 %");
		IAxis coverage = getAxisSet().getXAxis(0);
		coverage.getTitle().setText("coverage of the calibration decisions");
		coverage.getTick().setFormat(percent);
		IAxis precision = getAxisSet().getYAxis(0);
		precision.getTitle().setText("precision");
		precision.getTick().setFormat(percent);
		getLegend().setPosition(SWT.BOTTOM);
		Color text = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		for (IAxis axis : new IAxis[] { coverage, precision }) {
			axis.getTitle().setForeground(text);
			axis.getTick().setForeground(text);
		}
		getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent event) {
				paintTexts(event.gc);
			}
		});
		showCurve();
	}

	/** The curve to show (null: none yet) and the project's target precision now (may differ from the model's). */
	public void setCurve(CalibrationCurve newCurve, double newTarget) {
		checkWidget();
		curve = newCurve;
		target = newTarget;
		showCurve();
	}

	public CalibrationCurve curve() {
		return curve;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 360 : wHint, hHint == SWT.DEFAULT ? 280 : hHint);
	}

	private void showCurve() {
		suspendUpdate(true);
		try {
			for (ISeries<?> series : getSeriesSet().getSeries()) {
				getSeriesSet().deleteSeries(series.getId());
			}
			if (curve != null && !curve.points().isEmpty()) {
				List<CalibrationCurve.Point> points = curve.points();
				double[] coverages = new double[points.size()];
				double[] precisions = new double[points.size()];
				double[] bounds = new double[points.size()];
				for (int i = 0; i < points.size(); i++) {
					coverages[i] = points.get(i).coverage();
					precisions[i] = points.get(i).precision();
					bounds[i] = points.get(i).lowerBound();
				}
				line(LOWER_BOUND, coverages, bounds, BOUND_COLOUR, 1);
				line(PRECISION, coverages, precisions, PRECISION_COLOUR, 2);
				showClassPoints();
				curve.chosen().ifPresent(p -> {
					ILineSeries<?> chosen = line(CHOSEN, new double[] { p.coverage() }, new double[] { p.precision() },
							CHOSEN_COLOUR, 1);
					chosen.setLineStyle(LineStyle.NONE);
					chosen.setSymbolType(PlotSymbolType.CIRCLE);
					chosen.setSymbolColor(CHOSEN_COLOUR);
					chosen.setSymbolSize(5);
				});
			}
			if (!Double.isNaN(target)) {
				line(TARGET, new double[] { 0, 1 }, new double[] { target, target }, TARGET_COLOUR, 1)
						.setLineStyle(LineStyle.DASH);
			}
			getAxisSet().getXAxis(0).setRange(new Range(0, 1));
			getAxisSet().getYAxis(0).setRange(new Range(0, 1.02));
		} finally {
			suspendUpdate(false);
		}
		redraw();
	}

	/** Each class with decisions at its threshold: its own precision over its own coverage. */
	private void showClassPoints() {
		List<double[]> classPoints = new ArrayList<>();
		for (CalibrationCurve.ClassCount count : curve.perClass()) {
			if (count.covered() > 0 && count.decisions() > 0 && count.threshold().isPresent()) {
				classPoints.add(new double[] { (double) count.covered() / count.decisions(), count.precision() });
			}
		}
		if (classPoints.isEmpty()) {
			return;
		}
		double[] xs = classPoints.stream().mapToDouble(p -> p[0]).toArray();
		double[] ys = classPoints.stream().mapToDouble(p -> p[1]).toArray();
		ILineSeries<?> classes = line(CLASSES, xs, ys, CLASS_COLOUR, 1);
		classes.setLineStyle(LineStyle.NONE);
		classes.setSymbolType(PlotSymbolType.SQUARE);
		classes.setSymbolColor(CLASS_COLOUR);
		classes.setSymbolSize(3);
	}

	private ILineSeries<?> line(String id, double[] xs, double[] ys, Color colour, int width) {
		ILineSeries<?> series = (ILineSeries<?>) getSeriesSet().createSeries(SeriesType.LINE, id);
		series.setXSeries(xs);
		series.setYSeries(ys);
		series.setLineColor(colour);
		series.setLineWidth(width);
		series.setSymbolType(PlotSymbolType.NONE);
		series.setAntialias(SWT.ON);
		return series;
	}

	/** The chosen threshold's figures beside its point, or why there is no curve yet. */
	private void paintTexts(GC gc) {
		Rectangle plot = getPlotArea().getBounds();
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		if (curve == null || curve.points().isEmpty()) {
			String message = "No model yet: Train now, or label more items.";
			Point extent = gc.textExtent(message);
			gc.drawText(message, (plot.width - extent.x) / 2, plot.height / 2 - extent.y, true);
			return;
		}
		curve.chosen().ifPresent(p -> {
			int x = getAxisSet().getXAxis(0).getPixelCoordinate(p.coverage());
			int y = getAxisSet().getYAxis(0).getPixelCoordinate(p.precision());
			String label = String.format("threshold %.3f: %.0f %% precise,%nsurely ≥ %.0f %%; %.0f %% covered", p.threshold(),
					p.precision() * 100, p.lowerBound() * 100, p.coverage() * 100);
			Point extent = gc.textExtent(label, SWT.DRAW_DELIMITER);
			int left = Math.max(2, Math.min(x - extent.x / 2, plot.width - extent.x - 2));
			gc.drawText(label, left, Math.min(y + 10, plot.height - extent.y - 2), SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
		});
	}
}
