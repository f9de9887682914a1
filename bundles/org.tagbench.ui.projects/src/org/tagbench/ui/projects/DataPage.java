package org.tagbench.ui.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.tagbench.imaging.MediaScanner;

/** Page 2: the data folders, and a live count of what they hold (scanned in a background job). */
public class DataPage extends WizardPage {

	private final List<Path> folders = new ArrayList<>();
	private org.eclipse.swt.widgets.List list;
	private Button recursive;
	private Label preview;
	private volatile Job previewJob;

	public DataPage() {
		super("data", "Data Folders", null);
		setDescription("Add the folders that hold the images. Images stay where they are; the project refers to them.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);
		list = new org.eclipse.swt.widgets.List(root, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 150).applyTo(list);
		Composite buttons = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText("&Add…");
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, event -> {
			String chosen = new DirectoryDialog(getShell()).open();
			if (chosen != null) {
				addFolder(Path.of(chosen));
			}
		});
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText("&Remove");
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, event -> removeSelected());
		recursive = new Button(root, SWT.CHECK);
		recursive.setText("Include &sub-folders");
		recursive.setSelection(true);
		recursive.addListener(SWT.Selection, event -> foldersChanged());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(recursive);
		preview = new Label(root, SWT.WRAP);
		preview.setText("No folders yet.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(preview);
		setControl(root);
	}

	/** What the Add button does once a folder is chosen. */
	public void addFolder(Path folder) {
		Path normalized = folder.toAbsolutePath().normalize();
		if (!folders.contains(normalized)) {
			folders.add(normalized);
			list.add(normalized.toString());
		}
		foldersChanged();
	}

	public void removeSelected() {
		int[] selected = list.getSelectionIndices();
		for (int i = selected.length - 1; i >= 0; i--) {
			folders.remove(selected[i]);
			list.remove(selected[i]);
		}
		foldersChanged();
	}

	private void foldersChanged() {
		setPageComplete(!folders.isEmpty());
		setErrorMessage(null);
		if (previewJob != null) {
			previewJob.cancel();
		}
		if (folders.isEmpty()) {
			preview.setText("No folders yet.");
			return;
		}
		preview.setText("Counting media…");
		List<Path> scanned = List.copyOf(folders);
		boolean deep = recursive.getSelection();
		Job job = Job.create("Counting media in the data folders", monitor -> {
			MediaSummary summary = new MediaSummary();
			List<String> problems = new ArrayList<>();
			try {
				for (Path folder : scanned) {
					if (!Files.isDirectory(folder)) {
						problems.add(folder + " does not exist");
						continue;
					}
					summary.add(MediaScanner.scan(folder, deep, monitor::isCanceled));
				}
			} catch (CancellationException e) {
				return Status.CANCEL_STATUS;
			} catch (IOException e) {
				problems.add(e.getMessage());
			}
			String text = summary.describe() + (problems.isEmpty() ? "" : "\n" + String.join("\n", problems));
			showPreview(text, !problems.isEmpty());
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		job.setSystem(true);
		previewJob = job;
		job.schedule();
	}

	private void showPreview(String text, boolean problem) {
		Job job = previewJob;
		if (preview.isDisposed()) {
			return;
		}
		preview.getDisplay().asyncExec(() -> {
			if (preview.isDisposed() || job != previewJob || job.getResult() != null && job.getResult().getSeverity() == IStatus.CANCEL) {
				return;
			}
			preview.setText(text);
			setErrorMessage(problem ? "A data folder cannot be read." : null);
			preview.getParent().layout(true);
		});
	}

	public List<Path> folders() {
		return List.copyOf(folders);
	}

	public boolean recursive() {
		return recursive.getSelection();
	}

	public Button recursiveButton() {
		return recursive;
	}

	/** The current preview count, for tests. */
	public Job previewJob() {
		return previewJob;
	}

	public String previewText() {
		return preview.getText();
	}
}
