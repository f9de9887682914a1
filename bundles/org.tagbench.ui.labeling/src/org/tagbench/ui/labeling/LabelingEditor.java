package org.tagbench.ui.labeling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
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
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.model.TagbenchPackage;
import org.tagbench.project.DataRegistration;
import org.tagbench.store.CommitLocks;
import org.tagbench.store.DataRoots;
import org.tagbench.store.ItemDrafts;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.Reservations;
import org.tagbench.store.StoreException;
import org.tagbench.ui.labeling.internal.BoxTool;
import org.tagbench.ui.labeling.internal.Geometry;
import org.tagbench.ui.labeling.internal.PolygonTool;
import org.tagbench.ui.labeling.internal.QueueSession;
import org.tagbench.ui.labeling.internal.UnsubmittedDrafts;
import org.tagbench.ui.labeling.internal.ToolDescriptor;
import org.tagbench.ui.labeling.internal.ViewerDescriptor;
import org.tagbench.ui.views.LiveUpdates;
import org.tagbench.ui.views.ProjectsView;

/**
 * Labels the items of one project, one at a time, in the project's shuffled order: the items still to do
 * (UNLABELED, IN_PROGRESS, REJECTED). Changes to the shown item go through an EMF.Edit editing domain, so
 * they undo and redo; Enter submits (LABELED, committed), S skips (SKIPPED, committed), Save (Ctrl+S, or
 * "Save" when closing a dirty editor) commits the annotations drawn so far with status IN_PROGRESS.
 * Alt+Left/Alt+Right go back and forward through the items of this session (a changed item is committed
 * before another one is shown).
 */
public class LabelingEditor extends EditorPart implements InstructionsShowing, ItemShowing {

	public static final String ID = "org.tagbench.ui.labeling.editor";
	public static final String CONTEXT_ID = "org.tagbench.ui.labeling.context";
	/** Shown instead of a DICOM item when no item viewer for DICOM is installed. */
	public static final String DICOM_PLACEHOLDER = "No viewer for DICOM items is installed";

	/** Statuses of items still to label; the editor walks only these. */
	/**
	 * Items whose media the viewers prepare ahead (the next ones to do); the system property
	 * {@code tagbench.labeling.prefetch} changes it (0 = off, for the next-item benchmark's comparison).
	 */
	static final int PREFETCHED_ITEMS = Integer.getInteger("tagbench.labeling.prefetch", 3);

	public static final Set<ItemStatus> TO_DO = EnumSet.of(ItemStatus.UNLABELED, ItemStatus.IN_PROGRESS,
			ItemStatus.REJECTED);

	private ProjectStore store;
	private LabelingProject project;
	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain domain;
	private BasicCommandStack commandStack;
	/** Ids of the items shown in this session, in order; {@link #position} is the shown one's index. */
	private final List<String> history = new ArrayList<>();
	/** Skipped items shown again in this session after everything else (each once). */
	private final Set<String> returned = new HashSet<>();
	private int position = -1;
	/** The annotation a person selected (click, Tab): the class keys change its class. */
	private Annotation chosen;

	private DataItem item;
	private long shownAt;
	private LabelClass currentClass;
	private long total;
	private long done;
	private long labeled;
	private LiveUpdates liveUpdates;
	/** Leases and the outbox of commits, for a team project; null for a folder. */
	private QueueSession queueSession;
	/** The items this editor holds in a folder project's queue (other editors skip them); null for a team project. */
	private Reservations reservations;
	/** When nothing is left to hand out: how many items other editors hold. */
	private int heldByOthers;
	/** Drafts of the shown item's unsubmitted annotations on disk (restored after a crash). */
	private UnsubmittedDrafts drafts;
	/** Why the team server cannot be reached now, or null. */
	private String serverProblem;

	private ImageCanvas canvas;
	/** The item viewers (extension point itemViewers) by id, each with its controls beside the canvas. */
	private final Map<String, ItemViewer> viewers = new LinkedHashMap<>();
	private final Map<String, Composite> viewerControls = new LinkedHashMap<>();
	private final ViewerSite viewerSite = new EditorViewerSite();
	private ItemViewer activeViewer;
	/** The frame of a multi-frame item shown: new annotations record it, only its annotations are shown. */
	private int frame;
	/** What the viewer says about the pixel under the cursor, or null. */
	private String pointerText;
	private MediaNotice notice;
	private final Map<String, ToolDescriptor> toolDescriptors = new LinkedHashMap<>();
	private final Map<String, AnnotationTool> tools = new LinkedHashMap<>();
	private final ToolContext toolContext = new EditorToolContext();
	private String activeToolId;
	private ToolBar toolBar;
	private Table classTable;
	/** How many class rows the side panel keeps visible before it scrolls. */
	private static final int CLASS_ROWS_SHOWN_AT_LEAST = 5;
	private ScrolledComposite sideScroller;
	private ClassKeys classKeys;
	private Text classFilter;
	private org.eclipse.ui.contexts.IContextActivation contextActivation;
	private Label status;
	private Label reviewNote;
	private Label timeLabel;
	private Scale brightnessScale;
	private Scale contrastScale;
	private Action undoAction;
	private Action redoAction;
	private Action deleteAction;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ProjectEditorInput projectInput)) {
			throw new PartInitException("The labeling editor opens project folders, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		try {
			store = projectInput.openStore();
		} catch (StoreException e) {
			throw new PartInitException("Cannot open the project " + projectInput.location() + ": " + e.getMessage(), e);
		}
		project = store.project();
		setPartName(project.getName() != null ? project.getName() : input.getName());
		setTitleToolTip(projectInput.location());
		if (projectInput.isTeam()) {
			queueSession = new QueueSession(store, projectInput.outbox(), () -> {
				if (status != null && !status.isDisposed()) {
					status.getDisplay().asyncExec(() -> {
						if (!status.isDisposed()) {
							// a stored commit whose changes to others' labels were kept as copies or refused: said on the bar
							drafts.tell(queueSession.takeOthersLabelsMessages());
						}
						updateStatus();
					});
				}
			});
		} else {
			try {
				reservations = store.reservations(TagbenchPreferences.labelerName(), TagbenchPreferences.reservationTimeout());
			} catch (StoreException e) {
				throw new PartInitException("Cannot open the queue of " + projectInput.location() + ": " + e.getMessage(), e);
			}
		}
		if (!project.getLabelClasses().isEmpty()) {
			currentClass = project.getLabelClasses().get(0);
		}
		drafts = new UnsubmittedDrafts(projectInput, project);
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		commandStack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
		commandStack.addCommandStackListener(stackListener);
	}

	private final CommandStackListener stackListener = event -> {
		keepDraft();
		firePropertyChange(PROP_DIRTY);
		updateActions();
		if (canvas != null && !canvas.isDisposed()) {
			Annotation selected = canvas.selected();
			if (selected != null && (item == null || !item.getAnnotations().contains(selected))) {
				canvas.select(null);
			}
			canvas.redraw();
		}
		updateStatus();
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 4).margins(2, 2).applyTo(parent);
		notice = new MediaNotice(parent, 2);
		drafts.createNotice(parent, 2);
		if (queueSession != null) {
			drafts.dropTakenOver(store.queue()); // drafts of items that went to other labelers
		}
		canvas = new ImageCanvas(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
		canvas.setAnnotations(this::annotations);
		canvas.addListener(SWT.KeyDown, this::keyDown);

		// the side panel scrolls when the window is too low for the class list and the viewer's controls together
		sideScroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		sideScroller.setExpandHorizontal(true);
		sideScroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(false, true).hint(180, SWT.DEFAULT).applyTo(sideScroller);
		Composite side = new Composite(sideScroller, SWT.NONE);
		sideScroller.setContent(side);
		sideScroller.addListener(SWT.Resize, e -> fitSidePanel());
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(side);
		createToolBar(side);

		createClassFilter(side);
		classTable = new Table(side, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		classTable.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Key", "40" }, { "", "24" }, { "Class", "110" } }) {
			TableColumn tableColumn = new TableColumn(classTable, SWT.NONE);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		// letters after 1-9 skip those bound in our context (S, L, tools' keys) and those keyDown handles itself
		classKeys = ClassKeys.forContext(getSite().getWorkbenchWindow().getWorkbench(), project.getLabelClasses(),
				CONTEXT_ID, 's', 'l');
		fillClassTable();
		classTable.addListener(SWT.Selection, e -> {
			if (e.item != null && e.item.getData() instanceof LabelClass labelClass) {
				selectClass(project.getLabelClasses().indexOf(labelClass));
			}
		});
		classTable.addListener(SWT.Dispose, e -> disposeSwatches());
		// grows with the panel, but asks for a few rows only, so that the panel scrolls rather than hiding it
		GridDataFactory.fillDefaults().grab(true, true)
				.hint(SWT.DEFAULT, classTable.getHeaderHeight() + CLASS_ROWS_SHOWN_AT_LEAST * classTable.getItemHeight())
				.applyTo(classTable);
		createAdjustments(side);
		createViewers(side);

		Composite bottom = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bottom);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(bottom);
		reviewNote = new Label(bottom, SWT.WRAP);
		reviewNote.setForeground(reviewNote.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).exclude(true).applyTo(reviewNote);
		status = new Label(bottom, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		timeLabel = new Label(bottom, SWT.RIGHT);
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(timeLabel);
		tickTime();

		createActions();
		contextActivation = getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		if (currentClass != null) {
			classTable.select(0);
		}
		if (!toolDescriptors.isEmpty()) {
			selectTool(toolDescriptors.keySet().iterator().next());
		}
		notice.check(store);
		showNext();
		liveUpdates = new LiveUpdates(store, status, 300, this::refreshCountsLive, this::serverReachability);
		InstructionsDialog.openWhenShown(parent, project, this::instructionsRead);
	}

	/** Live updates: others committed (another editor, another labeler): re-count in a job, then show. */
	private void refreshCountsLive() {
		Job job = Job.create("Counting the items of " + project.getName(), monitor -> {
			try {
				Map<ItemStatus, Long> byStatus = store.countByStatus();
				status.getDisplay().asyncExec(() -> {
					if (!status.isDisposed()) {
						applyCounts(byStatus);
						updateStatus();
					}
				});
			} catch (StoreException e) {
				// the editor closed meanwhile, or the server is away (the status line says so)
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private void serverReachability(boolean reachable, String message) {
		serverProblem = reachable ? null : message;
		updateStatus();
		if (reachable && item == null && queueSession != null) {
			showNext(); // the server is back: take the next item from the queue
		}
	}

	/** The status line as shown (the progress, and what is wrong with the server, if anything). */
	public String statusLine() {
		return status == null || status.isDisposed() ? "" : status.getText();
	}

	/** The team queue of this editor (null for a folder project). */
	public QueueSession queueSession() {
		return queueSession;
	}

	/** Live updates of this editor (how many changes by anyone arrived, for tests). */
	public LiveUpdates liveUpdates() {
		return liveUpdates;
	}

	@Override
	public void showInstructions() {
		new InstructionsDialog(getSite().getShell(), project, this::instructionsRead).open();
	}

	/**
	 * Who makes new annotations: the database user in a team project (the server accepts only its own
	 * user's labels), else the labeler name of the preferences.
	 */
	private String author() {
		return queueSession != null ? store.queue().labeler() : TagbenchPreferences.labelerName();
	}

	/** Reading instructions is not time on the item. */
	private void instructionsRead() {
		shownAt = System.currentTimeMillis();
	}

	/** One instance of every item viewer, each with its (hidden) controls below the adjustments. */
	private void createViewers(Composite side) {
		for (ViewerDescriptor descriptor : ViewerDescriptor.all()) {
			ItemViewer viewer = descriptor.create();
			if (viewer == null || viewers.containsKey(descriptor.id())) {
				continue;
			}
			Composite controls = new Composite(side, SWT.NONE);
			GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(controls);
			GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(controls);
			controls.setVisible(false);
			try {
				viewer.createControls(controls, viewerSite);
			} catch (RuntimeException | LinkageError e) {
				ILog.of(getClass()).error("The item viewer " + descriptor.id() + " failed to create its controls", e);
			}
			viewers.put(descriptor.id(), viewer);
			viewerControls.put(descriptor.id(), controls);
		}
		canvas.addListener(SWT.MouseMove, e -> {
			String text = null;
			if (activeViewer != null && canvas.hasImage()) {
				ViewTransform t = canvas.transform();
				try {
					text = activeViewer.describe(t.toImageX(e.x), t.toImageY(e.y));
				} catch (RuntimeException ex) {
					ILog.of(getClass()).warn("The item viewer failed to describe a pixel: " + ex);
				}
			}
			if (!java.util.Objects.equals(text, pointerText)) {
				pointerText = text;
				updateStatus();
			}
		});
	}

	/** The viewer of the shown item, or null. */
	public ItemViewer itemViewer() {
		return activeViewer;
	}

	/** The editor as item viewers see it. */
	public ViewerSite viewerSite() {
		return viewerSite;
	}

	/** The notice bar at the top (the DICOM notice), its text or null while hidden. */
	public String noticeText() {
		return notice.text();
	}

	/** The frame of a multi-frame item shown (0-based). */
	public int frame() {
		return frame;
	}

	/** Hides the controls of the previous viewer (telling it), shows those of {@code next}. */
	private void switchViewer(ItemViewer next) {
		if (activeViewer != null) {
			try {
				activeViewer.hide(viewerSite);
			} catch (RuntimeException e) {
				ILog.of(getClass()).error("The item viewer failed to hide its item", e);
			}
		}
		activeViewer = next;
		pointerText = null;
		boolean changed = false;
		for (Map.Entry<String, Composite> entry : viewerControls.entrySet()) {
			boolean visible = viewers.get(entry.getKey()) == next && entry.getValue().getChildren().length > 0;
			Composite controls = entry.getValue();
			if (controls.getVisible() != visible) {
				controls.setVisible(visible);
				((org.eclipse.swt.layout.GridData) controls.getLayoutData()).exclude = !visible;
				changed = true;
			}
		}
		if (changed) {
			canvas.getParent().layout(true, true);
			fitSidePanel();
		}
	}

	/** The side panel's scrolling height: all its controls with {@link #CLASS_ROWS_SHOWN_AT_LEAST} class rows. */
	private void fitSidePanel() {
		if (sideScroller.isDisposed() || sideScroller.getContent() == null) {
			return;
		}
		int width = sideScroller.getClientArea().width;
		sideScroller.setMinHeight(sideScroller.getContent().computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT).y);
	}

	/** One radio item per tool of the extension point that applies to the project's type, the default first. */
	private void createToolBar(Composite side) {
		for (ToolDescriptor descriptor : ToolDescriptor.forProjectType(project.getType())) {
			if (toolDescriptors.containsKey(descriptor.id())) {
				continue;
			}
			AnnotationTool tool = descriptor.create();
			if (tool != null) {
				toolDescriptors.put(descriptor.id(), descriptor);
				tools.put(descriptor.id(), tool);
			}
		}
		toolBar = new ToolBar(side, SWT.FLAT | SWT.WRAP | SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(toolBar);
		for (ToolDescriptor descriptor : toolDescriptors.values()) {
			ToolItem item = new ToolItem(toolBar, SWT.RADIO);
			item.setText(descriptor.name());
			item.setToolTipText(descriptor.description() != null ? descriptor.description() : descriptor.name());
			item.setData(descriptor.id());
			if (descriptor.icon() != null) {
				item.setImage(descriptor.icon().createImage(false));
				item.addListener(SWT.Dispose, e -> {
					if (item.getImage() != null) {
						item.getImage().dispose();
					}
				});
			}
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection()) {
					selectTool(descriptor.id());
				}
			});
		}
		toolBar.setVisible(!toolDescriptors.isEmpty());
		((org.eclipse.swt.layout.GridData) toolBar.getLayoutData()).exclude = toolDescriptors.isEmpty();
	}

	/** Makes the tool with this id active (ignored when no tool of the project's type has it). */
	public void selectTool(String toolId) {
		AnnotationTool tool = tools.get(toolId);
		if (tool == null || toolId.equals(activeToolId)) {
			return;
		}
		activeToolId = toolId;
		for (ToolItem item : toolBar.getItems()) {
			item.setSelection(toolId.equals(item.getData()));
		}
		canvas.setTool(tool, toolContext);
	}

	/** The id of the active tool, or null when no tool applies to the project's type. */
	public String activeToolId() {
		return activeToolId;
	}

	/** The ids of the tools offered for this project, the default first. */
	public List<String> toolIds() {
		return List.copyOf(tools.keySet());
	}

	/** The tool bar that offers the tools (one radio item per tool, its data the tool id). */
	public ToolBar toolBar() {
		return toolBar;
	}

	/** Brightness and contrast sliders (display only; kept for the next items). */
	private void createAdjustments(Composite side) {
		Label brightnessLabel = new Label(side, SWT.NONE);
		brightnessLabel.setText("Brightness");
		brightnessScale = new Scale(side, SWT.HORIZONTAL);
		Label contrastLabel = new Label(side, SWT.NONE);
		contrastLabel.setText("Contrast");
		contrastScale = new Scale(side, SWT.HORIZONTAL);
		for (Scale scale : new Scale[] { brightnessScale, contrastScale }) {
			scale.setMinimum(0);
			scale.setMaximum(200);
			scale.setIncrement(5);
			scale.setPageIncrement(20);
			scale.setSelection(100);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(scale);
			scale.addListener(SWT.Selection, e -> canvas.setAdjustment(brightnessScale.getSelection() - 100,
					contrastScale.getSelection() - 100));
		}
		brightnessScale.setToolTipText("Brightness of the shown image (display only; Ctrl+Up/Down, Ctrl+Shift+B resets)");
		contrastScale.setToolTipText("Contrast of the shown image (display only; Ctrl+Right/Left, Ctrl+Shift+B resets)");
	}

	/** Changes brightness and contrast by the given steps (commands Adjust Brightness/Contrast), clamped to ±100. */
	public void adjust(int brightnessStep, int contrastStep) {
		setAdjustment(canvas.brightness() + brightnessStep, canvas.contrast() + contrastStep);
	}

	/** Sets brightness and contrast (-100 … 100 each; 0, 0 = as stored) of the shown image and the next ones. */
	public void setAdjustment(int brightness, int contrast) {
		canvas.setAdjustment(brightness, contrast);
		brightnessScale.setSelection(canvas.brightness() + 100);
		contrastScale.setSelection(canvas.contrast() + 100);
	}

	/** Updates "m:ss on this item" once a second while the editor lives. */
	private void tickTime() {
		if (timeLabel == null || timeLabel.isDisposed()) {
			return;
		}
		timeLabel.setText(timeText());
		timeLabel.getDisplay().timerExec(1000, this::tickTime);
	}

	/** Time spent on the shown item (earlier sessions included), as "m:ss on this item"; empty without item. */
	public String timeText() {
		if (item == null) {
			return "";
		}
		long seconds = (item.getTimeSpentMillis() + Math.max(0, System.currentTimeMillis() - shownAt)) / 1000;
		return String.format("%d:%02d on this item", seconds / 60, seconds % 60);
	}

	private Image swatch(LabelClass labelClass) {
		Image image = new Image(classTable.getDisplay(), 14, 14);
		GC gc = new GC(image);
		try {
			gc.setBackground(ImageCanvas.colourOf(labelClass));
			gc.fillRectangle(0, 0, 14, 14);
			gc.setForeground(new Color(0, 0, 0));
			gc.drawRectangle(0, 0, 13, 13);
		} finally {
			gc.dispose();
		}
		return image;
	}

	private void createActions() {
		undoAction = new Action("&Undo") {
			@Override
			public void run() {
				if (commandStack.canUndo()) {
					commandStack.undo();
				}
			}
		};
		redoAction = new Action("&Redo") {
			@Override
			public void run() {
				if (commandStack.canRedo()) {
					commandStack.redo();
				}
			}
		};
		deleteAction = new Action("&Delete") {
			@Override
			public void run() {
				deleteSelected();
			}
		};
		var bars = getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
		bars.updateActionBars();
		updateActions();
	}

	private void updateActions() {
		if (undoAction == null) {
			return;
		}
		Command undo = commandStack.getUndoCommand();
		Command redo = commandStack.getRedoCommand();
		undoAction.setEnabled(commandStack.canUndo());
		undoAction.setText(undo != null ? "&Undo " + undo.getLabel() : "&Undo");
		redoAction.setEnabled(commandStack.canRedo());
		redoAction.setText(redo != null ? "&Redo " + redo.getLabel() : "&Redo");
		deleteAction.setEnabled(canvas != null && canvas.selected() != null);
		// the time label: a new item restarts it
		if (timeLabel != null && !timeLabel.isDisposed()) {
			timeLabel.setText(timeText());
		}
	}

	private void keyDown(Event e) {
		if (e.character >= '1' && e.character <= '9' && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
			selectClassByKey(String.valueOf(e.character));
		} else if (Character.isLetter(e.character) && (e.stateMask & SWT.MODIFIER_MASK) == 0
				&& classKeys.classFor(e.character) != null) {
			// class letters (a, b, … after 1–9) have no bindings of their own: they are the project's
			selectClassByKey(String.valueOf(e.character));
		} else if ((e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
			submit();
		} else if ((e.character == 's' || e.character == 'S') && (e.stateMask & SWT.MOD1) == 0) {
			skip();
		} else if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
			deleteSelected();
		} else if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT)) {
			if (e.keyCode == SWT.ARROW_LEFT) {
				back();
			} else {
				forward();
			}
		} else if ((e.stateMask & SWT.MODIFIER_MASK) == SWT.MOD1 && (e.keyCode == SWT.ARROW_LEFT
				|| e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
			adjust(e.keyCode == SWT.ARROW_UP ? 10 : e.keyCode == SWT.ARROW_DOWN ? -10 : 0,
					e.keyCode == SWT.ARROW_RIGHT ? 10 : e.keyCode == SWT.ARROW_LEFT ? -10 : 0);
		} else if ((e.stateMask & SWT.MODIFIER_MASK) == (SWT.MOD1 | SWT.SHIFT) && e.keyCode == 'b') {
			setAdjustment(0, 0);
		} else if (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_UP
				|| e.keyCode == SWT.ARROW_DOWN) {
			int step = (e.stateMask & SWT.SHIFT) != 0 ? 10 : 1;
			nudge(e.keyCode == SWT.ARROW_LEFT ? -step : e.keyCode == SWT.ARROW_RIGHT ? step : 0,
					e.keyCode == SWT.ARROW_UP ? -step : e.keyCode == SWT.ARROW_DOWN ? step : 0);
		} else if (e.keyCode == SWT.TAB) {
			cycleSelection((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
		} else if ((e.character == 'l' || e.character == 'L') && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
			toggleLabels();
		} else if ((e.stateMask & SWT.MOD1) != 0 && (e.stateMask & SWT.SHIFT) != 0 && e.keyCode == 'v') {
			copyPrevious();
		} else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'z' || e.keyCode == 'y')) {
			// The workbench binds Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y to Undo/Redo, handled by our global action
			// handlers; this only runs when the key reaches the canvas directly.
			boolean redo = e.keyCode == 'y' || (e.stateMask & SWT.SHIFT) != 0;
			(redo ? redoAction : undoAction).run();
		}
	}

	/**
	 * Selects the label class whose key ({@link #classKeys()}: "1" … "9", then "a", "b", …) is {@code key}; no
	 * class has it: nothing happens.
	 */
	public void selectClassByKey(String key) {
		LabelClass labelClass = classKeys.classFor(key);
		int index = labelClass == null ? -1 : project.getLabelClasses().indexOf(labelClass);
		if (index >= 0) {
			selectClass(index);
		}
	}

	/** The keys of the label classes as shown in the class list. */
	public ClassKeys classKeys() {
		return classKeys;
	}

	/**
	 * The filter above the class list (projects with many classes): name or key. While it has the focus the
	 * labeling context is left, so that typing "s" or "3" types instead of skipping or picking a class; Enter
	 * picks the first class listed and returns to the canvas, Esc clears it.
	 */
	private void createClassFilter(Composite side) {
		classFilter = new Text(side, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		classFilter.setMessage("Filter classes");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(classFilter);
		classFilter.addListener(SWT.Modify, e -> fillClassTable());
		IContextService contexts = getSite().getService(IContextService.class);
		classFilter.addListener(SWT.FocusIn, e -> {
			if (contextActivation != null) {
				contexts.deactivateContext(contextActivation);
				contextActivation = null;
			}
		});
		classFilter.addListener(SWT.FocusOut, e -> {
			if (contextActivation == null) {
				contextActivation = contexts.activateContext(CONTEXT_ID);
			}
		});
		classFilter.addListener(SWT.DefaultSelection, e -> {
			if (classTable.getItemCount() > 0 && classTable.getItem(0).getData() instanceof LabelClass first) {
				selectClass(project.getLabelClasses().indexOf(first));
			}
			canvas.setFocus();
		});
		classFilter.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				classFilter.setText("");
				e.doit = false;
			}
		});
	}

	/** The class rows matching the filter text (name contains it, or the key is it; ignoring case). */
	private void fillClassTable() {
		disposeSwatches();
		classTable.removeAll();
		String text = classFilter.getText().trim().toLowerCase(java.util.Locale.ROOT);
		for (LabelClass labelClass : project.getLabelClasses()) {
			String key = classKeys.keyOf(labelClass);
			if (!text.isEmpty() && !labelClass.getName().toLowerCase(java.util.Locale.ROOT).contains(text)
					&& !key.equals(text)) {
				continue;
			}
			TableItem row = new TableItem(classTable, SWT.NONE);
			row.setText(0, key);
			row.setImage(1, swatch(labelClass));
			row.setText(2, labelClass.getName());
			row.setData(labelClass);
		}
		showSelectedClass();
	}

	private void showSelectedClass() {
		for (int i = 0; i < classTable.getItemCount(); i++) {
			if (classTable.getItem(i).getData() == currentClass) {
				classTable.select(i);
				return;
			}
		}
		classTable.deselectAll();
	}

	private void disposeSwatches() {
		for (TableItem row : classTable.getItems()) {
			if (row.getImage(1) != null) {
				row.getImage(1).dispose();
			}
		}
	}

	/** The class filter above the class list. */
	public Text classFilter() {
		return classFilter;
	}

	/** The class list (key, colour, name; one row per class, in the project's order). */
	public Table classTable() {
		return classTable;
	}

	/**
	 * Selects the label class at {@code index} of the project's classes for the next annotations; an
	 * annotation a person selected (click, Tab) gets that class too (undoable).
	 */
	public void selectClass(int index) {
		currentClass = project.getLabelClasses().get(index);
		showSelectedClass();
		Annotation selected = canvas.selected();
		if (item != null && selected != null && selected == chosen && selected.getLabelClass() != currentClass
				&& item.getAnnotations().contains(selected)) {
			Command set = SetCommand.create(domain, selected, TagbenchPackage.Literals.ANNOTATION__LABEL_CLASS, currentClass);
			commandStack.execute(new org.eclipse.emf.common.command.CompoundCommand("Change Class", List.of(set)));
		}
		updateStatus();
	}

	/** Selects the next (+1) or previous (-1) box or polygon in drawing order, wrapping around (Tab, Shift+Tab). */
	public void cycleSelection(int direction) {
		List<Annotation> all = annotations();
		if (all.isEmpty()) {
			return;
		}
		int index = all.indexOf(canvas.selected());
		int next = index < 0 ? (direction > 0 ? 0 : all.size() - 1) : Math.floorMod(index + direction, all.size());
		toolContext.select(all.get(next));
	}

	/** Moves the selected box or polygon by (dx, dy) image pixels, kept inside the image (arrow keys; Shift: 10). */
	public void nudge(double dx, double dy) {
		Annotation selected = canvas.selected();
		if (item == null || selected == null || !item.getAnnotations().contains(selected)) {
			return;
		}
		ViewTransform t = canvas.transform();
		if (selected instanceof BoundingBox box) {
			double[] d = Geometry.limitMove(box.getX(), box.getY(), box.getW(), box.getH(), dx, dy, t.imageWidth(),
					t.imageHeight());
			if (d[0] != 0 || d[1] != 0) {
				commandStack.execute(BoxTool.setRect(domain, box,
						new double[] { box.getX() + d[0], box.getY() + d[1], box.getW(), box.getH() }, "Nudge Box"));
			}
		} else if (selected instanceof PolygonAnnotation polygon) {
			double[] points = ImageCanvas.points(polygon);
			double[] b = Geometry.bounds(points);
			double[] d = Geometry.limitMove(b[0], b[1], b[2], b[3], dx, dy, t.imageWidth(), t.imageHeight());
			if (d[0] != 0 || d[1] != 0) {
				for (int i = 0; i < points.length; i += 2) {
					points[i] += d[0];
					points[i + 1] += d[1];
				}
				commandStack.execute(PolygonTool.setPointsCommand(domain, polygon, points, "Nudge Polygon"));
			}
		}
	}

	/** Shows or hides the class names on the canvas (L). */
	public void toggleLabels() {
		canvas.setShowLabels(!canvas.showLabels());
	}

	/**
	 * Adds copies of the boxes and polygons of the previous item of this session (new ids, made by a person
	 * now, clipped to this image; those wholly outside are left out) as one undoable command.
	 */
	public void copyPrevious() {
		if (item == null || position <= 0) {
			return;
		}
		List<Annotation> copies = new ArrayList<>();
		try {
			Optional<DataItem> previous = store.item(history.get(position - 1));
			if (previous.isEmpty()) {
				return;
			}
			ViewTransform t = canvas.transform();
			for (Annotation annotation : previous.get().getAnnotations()) {
				Annotation copy = null;
				if (annotation instanceof BoundingBox box) {
					double x0 = t.clampImageX(box.getX());
					double y0 = t.clampImageY(box.getY());
					double x1 = t.clampImageX(box.getX() + box.getW());
					double y1 = t.clampImageY(box.getY() + box.getH());
					if (x1 - x0 >= ImageCanvas.MIN_BOX_SIZE && y1 - y0 >= ImageCanvas.MIN_BOX_SIZE) {
						copy = toolContext.newBox(x0, y0, x1 - x0, y1 - y0);
					}
				} else if (annotation instanceof PolygonAnnotation polygon && polygon.getPoints().size() >= 6) {
					copy = toolContext.newPolygon(ImageCanvas.points(polygon));
				}
				if (copy != null) {
					copy.setLabelClass(classOf(annotation.getLabelClass()));
					copies.add(copy);
				}
			}
		} catch (StoreException e) {
			ILog.of(getClass()).error("Cannot read the previous item", e);
			MessageDialog.openError(getSite().getShell(), "Labeling", "Cannot read the previous item: " + e.getMessage());
			return;
		}
		if (!copies.isEmpty()) {
			Command add = AddCommand.create(domain, item, TagbenchPackage.Literals.DATA_ITEM__ANNOTATIONS, copies);
			commandStack.execute(new org.eclipse.emf.common.command.CompoundCommand("Copy Previous Item's Annotations",
					List.of(add)));
		}
	}

	/** The project's class with the id of {@code labelClass} (items loaded separately may hold other instances). */
	private LabelClass classOf(LabelClass labelClass) {
		if (labelClass == null) {
			return null;
		}
		for (LabelClass candidate : project.getLabelClasses()) {
			if (candidate == labelClass || (candidate.getId() != null && candidate.getId().equals(labelClass.getId()))) {
				return candidate;
			}
		}
		return labelClass;
	}

	/** The editor as its tools see it. */
	private final class EditorToolContext implements ToolContext {

		@Override
		public DataItem item() {
			return item;
		}

		@Override
		public LabelClass selectedClass() {
			return currentClass;
		}

		@Override
		public ViewTransform transform() {
			return canvas.transform();
		}

		@Override
		public EditingDomain editingDomain() {
			return domain;
		}

		@Override
		public void add(Annotation annotation) {
			if (item == null || annotation == null) {
				return;
			}
			commandStack.execute(AddCommand.create(domain, item, TagbenchPackage.Literals.DATA_ITEM__ANNOTATIONS, annotation));
			select(annotation);
			chosen = null; // drawn, not chosen: the class keys pick the class of the next one
		}

		@Override
		public BoundingBox newBox(double x, double y, double w, double h) {
			ViewTransform t = canvas.transform();
			double left = t.clampImageX(x);
			double top = t.clampImageY(y);
			BoundingBox box = TagbenchFactory.eINSTANCE.createBoundingBox();
			box.setId(UUID.randomUUID().toString());
			box.setX(Math.round(left));
			box.setY(Math.round(top));
			box.setW(Math.round(t.clampImageX(x + w) - left));
			box.setH(Math.round(t.clampImageY(y + h) - top));
			box.setLabelClass(currentClass);
			box.setSource(AnnotationSource.HUMAN);
			box.setFrameIndex(frame);
			box.setAuthor(author());
			box.setCreatedAt(System.currentTimeMillis());
			return box;
		}

		@Override
		public BoundingBox boxAt(double x, double y) {
			return canvas.boxAt(x, y);
		}

		@Override
		public Annotation annotationAt(double x, double y) {
			return canvas.annotationAt(x, y);
		}

		@Override
		public PolygonAnnotation newPolygon(double[] points) {
			ViewTransform t = canvas.transform();
			PolygonAnnotation polygon = TagbenchFactory.eINSTANCE.createPolygonAnnotation();
			polygon.setId(UUID.randomUUID().toString());
			for (int i = 0; i + 1 < points.length; i += 2) {
				polygon.getPoints().add(Math.round(t.clampImageX(points[i]) * 100) / 100.0);
				polygon.getPoints().add(Math.round(t.clampImageY(points[i + 1]) * 100) / 100.0);
			}
			polygon.setLabelClass(currentClass);
			polygon.setSource(AnnotationSource.HUMAN);
			polygon.setFrameIndex(frame);
			polygon.setAuthor(author());
			polygon.setCreatedAt(System.currentTimeMillis());
			return polygon;
		}

		@Override
		public Annotation selection() {
			return canvas.selected();
		}

		@Override
		public void select(Annotation annotation) {
			canvas.select(annotation);
			chosen = annotation;
			updateActions();
		}

		@Override
		public void repaint() {
			canvas.redraw();
		}
	}

	/** The editor as its item viewers see it. */
	private final class EditorViewerSite implements ViewerSite {

		@Override
		public ImageCanvas canvas() {
			return canvas;
		}

		@Override
		public DataItem item() {
			return item;
		}

		@Override
		public void setImage(ImageData data) {
			if (data != null && !canvas.isDisposed()) {
				canvas.replaceImage(data);
			}
		}

		@Override
		public void setFrame(int newFrame) {
			if (newFrame == frame) {
				return;
			}
			frame = newFrame;
			canvas.select(null);
			chosen = null;
			canvas.setTool(canvas.tool(), toolContext); // drop a drawing in progress on the other frame
			updateActions();
			updateStatus();
		}

		@Override
		public int frame() {
			return frame;
		}

		@Override
		public void updateStatus() {
			LabelingEditor.this.updateStatus();
		}
	}

	private void deleteSelected() {
		AnnotationTool tool = canvas.tool();
		if (tool != null && item != null && toolUsed(() -> tool.delete(toolContext))) {
			return;
		}
		Annotation selected = canvas.selected();
		if (item == null || selected == null) {
			return;
		}
		canvas.select(null);
		commandStack.execute(RemoveCommand.create(domain, item, TagbenchPackage.Literals.DATA_ITEM__ANNOTATIONS, selected));
	}

	/** Asks the active tool; a failing tool counts as "not used" (logged), so the editor goes on. */
	private boolean toolUsed(java.util.function.BooleanSupplier call) {
		try {
			return call.getAsBoolean();
		} catch (RuntimeException | LinkageError e) {
			ILog.of(getClass()).error("The annotation tool " + activeToolId + " failed", e);
			return false;
		}
	}

	/** The boxes and polygons of the shown item (of the shown frame), in drawing order. */
	public List<Annotation> annotations() {
		List<Annotation> all = new ArrayList<>();
		for (Annotation annotation : ofType(Annotation.class)) {
			if (annotation instanceof BoundingBox || annotation instanceof PolygonAnnotation) {
				all.add(annotation);
			}
		}
		return all;
	}

	/** The polygons of the shown item, in drawing order. */
	public List<PolygonAnnotation> polygons() {
		return ofType(PolygonAnnotation.class);
	}

	/** The bounding boxes of the shown item, in drawing order. */
	public List<BoundingBox> boxes() {
		return ofType(BoundingBox.class);
	}

	private <T extends Annotation> List<T> ofType(Class<T> type) {
		List<T> found = new ArrayList<>();
		if (item != null) {
			for (Annotation annotation : item.getAnnotations()) {
				if (type.isInstance(annotation) && annotation.getFrameIndex() == frame) {
					found.add(type.cast(annotation));
				}
			}
		}
		return found;
	}

	/**
	 * Enter: the item is LABELED, committed with the time spent, and the next item is shown; but while the
	 * active tool has something in progress (a polygon being drawn), Enter finishes that instead.
	 */
	public void submit() {
		AnnotationTool tool = canvas.tool();
		if (tool != null && item != null && toolUsed(() -> tool.finish(toolContext))) {
			canvas.redraw();
			return;
		}
		finish(ItemStatus.LABELED);
	}

	/** S: the item is SKIPPED (its boxes are kept), committed, and the next item is shown. */
	public void skip() {
		finish(ItemStatus.SKIPPED);
	}

	private void finish(ItemStatus newStatus) {
		if (item == null) {
			return;
		}
		boolean newlyLabeled = newStatus == ItemStatus.LABELED && item.getStatus() != ItemStatus.LABELED;
		if (newStatus == ItemStatus.LABELED) {
			Suggestions.accept(item, author()); // Enter accepts the suggestions still on the item
		}
		if (!commit(newStatus)) {
			return;
		}
		if (newlyLabeled && getEditorInput() instanceof ProjectEditorInput input && input.folder() != null) {
			LabelCommitListener.notifyAll(input.folder(), 1);
		}
		showNext();
	}

	private boolean commit(ItemStatus newStatus) {
		item.setStatus(newStatus);
		long now = System.currentTimeMillis();
		item.setTimeSpentMillis(item.getTimeSpentMillis() + Math.max(0, now - shownAt));
		shownAt = now;
		try {
			if (queueSession != null) {
				queueSession.commit(item); // sent in the background, kept and retried while the server is away
			} else {
				CommitLocks.commit(store, item); // never between the assist's check of an item and its write
			}
			commandStack.saveIsDone();
			drafts.dropped(List.of(item)); // committed: the outbox or the store has it now
			firePropertyChange(PROP_DIRTY);
			if (getSite().getPage().findView(ProjectsView.ID) instanceof ProjectsView view) {
				view.refresh(); // its progress column
			}
			return true;
		} catch (StoreException e) {
			ILog.of(getClass()).error("Cannot commit item " + item.getPath(), e);
			MessageDialog.openError(getSite().getShell(), "Labeling", "The labels of " + item.getPath()
					+ " could not be saved: " + e.getMessage());
			return false;
		}
	}

	/**
	 * Alt+Left: shows the item before this one in this session (the shown item is committed first when it has
	 * changes: with its status, IN_PROGRESS if it was still to do).
	 */
	public void back() {
		if (position <= 0 || !leave()) {
			return;
		}
		show(position - 1);
	}

	/** Alt+Right: the item after this one in this session, or the next item still to do (changes committed first). */
	public void forward() {
		if (item == null || !leave()) {
			return;
		}
		showNext();
	}

	/** True when the shown item is an earlier one of this session (reached with Back). */
	public boolean isBack() {
		return item != null && position < history.size() - 1;
	}

	/** Commits the shown item if it has changes; false when that failed (then it stays). */
	private boolean leave() {
		if (item == null || !isDirty()) {
			return true;
		}
		return commit(TO_DO.contains(item.getStatus()) ? ItemStatus.IN_PROGRESS : item.getStatus());
	}

	/** Shows the item after the shown one in this session, else the first item still to do not shown yet. */
	private void showNext() {
		if (position + 1 < history.size()) {
			show(position + 1);
			return;
		}
		releaseShown();
		item = null;
		commandStack.flush();
		Set<String> visited = new HashSet<>(history);
		try {
			DataItem next = null;
			if (queueSession != null) {
				next = queueSession.next(visited).orElse(null);
			} else {
				// a folder project: the next item no other editor (in any process) holds, reserved for this one
				String id = reservations.reserveNext(store, ItemQuery.all().statuses(TO_DO), visited).orElse(null);
				if (id == null) {
					// nothing left to do: the skipped items come back, at the end, once each per session
					id = reservations.reserveNext(store, ItemQuery.withStatus(ItemStatus.SKIPPED), returned).orElse(null);
					if (id != null) {
						returned.add(id);
					}
				}
				next = id == null ? null : store.item(id).orElse(null);
				heldByOthers = next == null ? reservations.heldByOthers().size() : 0;
			}
			refreshCounts();
			item = next;
		} catch (StoreException e) {
			ILog.of(getClass()).error("Cannot read the next item of " + store.location(), e);
			canvas.show(null, 0, 0, queueSession != null
					? "The server is unreachable: the next item comes when it is back. Your labels are kept."
					: "Cannot read the project: " + e.getMessage());
			updateStatus();
			return;
		}
		if (item != null) {
			history.add(item.getId());
		}
		position = history.size() - (item != null ? 1 : 0);
		display();
	}

	/** Shows the item at {@code index} of this session's history, as it is stored now. */
	private void show(int index) {
		releaseShown();
		item = null;
		commandStack.flush();
		try {
			if (reservations != null) {
				reservations.reserve(history.get(index)); // gone back to it: held while shown, if nobody else has it
			}
			item = store.item(history.get(index)).orElse(null);
			refreshCounts();
		} catch (StoreException e) {
			ILog.of(getClass()).error("Cannot read an item of " + store.location(), e);
			MessageDialog.openError(getSite().getShell(), "Labeling", "Cannot read the item: " + e.getMessage());
		}
		position = index;
		display();
	}

	/** Gives the shown item back to a folder project's queue (it was submitted, skipped or left). */
	private void releaseShown() {
		if (reservations != null && item != null) {
			try {
				reservations.release(item.getId());
			} catch (StoreException e) {
				ILog.of(getClass()).warn("Cannot give back item " + item.getPath() + ": " + e.getMessage());
			}
		}
	}

	/** The reviewer's comment of a rejected item, above the status line; hidden otherwise. */
	private void updateReviewNote() {
		String note = ReviewHistory.describe(store, item); // every rejection, newest first
		boolean show = !note.isEmpty();
		reviewNote.setText(note);
		reviewNote.setVisible(show);
		((org.eclipse.swt.layout.GridData) reviewNote.getLayoutData()).exclude = !show;
		reviewNote.getParent().getParent().layout(true, true);
	}

	/** The reviewer's note shown for the item ("" when none). */
	public String reviewNoteText() {
		return reviewNote.getVisible() ? reviewNote.getText() : "";
	}

	@Override
	public boolean showItem(String itemId) {
		if (item != null && itemId.equals(item.getId())) {
			return true;
		}
		try {
			if (store.item(itemId).isEmpty() || !leave()) {
				return false;
			}
		} catch (StoreException e) {
			ILog.of(getClass()).error("Cannot read item " + itemId + " of " + store.location(), e);
			return false;
		}
		int index = history.indexOf(itemId);
		if (index < 0) {
			history.add(itemId);
			index = history.size() - 1;
		}
		show(index);
		return item != null;
	}

	private void display() {
		chosen = null;
		updateReviewNote();
		if (item == null) {
			canvas.show(null, 0, 0, position < history.size() ? "This item is no longer in the project."
					: heldByOthers > 0 ? "Nothing left for you: " + heldByOthers
							+ " item(s) are being labeled in other editors (they come back if left unsubmitted)."
					: "Every item of this project is done.");
		} else {
			shownAt = System.currentTimeMillis();
			Suggestions.watchEdits(item, author());
			showImage();
		}
		restoreDraft();
		firePropertyChange(PROP_DIRTY);
		updateActions();
		updateStatus();
		if (item != null) {
			canvas.getDisplay().asyncExec(this::prefetchNext); // after this item is painted
		}
	}

	/** Keeps the shown item's unsubmitted state as its draft, or drops the draft when its changes were undone. */
	private void keepDraft() {
		if (item != null) {
			drafts.changed(List.of(item), isDirty());
		}
	}

	/**
	 * A draft of the shown item left by an earlier session that did not end normally (the process died before
	 * the item was submitted or skipped) replaces its annotations, as one change, with a notice.
	 */
	private void restoreDraft() {
		drafts.restore(item != null ? List.of(item) : List.of(), domain);
	}

	/** The bar saying that the shown item's labels were restored from a draft: its text, or null while hidden. */
	public String draftNoticeText() {
		return drafts.noticeText();
	}

	/** The drafts of this editor on disk (null when it keeps none). */
	public ItemDrafts drafts() {
		return drafts.drafts();
	}

	/** Lets the viewers decode the next items to do in the background (see {@link ItemViewer#prefetch}). */
	private void prefetchNext() {
		if (canvas == null || canvas.isDisposed() || item == null || isBack() || PREFETCHED_ITEMS <= 0) {
			return;
		}
		Set<String> visited = new HashSet<>(history);
		// the store is read in a job: a team project's server may be slow or away, and the labeler must not wait
		Job find = Job.create("Finding the next items to prepare", monitor -> {
			List<DataItem> next = new ArrayList<>();
			try {
				for (ItemSummary summary : store.items(ItemQuery.all().statuses(TO_DO), 0, visited.size() + PREFETCHED_ITEMS)) {
					if (next.size() == PREFETCHED_ITEMS || monitor.isCanceled()) {
						break;
					}
					if (!visited.contains(summary.id()) && !summary.missing()
							&& ViewerDescriptor.forMediaType(summary.mediaType()) != null) {
						store.item(summary.id()).ifPresent(next::add);
					}
				}
			} catch (StoreException | RuntimeException e) {
				ILog.of(getClass()).warn("Cannot prefetch the next items of " + store.location() + ": " + e.getMessage());
				return;
			}
			if (!canvas.isDisposed()) {
				canvas.getDisplay().asyncExec(() -> prefetch(next));
			}
		});
		find.setSystem(true);
		find.schedule();
	}

	/** Hands the items to their viewers (in the UI thread: viewers size their work by the canvas). */
	private void prefetch(List<DataItem> next) {
		if (canvas.isDisposed()) {
			return;
		}
		for (DataItem candidate : next) {
			ViewerDescriptor descriptor = ViewerDescriptor.forMediaType(candidate.getMediaType());
			ItemViewer viewer = descriptor == null ? null : viewers.get(descriptor.id());
			if (viewer != null) {
				viewer.prefetch(candidate, DataRegistration.folderOf(candidate.getDataSource()).resolve(candidate.getPath()));
			}
		}
	}

	private void showImage() {
		ViewerDescriptor descriptor = ViewerDescriptor.forMediaType(item.getMediaType());
		ItemViewer viewer = descriptor == null ? null : viewers.get(descriptor.id());
		switchViewer(viewer);
		frame = 0;
		if (viewer == null) {
			canvas.show(null, item.getWidth(), item.getHeight(), item.getMediaType() == MediaType.DICOM ? DICOM_PLACEHOLDER
					: "No viewer for " + item.getMediaType() + " items is installed");
			return;
		}
		Path file = null;
		try {
			file = DataRegistration.folderOf(item.getDataSource()).resolve(item.getPath());
			if (!Files.isRegularFile(file)) {
				canvas.show(null, item.getWidth(), item.getHeight(),
						DataRoots.current().missingFolder(item.getDataSource()).orElse("The file " + file + " is missing."));
				return;
			}
			ImageData data = viewer.show(viewerSite, item, file);
			// an overview of a huge image is smaller than the image: the canvas stretches it over the true size
			boolean reduced = item.getWidth() > data.width && item.getHeight() > data.height;
			canvas.show(data, reduced ? item.getWidth() : data.width, reduced ? item.getHeight() : data.height);
		} catch (Exception e) {
			ILog.of(getClass()).warn("Cannot show " + file + ": " + e.getMessage());
			canvas.show(null, item.getWidth(), item.getHeight(), "Cannot show " + item.getPath() + ": " + e.getMessage());
		}
	}

	private void refreshCounts() throws StoreException {
		applyCounts(store.countByStatus());
	}

	private void applyCounts(Map<ItemStatus, Long> byStatus) {
		total = byStatus.values().stream().mapToLong(Long::longValue).sum();
		long toDo = TO_DO.stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum();
		done = total - toDo;
		labeled = byStatus.getOrDefault(ItemStatus.LABELED, 0L) + byStatus.getOrDefault(ItemStatus.ACCEPTED, 0L);
	}

	private void updateStatus() {
		if (status == null || status.isDisposed()) {
			return;
		}
		String problem = queueSession != null && queueSession.problem() != null ? queueSession.problem() : serverProblem;
		status.setText(problem == null ? statusText() : statusText() + " · " + problem);
	}

	/**
	 * "Item n of m · x labeled · class: name" (n counts the items done before this one, plus one); an earlier
	 * item of this session (Back) shows "Back k: STATUS" instead of "Item n".
	 */
	public String statusText() {
		String className = currentClass != null ? currentClass.getName() : "none";
		if (isBack()) {
			return "Back " + (history.size() - 1 - position) + ": " + item.getStatus() + " · " + total + " items · "
					+ labeled + " labeled · class: " + className + (isDirty() ? " · unsaved changes" : "");
		}
		if (item == null) {
			return "No item left of " + total + " · " + labeled + " labeled · class: " + className;
		}
		String position = item.getStatus() == ItemStatus.SKIPPED ? "Skipped earlier" : "Item " + (done + 1);
		return position + " of " + total + " · " + labeled + " labeled · class: " + className
				+ (isDirty() ? " · unsaved changes" : "") + (pointerText != null ? " · " + pointerText : "");
	}

	/** The shown item (detached from the store), or null when every item is done. */
	public DataItem item() {
		return item;
	}

	public ImageCanvas canvas() {
		return canvas;
	}

	public AdapterFactoryEditingDomain editingDomain() {
		return domain;
	}

	public LabelClass currentClass() {
		return currentClass;
	}

	@Override
	public boolean isDirty() {
		return commandStack != null && commandStack.isSaveNeeded();
	}

	/** Saving commits the boxes drawn so far with status IN_PROGRESS; the item stays in the queue. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		if (item != null && isDirty()) {
			commit(ItemStatus.IN_PROGRESS);
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
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.setTool(null, null);
		}
		for (ItemViewer viewer : viewers.values()) {
			try {
				viewer.dispose();
			} catch (RuntimeException e) {
				ILog.of(getClass()).error("The item viewer failed to dispose", e);
			}
		}
		if (commandStack != null) {
			commandStack.removeCommandStackListener(stackListener);
		}
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
		if (queueSession != null) {
			queueSession.close();
		}
		if (drafts != null) {
			drafts.close(item != null ? List.of(item) : List.of()); // closed normally: saved, or changes given up
		}
		if (store != null) {
			try {
				store.close();
			} catch (StoreException e) {
				ILog.of(getClass()).error("Cannot close " + store.location(), e);
			}
		}
		super.dispose();
	}
}
