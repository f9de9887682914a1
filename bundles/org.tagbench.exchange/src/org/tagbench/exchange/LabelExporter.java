package org.tagbench.exchange;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.store.ProjectStore;

/**
 * Writes a project's labels in a training format ("ready to train"). An export never leaves a half-written
 * file or folder under its final name: it is written beside it and renamed when complete.
 */
public interface LabelExporter {

	/** Short id used on the command line, e.g. {@code coco}, {@code voc}, {@code yolo}. */
	String formatId();

	/** Name shown to users, e.g. "COCO JSON". */
	String displayName();

	/**
	 * How the target's name ends when the export writes one file (".json"), or "" when it writes a folder: the
	 * export dialog offers a file or a folder chooser and a default name.
	 */
	default String targetSuffix() {
		return "";
	}

	/**
	 * @param target the file or folder to create (which one depends on the format); an existing one is replaced
	 *               only when complete
	 */
	ExportReport export(ProjectStore store, ExportOptions options, Path target, IProgressMonitor monitor)
			throws ExchangeException;
}
