package org.tagbench.ui.labeling;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Told when an editor has committed people's labels (OSGi whiteboard: register an implementation as a
 * service). The ML assist counts them to retrain in the background; the editors do not depend on it.
 * Called on the UI thread after the commit: return at once, do the work in a job.
 */
public interface LabelCommitListener {

	/**
	 * @param projectFolder the project's folder
	 * @param labeledItems  how many items were committed with labels (LABELED) by a person
	 */
	void labelsCommitted(Path projectFolder, int labeledItems);

	/** Tells every registered listener; a failing listener is logged and never stops the editor. */
	static void notifyAll(Path projectFolder, int labeledItems) {
		Bundle bundle = FrameworkUtil.getBundle(LabelCommitListener.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null || labeledItems <= 0) {
			return;
		}
		try {
			for (ServiceReference<LabelCommitListener> reference : context.getServiceReferences(LabelCommitListener.class, null)) {
				LabelCommitListener listener = context.getService(reference);
				if (listener == null) {
					continue;
				}
				try {
					listener.labelsCommitted(projectFolder, labeledItems);
				} catch (RuntimeException e) {
					ILog.of(LabelCommitListener.class).error("A label commit listener failed", e);
				} finally {
					context.ungetService(reference);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e); // a null filter is always valid
		}
	}
}
