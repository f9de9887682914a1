package org.tagbench.ui.assist;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.tagbench.assist.CalibrationCurve;

/**
 * A model's precision–coverage curve on its calibration decisions: coverage on x, precision on y (dark), the
 * precision each threshold is sure of with 95 % confidence (light: what the threshold is chosen on), the target
 * precision as a dashed line and the chosen threshold as a marked point. Drawn with SWT's GC, like the
 * dashboard's BarChart (SWTChart on Maven Central needs Java 21).
 */
public class CurveChart extends Canvas {

	private static final int MARGIN_LEFT = 44;
	private static final int MARGIN = 14;
	private static final int MARGIN_TOP = 24;
	private static final int MARGIN_BOTTOM = 34;

	private CalibrationCurve curve;
	private double target = Double.NaN;

	public CurveChart(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addPaintListener(event -> paint(event.gc));
	}

	/** The curve to show (null: none yet) and the project's target precision now (may differ from the model's). */
	public void setCurve(CalibrationCurve newCurve, double newTarget) {
		checkWidget();
		curve = newCurve;
		target = newTarget;
		redraw();
	}

	public CalibrationCurve curve() {
		return curve;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 360 : wHint, hHint == SWT.DEFAULT ? 240 : hHint);
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		Rectangle plot = new Rectangle(area.x + MARGIN_LEFT, area.y + MARGIN_TOP, area.width - MARGIN_LEFT - MARGIN,
				area.height - MARGIN_TOP - MARGIN_BOTTOM);
		gc.setAntialias(SWT.ON);
		Color text = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		Color grid = new Color(220, 220, 220);
		gc.setForeground(grid);
		for (int k = 0; k <= 4; k++) {
			int y = plot.y + plot.height * k / 4;
			int x = plot.x + plot.width * k / 4;
			gc.drawLine(plot.x, y, plot.x + plot.width, y);
			gc.drawLine(x, plot.y, x, plot.y + plot.height);
		}
		gc.setForeground(text);
		gc.drawRectangle(plot);
		for (int k = 0; k <= 4; k++) {
			String label = (k * 25) + " %";
			Point extent = gc.textExtent(label);
			gc.drawText(label, plot.x - extent.x - 4, plot.y + plot.height - plot.height * k / 4 - extent.y / 2, true);
			gc.drawText(label, plot.x + plot.width * k / 4 - extent.x / 2, plot.y + plot.height + 2, true);
		}
		String xTitle = "coverage of the calibration decisions";
		gc.drawText(xTitle, plot.x + (plot.width - gc.textExtent(xTitle).x) / 2, plot.y + plot.height + 17, true);
		gc.drawText("precision", area.x + 4, area.y + 2, true); // above the plot: the threshold label may sit at its top
		if (!Double.isNaN(target)) {
			int y = yOf(plot, target);
			gc.setForeground(new Color(0xc0, 0x39, 0x2b));
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawLine(plot.x, y, plot.x + plot.width, y);
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.drawText(String.format("target %.0f %%", target * 100), plot.x + plot.width - 90, y + 2, true);
		}
		if (curve == null || curve.points().isEmpty()) {
			String message = "No model yet: Train now, or label more items.";
			Point extent = gc.textExtent(message);
			gc.setForeground(text);
			gc.drawText(message, plot.x + (plot.width - extent.x) / 2, plot.y + plot.height / 2 - extent.y, true);
			return;
		}
		List<CalibrationCurve.Point> points = curve.points();
		int[] polyline = new int[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			polyline[2 * i] = xOf(plot, points.get(i).coverage());
			polyline[2 * i + 1] = yOf(plot, points.get(i).precision());
		}
		// the precision each point is sure of (95 % confidence): what the threshold is chosen on
		int[] bound = polyline.clone();
		for (int i = 0; i < points.size(); i++) {
			bound[2 * i + 1] = yOf(plot, points.get(i).lowerBound());
		}
		gc.setForeground(new Color(0x9c, 0xbf, 0xe0));
		gc.drawPolyline(bound);
		gc.setForeground(new Color(0x2a, 0x6f, 0xb0));
		gc.setLineWidth(2);
		gc.drawPolyline(polyline);
		gc.setLineWidth(1);
		curve.chosen().ifPresent(p -> {
			int x = xOf(plot, p.coverage());
			int y = yOf(plot, p.precision());
			gc.setBackground(new Color(0x4c, 0x9a, 0x2a));
			gc.fillOval(x - 5, y - 5, 10, 10);
			gc.setForeground(new Color(0x4c, 0x9a, 0x2a));
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawLine(x, y, x, plot.y + plot.height);
			gc.setLineStyle(SWT.LINE_SOLID);
			String label = String.format("threshold %.3f: %.0f %% precise,%nsurely ≥ %.0f %%; %.0f %% covered", p.threshold(),
					p.precision() * 100, p.lowerBound() * 100, p.coverage() * 100);
			Point extent = gc.textExtent(label, SWT.DRAW_DELIMITER);
			int lx = Math.max(plot.x + 2, Math.min(x - extent.x / 2, plot.x + plot.width - extent.x - 2));
			gc.setForeground(text);
			gc.drawText(label, lx, Math.min(y + 8, plot.y + plot.height - extent.y - 2), SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
		});
	}

	private static int xOf(Rectangle plot, double coverage) {
		return plot.x + (int) Math.round(coverage * plot.width);
	}

	private static int yOf(Rectangle plot, double precision) {
		return plot.y + plot.height - (int) Math.round(precision * plot.height);
	}
}
