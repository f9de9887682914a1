package org.tagbench.ui.tests;

import org.tagbench.ui.testing.UiTestSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.tagbench.ui.views.ProjectsView;

class WorkbenchWindowTest {

	@Test
	void windowIsTitledTagbenchAndShowsTheProjectsView() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window is open");
		Shell shell = window.getShell();
		assertEquals("Tagbench", shell.getText());

		IViewPart view = window.getActivePage().findView(ProjectsView.ID);
		assertNotNull(view, "the Projects view is not in the initial perspective");
		ProjectsView projects = (ProjectsView) view;
		assertTrue(projects.getViewer().getTable().isVisible());
		projects.getRefreshJob().join();
		UiTestSupport.flush(shell.getDisplay());
		assertEquals(projects.getViewer().getTable().getItemCount() == 0, projects.isShowingEmptyMessage());

		assertTrue(Files.size(UiTestSupport.screenshot(shell, "workbench-window")) > 1000);
	}

	@Test
	void menuBarHasTheFiveTopLevelMenus() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		List<String> menus = Arrays.stream(shell.getMenuBar().getItems()).map(MenuItem::getText)
				.map(text -> text.replace("&", "")).toList();
		assertEquals(List.of("File", "Edit", "Project", "Window", "Help"), menus);
	}

	@Test
	void helpMenuOffersAboutTagbench() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		MenuItem help = Arrays.stream(shell.getMenuBar().getItems())
				.filter(item -> item.getText().replace("&", "").equals("Help")).findFirst().orElseThrow();
		// Contributed menus are filled when they are about to show: fire that as SWT would.
		help.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> items = Arrays.stream(help.getMenu().getItems()).map(MenuItem::getText)
				.map(text -> text.replace("&", "")).toList();
		help.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		assertTrue(items.contains("About Tagbench"), items.toString());
	}
}
