package org.tagbench.ui.projects.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.InstructionsFormat;
import org.tagbench.model.LabelClass;
import org.tagbench.model.ProjectType;
import org.tagbench.store.DataRoots;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.projects.NewProjectDialog;
import org.tagbench.ui.projects.NewProjectWizard;
import org.tagbench.ui.projects.ProjectFiles;
import org.tagbench.ui.projects.internal.ProjectActionHandler;
import org.tagbench.ui.testing.UiTestSupport;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/** Drives the real New Project wizard and the Projects view actions with SWT events. */
class NewProjectWizardTest {

	private Path workspace;
	private Path images;
	private Path created;
	private Display display;
	private NewProjectDialog dialog;

	@BeforeEach
	void setUp() throws Exception {
		workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		display = PlatformUI.getWorkbench().getDisplay();
		images = Files.createTempDirectory("tagbench-wizard-images");
		for (int i = 0; i < 5; i++) {
			ImageIO.write(new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB), "png", images.resolve("img" + i + ".png").toFile());
		}
		Files.createDirectories(images.resolve("sub"));
		ImageIO.write(new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB), "png", images.resolve("sub/deep.png").toFile());
		Files.writeString(images.resolve("broken.png"), "not a png");
	}

	private NewProjectWizard openWizard() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		dialog = new NewProjectDialog(shell, workspace);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog.wizard();
	}

	private void press(int buttonId) {
		Button button = dialog.getButton(buttonId);
		assertTrue(button.isEnabled(), "button " + buttonId + " enabled");
		button.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.flush(display);
	}

	private static void type(Text text, String value) {
		text.setText(value); // fires Modify
	}

	private static void select(Button radioOrCheck, boolean selected) {
		radioOrCheck.setSelection(selected);
		radioOrCheck.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void createsAProjectWithClassesInstructionsAndAssist() throws Exception {
		NewProjectWizard wizard = openWizard();
		Files.createDirectories(workspace.resolve("Taken"));
		try {
			// page 1: validation, then a good name and the Boxes type
			type(wizard.namePage().nameText(), "x");
			type(wizard.namePage().nameText(), "");
			assertEquals("Enter a name for the project.", wizard.namePage().getErrorMessage());
			assertFalse(dialog.getButton(IDialogConstants.NEXT_ID).isEnabled());
			type(wizard.namePage().nameText(), "a/b");
			assertTrue(wizard.namePage().getErrorMessage().contains("cannot contain /"), wizard.namePage().getErrorMessage());
			type(wizard.namePage().nameText(), "taken");
			assertTrue(wizard.namePage().getErrorMessage().contains("already has a folder"), wizard.namePage().getErrorMessage());
		} finally {
			Files.delete(workspace.resolve("Taken"));
		}
		type(wizard.namePage().nameText(), "Wizard Pets");
		select(wizard.namePage().typeButton(ProjectType.MULTI_CLASS), false);
		select(wizard.namePage().typeButton(ProjectType.BOUNDING_BOX), true);
		assertNull(wizard.namePage().getErrorMessage());
		shot(dialog.getShell(), "wizard-1-name");
		press(IDialogConstants.NEXT_ID);

		// page 2: a data folder and its preview count
		assertFalse(dialog.getButton(IDialogConstants.NEXT_ID).isEnabled(), "a data folder is needed");
		wizard.dataPage().addFolder(images);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> wizard.dataPage().previewText().startsWith("6 images")),
				wizard.dataPage().previewText());
		assertEquals("6 images (PNG 6), 1 file not usable", wizard.dataPage().previewText());
		select(wizard.dataPage().recursiveButton(), false);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> wizard.dataPage().previewText().startsWith("5 images")),
				wizard.dataPage().previewText());
		assertEquals("5 images (PNG 5), 1 file not usable", wizard.dataPage().previewText());
		select(wizard.dataPage().recursiveButton(), true);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> wizard.dataPage().previewText().startsWith("6 images")));
		shot(dialog.getShell(), "wizard-2-data");
		press(IDialogConstants.NEXT_ID);

		// page 3: classes, a duplicate, import, rename
		assertFalse(dialog.getButton(IDialogConstants.NEXT_ID).isEnabled(), "a class is needed");
		type(wizard.classesPage().newNameText(), "cat");
		wizard.classesPage().newNameText().notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(List.of("cat"), wizard.classesPage().classNames());
		assertNull(wizard.classesPage().add("dog"));
		assertEquals("There is already a class named \"cat\".", wizard.classesPage().add("Cat"));
		assertEquals("There is already a class named \"cat\".", wizard.classesPage().getErrorMessage());
		Path classFile = images.resolve("classes.txt");
		Files.writeString(classFile, "bird\n\n# comment\ndog\nfish\n");
		assertEquals("Not imported (already there): dog", wizard.classesPage().importFrom(classFile));
		assertNull(wizard.classesPage().rename(3, "goldfish"));
		assertEquals(List.of("cat", "dog", "bird", "goldfish"), wizard.classesPage().classNames());
		assertEquals(4, wizard.classesPage().viewer().getTable().getItemCount());
		assertEquals("4", wizard.classesPage().viewer().getTable().getItem(3).getText(2));
		// colours, keys and groups (what the cell editors of the Colour, Key and Group columns call)
		assertNull(wizard.classesPage().setKey(3, "1"));
		assertEquals("", wizard.classesPage().viewer().getTable().getItem(0).getText(2), "cat's key by position goes");
		assertEquals("Key 1 is goldfish's: give goldfish another key (or none) first.", wizard.classesPage().setKey(0, "1"));
		wizard.classesPage().setColour(1, "#123456");
		wizard.classesPage().setGroup(0, " pets ");
		wizard.classesPage().setGroup(1, "pets");
		assertEquals("pets", wizard.classesPage().viewer().getTable().getItem(1).getText(3));
		shot(dialog.getShell(), "wizard-3-classes");
		press(IDialogConstants.NEXT_ID);

		// page 4: instructions, Markdown, link, assist
		type(wizard.instructionsPage().instructionsText(), "# Pets\nDraw a box around each pet.");
		select(wizard.instructionsPage().markdownButton(), true);
		type(wizard.instructionsPage().linkText(), "not a link");
		assertNotNull(wizard.instructionsPage().getErrorMessage());
		type(wizard.instructionsPage().linkText(), "https://example.org/guide");
		assertNull(wizard.instructionsPage().getErrorMessage());
		select(wizard.instructionsPage().assistButton(), true);
		shot(dialog.getShell(), "wizard-4-instructions");
		press(IDialogConstants.FINISH_ID);

		created = workspace.resolve("Wizard Pets");
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closes the wizard");
		try (LocalProjectStore store = LocalProjectStore.open(created)) {
			assertEquals("Wizard Pets", store.project().getName());
			assertEquals(ProjectType.BOUNDING_BOX, store.project().getType());
			List<String> names = new ArrayList<>();
			List<String> keys = new ArrayList<>();
			for (LabelClass labelClass : store.project().getLabelClasses()) {
				names.add(labelClass.getName());
				keys.add(labelClass.getShortcutKey());
			}
			assertEquals(List.of("cat", "dog", "bird", "goldfish"), names);
			assertEquals(java.util.Arrays.asList(null, "2", "3", "1"), keys, "keys as chosen on page 3");
			assertEquals("#123456", store.project().getLabelClasses().get(1).getColour());
			assertEquals(java.util.Arrays.asList("pets", "pets", null, null),
					store.project().getLabelClasses().stream().map(LabelClass::getGroup).toList());
			assertEquals("# Pets\nDraw a box around each pet.", store.project().getInstructions().getText());
			assertEquals(InstructionsFormat.MARKDOWN, store.project().getInstructions().getFormat());
			assertEquals("https://example.org/guide", store.project().getInstructions().getLink());
			assertTrue(store.project().getAssistSettings().isEnabled());
			assertEquals(6, store.count(ItemQuery.all()));
		}

		// the Projects view shows and selects the new project
		ProjectsView view = (ProjectsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.findView(ProjectsView.ID);
		assertNotNull(view);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> view.getViewer().getStructuredSelection()
				.getFirstElement() instanceof ProjectRow row && row.folder().equals(created)), "new project selected");
		shot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "projects-view-after-wizard");
	}

	@Test
	void aVanishedDataFolderIsShownInTheWizard() throws Exception {
		NewProjectWizard wizard = openWizard();
		type(wizard.namePage().nameText(), "Vanishing");
		press(IDialogConstants.NEXT_ID);
		Path gone = Files.createTempDirectory("tagbench-gone");
		wizard.dataPage().addFolder(gone);
		press(IDialogConstants.NEXT_ID);
		wizard.classesPage().add("thing");
		Files.delete(gone);
		press(IDialogConstants.FINISH_ID);
		assertFalse(dialog.getShell().isDisposed(), "the wizard stays open");
		String error = dialog.getCurrentPage().getErrorMessage();
		assertNotNull(error);
		assertTrue(error.contains("does not exist"), error);
		assertFalse(Files.exists(workspace.resolve("Vanishing")), "no half-made project is left");
		shot(dialog.getShell(), "wizard-error");
		dialog.close();
	}

	@Test
	void ctrlNRunsACommandThatTagbenchHandles() throws Exception {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		KeySequence ctrlN = KeySequence.getInstance("M1+N");
		// exactly one Ctrl+N in the default scheme's window context (two would conflict and neither would run)
		List<String> commands = java.util.Arrays.stream(bindings.getBindings())
				.filter(b -> b.getTriggerSequence().format().equals(ctrlN.format()))
				.filter(b -> "org.eclipse.ui.defaultAcceleratorConfiguration".equals(b.getSchemeId()))
				.filter(b -> "org.eclipse.ui.contexts.window".equals(b.getContextId()))
				.map(b -> b.getParameterizedCommand() == null ? "(deleted)" : b.getParameterizedCommand().getId()).toList();
		assertEquals(List.of("org.eclipse.ui.newWizard"), commands);
		String command = commands.get(0);
		assertEquals("org.eclipse.ui.newWizard", command);
		Command newWizard = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
				.getCommand(command);
		assertTrue(newWizard.isHandled(), "Tagbench handles Ctrl+N");

		assertTrue(PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
				.getCommand("org.tagbench.ui.projects.commands.newProject").isHandled());
	}

	@Test
	void renameDeleteShowAndRefreshData() throws Exception {
		created = workspace.resolve("actions-project");
		org.tagbench.project.ProjectSetup.create(new org.tagbench.project.ProjectSetup.Request(created, "Before",
				ProjectType.MULTI_CLASS, List.of("a"), List.of(images), true, 1L), null).store().close();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		view.refreshAndSelect(created);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> view.getViewer().getStructuredSelection()
				.getFirstElement() instanceof ProjectRow row && row.folder().equals(created)));
		page.activate(view);
		IHandlerService handlers = view.getSite().getService(IHandlerService.class);

		// Rename: the dialog's text and OK
		answerDialog(ProjectActionHandler.RENAME_TITLE, "After", "OK");
		handlers.executeCommand("org.tagbench.ui.projects.commands.rename", null);
		try (LocalProjectStore store = LocalProjectStore.open(created)) {
			assertEquals("After", store.project().getName());
		}
		assertTrue(Files.isDirectory(created), "the folder keeps its name");

		// Show in File Manager: the command that would run
		AtomicReference<List<String>> ran = new AtomicReference<>();
		var before = ProjectActionHandler.launcher;
		ProjectActionHandler.launcher = ran::set;
		try {
			view.refreshAndSelect(created);
			UiTestSupport.waitUntil(display, 10_000, () -> !view.getViewer().getStructuredSelection().isEmpty());
			handlers.executeCommand("org.tagbench.ui.projects.commands.showInFileManager", null);
		} finally {
			ProjectActionHandler.launcher = before;
		}
		assertEquals(List.of("xdg-open", created.toString()), ran.get());
		assertEquals(List.of("explorer", "/select,C:\\w\\p"), ProjectFiles.fileManagerCommand("win32", Path.of("C:\\w\\p")));
		assertEquals(List.of("open", "-R", "/w/p"), ProjectFiles.fileManagerCommand("macosx", Path.of("/w/p")));

		// Refresh Data: a new image is registered and reported
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", images.resolve("new.png").toFile());
		AtomicReference<String> message = new AtomicReference<>();
		answerDialog(ProjectActionHandler.REFRESH_TITLE, null, "OK", message::set);
		handlers.executeCommand("org.tagbench.ui.projects.commands.refreshData", null);
		assertTrue(UiTestSupport.waitUntil(display, 15_000, () -> message.get() != null), "the refresh reports");
		assertTrue(message.get().contains("1 new item, 0 missing, 0 back, 1 file not usable"), message.get());

		// Refresh Data on a project whose stored root is not on this desktop (pushed from elsewhere): the message
		// names the root, Open Data Folders… maps it there, and the next refresh finds the files
		String teamRoot = "file:/mnt/team-" + System.nanoTime() + "/images/";
		try (LocalProjectStore store = LocalProjectStore.open(created)) {
			store.project().getDataSources().get(0).setRootUri(teamRoot);
			store.saveProject();
		}
		try {
			AtomicReference<String> notHere = new AtomicReference<>();
			answerDialog(ProjectActionHandler.REFRESH_TITLE, null, "Open Data Folders…", notHere::set);
			mapInDataFolders(teamRoot, images);
			handlers.executeCommand("org.tagbench.ui.projects.commands.refreshData", null);
			assertTrue(UiTestSupport.waitUntil(display, 15_000, () -> !DataRoots.readPreferences().isEmpty()), "mapped on the page");
			assertTrue(notHere.get().contains("stored root " + teamRoot), notHere.get());
			view.refreshAndSelect(created);
			UiTestSupport.waitUntil(display, 10_000, () -> !view.getViewer().getStructuredSelection().isEmpty());
			message.set(null);
			answerDialog(ProjectActionHandler.REFRESH_TITLE, null, "OK", message::set);
			handlers.executeCommand("org.tagbench.ui.projects.commands.refreshData", null);
			assertTrue(UiTestSupport.waitUntil(display, 15_000, () -> message.get() != null), "the refresh reports");
			assertTrue(message.get().contains("0 new items, 0 missing, 0 back"), message.get());
		} finally {
			DataRoots.savePreferences(List.of());
		}

		// Delete: confirmation, then only the project files go
		view.refreshAndSelect(created);
		UiTestSupport.waitUntil(display, 10_000, () -> !view.getViewer().getStructuredSelection().isEmpty());
		answerDialog(ProjectActionHandler.DELETE_TITLE, null, "Delete");
		handlers.executeCommand("org.tagbench.ui.projects.commands.delete", null);
		assertFalse(Files.exists(created), "the project folder is gone");
		assertTrue(Files.exists(images.resolve("img0.png")) && Files.exists(images.resolve("sub/deep.png")), "the images remain");
	}

	/** When the preferences open on Data Folders, adds "{@code storedRoot} → {@code folder}" and presses Apply and Close. */
	private void mapInDataFolders(String storedRoot, Path folder) {
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell shell = UiTestSupport.findShell(display, s -> s.getText().startsWith("Preferences")
					&& UiTestSupport.button(s, "Add") != null);
			if (shell == null) {
				display.timerExec(50, poll[0]);
				return;
			}
			List<Text> fields = all(shell, Text.class);
			fields.stream().filter(t -> "file:/mnt/team/photos/".equals(t.getMessage())).findFirst().orElseThrow().setText(storedRoot);
			fields.stream().filter(t -> "/Volumes/photos".equals(t.getMessage())).findFirst().orElseThrow().setText(folder.toString());
			UiTestSupport.press(shell, "Add");
			UiTestSupport.press(shell, "Apply and Close");
		};
		display.timerExec(50, poll[0]);
	}

	/** When the dialog titled {@code title} opens, types {@code text} into its text field and presses {@code button}. */
	private void answerDialog(String title, String text, String button) {
		answerDialog(title, text, button, seen -> {
		});
	}

	private void answerDialog(String title, String text, String button, java.util.function.Consumer<String> seen) {
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell shell = UiTestSupport.findShell(display, s -> title.equals(s.getText()));
			if (shell == null) {
				display.timerExec(50, poll[0]);
				return;
			}
			try {
				UiTestSupport.screenshot(shell, "dialog-" + title.toLowerCase().replace(' ', '-'));
			} catch (java.io.IOException e) {
				// a missing screenshot does not fail the test
			}
			seen.accept(String.join(" ", UiTestSupport.texts(shell)));
			if (text != null) {
				find(shell, Text.class).setText(text);
			}
			for (Button candidate : all(shell, Button.class)) {
				if (candidate.getText().replace("&", "").equals(button)) {
					candidate.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
		};
		display.timerExec(50, poll[0]);
	}

	/** Lets GTK lay out and paint (it paints on its own frame clock, after the events ran), then saves a screenshot. */
	private void shot(Shell shell, String name) throws java.io.IOException {
		shell.layout(true, true);
		long until = System.currentTimeMillis() + 400;
		UiTestSupport.waitUntil(display, 1_000, () -> System.currentTimeMillis() > until);
		UiTestSupport.screenshot(shell, name);
	}

	private static void screenshotQuietly(Shell shell, String name) {
		try {
			UiTestSupport.screenshot(shell, name);
		} catch (java.io.IOException e) {
			// a missing screenshot does not fail the test
		}
	}

	private static <T extends Control> T find(Composite root, Class<T> type) {
		return all(root, type).get(0);
	}

	private static <T extends Control> List<T> all(Composite root, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		}
		return found;
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		for (Path folder : new Path[] { created, images }) {
			if (folder != null && Files.exists(folder)) {
				try (Stream<Path> files = Files.walk(folder)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(file); // -wal and -shm go away when a reader closes
					}
				}
			}
		}
	}
}
