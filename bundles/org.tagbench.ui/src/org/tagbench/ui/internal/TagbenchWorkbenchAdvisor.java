package org.tagbench.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
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
	public void postStartup() {
		for (IWorkbenchWindow window : getWorkbenchConfigurer().getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				closeEditorsThatCannotBeRestored(page);
			}
		}
	}

	/**
	 * Closes the editor tabs of the last session whose input cannot be restored. The workbench saves its layout
	 * every few minutes; when the process was killed, editors on inputs that are not persistable (projects, team
	 * connections) come back as tabs saying "No editor descriptor for id …emptyEditorTab". Their projects open
	 * again from the Projects view; committed labels are in the project store, not in the tab.
	 *
	 * @return how many tabs were closed
	 */
	public static int closeEditorsThatCannotBeRestored(IWorkbenchPage page) {
		List<IEditorReference> broken = new ArrayList<>();
		for (IEditorReference editor : page.getEditorReferences()) {
			if (!canRestore(editor)) {
				broken.add(editor);
			}
		}
		if (!broken.isEmpty()) {
			page.closeEditors(broken.toArray(IEditorReference[]::new), false);
			ILog.of(TagbenchWorkbenchAdvisor.class).info("Closed " + broken.size()
					+ " editor tab(s) left by a session that did not end normally; open their projects again from the Projects view");
		}
		return broken.size();
	}

	private static boolean canRestore(IEditorReference editor) {
		if (EMPTY_EDITOR_ID.equals(editor.getId())) {
			return false;
		}
		try {
			return editor.getEditorInput() != null;
		} catch (PartInitException e) {
			return false;
		}
	}

	/** The id the workbench gives an editor restored without its input (org.eclipse.ui's EditorRegistry). */
	private static final String EMPTY_EDITOR_ID = "org.eclipse.ui.internal.emptyEditorTab";

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
