package org.tagbench.ui.projects.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.exchange.ExchangeException;
import org.tagbench.exchange.ExportReport;
import org.tagbench.model.MediaType;
import org.tagbench.project.DataRegistration;
import org.tagbench.project.RegistrationReport;
import org.tagbench.store.DataRoots;
import org.tagbench.store.StoreException;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.DataFoldersPreferences;
import org.tagbench.ui.projects.ExportDialog;
import org.tagbench.ui.projects.LabelClassChanges;
import org.tagbench.ui.projects.LabelClassesDialog;
import org.tagbench.ui.projects.ProjectFiles;
import org.tagbench.ui.projects.ProjectPropertiesDialog;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/**
 * Rename…, Show in File Manager, Refresh Data, Label Classes…, Export Labels… and Properties… on the project selected in
 * the Projects view; Close and Delete… on every selected project.
 */
public class ProjectActionHandler extends AbstractHandler implements IExecutableExtension {

	public static final String DELETE_TITLE = "Delete Project";
	public static final String RENAME_TITLE = "Rename Project";
	public static final String REFRESH_TITLE = "Refresh Data";

	/** Runs the file manager command; tests replace it to see the command instead. */
	public static volatile Consumer<List<String>> launcher = command -> {
		try {
			new ProcessBuilder(command).inheritIO().start();
		} catch (IOException e) {
			throw new IllegalStateException("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
		}
	};

	private String action = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
		action = data instanceof String text ? text : "";
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<ProjectRow> rows = HandlerUtil.getCurrentStructuredSelection(event).stream()
				.filter(ProjectRow.class::isInstance).map(ProjectRow.class::cast).toList();
		if (rows.isEmpty()) {
			return null;
		}
		ProjectRow row = rows.get(0); // the actions but Close and Delete are enabled for one project only
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		switch (action) {
		case "rename" -> rename(shell, window, row);
		case "delete" -> delete(shell, window, rows);
		case "show" -> {
			try {
				launcher.accept(ProjectFiles.fileManagerCommand(Platform.getOS(), row.folder()));
			} catch (IllegalStateException e) {
				MessageDialog.openError(shell, "Show in File Manager", e.getMessage());
			}
		}
		case "refresh" -> refreshData(shell.getDisplay(), window, row);
		case "classes" -> labelClasses(shell, window, row);
		case "export" -> export(shell, row);
		case "properties" -> properties(shell, window, row);
		case "close" -> close(rows);
		default -> throw new ExecutionException("Unknown project action " + action);
		}
		return null;
	}

	/** Export jobs belong to this family (tests wait for them). */
	public static final Object EXPORT_JOB_FAMILY = ExportDialog.class;

	/**
	 * Export Labels…: the dialog's choices run in a job; the outcome (counts, target, warnings such as replaced
	 * patient paths) is shown in a message when it ends.
	 */
	private static void export(Shell shell, ProjectRow row) {
		boolean hasDicom;
		try (LocalProjectStore store = LocalProjectStore.open(row.folder())) {
			hasDicom = store.holdsMediaType(MediaType.DICOM);
		} catch (StoreException e) {
			MessageDialog.openError(shell, ExportDialog.TITLE, "Cannot open the project " + row.name() + ": " + e.getMessage());
			return;
		}
		Path suggested = row.folder().toAbsolutePath().getParent();
		new ExportDialog(shell, row.name(), hasDicom, suggested, (exporter, options, target) -> {
			Job job = new Job("Exporting the labels of " + row.name() + " (" + exporter.displayName() + ")") {
				@Override
				protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
					String text;
					int kind = MessageDialog.INFORMATION;
					try (LocalProjectStore store = LocalProjectStore.open(row.folder())) {
						ExportReport report = exporter.export(store, options, target, monitor);
						text = "Exported " + report.items() + " items (" + report.validation() + " in validation), "
								+ report.annotations() + " annotations to " + report.target() + "."
								+ (report.warnings().isEmpty() ? "" : "\n\n" + String.join("\n", report.warnings()));
					} catch (StoreException | ExchangeException e) {
						text = "The labels were not exported: " + e.getMessage();
						kind = MessageDialog.ERROR;
					} catch (org.eclipse.core.runtime.OperationCanceledException e) {
						return Status.CANCEL_STATUS;
					}
					String message = text;
					int messageKind = kind;
					shell.getDisplay().asyncExec(() -> {
						// not blocking: the person goes on working while it is shown
						MessageDialog done = new MessageDialog(shell.isDisposed() ? null : shell, ExportDialog.TITLE, null, message,
								messageKind, 0, "OK");
						done.setBlockOnOpen(false);
						done.open();
					});
					return Status.OK_STATUS;
				}

				@Override
				public boolean belongsTo(Object family) {
					return family == EXPORT_JOB_FAMILY;
				}
			};
			job.setUser(true);
			job.schedule();
		}).open();
	}

	/** Jobs that apply Project Properties belong to this family (tests wait for them). */
	public static final Object PROPERTIES_JOB_FAMILY = ProjectPropertiesDialog.class;
	public static final String PROPERTIES_TITLE = "Project Properties";

	/**
	 * Project Properties…: instructions and data folders. Adding a folder changes the definition the open editors
	 * read, so they are closed first (asked) and opened again when the items are registered.
	 */
	private static void properties(Shell shell, IWorkbenchWindow window, ProjectRow row) {
		org.tagbench.model.LabelingProject definition;
		try (LocalProjectStore store = LocalProjectStore.open(row.folder())) {
			definition = store.project();
		} catch (StoreException e) {
			MessageDialog.openError(shell, PROPERTIES_TITLE, "Cannot open the project " + row.name() + ": " + e.getMessage());
			return;
		}
		ProjectPropertiesDialog dialog = new ProjectPropertiesDialog(shell, row.name(), definition, source -> {
			try (LocalProjectStore store = LocalProjectStore.open(row.folder())) {
				return store.itemsOfDataSource(source.getId());
			}
		});
		if (dialog.open() != Window.OK) {
			return;
		}
		ProjectPropertiesDialog.Change change = dialog.change();
		List<OpenEditors.Closed> closedEditors = new java.util.ArrayList<>();
		if (!change.addedFolders().isEmpty() || !change.removedSources().isEmpty()) {
			var closed = OpenEditors.close(shell, row.folder(), "change the data folders of " + row.name());
			if (closed.isEmpty()) {
				MessageDialog.openInformation(shell, PROPERTIES_TITLE, "Nothing was changed: the project is open in an editor.");
				return;
			}
			closedEditors.addAll(closed.get());
		}
		Job job = new Job("Changing the properties of " + row.name()) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				String summary;
				try (LocalProjectStore store = LocalProjectStore.open(row.folder())) {
					List<RegistrationReport> reports = change.apply(store, monitor);
					int added = reports.stream().mapToInt(RegistrationReport::added).sum();
					int unusable = reports.stream().mapToInt(report -> report.problems().size()).sum();
					summary = (change.removedSources().isEmpty() ? "" : change.removedSources().size()
							+ " data folder(s) removed with their unlabeled items" + (reports.isEmpty() ? "" : "; "))
							+ (reports.isEmpty() ? "" : added + " new items from " + reports.size()
									+ " added folder(s), after the project's others" + (unusable > 0 ? "; " + unusable
											+ " files not usable" : ""));
				} catch (StoreException | IOException e) {
					return Status.error("The properties of " + row.name() + " were not all changed: " + e.getMessage()
							+ " (the instructions are saved; folders removed or added before the failure stay so; no label"
							+ " was removed)", e);
				} catch (org.eclipse.core.runtime.OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				}
				window.getShell().getDisplay().asyncExec(() -> {
					refreshView(window, row.folder());
					OpenEditors.reopen(closedEditors);
					if (!summary.isEmpty()) {
						ILog.of(ProjectActionHandler.class).info(row.name() + ": " + summary);
					}
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == PROPERTIES_JOB_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
	}

	/** Jobs that apply label class changes belong to this family (tests wait for them). */
	public static final Object CLASSES_JOB_FAMILY = LabelClassesDialog.class;

	/** Label Classes…: the dialog edits a draft; Apply writes it and changes the labels in a job. */
	private static void labelClasses(Shell shell, IWorkbenchWindow window, ProjectRow row) {
		LabelClassChanges changes;
		try (LocalProjectStore store = LocalProjectStore.open(row.folder())) {
			changes = new LabelClassChanges(store.project());
		} catch (StoreException e) {
			MessageDialog.openError(shell, "Label Classes", "Cannot open the project " + row.name() + ": " + e.getMessage());
			return;
		}
		List<OpenEditors.Closed> closedEditors = new java.util.ArrayList<>();
		LabelClassesDialog dialog = new LabelClassesDialog(shell, row.name(), changes, (applied, mode) -> {
			Job job = new Job("Changing the label classes of " + row.name()) {
				@Override
				protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
					try (LocalProjectStore store = LocalProjectStore.open(row.folder())) {
						LabelClassChanges.Result result = applied.apply(store, mode, monitor);
						ILog.of(ProjectActionHandler.class).info(row.name() + ": label classes changed (" + mode + "), "
								+ result.itemsChanged() + " items changed, " + result.labelsRemoved() + " labels removed, "
								+ result.labelsMoved() + " moved");
					} catch (StoreException e) {
						return Status.error("Changing the label classes of " + row.name() + " failed: " + e.getMessage()
								+ " (items changed before the failure keep their change; apply again to finish)", e);
					} catch (org.eclipse.core.runtime.OperationCanceledException e) {
						return Status.CANCEL_STATUS;
					}
					Display display = window.getShell().getDisplay();
					display.asyncExec(() -> {
						refreshView(window, row.folder());
						OpenEditors.reopen(closedEditors); // they read the new classes
					});
					return Status.OK_STATUS;
				}

				@Override
				public boolean belongsTo(Object family) {
					return family == CLASSES_JOB_FAMILY;
				}
			};
			job.setUser(true);
			job.schedule();
		});
		// an open editor keeps the classes it read: close them first (asked), open them again afterwards
		dialog.setBeforeApply(d -> {
			var closed = OpenEditors.close(d.getShell(), row.folder(), "change the label classes of " + row.name());
			closed.ifPresent(closedEditors::addAll);
			if (closed.isEmpty()) {
				d.say("Not applied: the project is open in an editor. Apply again and let it close, or Cancel.");
			}
			return closed.isPresent();
		});
		dialog.open();
	}

	private static void rename(Shell shell, IWorkbenchWindow window, ProjectRow row) {
		InputDialog dialog = new InputDialog(shell, RENAME_TITLE,
				"New name (the folder " + row.folder().getFileName() + " keeps its name):", row.name(),
				value -> value.isBlank() ? "Enter a name." : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		var closed = OpenEditors.close(shell, row.folder(), "rename " + row.name());
		if (closed.isEmpty()) {
			return;
		}
		try {
			ProjectFiles.rename(row.folder(), dialog.getValue().strip());
		} catch (StoreException e) {
			ILog.of(ProjectActionHandler.class).error(e.getMessage(), e);
			MessageDialog.openError(shell, RENAME_TITLE, "The project was not renamed: " + e.getMessage());
		}
		refreshView(window, row.folder());
		OpenEditors.reopen(closed.get());
	}

	/**
	 * Close: every editor and dashboard on the projects; dirty ones ask to save (their reservations are given
	 * back). A cancelled save stops there.
	 */
	private static void close(List<ProjectRow> rows) {
		for (ProjectRow row : rows) {
			for (org.eclipse.ui.IEditorReference editor : OpenEditors.on(row.folder())) {
				if (!editor.getPage().closeEditors(new org.eclipse.ui.IEditorReference[] { editor }, true)) {
					return;
				}
			}
		}
	}

	/**
	 * Delete…: one question naming every project and its folder, then their project files go, never the images;
	 * one message at the end names folders kept (they hold other files) and projects that could not be deleted.
	 */
	private static void delete(Shell shell, IWorkbenchWindow window, List<ProjectRow> rows) {
		String question = rows.size() == 1
				? "Delete the project \"" + rows.get(0).name() + "\"?\n\nThis deletes its folder " + rows.get(0).folder()
						+ " with the project definition and all its labels. The images in the data folders are not deleted."
				: "Delete these " + rows.size() + " projects?\n\n" + String.join("\n", rows.stream()
						.map(row -> "\u2022 " + row.name() + " (" + row.folder() + ")").toList())
						+ "\n\nThis deletes their folders with the project definitions and all their labels. The images in"
						+ " the data folders are not deleted.";
		MessageDialog dialog = new MessageDialog(shell, DELETE_TITLE, null, question, MessageDialog.WARNING, 1,
				"&Delete", "Cancel");
		String names = String.join(", ", rows.stream().map(ProjectRow::name).toList());
		if (dialog.open() != 0 || OpenEditors.close(shell, rows.stream().map(ProjectRow::folder).toList(),
				"delete " + names).isEmpty()) {
			return;
		}
		List<String> kept = new java.util.ArrayList<>();
		List<String> failed = new java.util.ArrayList<>();
		for (ProjectRow row : rows) {
			try {
				if (!ProjectFiles.delete(row.folder())) {
					kept.add(row.folder().toString());
				}
			} catch (IOException e) {
				ILog.of(ProjectActionHandler.class).error(e.getMessage(), e);
				failed.add(row.name() + ": " + e.getMessage());
			}
		}
		refreshView(window, null);
		if (!failed.isEmpty()) {
			MessageDialog.openError(shell, DELETE_TITLE, (failed.size() == 1 && rows.size() == 1 ? "The project was not deleted: "
					: "Not deleted:\n") + String.join("\n", failed) + (kept.isEmpty() ? ""
							: "\n\nDeleted, but kept as they hold other files: " + String.join(", ", kept)));
		} else if (!kept.isEmpty()) {
			MessageDialog.openInformation(shell, DELETE_TITLE, (rows.size() == 1 ? "The project was deleted. Its folder "
					: "The projects were deleted. Their folders ") + String.join(", ", kept)
					+ (kept.size() == 1 ? " holds other files and was kept." : " hold other files and were kept."));
		}
	}

	private static void refreshData(Display display, IWorkbenchWindow window, ProjectRow row) {
		Job job = Job.create("Refreshing the data of " + row.name(), monitor -> {
			String message;
			boolean failed = false;
			boolean folderNotHere = false;
			try (LocalProjectStore store = LocalProjectStore.open(row.folder())) {
				message = refreshMessage(DataRegistration.refresh(store, monitor));
			} catch (DataRoots.FolderNotHereException e) {
				message = "The data was not refreshed: " + e.getMessage();
				failed = true;
				folderNotHere = true;
			} catch (StoreException | IOException e) {
				message = "The data was not refreshed: " + e.getMessage();
				failed = true;
			}
			String text = message;
			boolean error = failed;
			boolean offerMapping = folderNotHere;
			display.asyncExec(() -> {
				refreshView(window, row.folder());
				if (offerMapping) {
					DataFoldersPreferences.offerToMap(window.getShell(), REFRESH_TITLE, text);
				} else if (error) {
					MessageDialog.openError(window.getShell(), REFRESH_TITLE, text);
				} else {
					MessageDialog.openInformation(window.getShell(), REFRESH_TITLE, text);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	/** "3 new items, 1 missing, 0 back, 2 files not usable". */
	public static String refreshMessage(RegistrationReport report) {
		return report.added() + (report.added() == 1 ? " new item, " : " new items, ") + report.missing() + " missing, "
				+ report.reappeared() + " back" + (report.problems().isEmpty() ? "" : ", " + report.problems().size()
						+ (report.problems().size() == 1 ? " file not usable" : " files not usable"));
	}

	private static void refreshView(IWorkbenchWindow window, Path select) {
		if (window.getActivePage() == null) {
			return;
		}
		IViewPart view = window.getActivePage().findView(ProjectsView.ID);
		if (view instanceof ProjectsView projects) {
			if (select != null) {
				projects.refreshAndSelect(select);
			} else {
				projects.refresh();
			}
		}
	}
}
