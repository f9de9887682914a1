package org.tagbench.ui.labeling.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.tagbench.ui.labeling.AnnotationTool;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.ToolContext;
import org.tagbench.ui.labeling.ViewTransform;

/**
 * The built-in bounding-box tool (contributed in plugin.xml like any other tool): press-drag-release draws
 * a box of the selected class; a drag smaller than {@link ImageCanvas#MIN_BOX_SIZE} image pixels in both
 * directions is a click, which selects the topmost box under the cursor (or none); Esc drops the box being
 * drawn.
 */
public class BoxTool implements AnnotationTool {

	private boolean drawing;
	private double startX;
	private double startY;
	private double nowX;
	private double nowY;

	@Override
	public void deactivate(ToolContext context) {
		drawing = false;
	}

	@Override
	public void mouseDown(ToolContext context, double x, double y, int stateMask) {
		ViewTransform t = context.transform();
		drawing = true;
		startX = nowX = t.clampImageX(x);
		startY = nowY = t.clampImageY(y);
	}

	@Override
	public void mouseMove(ToolContext context, double x, double y, int stateMask) {
		if (drawing) {
			nowX = context.transform().clampImageX(x);
			nowY = context.transform().clampImageY(y);
			context.repaint();
		}
	}

	@Override
	public void mouseUp(ToolContext context, double x, double y, int stateMask) {
		if (!drawing) {
			return;
		}
		drawing = false;
		nowX = context.transform().clampImageX(x);
		nowY = context.transform().clampImageY(y);
		double w = Math.abs(nowX - startX);
		double h = Math.abs(nowY - startY);
		context.repaint();
		if (w >= ImageCanvas.MIN_BOX_SIZE && h >= ImageCanvas.MIN_BOX_SIZE) {
			if (context.item() != null && context.selectedClass() != null) {
				context.add(context.newBox(Math.min(startX, nowX), Math.min(startY, nowY), w, h));
			}
		} else if (w < ImageCanvas.MIN_BOX_SIZE && h < ImageCanvas.MIN_BOX_SIZE) {
			context.select(context.boxAt(startX, startY));
		}
	}

	@Override
	public boolean keyDown(ToolContext context, char character, int keyCode, int stateMask) {
		if (character == SWT.ESC && drawing) {
			drawing = false;
			context.repaint();
			return true;
		}
		return false;
	}

	@Override
	public void paint(ToolContext context, GC gc) {
		if (!drawing) {
			return;
		}
		ViewTransform t = context.transform();
		Color colour = ImageCanvas.colourOf(context.selectedClass());
		gc.setForeground(colour);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(2);
		gc.drawRectangle((int) Math.round(t.toViewX(Math.min(startX, nowX))), (int) Math.round(t.toViewY(Math.min(startY, nowY))),
				(int) Math.round(Math.abs(nowX - startX) * t.scale()), (int) Math.round(Math.abs(nowY - startY) * t.scale()));
		gc.setLineStyle(SWT.LINE_SOLID);
	}
}
