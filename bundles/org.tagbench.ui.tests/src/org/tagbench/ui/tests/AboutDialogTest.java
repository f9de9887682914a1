package org.tagbench.ui.tests;

import org.tagbench.ui.testing.UiTestSupport;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.tagbench.core.Notices;
import org.tagbench.core.TagbenchVersion;

class AboutDialogTest {

	@Test
	void aboutCommandShowsVersionAndMedicalNotice() throws Exception {
		Display display = PlatformUI.getWorkbench().getDisplay();
		List<String> shown = new ArrayList<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		// The dialog is modal: inspect and close it from the event loop it runs.
		Runnable inspector = new Runnable() {
			int attempts;

			@Override
			public void run() {
				Shell about = UiTestSupport.findShell(display, shell -> "About Tagbench".equals(shell.getText()));
				if (about == null) {
					if (++attempts < 250) {
						display.timerExec(20, this);
					}
					return;
				}
				try {
					shown.addAll(UiTestSupport.texts(about));
					UiTestSupport.screenshot(about, "about-dialog");
				} catch (Throwable e) {
					failure.set(e);
				} finally {
					about.close();
				}
			}
		};
		display.timerExec(20, inspector);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand("org.tagbench.ui.commands.about", null);

		if (failure.get() != null) {
			throw new AssertionError(failure.get());
		}
		assertNotNull(shown.isEmpty() ? null : shown, "the About dialog never opened");
		String all = String.join("\n", shown);
		TagbenchVersion version = TagbenchVersion.current();
		assertTrue(version.build().matches("\\d{12}"), version.toString());
		assertTrue(all.contains("Version " + version.display()), all);
		assertTrue(all.contains(Notices.NOT_A_MEDICAL_DEVICE), all);
		assertTrue(all.contains("Log file: "), all);
	}
}
