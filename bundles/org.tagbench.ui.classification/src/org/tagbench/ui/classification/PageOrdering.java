package org.tagbench.ui.classification;

import java.nio.file.Path;
import java.util.List;

/**
 * Arranges the next items to classify into grid pages (OSGi whiteboard: register an implementation as a
 * service). The ML assist puts similar images on the same page once it has a model; without any service
 * (or when it returns an empty list) pages follow the project's order.
 */
public interface PageOrdering {

	/**
	 * @param projectFolder the project's folder
	 * @param candidates    ids of the next items still to do, in the project's order
	 * @param tiles         images per page
	 * @return pages of ids taken from {@code candidates}, or an empty list to keep the project's order
	 */
	List<List<String>> pages(Path projectFolder, List<String> candidates, int tiles);
}
