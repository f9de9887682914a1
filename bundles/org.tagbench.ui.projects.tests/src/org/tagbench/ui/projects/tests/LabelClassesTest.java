package org.tagbench.ui.projects.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.ClassificationLabel;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.project.ProjectSetup;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.projects.LabelClassChanges;
import org.tagbench.ui.projects.LabelClassChanges.Mode;
import org.tagbench.ui.projects.LabelClassesDialog;
import org.tagbench.ui.projects.internal.OpenEditors;
import org.tagbench.ui.projects.internal.ProjectActionHandler;
import org.tagbench.ui.testing.UiTestSupport;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/**
 * Label Classes… on a multi-class project whose items are labeled cat, dog, bird: the dialog's changes with
 * undo/redo, Apply in a job, and the three choices, each checked in the store.
 */
class LabelClassesTest {

	private Path images;
	private Path folder;
	private Display display;
	/** Item ids in project order, labeled cat, dog, bird, dog, (unlabeled), (unlabeled). */
	private final List<String> ids = new ArrayList<>();

	@BeforeEach
	void createLabeledProject() throws Exception {
		display = PlatformUI.getWorkbench().getDisplay();
		images = Files.createTempDirectory("tagbench-classes-images");
		for (int i = 0; i < 6; i++) {
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", images.resolve("i" + i + ".png").toFile());
		}
		folder = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL())).resolve("classes-project");
		try (ProjectStore store = ProjectSetup.create(new ProjectSetup.Request(folder, "Animals", ProjectType.MULTI_CLASS,
				List.of("cat", "dog", "bird"), List.of(images), true, 3L), null).store()) {
			String[] labels = { "cat", "dog", "bird", "dog" };
			for (ItemSummary row : store.items(ItemQuery.all(), 0, 10)) {
				ids.add(row.id());
			}
			for (int i = 0; i < labels.length; i++) {
				DataItem item = store.item(ids.get(i)).orElseThrow();
				ClassificationLabel label = TagbenchFactory.eINSTANCE.createClassificationLabel();
				label.setLabelClass(classNamed(store, labels[i]));
				label.setSource(AnnotationSource.HUMAN);
				label.setAuthor("ann");
				item.getAnnotations().add(label);
				item.setStatus(ItemStatus.LABELED);
				store.commit(item);
			}
		}
	}

	@AfterEach
	void delete() throws Exception {
		LabelClassesDialog.colourChooser = DEFAULT_CHOOSER;
		for (Path path : new Path[] { folder, images }) {
			if (path != null && Files.exists(path)) {
				try (Stream<Path> files = Files.walk(path)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(file);
					}
				}
			}
		}
	}

	private static final java.util.function.BiConsumer<Shell, RGB[]> DEFAULT_CHOOSER = LabelClassesDialog.colourChooser;

	@Test
	void dialogAddsRenamesRecoloursMergesDeletesWithUndoAndContinueKeepsLabels() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		view.refreshAndSelect(folder);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> view.getViewer().getStructuredSelection()
				.getFirstElement() instanceof ProjectRow row && row.folder().equals(folder)));
		page.activate(view);
		view.getSite().getService(IHandlerService.class).executeCommand("org.tagbench.ui.projects.commands.labelClasses", null);
		Shell shell = UiTestSupport.findShell(display, s -> s.getText().equals("Label Classes: Animals"));
		assertNotNull(shell, "Project > Label Classes… opens the dialog");
		LabelClassesDialog dialog = (LabelClassesDialog) shell.getData();
		assertEquals(List.of("cat", "dog", "bird"), names(dialog));

		dialog.nameField().setText("fish");
		press(shell, "Add");
		select(dialog, "dog");
		assertEquals("dog", dialog.nameField().getText(), "selecting a class puts its name in the field");
		dialog.nameField().setText("hound");
		press(shell, "Rename");
		select(dialog, "cat");
		dialog.nameField().setText("HOUND");
		press(shell, "Rename");
		assertTrue(texts(shell).contains("There is a class hound already"), texts(shell));
		LabelClassesDialog.colourChooser = (s, rgb) -> rgb[0] = new RGB(0x12, 0x34, 0x56);
		press(shell, "Colour…");
		select(dialog, "cat", "bird");
		press(shell, "Merge into First");
		assertEquals(List.of("cat", "hound", "fish"), names(dialog));
		select(dialog, "fish");
		press(shell, "Delete");
		assertEquals(List.of("cat", "hound"), names(dialog));
		press(shell, "Undo");
		assertEquals(List.of("cat", "hound", "fish"), names(dialog), "undo brings the deleted class back");
		press(shell, "Undo");
		assertEquals(List.of("cat", "hound", "bird", "fish"), names(dialog), "undo takes the merge back");
		press(shell, "Redo");
		assertEquals(List.of("cat", "hound", "fish"), names(dialog));
		assertTrue(dialog.summary().startsWith("1 class merged"), dialog.summary());
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			assertEquals(List.of("cat", "dog", "bird"), store.project().getLabelClasses().stream().map(LabelClass::getName).toList(),
					"nothing is written before Apply");
		}
		shot(shell, "label-classes-dialog");
		assertEquals(Mode.CONTINUE, dialog.mode(), "continue is the default");
		press(shell, "Apply");
		Job.getJobManager().join(ProjectActionHandler.CLASSES_JOB_FAMILY, null);
		UiTestSupport.flush(display);

		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			List<LabelClass> classes = store.project().getLabelClasses();
			assertEquals(List.of("cat", "hound", "fish"), classes.stream().map(LabelClass::getName).toList());
			assertEquals("cls-dog", classes.get(1).getId(), "a renamed class keeps its id, so its labels stay");
			assertEquals("#123456", classes.get(0).getColour());
			assertEquals("cat", label(store, 0), "cat stays");
			assertEquals("hound", label(store, 1), "dog's labels are hound's now");
			assertEquals("cat", label(store, 2), "bird was merged into cat");
			assertEquals(ItemStatus.LABELED, store.item(ids.get(2)).orElseThrow().getStatus(), "continue: still labeled");
			assertTrue(store.verify().ok(), store.verify().problems().toString());
		}
	}

	@Test
	void keysAndGroupsAreEditedAndApplyClosesTheProjectsEditorsOnlyWhenAllowedThenOpensThemAgain() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		view.refreshAndSelect(folder);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> view.getViewer().getStructuredSelection()
				.getFirstElement() instanceof ProjectRow row && row.folder().equals(folder)));
		// open the project's editor as a user does: a double-click in the Projects view
		Event doubleClick = new Event();
		doubleClick.item = view.getViewer().getTable().getSelection()[0];
		view.getViewer().getTable().notifyListeners(SWT.DefaultSelection, doubleClick);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> OpenEditors.on(folder).size() == 1), "the editor opened");
		page.activate(view);
		view.getSite().getService(IHandlerService.class).executeCommand("org.tagbench.ui.projects.commands.labelClasses", null);
		Shell shell = UiTestSupport.findShell(display, s -> s.getText().equals("Label Classes: Animals"));
		LabelClassesDialog dialog = (LabelClassesDialog) shell.getData();

		select(dialog, "dog");
		assertEquals("2", dialog.keyField().getText(), "selecting a class shows its key");
		chooseKey(dialog, "1");
		assertTrue(dialog.message().contains("Key 1 is cat's already"), dialog.message());
		assertEquals("2", dialog.keyField().getText(), "a refused key: the class keeps its own");
		select(dialog, "cat");
		chooseKey(dialog, "(none)");
		select(dialog, "dog");
		chooseKey(dialog, "1");
		select(dialog, "cat", "bird");
		dialog.groupField().setText("  pets ");
		press(shell, "Set Group");
		assertEquals(List.of("", "1", "3"), column(dialog, 0));
		assertEquals(List.of("pets", "", "pets"), column(dialog, 3));
		press(shell, "Undo");
		assertEquals(List.of("", "", ""), column(dialog, 3), "grouping two classes is one undo step");
		press(shell, "Redo");
		shot(shell, "label-classes-keys-groups");

		// Apply while the editor is open: refused (the user says no) leaves everything as it was
		java.util.function.BiPredicate<Shell, String> defaultConfirmer = OpenEditors.confirmer;
		List<String> asked = new ArrayList<>();
		try {
			OpenEditors.confirmer = (s, question) -> asked.add(question) && false;
			press(shell, "Apply");
			assertEquals(1, asked.size());
			assertTrue(asked.get(0).contains("Animals"), asked.get(0));
			assertFalse(shell.isDisposed(), "the dialog stays open with the draft");
			assertTrue(dialog.message().startsWith("Not applied"), dialog.message());
			assertEquals(1, OpenEditors.on(folder).size(), "the editor stays open");
			try (LocalProjectStore store = LocalProjectStore.open(folder)) {
				assertEquals("1", classNamed(store, "cat").getShortcutKey(), "nothing written");
			}

			OpenEditors.confirmer = (s, question) -> asked.add(question);
			press(shell, "Apply");
			assertTrue(shell.isDisposed());
			Job.getJobManager().join(ProjectActionHandler.CLASSES_JOB_FAMILY, null);
			assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> OpenEditors.on(folder).size() == 1),
					"the editor is opened again after the change");

			// Close (context menu of the Projects view) closes every editor open on the project
			page.activate(view);
			view.refreshAndSelect(folder);
			assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> view.getViewer().getStructuredSelection()
					.getFirstElement() instanceof ProjectRow row && row.folder().equals(folder)));
			view.getSite().getService(IHandlerService.class).executeCommand("org.tagbench.ui.projects.commands.close", null);
			assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> OpenEditors.on(folder).isEmpty()), "Close closed it");
		} finally {
			OpenEditors.confirmer = defaultConfirmer;
			page.closeAllEditors(false);
		}
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			assertEquals(null, classNamed(store, "cat").getShortcutKey());
			assertEquals("1", classNamed(store, "dog").getShortcutKey());
			assertEquals("pets", classNamed(store, "cat").getGroup());
			assertEquals("pets", classNamed(store, "bird").getGroup());
			assertEquals(null, classNamed(store, "dog").getGroup());
			assertEquals("cat", label(store, 0), "labels untouched");
		}
	}

	private void chooseKey(LabelClassesDialog dialog, String key) {
		dialog.keyField().select(dialog.keyField().indexOf(key));
		dialog.keyField().notifyListeners(SWT.Selection, new Event());
		UiTestSupport.flush(display);
	}

	private static List<String> column(LabelClassesDialog dialog, int column) {
		return java.util.Arrays.stream(dialog.table().getItems()).map(row -> row.getText(column)).toList();
	}

	@Test
	void theThreeChoicesForTheLabelsMadeSoFar() throws Exception {
		// continue after deleting a class: its labels go, the items that had only them are to do again
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			LabelClassChanges changes = new LabelClassChanges(store.project());
			changes.delete(List.of(changes.classes().get(1))); // dog
			LabelClassChanges.Result result = changes.apply(store, Mode.CONTINUE, null);
			assertEquals(2, result.itemsChanged());
			assertEquals(2, result.labelsRemoved());
			assertEquals(ItemStatus.UNLABELED, store.item(ids.get(1)).orElseThrow().getStatus());
			assertEquals(ItemStatus.LABELED, store.item(ids.get(0)).orElseThrow().getStatus());
			assertEquals(0, store.count(ItemQuery.all().labelClass("cls-dog")));
		}
		// start over, keeping the labels as pre-labels
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			LabelClassChanges changes = new LabelClassChanges(store.project());
			changes.add("fish");
			changes.apply(store, Mode.START_OVER_KEEP, null);
			assertEquals(java.util.Map.of(ItemStatus.UNLABELED, 6L), store.countByStatus());
			DataItem cat = store.item(ids.get(0)).orElseThrow();
			assertEquals(1, cat.getAnnotations().size());
			Annotation kept = cat.getAnnotations().get(0);
			assertEquals(AnnotationSource.PRELABEL, kept.getSource(), "kept as a default to confirm");
			assertEquals("cat", kept.getLabelClass().getName());
			assertEquals("ann", kept.getAuthor());
		}
		// start over, removing every label
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			LabelClassChanges changes = new LabelClassChanges(store.project());
			assertFalse(changes.isChanged());
			changes.apply(store, Mode.START_OVER_REMOVE, null);
			assertEquals(0, store.verify().annotations());
			assertEquals(java.util.Map.of(ItemStatus.UNLABELED, 6L), store.countByStatus());
			assertEquals(List.of("cat", "bird", "fish"),
					store.project().getLabelClasses().stream().map(LabelClass::getName).toList());
		}
	}

	private String label(ProjectStore store, int index) throws Exception {
		List<Annotation> annotations = store.item(ids.get(index)).orElseThrow().getAnnotations();
		assertEquals(1, annotations.size());
		return annotations.get(0).getLabelClass().getName();
	}

	private static LabelClass classNamed(ProjectStore store, String name) {
		return store.project().getLabelClasses().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> names(LabelClassesDialog dialog) {
		return dialog.changes().classes().stream().map(LabelClass::getName).toList();
	}

	private void select(LabelClassesDialog dialog, String... names) {
		List<TableItem> rows = new ArrayList<>();
		for (TableItem row : dialog.table().getItems()) {
			if (List.of(names).contains(row.getText(2))) {
				rows.add(row);
			}
		}
		assertEquals(names.length, rows.size());
		dialog.table().setSelection(rows.toArray(TableItem[]::new));
		dialog.table().notifyListeners(SWT.Selection, new Event());
		UiTestSupport.flush(display);
	}

	private void press(Composite root, String text) {
		assertTrue(UiTestSupport.press(root, text), "a button " + text);
	}

	private static String texts(Shell shell) {
		return String.join(" | ", UiTestSupport.texts(shell));
	}

	private void shot(Shell shell, String name) throws Exception {
		long until = System.currentTimeMillis() + 400;
		UiTestSupport.waitUntil(display, 1_000, () -> System.currentTimeMillis() > until);
		UiTestSupport.screenshot(shell, name);
	}
}
