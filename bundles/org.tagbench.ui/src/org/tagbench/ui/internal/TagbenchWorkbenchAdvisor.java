package org.tagbench.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.tagbench.core.StartupTimeline;

/** Workbench-wide policy: initial perspective, saved layout, start-up milestones. */
public class TagbenchWorkbenchAdvisor extends WorkbenchAdvisor {

	private final StartupTimeline timeline;

	public TagbenchWorkbenchAdvisor(StartupTimeline timeline) {
		this.timeline = timeline;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		timeline.mark("workbench initialized");
		// Labelers expect the layout they left, not the default one, on each start.
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return LabelingPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new TagbenchWorkbenchWindowAdvisor(configurer, this);
	}

	/** Called by the window advisor once the first window is open and has painted. */
	void firstWindowShown() {
		timeline.mark("first window painted");
		String traceFile = System.getProperty(TagbenchApplication.STARTUP_TRACE_PROPERTY);
		if (traceFile != null) {
			try {
				Files.writeString(Path.of(traceFile), timeline.format());
			} catch (IOException e) {
				ILog.of(getClass()).error("Cannot write the start-up trace to " + traceFile, e);
			}
		}
	}

	StartupTimeline timeline() {
		return timeline;
	}
}
