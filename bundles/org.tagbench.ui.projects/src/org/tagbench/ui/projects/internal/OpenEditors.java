package org.tagbench.ui.projects.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * The editors (labeling, classification, dashboard) open on a project folder, found through their input's
 * adapter to {@link Path}. An open editor keeps its own copy of the project's definition, so changing the
 * classes, renaming or deleting the project first closes them (saving what they hold), with the user's consent.
 */
public final class OpenEditors {

	/** An editor closed for a change, to open again after it. */
	public record Closed(IWorkbenchPage page, IEditorInput input, String editorId) {
	}

	/** Asks whether to close the editors (the question as text); tests put an answer of their own here. */
	public static volatile BiPredicate<Shell, String> confirmer = (shell, question) -> new MessageDialog(shell,
			"Open Editors", null, question, MessageDialog.QUESTION, 0, "&Close Them", "Cancel").open() == 0;

	private OpenEditors() {
	}

	/** The editors of every workbench window whose input is the project in {@code folder}. */
	public static List<IEditorReference> on(Path folder) {
		Path wanted = folder.toAbsolutePath().normalize();
		List<IEditorReference> found = new ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					try {
						Path input = reference.getEditorInput().getAdapter(Path.class);
						if (input != null && input.toAbsolutePath().normalize().equals(wanted)) {
							found.add(reference);
						}
					} catch (PartInitException e) {
						// an editor that failed to open holds nothing
					}
				}
			}
		}
		return found;
	}

	/**
	 * Closes the editors open on the project after asking ({@code what} says why, e.g. "change the label
	 * classes of Pets"); editors with unsaved labels save them first. Empty when the user said no or a
	 * save was cancelled: then nothing should change.
	 */
	public static Optional<List<Closed>> close(Shell shell, Path folder, String what) {
		return close(shell, List.of(folder), what);
	}

	/** {@link #close(Shell, Path, String)} for the editors of several projects, asked once. */
	public static Optional<List<Closed>> close(Shell shell, List<Path> folders, String what) {
		List<IEditorReference> open = folders.stream().flatMap(folder -> on(folder).stream()).toList();
		if (open.isEmpty()) {
			return Optional.of(List.of());
		}
		List<String> titles = open.stream().map(IEditorReference::getTitle).distinct().toList();
		String question = "To " + what + ", the " + (open.size() == 1 ? "editor" : open.size() + " editors")
				+ " open on " + (folders.size() == 1 ? "it" : "them") + " (" + String.join(", ", titles) + ") must close first: an open editor keeps its own copy of the"
				+ " project. Labels not yet saved are saved.\n\nClose them and go on?";
		if (!confirmer.test(shell, question)) {
			return Optional.empty();
		}
		List<Closed> closed = new ArrayList<>();
		for (IEditorReference reference : open) {
			try {
				closed.add(new Closed(reference.getPage(), reference.getEditorInput(), reference.getId()));
			} catch (PartInitException e) {
				// not reopened
			}
			if (!reference.getPage().closeEditors(new IEditorReference[] { reference }, true)) {
				return Optional.empty(); // the user cancelled saving
			}
		}
		return Optional.of(closed);
	}

	/** Opens the editors closed by {@link #close} again (after the change), quietly skipping those that cannot. */
	public static void reopen(List<Closed> closed) {
		for (Closed editor : closed) {
			try {
				if (editor.page().getWorkbenchWindow().getShell() != null) {
					editor.page().openEditor(editor.input(), editor.editorId(), false);
				}
			} catch (PartInitException | RuntimeException e) {
				ILog.of(OpenEditors.class).warn("Cannot open " + editor.input().getName() + " again: " + e.getMessage());
			}
		}
	}
}
