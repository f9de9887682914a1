package org.tagbench.ui.labeling;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tagbench.model.DataSource;
import org.tagbench.model.MediaType;
import org.tagbench.store.DataRoots;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.ui.labeling.internal.ViewerDescriptor;

/**
 * A non-dismissable info bar at the top of an editor with the notices of the item viewers whose media the
 * project holds (the DICOM viewer's: "Tagbench is not a medical device and not for diagnosis"), and for each data
 * folder that is not on this desktop, where it is stored and how to map it ({@link DataRoots#missingFolder}; a team
 * project pushed from another desktop). A background job asks the store (one query per media type) and looks at the
 * folders, so opening a large project or one on an unreachable share is not delayed.
 */
public final class MediaNotice {

	private final Label label;

	/** Creates the (hidden) bar as the next child of {@code parent}, spanning {@code columns} grid columns. */
	public MediaNotice(Composite parent, int columns) {
		label = new Label(parent, SWT.WRAP);
		label.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).exclude(true).applyTo(label);
		label.setVisible(false);
	}

	/** Starts the checks of {@code store}'s media and data folders; shows the bar when one has something to say. */
	public void check(ProjectStore store) {
		List<ViewerDescriptor> withNotice = ViewerDescriptor.all().stream().filter(v -> v.notice() != null).toList();
		List<DataSource> sources = List.copyOf(store.project().getDataSources());
		Job job = new Job("Looking for DICOM and other media with notices, and for data folders not here") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Set<String> notices = new LinkedHashSet<>();
				for (ViewerDescriptor viewer : withNotice) {
					try {
						for (MediaType mediaType : viewer.mediaTypes()) {
							if (!monitor.isCanceled() && store.holdsMediaType(mediaType)) {
								notices.add(viewer.notice());
								break;
							}
						}
					} catch (StoreException | RuntimeException e) {
						ILog.of(MediaNotice.class).warn("Cannot look for media notices: " + e.getMessage());
					}
				}
				try {
					DataRoots roots = DataRoots.current();
					for (DataSource source : sources) {
						roots.missingFolder(source).ifPresent(notices::add);
					}
				} catch (RuntimeException e) {
					ILog.of(MediaNotice.class).warn("Cannot check the data folders: " + e.getMessage());
				}
				if (!notices.isEmpty() && !label.isDisposed()) {
					label.getDisplay().asyncExec(() -> show(String.join("  ", notices)));
				}
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void show(String text) {
		if (label.isDisposed()) {
			return;
		}
		label.setText(" Notice: " + text);
		label.setVisible(true);
		((GridData) label.getLayoutData()).exclude = false;
		label.getParent().layout(true, true);
	}

	/** The text shown, or null while the bar is hidden. */
	public String text() {
		return label.isDisposed() || !label.isVisible() ? null : label.getText().substring(" Notice: ".length());
	}
}
