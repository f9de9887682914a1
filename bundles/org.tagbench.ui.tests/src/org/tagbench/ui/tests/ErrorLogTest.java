package org.tagbench.ui.tests;

import org.tagbench.ui.testing.UiTestSupport;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.tagbench.ui.internal.LabelingPerspective;

/** What our bundles log reaches the log file in the workspace and the Error Log view. */
class ErrorLogTest {

	@Test
	void loggedErrorAppearsInLogFileAndErrorLogView() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewPart view = page.showView(LabelingPerspective.ERROR_LOG_VIEW_ID);
		assertNotNull(view);
		String marker = "error-log-test " + UUID.randomUUID();

		ILog.of(getClass()).error(marker, new IllegalStateException("cause of " + marker));

		Display display = PlatformUI.getWorkbench().getDisplay();
		Tree tree = findTreeIn(view.getSite().getShell());
		assertNotNull(tree, "the Error Log view has no tree");
		// The view batches new entries and refreshes asynchronously.
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> containsItem(tree, marker)),
				"the Error Log view does not list the logged error");
		UiTestSupport.screenshot(tree.getShell(), "error-log");

		Path logFile = Platform.getLogFileLocation().toPath();
		assertTrue(logFile.startsWith(Path.of(Platform.getInstanceLocation().getURL().toURI())),
				"the log file is not in the workspace: " + logFile);
		assertTrue(Files.readString(logFile).contains(marker), "the log file lacks the entry");
		page.hideView(view);
	}

	/** The Error Log view is the only part of the window that shows a tree with columns. */
	private static Tree findTreeIn(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Tree tree && child.isVisible() && tree.getColumnCount() >= 2) {
				return tree;
			}
			if (child instanceof Composite nested) {
				Tree found = findTreeIn(nested);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static boolean containsItem(Tree tree, String text) {
		for (TreeItem item : tree.getItems()) {
			for (int column = 0; column < Math.max(1, tree.getColumnCount()); column++) {
				if (item.getText(column).contains(text)) {
					return true;
				}
			}
		}
		return false;
	}
}
