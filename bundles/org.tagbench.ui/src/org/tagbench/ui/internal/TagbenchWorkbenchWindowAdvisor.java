package org.tagbench.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.tagbench.core.Notices;

/** Look of the main window: title, size, status line. */
public class TagbenchWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	private final TagbenchWorkbenchAdvisor workbenchAdvisor;

	public TagbenchWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer,
			TagbenchWorkbenchAdvisor workbenchAdvisor) {
		super(configurer);
		this.workbenchAdvisor = workbenchAdvisor;
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new TagbenchActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle(Notices.PRODUCT_NAME);
	}

	@Override
	public void postWindowOpen() {
		workbenchAdvisor.timeline().mark("window opened");
		Display display = getWindowConfigurer().getWindow().getShell().getDisplay();
		// asyncExec runs once the event loop has handled the pending paint events of the new window
		display.asyncExec(workbenchAdvisor::firstWindowShown);
	}
}
