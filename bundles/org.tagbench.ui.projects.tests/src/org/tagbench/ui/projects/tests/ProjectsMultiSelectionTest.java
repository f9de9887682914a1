package org.tagbench.ui.projects.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.ProjectType;
import org.tagbench.project.ProjectSetup;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.ui.projects.internal.OpenEditors;
import org.tagbench.ui.projects.internal.ProjectActionHandler;
import org.tagbench.ui.testing.UiTestSupport;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/**
 * Several projects selected in the Projects view (a real multi-selection of table rows) are closed, removed from the
 * list and deleted in one action each; Delete asks once, naming them all, and never deletes images.
 */
class ProjectsMultiSelectionTest {

	private final List<Path> folders = new ArrayList<>();
	private Path images;
	private Display display;
	private IWorkbenchPage page;
	private ProjectsView view;

	@BeforeEach
	void createProjects() throws Exception {
		Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		images = Files.createTempDirectory("tagbench-multi-images");
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", images.resolve("a.png").toFile());
		for (String name : List.of("Multi A", "Multi B", "Multi C", "Multi D")) {
			Path folder = workspace.resolve(name.toLowerCase().replace(' ', '-') + "-project");
			ProjectSetup.create(new ProjectSetup.Request(folder, name, ProjectType.MULTI_CLASS, List.of("apple"),
					List.of(images), true, 1L), null).store().close();
			folders.add(folder);
		}
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (ProjectsView) page.showView(ProjectsView.ID);
		display = view.getViewer().getControl().getDisplay();
		view.refresh();
		view.getRefreshJob().join();
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> folders.stream().allMatch(f -> row(f) >= 0)),
				"the four projects are listed");
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		for (Path folder : folders) {
			TagbenchPreferences.setHidden(List.of(folder), false);
		}
		List<Path> all = new ArrayList<>(folders);
		all.add(images);
		for (Path folder : all) {
			if (Files.exists(folder)) {
				try (Stream<Path> files = Files.walk(folder)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
		}
		// the view lists (and selects) none of them when the next test starts, and no refresh is under way
		view.getViewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
		view.refresh();
		view.getRefreshJob().join();
		UiTestSupport.flush(display);
	}

	@Test
	void closeRemoveFromListAndDeleteActOnEverySelectedProject() throws Exception {
		Path a = folders.get(0);
		Path b = folders.get(1);
		Path c = folders.get(2);
		Path d = folders.get(3);
		IHandlerService handlers = view.getSite().getService(IHandlerService.class);
		ICommandService commands = view.getSite().getService(ICommandService.class);

		// an editor on A, B and C, each opened as a user does (a double-click on its row)
		for (Path folder : List.of(a, b, c)) {
			select(folder);
			Event doubleClick = new Event();
			doubleClick.item = view.getViewer().getTable().getItem(row(folder));
			view.getViewer().getTable().notifyListeners(SWT.DefaultSelection, doubleClick);
			assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> OpenEditors.on(folder).size() == 1),
					"an editor opened on " + folder.getFileName());
		}

		// Close on A and B: both their editors close, C's stays
		select(a, b);
		assertEquals(2, view.getViewer().getStructuredSelection().size());
		Command close = commands.getCommand("org.tagbench.ui.projects.commands.close");
		assertTrue(UiTestSupport.waitUntil(display, 5_000, close::isEnabled), "Close is enabled for two projects");
		assertFalse(commands.getCommand("org.tagbench.ui.projects.commands.rename").isEnabled(),
				"Rename stays an action on one project");
		handlers.executeCommand("org.tagbench.ui.projects.commands.close", null);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> OpenEditors.on(a).isEmpty() && OpenEditors.on(b).isEmpty()),
				"Close closed the editors of both");
		assertEquals(1, OpenEditors.on(c).size(), "the editor of a project not selected stays open");
		page.closeAllEditors(false);

		// Remove from List on C and D: both leave the list, nothing is deleted
		select(c, d);
		handlers.executeCommand("org.tagbench.ui.commands.removeFromList", null);
		view.getRefreshJob().join();
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> row(c) < 0 && row(d) < 0), "both removed from the list");
		assertTrue(row(a) >= 0 && row(b) >= 0);
		for (Path folder : List.of(c, d)) {
			assertTrue(Files.exists(folder.resolve("project.tagbench")) && Files.exists(folder.resolve("labels.db")));
			assertTrue(TagbenchPreferences.hiddenProjects().contains(folder.toAbsolutePath().normalize()));
		}

		// Delete on A and B: one question naming both, then both are gone; the images stay
		select(a, b);
		List<String> questions = new ArrayList<>();
		answerEveryDeleteQuestion(questions);
		handlers.executeCommand("org.tagbench.ui.projects.commands.delete", null);
		UiTestSupport.flush(display);
		assertEquals(1, questions.size(), "asked once: " + questions);
		String question = questions.get(0);
		for (Path folder : List.of(a, b)) {
			assertTrue(question.contains(folder.toString()), question);
		}
		assertTrue(question.contains("Multi A") && question.contains("Multi B") && question.contains("2 projects"), question);
		assertTrue(question.contains("images in the data folders are not deleted"), question);
		assertFalse(Files.exists(a) || Files.exists(b), "both project folders are gone");
		assertTrue(Files.exists(images.resolve("a.png")), "the images remain");
		assertTrue(Files.exists(c.resolve("labels.db")) && Files.exists(d.resolve("labels.db")), "projects not selected remain");
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> row(a) < 0 && row(b) < 0), "the list no longer shows them");
	}

	/** Selects the rows of {@code selected} as a click and Ctrl+clicks do: the table's selection and its event. */
	private void select(Path... selected) {
		Table table = view.getViewer().getTable();
		int[] indices = Stream.of(selected).mapToInt(this::row).toArray();
		table.setSelection(indices);
		Event event = new Event();
		event.item = table.getItem(indices[0]);
		table.notifyListeners(SWT.Selection, event);
		page.activate(view);
		UiTestSupport.flush(display);
	}

	/** The row index of the project in {@code folder}, or -1 when it is not listed. */
	private int row(Path folder) {
		TableItem[] items = view.getViewer().getTable().getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].getData() instanceof ProjectRow row && row.folder().equals(folder)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Answers each Delete question with Delete and records its text (every one, so that a second question would
	 * be seen), saving a screenshot of the first.
	 */
	private void answerEveryDeleteQuestion(List<String> questions) {
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell shell = UiTestSupport.findShell(display, s -> ProjectActionHandler.DELETE_TITLE.equals(s.getText()));
			if (shell != null && !shell.isDisposed()) {
				if (questions.isEmpty()) {
					try {
						UiTestSupport.screenshot(shell, "delete-several-projects");
					} catch (java.io.IOException e) {
						// a missing screenshot does not fail the test
					}
				}
				questions.add(String.join(" ", UiTestSupport.texts(shell)));
				for (Button button : buttons(shell)) {
					if (button.getText().replace("&", "").equals("Delete")) {
						button.notifyListeners(SWT.Selection, new Event());
					}
				}
			}
			if (questions.size() < 5) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
	}

	private static List<Button> buttons(Control control) {
		List<Button> found = new ArrayList<>();
		if (control instanceof Button button) {
			found.add(button);
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(buttons(child));
			}
		}
		return found;
	}
}
