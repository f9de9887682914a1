package org.tagbench.ui.labeling.internal;

import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.tagbench.model.DataItem;
import org.tagbench.ui.labeling.ItemViewer;
import org.tagbench.ui.labeling.ViewerSite;

/** The built-in viewer of ordinary images (PNG, JPEG, GIF, BMP, TIFF): the first image SWT reads from the file. */
public final class ImageViewer implements ItemViewer {

	@Override
	public ImageData show(ViewerSite site, DataItem item, Path file) {
		return new ImageLoader().load(file.toString())[0];
	}
}
