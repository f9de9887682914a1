package org.tagbench.ui.labeling;

import java.util.EnumSet;
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
import org.tagbench.model.MediaType;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.ui.labeling.internal.ViewerDescriptor;

/**
 * A non-dismissable info bar at the top of an editor with the notices of the item viewers whose media the
 * project holds (the DICOM viewer's: "Tagbench is not a medical device and not for diagnosis"). A background
 * job looks through the project's items for those media types, so opening a large project is not delayed.
 */
public final class MediaNotice {

	private static final int PAGE = 5_000;

	private final Label label;

	/** Creates the (hidden) bar as the next child of {@code parent}, spanning {@code columns} grid columns. */
	public MediaNotice(Composite parent, int columns) {
		label = new Label(parent, SWT.WRAP);
		label.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).exclude(true).applyTo(label);
		label.setVisible(false);
	}

	/** Starts looking through {@code store}'s items; shows the bar when a media type with a notice is found. */
	public void check(ProjectStore store) {
		List<ViewerDescriptor> withNotice = ViewerDescriptor.all().stream().filter(v -> v.notice() != null).toList();
		if (withNotice.isEmpty()) {
			return;
		}
		Set<MediaType> wanted = EnumSet.noneOf(MediaType.class);
		withNotice.forEach(v -> wanted.addAll(v.mediaTypes()));
		Job job = new Job("Looking for DICOM and other media with notices") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Set<MediaType> found = EnumSet.noneOf(MediaType.class);
				try {
					long offset = 0;
					while (!monitor.isCanceled() && found.isEmpty()) {
						List<ItemSummary> page = store.items(ItemQuery.all(), offset, PAGE);
						for (ItemSummary summary : page) {
							if (wanted.contains(summary.mediaType())) {
								found.add(summary.mediaType());
							}
						}
						if (page.size() < PAGE) {
							break;
						}
						offset += PAGE;
					}
				} catch (StoreException | RuntimeException e) {
					ILog.of(MediaNotice.class).warn("Cannot look for media notices: " + e.getMessage());
				}
				if (!found.isEmpty() && !label.isDisposed()) {
					Set<String> notices = new LinkedHashSet<>();
					withNotice.stream().filter(v -> v.mediaTypes().stream().anyMatch(found::contains)).forEach(v -> notices.add(v.notice()));
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
