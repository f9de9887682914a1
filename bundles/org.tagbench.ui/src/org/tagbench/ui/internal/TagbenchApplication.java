package org.tagbench.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.tagbench.core.StartupTimeline;
import org.tagbench.core.TagbenchVersion;
import org.tagbench.core.WritableDirectory;

/**
 * Starts the Tagbench workbench after checking that the workspace is usable and not open in another
 * Tagbench process.
 */
public class TagbenchApplication implements IApplication {

	/** Exit code when the workspace cannot be used; the launcher script passes it on. */
	public static final Integer EXIT_WORKSPACE_UNUSABLE = 13;

	/** System property naming a file to which the start-up milestones are written (benchmarks). */
	public static final String STARTUP_TRACE_PROPERTY = "tagbench.startupTrace";

	private static final ILog LOG = ILog.of(TagbenchApplication.class);

	/** Whether this process holds the workspace lock, and so must release it on exit. */
	private static boolean workspaceLocked;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		StartupTimeline timeline = new StartupTimeline(ManagementFactory.getRuntimeMXBean().getStartTime());
		markLauncherStart(timeline);
		timeline.mark("application started");
		Display display = PlatformUI.createDisplay();
		try {
			Optional<String> workspaceProblem = claimWorkspace();
			if (workspaceProblem.isPresent()) {
				LOG.error(workspaceProblem.get());
				System.err.println("Tagbench: " + workspaceProblem.get());
				MessageDialog.openError(null, "Tagbench cannot start", workspaceProblem.get());
				return EXIT_WORKSPACE_UNUSABLE;
			}
			LOG.info("Tagbench " + TagbenchVersion.current().display() + " starting on Java "
					+ System.getProperty("java.version"));
			context.applicationRunning();
			int code = PlatformUI.createAndRunWorkbench(display, new TagbenchWorkbenchAdvisor(timeline));
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			releaseWorkspace();
			display.dispose();
		}
	}

	/** The Equinox launcher records when its main() ran: the first thing we can see of a start. */
	private static void markLauncherStart(StartupTimeline timeline) {
		String launcherStart = System.getProperty("eclipse.startTime");
		if (launcherStart != null) {
			try {
				timeline.mark("launcher main()", Long.parseLong(launcherStart));
			} catch (NumberFormatException e) {
				// a hand-set property; the milestone is only informative
			}
		}
	}

	/**
	 * Checks that the workspace folder can be written and locks it, so that a second Tagbench on the
	 * same workspace is refused with a message instead of corrupting the first one's files.
	 */
	static Optional<String> claimWorkspace() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.getURL() == null) {
			return Optional.of("No workspace is set. Start Tagbench with -data <folder>.");
		}
		Path workspace;
		try {
			workspace = Path.of(URIUtil.toURI(instance.getURL()));
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Optional.of("The workspace location " + instance.getURL() + " is not a folder path: " + e.getMessage());
		}
		Optional<String> problem = WritableDirectory.problemWith(workspace, "workspace");
		if (problem.isPresent()) {
			return Optional.of(problem.get() + " Choose another one with: tagbench -data <folder>");
		}
		try {
			if (!instance.lock()) {
				return Optional.of("The workspace " + workspace + " is in use by another Tagbench window. "
						+ "Switch to that window, or start Tagbench on another workspace with: tagbench -data <folder>");
			}
			workspaceLocked = true;
		} catch (IOException e) {
			return Optional.of("The workspace " + workspace + " cannot be locked: " + e.getMessage());
		}
		return Optional.empty();
	}

	private static void releaseWorkspace() {
		if (workspaceLocked) {
			Platform.getInstanceLocation().release();
			workspaceLocked = false;
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
