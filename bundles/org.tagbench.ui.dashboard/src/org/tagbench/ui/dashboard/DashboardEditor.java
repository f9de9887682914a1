package org.tagbench.ui.dashboard;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.ReviewNote;
import org.tagbench.store.StoreChange;
import org.tagbench.store.StoreException;
import org.tagbench.ui.dashboard.ProjectFigures.ClassCount;
import org.tagbench.ui.dashboard.ProjectFigures.LabelerFigures;
import org.tagbench.ui.dashboard.ProjectFigures.Progress;
import org.tagbench.ui.views.LiveUpdates;
import org.tagbench.ui.labeling.LabelingEditors;
import org.tagbench.ui.TagbenchPreferences;

/**
 * A project's dashboard: progress by status and annotations by class as bar charts, the labelers' figures,
 * when they were read (with Refresh now), and below the item list, filtered, sorted and reviewed.
 * <p>
 * Every store read and write runs in a {@link Job}; the UI thread only shows results. The labelers' figures
 * need one pass over every item, so they come last and from a second store instance, leaving the dashboard's
 * own store free for the list and for review commits meanwhile.
 * </p>
 */
public class DashboardEditor extends EditorPart {

	public static final String ID = "org.tagbench.ui.dashboard.editor";
	public static final String CONTEXT_ID = "org.tagbench.ui.dashboard.context";

	private static final RGB[] PROGRESS_COLOURS = { new RGB(0x4c, 0x9a, 0x2a), new RGB(0x99, 0x99, 0x99),
			new RGB(0xe0, 0xa0, 0x20), new RGB(0x2a, 0x6f, 0xb0), new RGB(0xc0, 0x39, 0x2b), new RGB(0xcc, 0xcc, 0xcc) };
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());
	private static final String ALL = "All";
	private static final int THUMBNAIL_SIZE = 40;

	private ProjectStore store;
	private ItemPages pages;
	private Thumbnails thumbnails;
	private ItemTable itemTable;
	private BarChart progressChart;
	private BarChart classChart;
	private Table labelerTable;
	/** Reads the project's reservations (never holds any); closed with the store. */
	private org.tagbench.store.Reservations watcher;
	private volatile int beingLabeled;
	private Label refreshedLabel;
	private Label countLabel;
	private Combo statusFilter;
	private Combo classFilter;
	private Combo labelerFilter;
	private Button prelabelFilter;
	private volatile ProjectFigures figures;
	private Job refreshJob;
	private Job listJob;
	/** Serialises this dashboard's list jobs (a rule that conflicts only with itself). */
	private final ISchedulingRule listRule = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};
	private LiveUpdates liveUpdates;
	/** Why the team server cannot be reached now, or null. */
	private String serverProblem;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DashboardEditorInput dashboardInput)) {
			throw new PartInitException("The dashboard opens project folders, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		try {
			store = dashboardInput.opener().open();
		} catch (StoreException e) {
			throw new PartInitException("The project " + dashboardInput.location() + " cannot be opened: "
					+ e.getMessage(), e);
		}
		pages = new ItemPages(store, TagbenchPreferences.prefetchCount(), 64, row -> {
			if (itemTable != null) {
				itemTable.pageArrived();
			}
		});
	}

	public DashboardEditorInput input() {
		return (DashboardEditorInput) getEditorInput();
	}

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		Composite top = new Composite(sash, SWT.NONE);
		top.setLayout(new GridLayout(3, false));

		Label title = new Label(top, SWT.NONE);
		title.setText(store.project().getName() + " · " + store.project().getType().getLiteral());
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		refreshedLabel = new Label(top, SWT.NONE);
		refreshedLabel.setText("Reading…");
		refreshedLabel.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		Button refreshButton = new Button(top, SWT.PUSH);
		refreshButton.setText("Refresh now");
		refreshButton.addListener(SWT.Selection, event -> refresh());
		createAssistButton(top);

		Composite charts = new Composite(top, SWT.NONE);
		charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, ((GridLayout) top.getLayout()).numColumns, 1));
		charts.setLayout(new GridLayout(3, true));
		progressChart = new BarChart(charts, SWT.BORDER);
		progressChart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		classChart = new BarChart(charts, SWT.BORDER);
		classChart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		labelerTable = new Table(charts, SWT.BORDER | SWT.FULL_SELECTION);
		labelerTable.setHeaderVisible(true);
		labelerTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String name : new String[] { "Labeler", "Items", "Items / hour", "Median time" }) {
			TableColumn column = new TableColumn(labelerTable, SWT.NONE);
			column.setText(name);
			column.setWidth(name.equals("Labeler") ? 100 : 75);
		}

		Composite list = new Composite(sash, SWT.NONE);
		list.setLayout(new GridLayout(1, false));
		createFilterBar(list);
		thumbnails = new Thumbnails(parent.getDisplay(), store.project(), THUMBNAIL_SIZE, () -> {
			if (itemTable != null) {
				itemTable.pageArrived();
			}
		});
		itemTable = new ItemTable(list, pages, thumbnails, store.project().getLabelClasses());
		itemTable.natTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		itemTable.onSortRequested(this::reloadList);
		sash.setWeights(2, 3);

		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		showFigures(ProjectFigures.empty(store.project().getLabelClasses()));
		refresh();
		liveUpdates = new LiveUpdates(store, progressChart, 500, this::liveRefresh, (reachable, message) -> {
			serverProblem = reachable ? null : message;
			refreshedLabel.setText(reachable ? "Server reachable again" : message);
			refreshedLabel.getParent().layout(true);
		});
	}

	/**
	 * Live updates: someone committed. Refreshes once the running refresh has finished (a refresh started now
	 * would cancel it, and under a steady stream of commits the labelers' figures would never be shown).
	 */
	private void liveRefresh() {
		if (progressChart.isDisposed()) {
			return;
		}
		if (refreshJob != null && refreshJob.getState() != Job.NONE) {
			progressChart.getDisplay().timerExec(500, this::liveRefresh);
			return;
		}
		refresh();
	}

	/** The live updates of this dashboard (how many changes arrived, for tests). */
	public LiveUpdates liveUpdates() {
		return liveUpdates;
	}

	/**
	 * "Assist…" opens the ML assist panel when the assist feature is installed (its command is defined); the
	 * dashboard does not depend on it.
	 */
	private void createAssistButton(Composite top) {
		String commandId = "org.tagbench.ui.assist.commands.open";
		org.eclipse.ui.commands.ICommandService commands = getSite().getService(org.eclipse.ui.commands.ICommandService.class);
		if (commands == null || !commands.getCommand(commandId).isDefined()) {
			return;
		}
		((GridLayout) top.getLayout()).numColumns++;
		Button assistButton = new Button(top, SWT.PUSH);
		assistButton.setText("Assist…");
		assistButton.setToolTipText("Open the ML assist panel of this project");
		assistButton.addListener(SWT.Selection, event -> {
			try {
				getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(commandId, null);
			} catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.common.NotDefinedException
					| org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
				org.eclipse.core.runtime.ILog.of(getClass()).error("Cannot open the assist panel", e);
			}
		});
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		bar.setLayout(new GridLayout(11, false));
		new Label(bar, SWT.NONE).setText("Status:");
		statusFilter = new Combo(bar, SWT.READ_ONLY);
		statusFilter.add(ALL);
		for (ItemStatus status : ItemStatus.values()) {
			statusFilter.add(status.getLiteral());
		}
		statusFilter.select(0);
		new Label(bar, SWT.NONE).setText("Class:");
		classFilter = new Combo(bar, SWT.READ_ONLY);
		classFilter.add(ALL);
		for (LabelClass labelClass : store.project().getLabelClasses()) {
			classFilter.add(labelClass.getName());
		}
		classFilter.select(0);
		new Label(bar, SWT.NONE).setText("Labeler:");
		labelerFilter = new Combo(bar, SWT.DROP_DOWN);
		labelerFilter.add(ALL);
		labelerFilter.select(0);
		labelerFilter.setLayoutData(new GridData(120, SWT.DEFAULT));
		prelabelFilter = new Button(bar, SWT.CHECK);
		prelabelFilter.setText("With pre-labels");
		statusFilter.addListener(SWT.Selection, event -> reloadList());
		classFilter.addListener(SWT.Selection, event -> reloadList());
		labelerFilter.addListener(SWT.Selection, event -> reloadList());
		labelerFilter.addListener(SWT.DefaultSelection, event -> reloadList());
		prelabelFilter.addListener(SWT.Selection, event -> reloadList());

		Button accept = new Button(bar, SWT.PUSH);
		accept.setText("Accept");
		accept.setToolTipText("Accept the selected items (A)");
		accept.addListener(SWT.Selection, event -> review(ItemStatus.ACCEPTED));
		Button reject = new Button(bar, SWT.PUSH);
		reject.setText("Reject");
		reject.setToolTipText("Reject the selected items: they go back to the labeling queue (R)");
		reject.addListener(SWT.Selection, event -> rejectWithComment());
		Button edit = new Button(bar, SWT.PUSH);
		edit.setText("Edit");
		edit.setToolTipText("Open the selected item in its labeling editor (E)");
		edit.addListener(SWT.Selection, event -> editSelected());
		countLabel = new Label(bar, SWT.NONE);
		countLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	/** The query the filter bar describes. */
	public ItemQuery filterQuery() {
		ItemQuery query = ItemQuery.all();
		if (statusFilter.getSelectionIndex() > 0) {
			query = query.statuses(EnumSet.of(ItemStatus.get(statusFilter.getItem(statusFilter.getSelectionIndex()))));
		}
		if (classFilter.getSelectionIndex() > 0) {
			query = query.labelClass(store.project().getLabelClasses().get(classFilter.getSelectionIndex() - 1).getId());
		}
		String labeler = labelerFilter.getText().trim();
		if (!labeler.isEmpty() && !labeler.equals(ALL)) {
			query = query.author(labeler);
		}
		if (prelabelFilter.getSelection()) {
			query = query.annotationSource(AnnotationSource.PRELABEL);
		}
		return query;
	}

	/** Applies the filter bar and the header sort to the item list, in a job; returns that job. */
	public Job reloadList() {
		ItemQuery query = filterQuery();
		ItemPages.Sort sort = itemTable.requestedSort();
		if (listJob != null) {
			listJob.cancel();
		}
		countLabel.setText("Counting…");
		listJob = Job.create("Listing items of " + input().name(), monitor -> {
			try {
				pages.setView(query, sort);
			} catch (StoreException e) {
				return Status.error("The items of " + store.location() + " cannot be listed: " + e.getMessage(), e);
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS; // a newer list job follows (the rule makes it run after this one)
			}
			asyncShow(() -> {
				itemTable.refresh();
				countLabel.setText(NumberFormat.getIntegerInstance().format(pages.size()) + " items");
			});
			return Status.OK_STATUS;
		});
		listJob.setSystem(true);
		// one list job at a time, in the order scheduled: a cancelled one still running must not set its (older)
		// view after the newer job set its own (quick filter changes showed the previous filter's rows)
		listJob.setRule(listRule);
		listJob.schedule();
		return listJob;
	}

	/** Re-reads the figures and the item list in jobs (never on the UI thread); returns the figures job. */
	public Job refresh() {
		if (refreshJob != null) {
			refreshJob.cancel();
		}
		reloadList();
		refreshedLabel.setText("Reading…");
		DashboardEditorInput input = input();
		refreshJob = new Job("Refreshing the dashboard of " + input.name()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, 10);
				try {
					ProjectFigures counts = ProjectFigures.counts(store);
					beingLabeled = beingLabeled();
					asyncShow(() -> showFigures(counts));
					progress.worked(1);
					// a second connection: the labelers' pass reads every item and would hold the first one
					try (ProjectStore reader = input.opener().open()) {
						ProjectFigures all = counts.withLabelers(reader, progress.split(9));
						asyncShow(() -> showFigures(all));
					}
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (StoreException e) {
					asyncShow(() -> refreshedLabel.setText("Cannot read the project: " + e.getMessage()));
					return Status.error("The dashboard of " + store.location() + " cannot be refreshed: "
							+ e.getMessage(), e);
				}
			}
		};
		refreshJob.setUser(false);
		refreshJob.schedule();
		return refreshJob;
	}

	/**
	 * Items reserved by labeling editors now (in any process, for a folder project: its task queue), read through
	 * a reservation session of the dashboard's own that never reserves anything; 0 when the store keeps none.
	 */
	private int beingLabeled() {
		try {
			synchronized (this) {
				if (watcher == null) {
					watcher = store.reservations("dashboard", java.time.Duration.ofMinutes(1));
				}
			}
			return watcher.heldByOthers().size();
		} catch (StoreException e) {
			return 0;
		}
	}

	private void asyncShow(Runnable update) {
		if (progressChart.isDisposed()) {
			return;
		}
		progressChart.getDisplay().asyncExec(() -> {
			if (!progressChart.isDisposed()) {
				update.run();
			}
		});
	}

	private void showFigures(ProjectFigures shown) {
		figures = shown;
		Progress[] bars = Progress.values();
		String[] labels = new String[bars.length];
		long[] values = new long[bars.length];
		for (int i = 0; i < bars.length; i++) {
			labels[i] = bars[i].label();
			values[i] = shown.count(bars[i]);
		}
		progressChart.setSeries("Items by status (" + NumberFormat.getIntegerInstance().format(shown.total()) + ")",
				labels, values, PROGRESS_COLOURS);
		List<ClassCount> classes = shown.classes();
		String[] classLabels = new String[classes.size()];
		long[] classValues = new long[classes.size()];
		RGB[] classColours = new RGB[classes.size()];
		for (int i = 0; i < classes.size(); i++) {
			classLabels[i] = classes.get(i).name();
			classValues[i] = classes.get(i).annotations();
			classColours[i] = rgb(classes.get(i).colour());
		}
		classChart.setSeries("Annotations by class", classLabels, classValues, classColours);
		labelerTable.removeAll();
		Set<String> names = new TreeSet<>();
		for (LabelerFigures labeler : shown.labelers()) {
			TableItem row = new TableItem(labelerTable, SWT.NONE);
			row.setText(new String[] { labeler.name(), NumberFormat.getIntegerInstance().format(labeler.items()),
					Double.isNaN(labeler.itemsPerHour()) ? "—" : String.format("%.1f", labeler.itemsPerHour()),
					labeler.medianMillis() < 0 ? "—" : String.format("%.1f s", labeler.medianMillis() / 1000.0) });
			names.add(labeler.name());
		}
		String typed = labelerFilter.getText();
		List<String> choices = new ArrayList<>(List.of(ALL));
		choices.addAll(names);
		for (TableColumn column : labelerTable.getColumns()) {
			column.pack(); // headers and figures readable whatever the font
		}
		labelerFilter.setItems(choices.toArray(String[]::new));
		labelerFilter.setText(typed);
		refreshedLabel.setText(serverProblem != null ? serverProblem : shown.refreshedAt() == 0 ? "Reading…"
				: "Last refresh " + TIME.format(Instant.ofEpochMilli(shown.refreshedAt())) + " · live"
						+ (beingLabeled > 0 ? " · " + beingLabeled + " being labeled now" : ""));
		refreshedLabel.getParent().layout(true);
	}

	private static RGB rgb(String colour) {
		if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
			return null;
		}
		int value = Integer.parseInt(colour.substring(1), 16);
		return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}

	/**
	 * Gives the selected rows {@code status} (Accept, Reject) and commits each through the store, in a job;
	 * annotations are kept. Then refreshes. Returns the job, or null when no row is selected.
	 */
	public Job review(ItemStatus status) {
		return review(status, null);
	}

	/** Reject with a comment: asks for it (optional) in a {@link RejectDialog}; returns the dialog, or null. */
	public RejectDialog rejectWithComment() {
		int count = itemTable.selectedRows().length;
		if (count == 0) {
			countLabel.setText("Select the items to reject first");
			return null;
		}
		RejectDialog dialog = new RejectDialog(getSite().getShell(), count, comment -> review(ItemStatus.REJECTED, comment));
		dialog.open();
		return dialog;
	}

	/** Edit: opens the first selected item in the project's labeling editor, which shows it at once. */
	public void editSelected() {
		long[] rows = itemTable.selectedRows();
		DashboardEditorInput input = (DashboardEditorInput) getEditorInput();
		try {
			ItemSummary summary = rows.length == 0 ? null : pages.getNow(rows[0]);
			if (summary == null) {
				countLabel.setText("Select the item to edit first");
				return;
			}
			if (!LabelingEditors.openItem(getSite().getPage(), input.folder(), input.getName(), summary.id())) {
				countLabel.setText("The item " + summary.path() + " is no longer in the project");
			}
		} catch (PartInitException | StoreException e) {
			ILog.of(getClass()).error("Cannot open the labeling editor of " + input.folder(), e);
			countLabel.setText("Cannot open the labeling editor: " + e.getMessage());
		}
	}

	/**
	 * Gives the selected rows {@code status} and commits each through the store, in a job; annotations are kept.
	 * A rejected item gets {@code comment} (null: none) as its review comment; an accepted one loses its comment.
	 */
	public Job review(ItemStatus status, String comment) {
		long[] rows = itemTable.selectedRows();
		if (rows.length == 0) {
			countLabel.setText("Select the items to " + (status == ItemStatus.ACCEPTED ? "accept" : "reject") + " first");
			return null;
		}
		Job job = Job.create((status == ItemStatus.ACCEPTED ? "Accepting " : "Rejecting ") + rows.length + " items",
				monitor -> {
					SubMonitor progress = SubMonitor.convert(monitor, rows.length);
					try {
						List<String> ids = new ArrayList<>();
						for (long row : rows) {
							ItemSummary summary = pages.getNow(row);
							if (summary != null) {
								ids.add(summary.id());
							}
						}
						for (String id : ids) {
							DataItem item = store.item(id).orElse(null);
							if (item != null) {
								item.setStatus(status);
								item.setReviewComment(status == ItemStatus.REJECTED ? comment : null);
								item.setModified(System.currentTimeMillis());
								// refreshed below: a team server's announcement of this commit is no second refresh
								liveUpdates.expectOwnChange(new StoreChange(id, status.getName(), store.queue().labeler()));
								store.commit(item);
								if (status == ItemStatus.REJECTED) { // the history the labeler sees, with who and when
									store.addReviewNote(id, new ReviewNote(TagbenchPreferences.labelerName(),
											System.currentTimeMillis(), comment == null ? "" : comment));
								}
							}
							progress.worked(1);
						}
					} catch (StoreException e) {
						throw new CoreException(Status.error("Reviewing items of " + store.location() + " failed: "
								+ e.getMessage() + " (items committed before this one keep their new status)", e));
					}
					asyncShow(this::refresh);
				});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** The figures shown now. */
	public ProjectFigures figures() {
		return figures;
	}

	public BarChart progressChart() {
		return progressChart;
	}

	public BarChart classChart() {
		return classChart;
	}

	public Table labelerTable() {
		return labelerTable;
	}

	public ItemTable itemTable() {
		return itemTable;
	}

	public ItemPages pages() {
		return pages;
	}

	public Combo statusFilter() {
		return statusFilter;
	}

	public Combo classFilter() {
		return classFilter;
	}

	public Combo labelerFilter() {
		return labelerFilter;
	}

	public Label refreshedLabel() {
		return refreshedLabel;
	}

	/** The job of the last refresh (to wait for it). */
	public Job refreshJob() {
		return refreshJob;
	}

	/** The job of the last list reload (to wait for it). */
	public Job listJob() {
		return listJob;
	}

	@Override
	public void setFocus() {
		itemTable.natTable().setFocus();
	}

	@Override
	public void dispose() {
		// stop readers before the store closes under them (a review already committing finishes its item)
		for (Job job : new Job[] { refreshJob, listJob }) {
			if (job != null) {
				job.cancel();
				try {
					job.join(2_000, null);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
		pages.close();
		if (thumbnails != null) {
			thumbnails.close();
		}
		try {
			store.close();
		} catch (StoreException e) {
			org.eclipse.core.runtime.ILog.of(DashboardEditor.class).error("Closing " + store.location() + " failed", e);
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// every change is committed when it is made
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
