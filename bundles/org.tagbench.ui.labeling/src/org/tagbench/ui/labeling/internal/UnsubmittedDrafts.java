package org.tagbench.ui.labeling.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.TagbenchPackage;
import org.tagbench.store.ItemDrafts;
import org.tagbench.store.StoreException;
import org.tagbench.store.TaskQueue;
import org.tagbench.ui.labeling.ProjectEditorInput;

/**
 * An editor's drafts of the shown items' unsubmitted labels ({@link ItemDrafts}): written on every change while
 * the editor is dirty, dropped when the items are committed, their changes undone or the editor closed normally,
 * and restored, with a bar saying so, when an item left with a draft by a workbench that died is shown again.
 * Without a drafts folder (a team project kept in memory only) it does nothing.
 */
public final class UnsubmittedDrafts {

	private final ItemDrafts drafts;
	private Label notice;
	/**
	 * What the team queue had to say ({@link #dropTakenOver}, {@link #tell}), shown with the notice until the labeler's
	 * next commit (UI thread).
	 */
	private final List<String> teamMessages = new ArrayList<>();

	public UnsubmittedDrafts(ProjectEditorInput input, LabelingProject project) {
		drafts = input.drafts() != null ? new ItemDrafts(input.drafts(), project) : null;
	}

	/** Creates the (hidden) notice bar as the next child of {@code parent}, spanning {@code columns} grid columns. */
	public void createNotice(Composite parent, int columns) {
		notice = new Label(parent, SWT.WRAP);
		notice.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		notice.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).exclude(true).applyTo(notice);
		notice.setVisible(false);
	}

	/** The drafts on disk (null when none are kept). */
	public ItemDrafts drafts() {
		return drafts;
	}

	/**
	 * After a change: the items' states become their drafts while the editor is {@code dirty} (a copy is taken, the
	 * writing is done in the background), else their drafts are dropped (changes undone to the stored state).
	 */
	public void changed(Collection<DataItem> shown, boolean dirty) {
		if (drafts == null) {
			return;
		}
		for (DataItem item : shown) {
			if (dirty) {
				drafts.save(item);
			} else {
				drafts.delete(item.getId());
			}
		}
		logProblems();
	}

	/** The items were committed (or their changes given up): their drafts go. */
	public void dropped(Collection<DataItem> items) {
		teamMessages.clear(); // seen: the labeler has moved on
		if (drafts != null) {
			items.forEach(item -> drafts.delete(item.getId()));
		}
	}

	/**
	 * The items were just shown: those with a draft left by an earlier session that differs from what is stored get
	 * the draft's annotations, as one change on {@code domain}'s command stack (undo takes it back), and the bar
	 * says so; otherwise the bar is hidden.
	 */
	public void restore(List<DataItem> shown, EditingDomain domain) {
		CompoundCommand replace = new CompoundCommand("Restore the unsubmitted labels");
		List<DataItem> restored = new ArrayList<>();
		int annotations = 0;
		if (drafts != null) {
			for (DataItem item : shown) {
				DataItem draft = drafts.load(item.getId()).orElse(null);
				if (draft == null) {
					continue;
				}
				if (EcoreUtil.equals(item.getAnnotations(), draft.getAnnotations())) {
					drafts.delete(item.getId()); // its commit landed before the end: nothing to restore
					continue;
				}
				if (!item.getAnnotations().isEmpty()) {
					replace.append(RemoveCommand.create(domain, item, TagbenchPackage.Literals.DATA_ITEM__ANNOTATIONS,
							new ArrayList<>(item.getAnnotations())));
				}
				List<Annotation> labels = new ArrayList<>(draft.getAnnotations());
				if (!labels.isEmpty()) {
					replace.append(AddCommand.create(domain, item, TagbenchPackage.Literals.DATA_ITEM__ANNOTATIONS, labels));
				}
				restored.add(item);
				annotations += labels.size();
			}
			logProblems();
		}
		String message = null;
		if (!restored.isEmpty() && replace.canExecute()) {
			CommandStack stack = domain.getCommandStack();
			stack.execute(replace);
			String which = restored.size() == 1 ? restored.get(0).getPath() : restored.size() + " images";
			message = "Restored the unsubmitted labels of " + which + " (" + annotations
					+ " annotation(s)) kept when Tagbench last stopped without saving them. Enter submits them; Ctrl+Z undoes the restore.";
			ILog.of(UnsubmittedDrafts.class).info(message);
		}
		List<String> messages = new ArrayList<>();
		if (message != null) {
			messages.add(message);
		}
		messages.addAll(teamMessages);
		showNotice(messages.isEmpty() ? null : String.join(" ", messages));
	}

	/**
	 * Adds {@code messages} of the team queue (say, what became of the labeler's changes to other people's labels in
	 * a commit) to the notice bar, where they stay until the labeler's next commit. UI thread.
	 */
	public void tell(List<String> messages) {
		if (messages.isEmpty()) {
			return;
		}
		teamMessages.addAll(messages);
		String shown = noticeText();
		String added = String.join(" ", messages);
		showNotice(shown == null ? added : shown + " " + added);
	}

	/**
	 * Team projects: drops, in a job, the drafts of items this labeler lost — their lease ran out and other labelers
	 * committed the items ({@link TaskQueue#committedByOthers}) — which would otherwise stay on disk forever (the
	 * item is never shown to them again, and its commit would be refused). When a dropped draft held labels, the
	 * notice bar and the log say whose commit replaced them. Returns the job (already scheduled), or null without
	 * drafts.
	 */
	public Job dropTakenOver(TaskQueue queue) {
		if (drafts == null) {
			return null;
		}
		Job job = Job.create("Checking the unsubmitted labels of items given to others", monitor -> {
			Map<String, DataItem> onDisk = drafts.onDisk();
			if (onDisk.isEmpty()) {
				return Status.OK_STATUS;
			}
			Map<String, List<String>> lost;
			try {
				lost = queue.committedByOthers(onDisk.keySet());
			} catch (StoreException e) {
				return Status.OK_STATUS; // the server is away: checked again the next time the editor opens
			}
			List<String> withWork = new ArrayList<>();
			for (Map.Entry<String, List<String>> entry : lost.entrySet()) {
				DataItem draft = onDisk.get(entry.getKey());
				drafts.delete(entry.getKey());
				if (!draft.getAnnotations().isEmpty()) {
					withWork.add(draft.getPath() + " (" + draft.getAnnotations().size() + " annotation(s); committed by "
							+ String.join(", ", entry.getValue()) + ")");
				}
			}
			if (!withWork.isEmpty()) {
				String message = "Dropped the unsubmitted labels of " + String.join(", ", withWork)
						+ ": your lease ran out and the item went to another labeler, whose labels are kept.";
				ILog.of(UnsubmittedDrafts.class).warn(message);
				if (notice != null && !notice.isDisposed()) {
					notice.getDisplay().asyncExec(() -> tell(List.of(message)));
				}
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}

	private void showNotice(String message) {
		if (notice == null || notice.isDisposed()) {
			return;
		}
		boolean show = message != null;
		String text = show ? " " + message : "";
		boolean longer = show && !text.equals(notice.getText()); // a new text may take more lines
		notice.setText(text);
		notice.setVisible(show);
		GridData layout = (GridData) notice.getLayoutData();
		if (layout.exclude == show || longer) {
			layout.exclude = !show;
			notice.getParent().layout(true, true);
		}
	}

	/** The notice bar's text, or null while it is hidden. */
	public String noticeText() {
		return notice == null || notice.isDisposed() || !notice.getVisible() ? null : notice.getText().trim();
	}

	private void logProblems() {
		for (String problem : drafts.takeProblems()) {
			ILog.of(UnsubmittedDrafts.class).error(problem);
		}
	}

	/** The editor closed normally (saved, or its changes given up when asked): the shown items' drafts go. */
	public void close(Collection<DataItem> shown) {
		if (drafts != null) {
			dropped(shown);
			drafts.close();
		}
	}
}
