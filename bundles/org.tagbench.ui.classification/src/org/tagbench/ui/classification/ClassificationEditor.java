package org.tagbench.ui.classification;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.project.DataRegistration;
import org.tagbench.store.CommitLocks;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.ui.classification.internal.ClassAssignment;
import org.tagbench.ui.classification.internal.ImageGrid;
import org.tagbench.ui.classification.internal.PageSession;
import org.tagbench.ui.classification.internal.ThumbnailLoader;
import org.tagbench.ui.labeling.AdjustableThumbnail;
import org.tagbench.ui.labeling.InstructionsDialog;
import org.tagbench.ui.labeling.InstructionsShowing;
import org.tagbench.ui.labeling.ItemShowing;
import org.tagbench.ui.labeling.ClassKeys;
import org.tagbench.ui.labeling.ClassSwatch;
import org.tagbench.ui.labeling.CommandStackActions;
import org.tagbench.ui.labeling.LabelCommitListener;
import org.tagbench.ui.labeling.Suggestions;
import org.tagbench.ui.labeling.ItemViewer;
import org.tagbench.ui.labeling.ItemViewers;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.labeling.MediaNotice;
import org.tagbench.ui.labeling.ProjectEditorInput;
import org.tagbench.ui.labeling.ReviewHistory;
import org.tagbench.ui.labeling.internal.UnsubmittedDrafts;
import org.tagbench.ui.labeling.internal.QueueSession;
import org.tagbench.ui.views.ProjectsView;

/**
 * Classifies the items of a MULTI_CLASS or MULTI_LABEL project a page at a time: one image or a grid of 4,
 * 6 or 9. Keys 1–9 apply a class to the selected tiles (multi-class: replaces the item's class; multi-label:
 * toggles it), Enter submits the page, S skips it, Alt+Left/Alt+Right go back and forth through the pages of
 * this session. Class changes are EMF.Edit commands on the page's detached items (undo, redo, dirty state);
 * Enter, S and Save commit each item through {@link ProjectStore#commit}, which is durable when it returns.
 */
public class ClassificationEditor extends EditorPart implements InstructionsShowing, ItemShowing {

	public static final String ID = "org.tagbench.ui.classification.editor";
	public static final String CONTEXT_ID = "org.tagbench.ui.classification.context";

	private ProjectStore store;
	private LabelingProject project;
	private boolean multiLabel;
	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain domain;
	private BasicCommandStack commandStack;
	/** Drafts of the shown page's unsubmitted classes on disk (restored after a crash). */
	private UnsubmittedDrafts drafts;
	private PageSession session;
	private ThumbnailLoader loader;
	/** Leases and the outbox of commits, for a team project; null for a folder. */
	private QueueSession queueSession;
	/** Item viewers that render thumbnails of other media than images (DICOM), by media type. */
	private final java.util.Map<MediaType, ItemViewer> thumbnailViewers = new java.util.concurrent.ConcurrentHashMap<>();
	private MediaNotice notice;
	/** The last decoded image of each item at any size: shown while a resized tile's image is decoded again. */
	private final Map<String, ThumbnailLoader.Result> lastImages = new HashMap<>();

	private GridSize gridSize;
	private List<DataItem> page = List.of();
	private boolean finished;
	private long pageShownAt;
	private long total;
	private long labeled;
	private String message;

	private ImageGrid grid;
	private ToolBar gridBar;
	private Text filter;
	private Table classTable;
	/** The help line below the class list: which keys do what in the grid. */
	private Label keyHint;
	private ClassKeys classKeys;
	private Label status;
	private Label reviewNote;
	private IContextService contextService;
	private IContextActivation contextActivation;
	private CommandStackActions undoRedo;
	private Action clearAction;
	private Action selectAllAction;
	private final Runnable clockTick = this::tick;
	/** The tiles a right-drag adjusts, while it lasts. */
	private List<AdjustableThumbnail> adjusting;
	private int adjustX;
	private int adjustY;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ProjectEditorInput projectInput)) {
			throw new PartInitException("The classification editor opens project folders, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		try {
			store = projectInput.openStore();
		} catch (StoreException e) {
			throw new PartInitException("Cannot open the project " + projectInput.location() + ": " + e.getMessage(), e);
		}
		project = store.project();
		if (project.getType() != ProjectType.MULTI_CLASS && project.getType() != ProjectType.MULTI_LABEL) {
			closeStore();
			throw new PartInitException("The classification editor labels multi-class and multi-label projects; "
					+ project.getName() + " is a " + project.getType() + " project.");
		}
		multiLabel = project.getType() == ProjectType.MULTI_LABEL;
		setPartName(project.getName() != null ? project.getName() : input.getName());
		setTitleToolTip(projectInput.location());
		gridSize = ClassificationPreferences.gridSize();
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		commandStack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
		commandStack.addCommandStackListener(stackListener);
		drafts = new UnsubmittedDrafts(projectInput, project);
		if (projectInput.isTeam()) {
			// team mode: pages are leased from the server's queue, commits go through the (durable) outbox
			queueSession = new QueueSession(store, projectInput.outbox(), () -> {
				if (status != null && !status.isDisposed()) {
					status.getDisplay().asyncExec(() -> {
						if (status.isDisposed()) {
							return;
						}
						// a stored commit whose changes to others' labels were kept as copies or refused: said on the bar
						drafts.tell(queueSession.takeOthersLabelsMessages());
						message = queueSession.problem();
						updateStatus();
					});
				}
			});
			session = new PageSession(store, queueSession::nextPage);
		} else {
			try {
				// the shown page's items are held in the project's queue: other editors (any process) skip them
				session = new PageSession(store, store.reservations(TagbenchPreferences.labelerName(),
						TagbenchPreferences.reservationTimeout()));
			} catch (StoreException e) {
				closeStore();
				throw new PartInitException("Cannot open the queue of " + projectInput.folder() + ": " + e.getMessage(), e);
			}
			session.setOrdering(this::orderedPages);
		}
	}

	/** Pages from a {@link PageOrdering} service (the assist's clustering), if one is installed and ready. */
	private List<List<String>> orderedPages(List<String> candidates, int tiles) {
		org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(getClass());
		org.osgi.framework.BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return List.of();
		}
		try {
			for (var reference : context.getServiceReferences(PageOrdering.class, null)) {
				PageOrdering ordering = context.getService(reference);
				try {
					List<List<String>> pages = ordering == null ? List.of()
							: ordering.pages(((ProjectEditorInput) getEditorInput()).folder(), candidates, tiles);
					if (!pages.isEmpty()) {
						return pages;
					}
				} catch (RuntimeException e) {
					ILog.of(getClass()).warn("Page ordering failed; using the project's order: " + e.getMessage());
				} finally {
					context.ungetService(reference);
				}
			}
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new IllegalStateException(e); // a null filter is always valid
		}
		return List.of();
	}

	private final CommandStackListener stackListener = event -> {
		drafts.changed(page, isDirty());
		firePropertyChange(PROP_DIRTY);
		updateActions();
		if (grid != null && !grid.isDisposed()) {
			grid.redraw();
		}
		updateStatus();
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 4).margins(2, 2).applyTo(parent);
		notice = new MediaNotice(parent, 2);
		notice.check(store);
		drafts.createNotice(parent, 2);
		if (queueSession != null) {
			drafts.dropTakenOver(store.queue()); // drafts of items that went to other labelers
		}

		gridBar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(gridBar);
		for (GridSize size : GridSize.values()) {
			ToolItem item = new ToolItem(gridBar, SWT.RADIO);
			item.setText(size.tiles() == 1 ? "1 image" : size.tiles() + " images");
			item.setToolTipText("Show " + size.tiles() + " per page (Alt+" + size.tiles() + ")");
			item.setData(size);
			item.setSelection(size == gridSize);
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection()) {
					setGridSize(size);
				}
			});
		}

		grid = new ImageGrid(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
		grid.setImages(this::imageOf);
		grid.setSelectionListener(() -> {
			updateStatus();
			updateActions();
		});
		grid.addListener(SWT.KeyDown, this::keyDown);
		grid.addListener(SWT.MouseDown, this::adjustDown);
		grid.addListener(SWT.MouseMove, this::adjustMove);
		grid.addListener(SWT.MouseUp, this::adjustUp);
		grid.addListener(SWT.Resize, e -> requestImages());

		Composite side = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(side);
		GridDataFactory.fillDefaults().grab(false, true).hint(200, SWT.DEFAULT).applyTo(side);
		createClassList(side);

		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);
		reviewNote = new Label(parent, SWT.WRAP);
		reviewNote.setForeground(reviewNote.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).exclude(true).applyTo(reviewNote);

		createActions();
		contextService = getSite().getService(IContextService.class);
		contextActivation = contextService.activateContext(CONTEXT_ID);
		loader = new ThumbnailLoader(40, id -> Display.getDefault().asyncExec(() -> imageArrived(id)));
		next();
		grid.getDisplay().timerExec(1000, clockTick);
		InstructionsDialog.openWhenShown(parent, project, this::instructionsRead);
	}

	@Override
	public void showInstructions() {
		new InstructionsDialog(getSite().getShell(), project, this::instructionsRead).open();
	}

	/** Reading instructions is not time on the page. */
	private void instructionsRead() {
		pageShownAt = System.currentTimeMillis();
	}

	private void createClassList(Composite side) {
		filter = new Text(side, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter classes (Ctrl+F)");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addListener(SWT.Modify, e -> fillClassTable());
		// Typing in the filter must not trigger the one-key bindings (1–9, S, Enter): leave the context meanwhile.
		filter.addListener(SWT.FocusIn, e -> {
			if (contextActivation != null) {
				contextService.deactivateContext(contextActivation);
				contextActivation = null;
			}
		});
		filter.addListener(SWT.FocusOut, e -> {
			if (contextActivation == null && contextService != null) {
				contextActivation = contextService.activateContext(CONTEXT_ID);
			}
		});
		filter.addListener(SWT.DefaultSelection, e -> {
			// Enter in the filter applies the first class shown, and goes back to the grid
			if (classTable.getItemCount() > 0) {
				applyClass((LabelClass) classTable.getItem(0).getData());
			}
			grid.setFocus();
		});
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				filter.setText("");
				grid.setFocus();
			} else if (e.keyCode == SWT.ARROW_DOWN && classTable.getItemCount() > 0) {
				classTable.setFocus();
				classTable.select(0);
			}
		});

		classTable = new Table(side, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		classTable.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Key", "40" }, { "", "24" }, { "Class", "120" } }) {
			TableColumn tableColumn = new TableColumn(classTable, SWT.NONE);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		classTable.setToolTipText("Double-click a class to apply it to the selected images");
		classTable.addListener(SWT.DefaultSelection, e -> {
			if (e.item != null && e.item.getData() instanceof LabelClass labelClass) {
				applyClass(labelClass);
				grid.setFocus();
			}
		});
		classTable.addListener(SWT.Dispose, e -> disposeSwatches());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(classTable);
		// letters after 1-9 skip those bound in our context (S) and those keyDown handles itself
		classKeys = ClassKeys.forContext(getSite().getWorkbenchWindow().getWorkbench(), project.getLabelClasses(),
				CONTEXT_ID, 's');
		fillClassTable();

		keyHint = new Label(side, SWT.WRAP);
		keyHint.setText((multiLabel ? "Multi-label: a key toggles its class on the selected images."
				: "Multi-class: a key sets the class of the selected images.")
				+ "\nEnter submits the page, S skips it, Alt+←/→ pages back and forth, Delete removes the classes."
				+ "\nShift+Page Down/Up shows the next/previous frame of the selected multi-frame DICOM images.");
		GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(keyHint);
	}

	/** The class rows matching the filter text (name or key, ignoring case). */
	private void fillClassTable() {
		disposeSwatches();
		classTable.removeAll();
		String text = filter.getText().trim().toLowerCase(Locale.ROOT);
		for (LabelClass labelClass : project.getLabelClasses()) {
			String key = classKeys.keyOf(labelClass);
			if (!text.isEmpty() && !labelClass.getName().toLowerCase(Locale.ROOT).contains(text) && !key.equals(text)) {
				continue;
			}
			TableItem row = new TableItem(classTable, SWT.NONE);
			row.setText(0, key);
			row.setImage(1, ClassSwatch.create(classTable.getDisplay(), labelClass));
			row.setText(2, labelClass.getName());
			row.setData(labelClass);
		}
	}

	private void disposeSwatches() {
		for (TableItem row : classTable.getItems()) {
			if (row.getImage(1) != null) {
				row.getImage(1).dispose();
			}
		}
	}

	private void createActions() {
		undoRedo = new CommandStackActions(commandStack);
		clearAction = new Action("&Delete") {
			@Override
			public void run() {
				clearClasses();
			}
		};
		selectAllAction = new Action("Select &All") {
			@Override
			public void run() {
				grid.selectAll();
			}
		};
		var bars = getEditorSite().getActionBars();
		undoRedo.install(bars);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), clearAction);
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAllAction);
		bars.updateActionBars();
		updateActions();
	}

	private void updateActions() {
		if (undoRedo == null) {
			return;
		}
		undoRedo.update();
		clearAction.setEnabled(!grid.selectedItems().isEmpty());
		selectAllAction.setEnabled(!page.isEmpty());
	}

	/** Keys that reach the grid without a binding taking them first (the bindings call the same methods). */
	private void keyDown(Event e) {
		int modifiers = e.stateMask & SWT.MODIFIER_MASK;
		if (e.character >= '1' && e.character <= '9' && modifiers == 0) {
			applyClassByKey(String.valueOf(e.character));
		} else if (Character.isLetter(e.character) && modifiers == 0 && classKeys.classFor(e.character) != null) {
			// class letters (a, b, … after 1–9) have no bindings of their own: they are the project's
			applyClassByKey(String.valueOf(e.character));
		} else if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && modifiers == 0) {
			submitPage();
		} else if ((e.character == 's' || e.character == 'S') && modifiers == 0) {
			skipPage();
		} else if (e.keyCode == SWT.DEL && modifiers == 0) {
			clearClasses();
		} else if (modifiers == SWT.MOD1 && e.keyCode == 'a') {
			grid.selectAll();
		} else if ((modifiers & SWT.MOD1) != 0 && (e.keyCode == 'z' || e.keyCode == 'y')) {
			boolean redo = e.keyCode == 'y' || (modifiers & SWT.SHIFT) != 0;
			(redo ? undoRedo.redo() : undoRedo.undo()).run();
		} else if (modifiers == SWT.ALT && e.keyCode == SWT.ARROW_LEFT) {
			back();
		} else if (modifiers == SWT.ALT && e.keyCode == SWT.ARROW_RIGHT) {
			forward();
		}
	}

	// ---------------------------------------------------------------- classes

	/**
	 * Applies the class whose key ({@link #classKeys()}: "1" … "9", then "a", "b", …) is {@code key} to the
	 * selected images; no such class: nothing.
	 */
	public void applyClassByKey(String key) {
		LabelClass labelClass = classKeys.classFor(key);
		if (labelClass != null) {
			applyClass(labelClass);
		}
	}

	/** The keys of the label classes as shown in the class list. */
	public ClassKeys classKeys() {
		return classKeys;
	}

	/** Multi-class: the selected images get exactly this class. Multi-label: toggles it on them. One undo step. */
	public void applyClass(LabelClass labelClass) {
		List<DataItem> selected = grid.selectedItems();
		if (labelClass == null || selected.isEmpty()) {
			return;
		}
		execute(multiLabel ? ClassAssignment.toggle(domain, selected, labelClass)
				: ClassAssignment.replace(domain, selected, labelClass));
	}

	/** Removes every class from the selected images (Delete). */
	public void clearClasses() {
		execute(ClassAssignment.clear(domain, grid.selectedItems()));
	}

	private void execute(Command command) {
		if (command != null) {
			commandStack.execute(command);
		}
	}

	public void selectAll() {
		grid.selectAll();
	}

	// ---------------------------------------------------------------- pages

	/**
	 * Enter: every image of the page that has a class becomes LABELED; one without a class keeps its status (it
	 * stays to do and comes back in a later session), except that an image whose class was taken away after it
	 * had been labeled goes back to IN_PROGRESS. Each is committed, then the next page is shown.
	 */
	public void submitPage() {
		if (commitPage(item -> {
			if (!ClassAssignment.labels(item).isEmpty()) {
				Suggestions.accept(item, queueSession != null ? queueSession.labeler() : TagbenchPreferences.labelerName()); // Enter accepts the suggestions kept on the page
				return ItemStatus.LABELED;
			}
			return isDone(item.getStatus()) ? ItemStatus.IN_PROGRESS : item.getStatus();
		})) {
			next();
		}
	}

	/** S: every image of the page becomes SKIPPED (classes kept), committed; the next page is shown. */
	public void skipPage() {
		if (commitPage(item -> ItemStatus.SKIPPED)) {
			next();
		}
	}

	/** Alt+Left: the previous page of this session, read again from the store; unsaved changes are saved first. */
	public void back() {
		if (finished && session.pageCount() > 0) {
			finished = false;
			showPage(reload());
			return;
		}
		if (!session.canGoBack() || !saveIfDirty()) {
			return;
		}
		try {
			showPage(session.back());
		} catch (StoreException e) {
			storeProblem(e);
		}
	}

	/** Alt+Right: the next page of this session's history (not a new page: that is what Enter and S do). */
	public void forward() {
		if (finished || !session.canGoForward() || !saveIfDirty()) {
			return;
		}
		next();
	}

	/** Shows this many images per page: at once when the newest page has no unsaved change, else from the next page. */
	public void setGridSize(GridSize size) {
		if (size == null) {
			return;
		}
		gridSize = size;
		for (ToolItem item : gridBar.getItems()) {
			item.setSelection(item.getData() == size);
		}
		if (!finished && !isDirty() && session.isNewest() && session.pageCount() > 0) {
			session.dropNewest();
			next();
		} else {
			message = size.tiles() + " per page from the next page on";
			updateStatus();
		}
	}

	private List<DataItem> reload() {
		try {
			return session.reload();
		} catch (StoreException e) {
			storeProblem(e);
			return List.of();
		}
	}

	private void next() {
		try {
			List<DataItem> items = session.next(gridSize.tiles());
			finished = items.isEmpty();
			refreshCounts();
			showPage(items);
		} catch (StoreException e) {
			storeProblem(e);
		}
	}

	@Override
	public boolean showItem(String itemId) {
		if (!saveIfDirty()) {
			return false;
		}
		try {
			List<DataItem> items = session.jumpTo(itemId);
			if (items.isEmpty()) {
				return false;
			}
			finished = false;
			refreshCounts();
			showPage(items);
			return true;
		} catch (StoreException e) {
			storeProblem(e);
			return false;
		}
	}

	/** The reviewers' comments on the page's rejected images, below the status line; hidden when there are none. */
	private void updateReviewNote() {
		StringBuilder text = new StringBuilder();
		for (DataItem item : page) {
			String note = ReviewHistory.describe(store, item); // every rejection with who and when, newest first
			if (!note.isEmpty()) {
				text.append(text.length() == 0 ? "" : "\n").append(item.getPath()).append(" — ").append(note.replace("\n", "; "));
			}
		}
		boolean show = text.length() > 0;
		reviewNote.setText(text.toString());
		reviewNote.setVisible(show);
		((org.eclipse.swt.layout.GridData) reviewNote.getLayoutData()).exclude = !show;
		reviewNote.getParent().layout(true, true);
	}

	/** The reviewers' note shown for the page ("" when none). */
	public String reviewNoteText() {
		return reviewNote.getVisible() ? reviewNote.getText() : "";
	}

	/** The bar saying that the page's classes were restored from drafts: its text, or null while hidden. */
	public String draftNoticeText() {
		return drafts.noticeText();
	}

	/** The drafts of this editor on disk (null when it keeps none). */
	public org.tagbench.store.ItemDrafts drafts() {
		return drafts.drafts();
	}

	private void showPage(List<DataItem> items) {
		commandStack.flush();
		page = items;
		updateReviewNote();
		message = null;
		pageShownAt = System.currentTimeMillis();
		GridSize layout = gridSize;
		if (items.size() > layout.tiles()) {
			// an older page built with a larger grid
			layout = java.util.Arrays.stream(GridSize.values()).filter(s -> s.tiles() >= items.size()).findFirst()
					.orElse(GridSize.NINE);
		}
		grid.setPage(items, layout, finished ? "Every item of this project is done." : "No images.");
		drafts.restore(items, domain); // the page's classes left unsubmitted by a workbench that died
		requestImages();
		firePropertyChange(PROP_DIRTY);
		updateActions();
		updateStatus();
	}

	/** Decodes the shown page's images, then the next page's (prefetch). */
	private void requestImages() {
		if (loader == null || grid.isDisposed()) {
			return;
		}
		int maxSize = grid.decodeSize();
		List<ThumbnailLoader.Request> shown = requests(page, maxSize);
		List<ThumbnailLoader.Request> prefetch = List.of();
		try {
			if (!finished) {
				prefetch = requests(session.load(session.peekNext(gridSize.tiles())), maxSize);
			}
		} catch (StoreException e) {
			ILog.of(getClass()).warn("Cannot prefetch the next page: " + e.getMessage());
		}
		loader.request(shown, prefetch);
	}

	private List<ThumbnailLoader.Request> requests(List<DataItem> items, int maxSize) {
		List<ThumbnailLoader.Request> requests = new ArrayList<>();
		for (DataItem item : items) {
			if (item.getDataSource() == null) {
				continue;
			}
			Path file = DataRegistration.folderOf(item.getDataSource()).resolve(item.getPath());
			if (item.getMediaType() == MediaType.IMAGE) {
				requests.add(new ThumbnailLoader.Request(item.getId(), file, maxSize));
				continue;
			}
			// other media (DICOM) through the thumbnail of their item viewer, if one is installed
			ItemViewer viewer = thumbnailViewers.computeIfAbsent(item.getMediaType(), ItemViewers::create);
			if (viewer != null) {
				requests.add(new ThumbnailLoader.Request(item.getId(), file, maxSize, (f, size) -> {
					AdjustableThumbnail adjustable = viewer.adjustableThumbnail(item, f, size);
					if (adjustable != null) {
						return ThumbnailLoader.Result.of(adjustable);
					}
					org.eclipse.swt.graphics.ImageData data = viewer.thumbnail(item, f, size);
					return data == null ? null : new ThumbnailLoader.Result(data, null);
				}));
			}
		}
		return requests;
	}

	private ThumbnailLoader.Result imageOf(DataItem item) {
		if (item.getMediaType() == MediaType.DICOM && thumbnailViewers.computeIfAbsent(MediaType.DICOM, ItemViewers::create) == null) {
			return new ThumbnailLoader.Result(null, LabelingEditor.DICOM_PLACEHOLDER);
		}
		ThumbnailLoader.Result result = loader.get(item.getId(), grid.decodeSize());
		if (result != null) {
			ThumbnailLoader.Result before = lastImages.put(item.getId(), result);
			if (before != null && before != result && before.adjustable() != null && result.adjustable() != null) {
				result.adjustable().takeDisplayFrom(before.adjustable()); // decoded again at another size: same window
			}
			return result;
		}
		return lastImages.get(item.getId());
	}

	// ---------------------------------------------------------------- display adjustment (DICOM window/level)

	/**
	 * Right-press on a tile whose viewer lets the display be adjusted (DICOM) starts window/level dragging on it,
	 * and on the other selected adjustable tiles when it is selected itself.
	 */
	private void adjustDown(Event e) {
		if (e.button != 3) {
			return;
		}
		int tile = grid.tileAt(e.x, e.y);
		AdjustableThumbnail under = tile < 0 ? null : adjustableThumbnail(grid.items().get(tile));
		if (under == null) {
			return;
		}
		adjusting = new ArrayList<>();
		adjusting.add(under);
		if (grid.selection().isSelected(tile)) {
			adjustableGrid.selectedThumbnails().stream().filter(t -> t != under).forEach(adjusting::add);
		}
		adjusting.forEach(AdjustableThumbnail::beginDrag);
		adjustX = e.x;
		adjustY = e.y;
	}

	private void adjustMove(Event e) {
		if (adjusting == null) {
			return;
		}
		for (AdjustableThumbnail thumbnail : adjusting) {
			thumbnail.drag(e.x - adjustX, e.y - adjustY);
		}
		grid.redraw();
		grid.update(); // live: paint now, not after the drag
	}

	private void adjustUp(Event e) {
		if (e.button == 3) {
			adjusting = null;
		}
	}

	/** The adjustable rendering of {@code item}'s tile (DICOM), or null (an ordinary image, or still decoding). */
	public AdjustableThumbnail adjustableThumbnail(DataItem item) {
		ThumbnailLoader.Result result = imageOf(item);
		return result == null ? null : result.adjustable();
	}

	/** The viewer commands (DICOM invert, reset, presets) reach the selected tiles through this. */
	private final AdjustableThumbnail.Grid adjustableGrid = new AdjustableThumbnail.Grid() {
		@Override
		public List<AdjustableThumbnail> selectedThumbnails() {
			return grid.selectedItems().stream().map(ClassificationEditor.this::adjustableThumbnail)
					.filter(java.util.Objects::nonNull).toList();
		}

		@Override
		public void thumbnailsChanged() {
			grid.redraw();
		}
	};

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == AdjustableThumbnail.Grid.class) {
			return adapter.cast(adjustableGrid);
		}
		return super.getAdapter(adapter);
	}

	private void imageArrived(String itemId) {
		if (grid != null && !grid.isDisposed()) {
			grid.imageArrived(itemId);
		}
	}

	private static boolean isDone(ItemStatus status) {
		return status == ItemStatus.LABELED || status == ItemStatus.ACCEPTED || status == ItemStatus.NEEDS_REVIEW;
	}

	/**
	 * Commits every image of the page with the status {@code rule} gives it and its share of the time spent on
	 * the page. Stops at the first failure (what was committed stays committed) and says so.
	 */
	private boolean commitPage(java.util.function.Function<DataItem, ItemStatus> rule) {
		if (page.isEmpty()) {
			return false;
		}
		long now = System.currentTimeMillis();
		long share = Math.max(0, now - pageShownAt) / page.size();
		int labeledNow = 0;
		for (DataItem item : page) {
			ItemStatus before = item.getStatus();
			item.setStatus(rule.apply(item));
			if (item.getStatus() == ItemStatus.LABELED && before != ItemStatus.LABELED) {
				labeledNow++;
			}
			item.setTimeSpentMillis(item.getTimeSpentMillis() + share);
			try {
				if (queueSession != null) {
					ownLabels(item);
					queueSession.commit(item); // sent in the background, kept on disk while the server is away
				} else {
					CommitLocks.commit(store, item); // never between the assist's check of an item and its write
				}
			} catch (StoreException e) {
				ILog.of(getClass()).error("Cannot commit item " + item.getPath(), e);
				MessageDialog.openError(getSite().getShell(), "Classification",
						"The classes of " + item.getPath() + " could not be saved: " + e.getMessage());
				return false;
			}
		}
		pageShownAt = now;
		if (queueSession == null) {
			LabelCommitListener.notifyAll(((ProjectEditorInput) getEditorInput()).folder(), labeledNow);
		}
		commandStack.saveIsDone();
		drafts.dropped(page); // committed: the outbox or the store has them now
		firePropertyChange(PROP_DIRTY);
		if (getSite().getPage().findView(ProjectsView.ID) instanceof ProjectsView view) {
			view.refresh(); // its progress column
		}
		return true;
	}

	/**
	 * Team mode: the classes this person gave carry their database user as author, which is what the server lets
	 * a labeler write (labels under the workbench's labeler name would not be theirs).
	 */
	private void ownLabels(DataItem item) {
		String local = TagbenchPreferences.labelerName();
		for (org.tagbench.model.Annotation annotation : item.getAnnotations()) {
			if (annotation.getSource() == org.tagbench.model.AnnotationSource.HUMAN
					&& (annotation.getAuthor() == null || annotation.getAuthor().equals(local))) {
				annotation.setAuthor(queueSession.labeler());
			}
		}
	}

	private boolean saveIfDirty() {
		return !isDirty() || commitPage(this::savedStatus);
	}

	/**
	 * Save keeps work without saying the page is finished: an image with a class that was not labeled yet is
	 * IN_PROGRESS (it stays in the queue and comes back first); a labeled one stays labeled; an image whose class
	 * was taken away goes back to IN_PROGRESS; the others keep their status.
	 */
	private ItemStatus savedStatus(DataItem item) {
		boolean hasClass = !ClassAssignment.confirmedLabels(item).isEmpty(); // a suggestion alone is not work
		if (isDone(item.getStatus())) {
			return hasClass ? item.getStatus() : ItemStatus.IN_PROGRESS;
		}
		return hasClass ? ItemStatus.IN_PROGRESS : item.getStatus();
	}

	private void refreshCounts() throws StoreException {
		Map<ItemStatus, Long> byStatus = store.countByStatus();
		total = byStatus.values().stream().mapToLong(Long::longValue).sum();
		labeled = byStatus.getOrDefault(ItemStatus.LABELED, 0L) + byStatus.getOrDefault(ItemStatus.ACCEPTED, 0L);
	}

	private void storeProblem(StoreException e) {
		ILog.of(getClass()).error("Cannot read " + store.location(), e);
		message = "Cannot read the project: " + e.getMessage();
		updateStatus();
	}

	private void tick() {
		if (status != null && !status.isDisposed()) {
			updateStatus();
			status.getDisplay().timerExec(1000, clockTick);
		}
	}

	private void updateStatus() {
		if (status != null && !status.isDisposed()) {
			status.setText(statusText());
		}
	}

	/**
	 * "Page n · k images · x of m labeled (p %) · 0:12 on page · s selected", then "· unsaved changes" and any
	 * message.
	 */
	/** The help line below the class list (the grid's keys). */
	public String keyHintText() {
		return keyHint.getText();
	}

	/** The notice bar at the top (the DICOM notice), its text or null while hidden. */
	public String noticeText() {
		return notice.text();
	}

	public String statusText() {
		long percent = total == 0 ? 0 : Math.round(100.0 * labeled / total);
		String progress = labeled + " of " + total + " labeled (" + percent + " %)";
		if (finished || page.isEmpty()) {
			return "No image left to do · " + progress + (message != null ? " · " + message : "");
		}
		Duration onPage = Duration.ofMillis(System.currentTimeMillis() - pageShownAt);
		String time = onPage.toMinutes() + ":" + String.format("%02d", onPage.toSecondsPart());
		return "Page " + session.pageNumber() + " · " + page.size() + (page.size() == 1 ? " image · " : " images · ")
				+ progress + " · " + time + " on page · " + grid.selectedItems().size() + " selected"
				+ (isDirty() ? " · unsaved changes" : "") + (message != null ? " · " + message : "");
	}

	// ---------------------------------------------------------------- accessors (tests, handlers)

	/** The images of the shown page (detached items), in tile order. */
	public List<DataItem> page() {
		return page;
	}

	public ImageGrid grid() {
		return grid;
	}

	public GridSize gridSize() {
		return gridSize;
	}

	public boolean isMultiLabel() {
		return multiLabel;
	}

	public Text classFilter() {
		return filter;
	}

	public Table classTable() {
		return classTable;
	}

	public AdapterFactoryEditingDomain editingDomain() {
		return domain;
	}

	/** Focuses the class filter (Ctrl+F). */
	public void focusFilter() {
		filter.setFocus();
		filter.selectAll();
	}

	/** Whether images are still being decoded (tests and benchmarks wait for it). */
	public boolean isDecoding() {
		return loader != null && loader.isBusy();
	}

	/** Whether the image of {@code item} is decoded at the size the grid now shows. */
	public boolean isDecoded(DataItem item) {
		return loader != null && loader.get(item.getId(), grid.decodeSize()) != null;
	}

	/** The decoded tile image of {@code item} (null while decoding or when it failed). */
	public org.eclipse.swt.graphics.ImageData decodedImage(DataItem item) {
		ThumbnailLoader.Result result = loader == null ? null : loader.get(item.getId(), grid.decodeSize());
		return result == null ? null : result.image();
	}

	// ---------------------------------------------------------------- saving and closing

	@Override
	public boolean isDirty() {
		return commandStack != null && commandStack.isSaveNeeded();
	}

	/** Ctrl+S, or Save when closing: commits the page as work in progress (see {@link #savedStatus}). */
	@Override
	public void doSave(IProgressMonitor monitor) {
		if (isDirty()) {
			commitPage(this::savedStatus);
			updateStatus();
		}
	}

	@Override
	public void doSaveAs() {
		// not supported
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		grid.setFocus();
	}

	@Override
	public void dispose() {
		if (loader != null) {
			loader.dispose();
		}
		if (queueSession != null) {
			queueSession.close(); // sends what is left (briefly; the rest stays on disk), gives uncommitted leases back
		}
		if (commandStack != null) {
			commandStack.removeCommandStackListener(stackListener);
		}
		if (drafts != null) {
			drafts.close(page); // closed normally: saved, or the changes given up when asked
		}
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
		closeStore();
		super.dispose();
	}

	private void closeStore() {
		if (store != null) {
			try {
				store.close();
			} catch (StoreException e) {
				ILog.of(getClass()).error("Cannot close " + store.location(), e);
			}
			store = null;
		}
	}
}
