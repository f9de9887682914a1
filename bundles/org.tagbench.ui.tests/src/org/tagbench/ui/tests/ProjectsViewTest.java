package org.tagbench.ui.tests;

import org.tagbench.ui.testing.UiTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.ui.views.ProjectRow;
import org.junit.jupiter.api.Test;
import org.tagbench.model.ProjectType;
import org.tagbench.project.ProjectSetup;
import org.tagbench.ui.views.ProjectsView;

class ProjectsViewTest {

	private Path projectFolder;
	private Path images;

	@Test
	void listsAProjectOfTheWorkspaceWithTypeAndProgress() throws Exception {
		Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		images = Files.createTempDirectory("tagbench-view-images");
		for (String name : List.of("a.png", "b.png")) {
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", images.resolve(name).toFile());
		}
		projectFolder = workspace.resolve("view-test-project");
		ProjectSetup.create(new ProjectSetup.Request(projectFolder, "Fruit", ProjectType.MULTI_LABEL,
				List.of("apple", "pear"), List.of(images), true, 1L), null).store().close();

		ProjectsView view = (ProjectsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(ProjectsView.ID);
		view.refresh();
		view.getRefreshJob().join();
		Display display = view.getViewer().getControl().getDisplay();
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> view.getViewer().getTable().getItemCount() > 0));

		TableItem row = view.getViewer().getTable().getItem(0);
		assertEquals("Fruit", row.getText(0));
		assertEquals("Multi-label", row.getText(1));
		assertEquals("0 / 2 (0 %)", row.getText(2));
		assertFalse(view.isShowingEmptyMessage());
		UiTestSupport.screenshot(view.getViewer().getControl().getShell(), "projects-view");
	}

	@Test
	void removeFromListHidesTheProjectAndKeepsItsFilesUntilShownAgain() throws Exception {
		Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		images = Files.createTempDirectory("tagbench-view-images");
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", images.resolve("a.png").toFile());
		projectFolder = workspace.resolve("hide-test-project");
		ProjectSetup.create(new ProjectSetup.Request(projectFolder, "Hidden Fruit", ProjectType.MULTI_CLASS,
				List.of("apple"), List.of(images), true, 1L), null).store().close();
		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		Display display = view.getViewer().getControl().getDisplay();
		view.refreshAndSelect(projectFolder);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> view.getViewer().getStructuredSelection()
				.getFirstElement() instanceof ProjectRow row && row.folder().equals(projectFolder)));
		page.activate(view);
		var handlers = view.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class);

		handlers.executeCommand("org.tagbench.ui.commands.removeFromList", null);
		view.getRefreshJob().join();
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> !listed(view)), "removed from the list");
		assertTrue(Files.exists(projectFolder.resolve("project.tagbench")) && Files.exists(projectFolder.resolve("labels.db")),
				"nothing is deleted");
		assertTrue(TagbenchPreferences.hiddenProjects().contains(projectFolder.toAbsolutePath().normalize()));

		handlers.executeCommand("org.tagbench.ui.commands.showRemovedProjects", null);
		view.getRefreshJob().join();
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> listed(view)), "back in the list");
		assertTrue(TagbenchPreferences.hiddenProjects().isEmpty());
	}

	private boolean listed(ProjectsView view) {
		for (TableItem item : view.getViewer().getTable().getItems()) {
			if (item.getData() instanceof ProjectRow row && row.folder().equals(projectFolder)) {
				return true;
			}
		}
		return false;
	}

	@AfterEach
	void deleteProject() throws Exception {
		for (Path folder : new Path[] { projectFolder, images }) {
			if (folder != null && Files.exists(folder)) {
				try (Stream<Path> files = Files.walk(folder)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
		}
	}
}
