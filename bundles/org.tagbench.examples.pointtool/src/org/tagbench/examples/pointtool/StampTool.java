package org.tagbench.examples.pointtool;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.tagbench.ui.labeling.AnnotationTool;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.ToolContext;
import org.tagbench.ui.labeling.ViewTransform;

/**
 * Example third-party annotation tool: a click places a {@value #SIZE} × {@value #SIZE} pixel box of the
 * selected class centred on the click (moved inside the image at its edges), for objects of a known size
 * such as cells, screws or keypoints. The mouse shows a dashed preview. Uses only the exported API of
 * {@code org.tagbench.ui.labeling} and {@code org.tagbench.model}.
 */
public class StampTool implements AnnotationTool {

	/** Side of a stamped box, in image pixels. */
	public static final double SIZE = 32;

	private boolean hovering;
	private double hoverX;
	private double hoverY;

	@Override
	public void deactivate(ToolContext context) {
		hovering = false;
	}

	@Override
	public void mouseMove(ToolContext context, double x, double y, int stateMask) {
		hovering = true;
		hoverX = x;
		hoverY = y;
		context.repaint();
	}

	@Override
	public void mouseUp(ToolContext context, double x, double y, int stateMask) {
		if (context.item() == null || context.selectedClass() == null) {
			return;
		}
		double[] box = boxAround(context.transform(), x, y);
		context.add(context.newBox(box[0], box[1], box[2], box[3]));
	}

	/** x, y, w, h of the stamp centred on (cx, cy), moved inside the image (and cut to it when smaller). */
	static double[] boxAround(ViewTransform t, double cx, double cy) {
		double w = Math.min(SIZE, t.imageWidth());
		double h = Math.min(SIZE, t.imageHeight());
		double x = Math.max(0, Math.min(Math.round(cx - w / 2), t.imageWidth() - w));
		double y = Math.max(0, Math.min(Math.round(cy - h / 2), t.imageHeight() - h));
		return new double[] { x, y, w, h };
	}

	@Override
	public void paint(ToolContext context, GC gc) {
		if (!hovering || context.item() == null) {
			return;
		}
		ViewTransform t = context.transform();
		double[] box = boxAround(t, hoverX, hoverY);
		gc.setForeground(ImageCanvas.colourOf(context.selectedClass()));
		gc.setLineStyle(SWT.LINE_DOT);
		gc.setLineWidth(1);
		gc.drawRectangle((int) Math.round(t.toViewX(box[0])), (int) Math.round(t.toViewY(box[1])),
				(int) Math.round(box[2] * t.scale()), (int) Math.round(box[3] * t.scale()));
		gc.setLineStyle(SWT.LINE_SOLID);
	}
}
