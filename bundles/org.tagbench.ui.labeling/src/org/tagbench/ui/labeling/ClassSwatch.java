package org.tagbench.ui.labeling;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.tagbench.model.LabelClass;

/** The small square in a label class's colour shown beside its name in class lists. */
public final class ClassSwatch {

	public static final int SIZE = 14;

	private ClassSwatch() {
	}

	/** A new image (the caller disposes it): the class colour with a black frame. */
	public static Image create(Device device, LabelClass labelClass) {
		Image image = new Image(device, SIZE, SIZE);
		GC gc = new GC(image);
		try {
			gc.setBackground(ImageCanvas.colourOf(labelClass));
			gc.fillRectangle(0, 0, SIZE, SIZE);
			gc.setForeground(new Color(0, 0, 0));
			gc.drawRectangle(0, 0, SIZE - 1, SIZE - 1);
		} finally {
			gc.dispose();
		}
		return image;
	}
}
