package org.tagbench.exchange;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.store.ProjectStore;

/**
 * Reads existing labels (from another tool or an earlier export) into a project whose items are already
 * registered. Images are matched to items by path (see {@link ItemIndex}); labels of images the project
 * does not have are reported, never guessed.
 */
public interface LabelImporter {

	/** Short id used on the command line, e.g. {@code coco}. */
	String formatId();

	String displayName();

	/** @param source the file or folder to read (which one depends on the format) */
	ImportReport importLabels(ProjectStore store, Path source, ImportOptions options, IProgressMonitor monitor)
			throws ExchangeException;
}
