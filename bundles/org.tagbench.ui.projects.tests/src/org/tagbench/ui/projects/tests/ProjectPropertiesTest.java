package org.tagbench.ui.projects.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.DataSource;
import org.tagbench.model.InstructionsFormat;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.project.DataRegistration;
import org.tagbench.project.ProjectSetup;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.projects.ProjectPropertiesDialog;
import org.tagbench.ui.projects.internal.ProjectActionHandler;
import org.tagbench.ui.testing.UiTestSupport;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/** Project > Properties…: instructions edited and a data folder added after creation, checked in the store. */
class ProjectPropertiesTest {

	private final List<Path> folders = new ArrayList<>();
	private Path images;
	private Path more;
	private Path project;
	private Display display;

	@BeforeEach
	void createProject() throws Exception {
		display = PlatformUI.getWorkbench().getDisplay();
		images = Files.createTempDirectory("tagbench-properties-images");
		more = Files.createTempDirectory("tagbench-properties-more");
		folders.add(images);
		folders.add(more);
		writeImages(images, "old", 6);
		writeImages(more.resolve("sub"), "new", 12);
		Files.writeString(more.resolve("notes.png"), "not an image"); // not usable: reported, not registered
		project = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL())).resolve("properties-project");
		folders.add(project);
		ProjectSetup.create(new ProjectSetup.Request(project, "Properties", ProjectType.MULTI_CLASS, List.of("cat", "dog"),
				List.of(images), true, 11L), null).store().close();
	}

	private static void writeImages(Path folder, String prefix, int count) throws Exception {
		Files.createDirectories(folder);
		for (int i = 0; i < count; i++) {
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png",
					folder.resolve(String.format("%s%02d.png", prefix, i)).toFile());
		}
	}

	@AfterEach
	void delete() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		for (Path path : folders) {
			if (Files.exists(path)) {
				try (Stream<Path> files = Files.walk(path)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(file);
					}
				}
			}
		}
		// the Projects view no longer lists (nor selects) the deleted project
		if (page.findView(ProjectsView.ID) instanceof ProjectsView view) {
			view.getViewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
			view.refresh();
			view.getRefreshJob().join();
			UiTestSupport.flush(display);
		}
	}

	@Test
	void instructionsAreEditedAndAnAddedFoldersImagesComeAfterTheOthersShuffled() throws Exception {
		long lastOldKey;
		Set<String> oldIds;
		try (ProjectStore store = LocalProjectStore.open(project)) {
			List<ItemSummary> old = store.items(ItemQuery.all(), 0, 100);
			assertEquals(6, old.size());
			lastOldKey = old.get(old.size() - 1).orderKey();
			oldIds = old.stream().map(ItemSummary::id).collect(Collectors.toSet());
		}
		ProjectsView view = showProjectSelected();

		List<String> listed = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		runProperties(view, (shell, dialog) -> {
			assertEquals("", dialog.instructionsText().getText(), "the project has no instructions yet");
			dialog.instructionsText().setText("# Animals\nLabel the **main** animal.");
			dialog.markdownButton().setSelection(true);
			dialog.linkText().setText("ftp://guide");
			refused.add(String.valueOf(dialog.getErrorMessage()));
			assertTrue(!dialog.okButton().isEnabled(), "a link that is no web address blocks OK");
			dialog.linkText().setText("https://example.org/guide");
			dialog.addFolder(images);
			refused.add(String.valueOf(dialog.getErrorMessage()));
			dialog.addFolder(more);
			listed.addAll(List.of(dialog.folders()));
			UiTestSupport.screenshot(shell, "project-properties");
			try (ProjectStore store = LocalProjectStore.open(project)) {
				assertEquals(1, store.project().getDataSources().size(), "nothing is written before OK");
			}
			Button ok = dialog.okButton();
			ok.notifyListeners(SWT.Selection, new Event());
		});
		assertEquals("The link must be a web address (http:// or https://).", refused.get(0));
		assertTrue(refused.get(1).startsWith("The project has the data folder "), refused.get(1));
		assertEquals(2, listed.size(), "the project's folder and the added one: " + listed);
		assertTrue(listed.get(1).endsWith("(new: added on OK)"), listed.get(1));
		Job.getJobManager().join(ProjectActionHandler.PROPERTIES_JOB_FAMILY, null);
		UiTestSupport.flush(display);

		try (ProjectStore store = LocalProjectStore.open(project)) {
			assertEquals("# Animals\nLabel the **main** animal.", store.project().getInstructions().getText());
			assertEquals(InstructionsFormat.MARKDOWN, store.project().getInstructions().getFormat());
			assertEquals("https://example.org/guide", store.project().getInstructions().getLink());
			List<DataSource> sources = store.project().getDataSources();
			assertEquals(2, sources.size());
			assertEquals(more.toRealPath(), DataRegistration.folderOf(sources.get(1)).toRealPath());
			assertTrue(sources.get(1).isRecursive(), "sub-folders included, as the checkbox said");

			List<ItemSummary> all = store.items(ItemQuery.all(), 0, 100);
			assertEquals(18, all.size(), "6 + 12 images; the file that is no image is not an item");
			assertEquals(oldIds, all.subList(0, 6).stream().map(ItemSummary::id).collect(Collectors.toSet()),
					"the project's items come first, in their order");
			List<ItemSummary> added = all.subList(6, 18);
			assertTrue(added.stream().allMatch(item -> item.orderKey() > lastOldKey && item.status() == ItemStatus.UNLABELED
					&& item.dataSourceId().equals(sources.get(1).getId()) && item.path().startsWith("sub/new")));
			List<String> addedPaths = added.stream().map(ItemSummary::path).toList();
			assertNotEquals(addedPaths.stream().sorted().toList(), addedPaths, "shuffled, not in file order: " + addedPaths);
			assertTrue(store.verify().ok(), store.verify().problems().toString());
		}
		// the Projects view counts them
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> java.util.Arrays.stream(view.getViewer().getTable().getItems())
				.anyMatch(item -> item.getData() instanceof ProjectRow row && row.folder().equals(project) && row.total() == 18)),
				"the Projects view shows 18 items");
	}

	@Test
	void aDataFolderWithALabeledItemIsRefusedAndOneWithoutIsRemovedWithItsItemsOnOk() throws Exception {
		String labeledId;
		try (ProjectStore store = LocalProjectStore.open(project)) {
			DataRegistration.addFolder(store, more, true, null);
			String moreId = store.project().getDataSources().get(1).getId();
			labeledId = store.items(ItemQuery.all(), 0, 100).stream().filter(row -> row.dataSourceId().equals(moreId))
					.findFirst().orElseThrow().id();
			var item = store.item(labeledId).orElseThrow();
			var label = org.tagbench.model.TagbenchFactory.eINSTANCE.createClassificationLabel();
			label.setLabelClass(store.project().getLabelClasses().get(0));
			label.setAuthor("ada");
			item.getAnnotations().add(label);
			item.setStatus(ItemStatus.LABELED);
			store.commit(item);
		}
		ProjectsView view = showProjectSelected();

		List<String> seen = new ArrayList<>();
		runProperties(view, (shell, dialog) -> {
			// the added folder holds the labeled item: refused, with the number, and still listed as it was
			String before = dialog.folders()[1];
			dialog.folderList().select(1);
			dialog.removeButton().notifyListeners(SWT.Selection, new Event());
			seen.add(String.valueOf(dialog.getErrorMessage()));
			assertEquals(before, dialog.folders()[1]);
			UiTestSupport.screenshot(shell, "project-properties-remove-refused");
			// the first folder's 6 items are all unlabeled: marked, removed on OK
			dialog.folderList().select(0);
			dialog.removeButton().notifyListeners(SWT.Selection, new Event());
			seen.add(dialog.folders()[0]);
			UiTestSupport.screenshot(shell, "project-properties-remove");
			try (ProjectStore store = LocalProjectStore.open(project)) {
				assertEquals(18, store.count(ItemQuery.all()), "nothing is removed before OK");
			}
			dialog.okButton().notifyListeners(SWT.Selection, new Event());
		});
		assertTrue(seen.get(0).contains("holds 1 labeled item(s) of 12") && seen.get(0).contains("Nothing was removed"),
				seen.get(0));
		assertTrue(seen.get(1).contains("(removed on OK: its 6 unlabeled item(s) leave the project"), seen.get(1));
		Job.getJobManager().join(ProjectActionHandler.PROPERTIES_JOB_FAMILY, null);
		UiTestSupport.flush(display);

		try (ProjectStore store = LocalProjectStore.open(project)) {
			List<DataSource> sources = store.project().getDataSources();
			assertEquals(1, sources.size(), "the first folder left the definition");
			assertEquals(more.toRealPath(), DataRegistration.folderOf(sources.get(0)).toRealPath());
			assertEquals(12, store.count(ItemQuery.all()), "its 6 items left the project");
			assertEquals(1, store.item(labeledId).orElseThrow().getAnnotations().size(), "the label is kept");
			assertTrue(store.verify().ok(), store.verify().problems().toString());
		}
		assertEquals(6, Files.list(images).count(), "the removed folder's files stay");
	}

	/** Shows the Projects view with the project selected and active, as the commands need it. */
	private ProjectsView showProjectSelected() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		view.refreshAndSelect(project);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> view.getViewer().getStructuredSelection()
				.getFirstElement() instanceof ProjectRow row && row.folder().equals(project)));
		page.activate(view);
		return view;
	}

	/** What a test does in the open dialog. */
	private interface DialogSteps {
		void run(Shell shell, ProjectPropertiesDialog dialog) throws Exception;
	}

	/**
	 * Runs Project > Properties… on the view's selection and {@code steps} in the dialog. The dialog is modal: the
	 * steps run inside its own event loop; a failure closes it and is thrown here.
	 */
	private void runProperties(ProjectsView view, DialogSteps steps) throws Exception {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display.asyncExec(() -> {
			Shell shell = UiTestSupport.findShell(display, s -> s.getText().equals("Project Properties"));
			try {
				assertNotNull(shell, "Project > Properties… opens the dialog");
				steps.run(shell, (ProjectPropertiesDialog) shell.getData());
			} catch (Throwable e) {
				failure.set(e);
				if (shell != null && !shell.isDisposed()) {
					shell.close();
				}
			}
		});
		view.getSite().getService(IHandlerService.class).executeCommand("org.tagbench.ui.projects.commands.properties", null);
		if (failure.get() != null) {
			throw new AssertionError("driving the dialog failed", failure.get());
		}
	}
}
