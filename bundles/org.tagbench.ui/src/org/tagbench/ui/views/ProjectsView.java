package org.tagbench.ui.views;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.ui.internal.WorkspaceProjects;

/**
 * Every labeling project in the workspace folder, with its type and progress. Projects are read in a
 * background job, so a workspace of large projects never blocks the window.
 */
public class ProjectsView extends ViewPart {

	public static final String ID = "org.tagbench.ui.views.projects";

	public static final String EMPTY_MESSAGE = "No labeling projects in this workspace yet.";

	/** The command a double-click on a project runs. */
	public static final String LABEL_COMMAND_ID = "org.tagbench.ui.labeling.commands.label";

	private TableViewer viewer;
	private Label emptyMessage;
	private Job refreshJob;
	private Path toSelect;
	/** The source of each contributed row shown (rows are records: compared by identity). */
	private Map<ListedProject, ProjectSource> sources = new IdentityHashMap<>();
	/** The rows shown, in order. */
	private List<ListedProject> shown = List.of();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		emptyMessage = new Label(parent, SWT.WRAP);
		emptyMessage.setText(EMPTY_MESSAGE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(emptyMessage);

		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		addColumn("Name", 130, ListedProject::name);
		addColumn("Type", 95, ListedProject::type);
		addProgressColumn();
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(event -> openSelected());
		// context menu: other bundles contribute to popup:org.tagbench.ui.views.projects?after=additions
		MenuManager contextMenu = new MenuManager("#PopupMenu", ID);
		contextMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(contextMenu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(ID, contextMenu, viewer);
		refresh();
	}

	private void addColumn(String title, int width, Function<ListedProject, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ListedProject) element);
			}
		});
	}

	/** Progress as a bar, with "done / total (p %)" over it (the cell's text, so tests and accessibility read it). */
	private void addProgressColumn() {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText("Progress");
		column.getColumn().setWidth(150);
		column.setLabelProvider(new OwnerDrawLabelProvider() {
			@Override
			protected void initialize(ColumnViewer columnViewer, ViewerColumn viewerColumn) {
				super.initialize(columnViewer, viewerColumn, true);
			}

			@Override
			public void update(ViewerCell cell) {
				cell.setText(((ListedProject) cell.getElement()).progress());
			}

			@Override
			protected void measure(Event event, Object element) {
				// the row height of the table's text
			}

			@Override
			protected void erase(Event event, Object element) {
				event.detail &= ~SWT.FOREGROUND; // the text is painted over the bar below
			}

			@Override
			protected void paint(Event event, Object element) {
				ListedProject row = (ListedProject) element;
				GC gc = event.gc;
				Rectangle cell = ((TableItem) event.item).getBounds(event.index);
				if (row.problem() == null && row.total() > 0) {
					int width = (int) Math.round((cell.width - 6) * (double) row.done() / row.total());
					Color old = gc.getBackground();
					gc.setBackground(event.display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
					gc.fillRectangle(cell.x + 3, cell.y + 3, cell.width - 6, cell.height - 6);
					gc.setBackground(new Color(120, 190, 120));
					gc.fillRectangle(cell.x + 3, cell.y + 3, width, cell.height - 6);
					gc.setBackground(old);
					// dark text on the light bar, also in a selected row (whose text colour is white)
					gc.setForeground(event.display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
				}
				String text = row.progress();
				Point extent = gc.textExtent(text);
				gc.drawText(text, cell.x + 6, cell.y + (cell.height - extent.y) / 2, true);
			}
		});
	}

	/**
	 * Double-click: a contributed project is opened by its source; otherwise runs the command
	 * {@value #LABEL_COMMAND_ID} (contributed by the labeling bundle) on the selection; nothing happens when no
	 * bundle contributes it.
	 */
	private void openSelected() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		ProjectSource source = selected == null ? null : sources.get(selected);
		if (source != null) {
			source.open((ListedProject) selected, getSite().getPage());
			return;
		}
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		try {
			handlers.executeCommand(LABEL_COMMAND_ID, null);
		} catch (NotDefinedException | NotHandledException | NotEnabledException e) {
			// no labeling bundle installed, or nothing to label selected
		} catch (ExecutionException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
			MessageDialog.openError(getSite().getShell(), "Projects", e.getMessage());
		}
	}

	/** Reads the workspace's projects again and selects the project in {@code folder} once it is shown. */
	public void refreshAndSelect(Path folder) {
		toSelect = folder;
		refresh();
	}

	/** Reads the workspace's projects again (in the background) and shows them. */
	public void refresh() {
		if (refreshJob != null) {
			refreshJob.cancel();
		}
		org.eclipse.swt.widgets.Display display = viewer.getControl().getDisplay();
		refreshJob = Job.create("Reading the workspace's projects", monitor -> {
			try {
				java.util.Set<Path> hidden = TagbenchPreferences.hiddenProjects();
				List<ListedProject> rows = new ArrayList<>(WorkspaceProjects.list(workspaceFolder()).stream()
						.filter(row -> !hidden.contains(row.folder().toAbsolutePath().normalize())).toList());
				// the folders at once, with the contributed rows shown before: sources may ask slow servers
				List<ListedProject> folders = List.copyOf(rows);
				showLater(display, monitor, () -> {
					List<ListedProject> early = new ArrayList<>(folders);
					early.addAll(shown.stream().filter(sources::containsKey).toList());
					show(early, sources);
				});
				Map<ListedProject, ProjectSource> contributed = new IdentityHashMap<>();
				for (ProjectSource source : ProjectSources.all()) {
					try {
						for (ListedProject project : source.projects(monitor)) {
							rows.add(project);
							contributed.put(project, source);
						}
					} catch (RuntimeException e) {
						ILog.of(ProjectsView.class).error("A source of projects failed: " + e.getMessage(), e);
					}
				}
				showLater(display, monitor, () -> show(rows, contributed));
				return Status.OK_STATUS;
			} catch (IOException | URISyntaxException e) {
				return Status.error("Cannot list the projects of the workspace: " + e.getMessage(), e);
			}
		});
		refreshJob.setSystem(true);
		refreshJob.schedule();
	}

	/** Runs {@code update} on the UI thread unless the view was closed meanwhile (the job may outlive it). */
	private static void showLater(org.eclipse.swt.widgets.Display display, IProgressMonitor monitor, Runnable update) {
		if (!monitor.isCanceled() && !display.isDisposed()) {
			display.asyncExec(update);
		}
	}

	private void show(List<ListedProject> rows, Map<ListedProject, ProjectSource> contributed) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		sources = contributed;
		shown = rows;
		viewer.setInput(rows);
		if (toSelect != null) {
			rows.stream().filter(row -> row instanceof ProjectRow folderRow && folderRow.folder().equals(toSelect)).findFirst()
					.ifPresent(row -> viewer.setSelection(new StructuredSelection(row), true));
			toSelect = null;
		}
		emptyMessage.setVisible(rows.isEmpty());
		((org.eclipse.swt.layout.GridData) emptyMessage.getLayoutData()).exclude = !rows.isEmpty();
		emptyMessage.getParent().layout(true);
	}

	private static Path workspaceFolder() throws URISyntaxException {
		return Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
	}

	/** The source that listed a row (null for a folder project, or a row not shown). */
	public ProjectSource sourceOf(ListedProject row) {
		return sources.get(row);
	}

	/**
	 * Takes a contributed row out of the list at once (its source forgot it), so that a refresh does not show it
	 * again while its source is asked.
	 */
	public void forget(ListedProject row) {
		Map<ListedProject, ProjectSource> remaining = new IdentityHashMap<>(sources);
		remaining.remove(row);
		List<ListedProject> rows = new ArrayList<>(shown);
		rows.removeIf(r -> r == row);
		show(rows, remaining);
	}

	/** The table of projects, for tests and for contributions that add columns. */
	public TableViewer getViewer() {
		return viewer;
	}

	/** The background read, for tests that wait for it. */
	public Job getRefreshJob() {
		return refreshJob;
	}

	public boolean isShowingEmptyMessage() {
		return emptyMessage.isVisible() && viewer.getTable().getItemCount() == 0;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (refreshJob != null) {
			refreshJob.cancel();
			// a source may be waiting for a server that does not answer: wake it, so no job outlives the workbench
			Thread reader = refreshJob.getThread();
			if (reader != null) {
				reader.interrupt();
			}
		}
		super.dispose();
	}
}
