package org.tagbench.ui.views;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Every labeling project this workspace knows, with its type and progress. Projects are listed by the
 * project store (see docs/ARCHITECTURE.md); until one exists the view says how to make one.
 */
public class ProjectsView extends ViewPart {

	public static final String ID = "org.tagbench.ui.views.projects";

	public static final String EMPTY_MESSAGE = "No labeling projects in this workspace yet.";

	private TableViewer viewer;
	private Label emptyMessage;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		emptyMessage = new Label(parent, SWT.WRAP);
		emptyMessage.setText(EMPTY_MESSAGE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(emptyMessage);

		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		addColumn("Name", 160);
		addColumn("Type", 110);
		addColumn("Progress", 90);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());
		getSite().setSelectionProvider(viewer);
	}

	private void addColumn(String title, int width) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return String.valueOf(element);
			}
		});
	}

	/** The table of projects, for tests and for contributions that add columns. */
	public TableViewer getViewer() {
		return viewer;
	}

	public boolean isShowingEmptyMessage() {
		return emptyMessage.isVisible() && viewer.getTable().getItemCount() == 0;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
