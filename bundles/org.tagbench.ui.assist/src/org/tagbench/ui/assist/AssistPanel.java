package org.tagbench.ui.assist;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.tagbench.assist.AssistException;
import org.tagbench.assist.AssistModel;
import org.tagbench.assist.FeatureExtractor;
import org.tagbench.assist.FeatureExtractors;
import org.tagbench.assist.HeadKind;
import org.tagbench.assist.UserBackbone;
import org.tagbench.model.AssistSettings;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.local.LocalProjectStore;

/**
 * The ML assist panel of one project: status (off, waiting for labels, training, ready), the newest model
 * with its backbone and precision–coverage curve, figures per class, how many suggestions are open, accepted
 * and corrected, "Train now" (with Cancel), and the project's assist settings. Every store read and write,
 * and all training, runs in jobs.
 */
public class AssistPanel extends EditorPart {

	public static final String ID = "org.tagbench.ui.assist.panel";
	private static final String TRAIN_TIP = "Train a new model on the labels so far, then pre-label the unlabeled items above its threshold";

	private ProjectAssist assist;
	private final Runnable assistChanged = () -> Display.getDefault().asyncExec(this::refresh);
	/** What the panel shows (UI thread only): the figures, model and problem of the last completed read. */
	private AssistFigures figures;
	private AssistModel model;
	private String problem;
	private ProjectType projectType;
	/** Whether this user may train (false for labelers of a team project), as last read. */
	private boolean mayTrain = true;
	private boolean showingSettings;

	private Label statusLabel;
	private Label stageLabel;
	private ProgressBar progress;
	private Button trainButton;
	private Button cancelButton;
	private Button enabledButton;
	private Spinner targetSpinner;
	private Spinner retrainSpinner;
	private Spinner minimumSpinner;
	private Combo backboneCombo;
	private Label backboneNote;
	/** The ids behind the backbone combo's items (null: automatic), and the project's choice, as last read. */
	private java.util.List<String> backboneIds = java.util.List.of();
	private String backboneChoice;
	private String backboneProblem;
	private Label modelLabel;
	private CurveChart chart;
	private Label countsLabel;
	private Table classTable;
	private Job readJob;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof AssistEditorInput assistInput)) {
			throw new PartInitException("The assist panel opens projects, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(assistInput.location());
		if (assistInput.folder() != null && !LocalProjectStore.isProject(assistInput.folder())) {
			throw new PartInitException(assistInput.folder() + " holds no Tagbench project.");
		}
		assist = assistInput.assist();
		assist.heldOpenBy(this); // a team project: every labeler's commits count towards retraining (also without the panel)
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).spacing(10, 8).applyTo(parent);

		Composite statusRow = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(statusRow);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(statusRow);
		statusLabel = new Label(statusRow, SWT.NONE);
		statusLabel.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(statusLabel);
		trainButton = new Button(statusRow, SWT.PUSH);
		trainButton.setText("Train now");
		trainButton.setToolTipText(TRAIN_TIP);
		trainButton.addListener(SWT.Selection, e -> trainNow());
		cancelButton = new Button(statusRow, SWT.PUSH);
		cancelButton.setText("Cancel");
		cancelButton.addListener(SWT.Selection, e -> assist.cancel());
		Button refreshButton = new Button(statusRow, SWT.PUSH);
		refreshButton.setText("Refresh");
		refreshButton.addListener(SWT.Selection, e -> refresh());
		new Label(statusRow, SWT.NONE);
		stageLabel = new Label(statusRow, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(stageLabel);
		progress = new ProgressBar(statusRow, SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().span(4, 1).hint(200, SWT.DEFAULT).applyTo(progress);

		Composite left = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
		GridLayoutFactory.fillDefaults().spacing(6, 6).applyTo(left);
		modelLabel = new Label(left, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(modelLabel);
		chart = new CurveChart(left, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 280).applyTo(chart);

		Composite right = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
		GridLayoutFactory.fillDefaults().spacing(6, 6).applyTo(right);
		createSettings(right);
		countsLabel = new Label(right, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(countsLabel);
		classTable = new Table(right, SWT.BORDER | SWT.FULL_SELECTION);
		classTable.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 150).applyTo(classTable);
		for (String name : new String[] { "Class", "Labels", "Suggested", "Accepted", "Corrected", "Calibration", "Threshold" }) {
			TableColumn column = new TableColumn(classTable, SWT.NONE);
			column.setText(name);
			column.setWidth(name.equals("Class") ? 110 : name.startsWith("Calibration") ? 150 : 78);
			if (name.equals("Corrected")) {
				column.setToolTipText("Suggestions a person corrected to this class");
			}
			if (name.equals("Calibration")) {
				column.setToolTipText("Of the class's cross-validated decisions at its threshold, how many were right");
			}
			if (name.equals("Threshold")) {
				column.setToolTipText("The score a suggestion of the class needs: its own where its cross-validated decisions alone "
						+ "surely reach the target, else the one shared by the other classes");
			}
		}

		assist.addListener(assistChanged);
		refresh();
	}

	private void createSettings(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Settings of this project");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		enabledButton = new Button(group, SWT.CHECK);
		enabledButton.setText("Assist on: retrain and pre-label in the background");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(enabledButton);
		new Label(group, SWT.NONE).setText("Target precision (%):");
		targetSpinner = new Spinner(group, SWT.BORDER);
		targetSpinner.setValues(950, 500, 1000, 1, 5, 50);
		targetSpinner.setToolTipText("Pre-labels are made only above the lowest threshold whose cross-validated precision is surely (95 % confidence) at least this (from the next training on)");
		new Label(group, SWT.NONE).setText("Retrain after this many new labels:");
		retrainSpinner = new Spinner(group, SWT.BORDER);
		retrainSpinner.setValues(50, 1, 100_000, 0, 10, 100);
		new Label(group, SWT.NONE).setText("Labels each class needs first:");
		minimumSpinner = new Spinner(group, SWT.BORDER);
		minimumSpinner.setValues(10, 1, 10_000, 0, 1, 10);
		enabledButton.addListener(SWT.Selection, e -> saveSettings());
		targetSpinner.addListener(SWT.Selection, e -> saveSettings());
		retrainSpinner.addListener(SWT.Selection, e -> saveSettings());
		minimumSpinner.addListener(SWT.Selection, e -> saveSettings());
		new Label(group, SWT.NONE).setText("Backbone for the next training:");
		backboneCombo = new Combo(group, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(backboneCombo);
		backboneCombo.setToolTipText("The feature extractor the next model is trained on; a SavedModel of your own is set in "
				+ "Preferences → Tagbench → ML Assist");
		backboneCombo.addListener(SWT.Selection, e -> chooseBackbone());
		backboneNote = new Label(group, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(backboneNote);
	}

	/** Records the backbone chosen in the combo for this project (in a job). */
	public void chooseBackbone() {
		int index = backboneCombo.getSelectionIndex();
		if (showingSettings || index < 0 || index >= backboneIds.size()) {
			return;
		}
		String id = backboneIds.get(index);
		Job save = Job.create("Saving the backbone choice", monitor -> {
			try {
				FeatureExtractors.choose(assist.assistFolder(), id);
			} catch (AssistException e) {
				problem = e.getMessage();
			}
			return Status.OK_STATUS;
		});
		scheduleThenRefresh(save);
	}

	/** Train now: a new model, then pre-labels; the panel follows the job. */
	public void trainNow() {
		assist.trainNow();
		refresh();
	}

	/** Writes the settings shown into the project definition (in a job), then reads the figures again. */
	public void saveSettings() {
		if (showingSettings) {
			return; // the panel is filling the widgets, not the user
		}
		boolean enabled = enabledButton.getSelection();
		double target = targetSpinner.getSelection() / 1000.0;
		int retrain = retrainSpinner.getSelection();
		int minimum = minimumSpinner.getSelection();
		Job save = Job.create("Saving the assist settings", monitor -> {
			try (ProjectStore store = assist.openStore()) {
				LabelingProject project = store.project();
				AssistSettings settings = project.getAssistSettings();
				if (settings == null) {
					settings = TagbenchFactory.eINSTANCE.createAssistSettings();
					project.setAssistSettings(settings);
				}
				settings.setEnabled(enabled);
				settings.setPrelabelUnlabeled(enabled);
				settings.setTargetPrecision(target);
				settings.setRetrainAfterLabels(retrain);
				settings.setMinLabelsPerClass(minimum);
				store.saveProject();
			} catch (StoreException e) {
				problem = "The settings could not be saved: " + e.getMessage();
			}
			return Status.OK_STATUS;
		});
		scheduleThenRefresh(save);
	}

	/** Runs a small system job, then reads the figures again. */
	private void scheduleThenRefresh(Job job) {
		job.setSystem(true);
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				Display.getDefault().asyncExec(AssistPanel.this::refresh);
			}
		});
		job.schedule();
	}

	/** Reads model and figures again in a job, then shows them. */
	public void refresh() {
		if (statusLabel == null || statusLabel.isDisposed()) {
			return;
		}
		showStatus();
		Job job = new Job("Reading the assist figures") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				AssistFigures readFigures = null;
				AssistModel readModel = null;
				String readProblem = null;
				ProjectType type = null;
				boolean canTrain = mayTrain;
				java.util.List<String> ids = new java.util.ArrayList<>();
				java.util.List<String> labels = new java.util.ArrayList<>();
				String choice = null;
				String userProblem = UserBackbone.problem().orElse(null);
				ids.add(null);
				labels.add("Automatic (the current model's, else the built-in one)");
				for (FeatureExtractor extractor : FeatureExtractors.available()) {
					if (!extractor.id().startsWith(org.tagbench.assist.internal.SavedModelFeatureExtractor.ID_PREFIX)) {
						ids.add(extractor.id());
						labels.add(extractor.label());
					}
				}
				if (UserBackbone.folder().isPresent()) {
					ids.add(FeatureExtractors.USER_SAVED_MODEL);
					labels.add(userProblem == null ? UserBackbone.currentLabel() : "SavedModel " + UserBackbone.folder().get() + " (unusable)");
				}
				try {
					choice = FeatureExtractors.chosen(assist.assistFolder()).orElse(null);
				} catch (AssistException e) {
					readProblem = e.getMessage();
				}
				try (ProjectStore store = assist.openStore()) {
					type = store.project().getType();
					canTrain = store.mayWritePrelabels();
					readFigures = AssistFigures.read(store);
					readModel = assist.latestModel().orElse(null);
				} catch (StoreException | AssistException e) {
					readProblem = e.getMessage();
				}
				AssistFigures f = readFigures;
				AssistModel m = readModel;
				String p = readProblem;
				ProjectType t = type;
				boolean trains = canTrain;
				String chosen = choice;
				Display.getDefault().asyncExec(() -> {
					// only the newest read is shown (a refresh while reading starts another)
					if (readJob == this && !statusLabel.isDisposed()) {
						readJob = null;
						projectType = t != null ? t : projectType;
						mayTrain = trains;
						figures = f != null ? f : figures;
						model = p == null ? m : model;
						problem = p;
						backboneIds = ids;
						backboneChoice = chosen;
						backboneProblem = userProblem;
						showBackbones(labels);
						showAll();
					}
				});
				return Status.OK_STATUS;
			}
		};
		readJob = job;
		readJob.setSystem(true);
		readJob.schedule();
	}

	private void showBackbones(java.util.List<String> labels) {
		showingSettings = true;
		try {
			backboneCombo.setItems(labels.toArray(String[]::new));
			int index = backboneIds.indexOf(backboneChoice);
			if (index < 0) { // a choice no longer installed: say so rather than show another
				backboneCombo.add("Not installed: " + backboneChoice);
				index = backboneCombo.getItemCount() - 1;
			}
			backboneCombo.select(index);
		} finally {
			showingSettings = false;
		}
		backboneNote.setText(backboneProblem != null && FeatureExtractors.USER_SAVED_MODEL.equals(backboneChoice) ? backboneProblem
				: backboneProblem != null ? "The SavedModel backbone in the preferences cannot be used: " + backboneProblem : "");
	}

	/** Whether a read of the figures is under way and not shown yet (tests wait for it). */
	public boolean isReading() {
		return readJob != null;
	}

	private void showAll() {
		if (statusLabel == null || statusLabel.isDisposed()) {
			return;
		}
		AssistFigures f = figures;
		if (f != null) {
			showingSettings = true;
			try {
				AssistSettings s = f.settings();
				enabledButton.setSelection(s.isEnabled());
				targetSpinner.setSelection((int) Math.round(s.getTargetPrecision() * 1000));
				retrainSpinner.setSelection(s.getRetrainAfterLabels());
				minimumSpinner.setSelection(s.getMinLabelsPerClass());
			} finally {
				showingSettings = false;
			}
			countsLabel.setText(String.format("%d items · %d labeled by people · %d with open suggestions · %d accepted · %d corrected",
					f.items(), f.labeled(), f.prelabeled(), f.accepted(), f.corrected()));
			classTable.removeAll();
			for (AssistFigures.ClassFigures c : f.classes()) {
				TableItem row = new TableItem(classTable, SWT.NONE);
				row.setText(new String[] { c.name(), Long.toString(c.labels()), Long.toString(c.prelabels()),
						Long.toString(c.accepted()), Long.toString(c.corrected()), calibrationText(c.classId()), thresholdText(c.classId()) });
			}
			for (TableColumn column : classTable.getColumns()) {
				column.pack(); // as wide as header and figures: all seven columns fit beside the chart
			}
		}
		modelLabel.setText(modelText());
		chart.setCurve(model != null ? model.curve() : null, f != null ? f.settings().getTargetPrecision() : Double.NaN);
		showStatus();
		statusLabel.getParent().getParent().layout(true, true);
	}

	private void showStatus() {
		statusLabel.setText(statusText());
		boolean running = assist.isRunning();
		stageLabel.setText(running ? assist.stage() + " …" : lastResultText());
		progress.setVisible(running);
		trainButton.setEnabled(!running && mayTrain && (projectType == null || isAssisted()));
		trainButton.setToolTipText(mayTrain ? TRAIN_TIP : ProjectAssist.ONLY_ADMINS_TRAIN);
		// a labeler of a team project may not change the project's settings either (the server refuses)
		for (org.eclipse.swt.widgets.Control setting : new org.eclipse.swt.widgets.Control[] { enabledButton, targetSpinner,
				retrainSpinner, minimumSpinner, backboneCombo }) {
			setting.setEnabled(mayTrain);
		}
		cancelButton.setEnabled(running);
	}

	private boolean isAssisted() {
		// bounding-box projects train a box model (BoxDetection); only polygons have no assist
		return projectType == ProjectType.MULTI_CLASS || projectType == ProjectType.MULTI_LABEL
				|| projectType == ProjectType.BOUNDING_BOX;
	}

	private String lastResultText() {
		IStatus result = assist.lastResult();
		if (problem != null) {
			return problem;
		}
		if (!mayTrain) {
			return ProjectAssist.ONLY_ADMINS_TRAIN;
		}
		if (result == null) {
			return "";
		}
		return (result.matches(IStatus.ERROR) ? "Failed: " : result.matches(IStatus.CANCEL) ? "Cancelled. " : "Last run: ")
				+ result.getMessage();
	}

	/** "Off", "Waiting for 12 more labels", "Training…", "Ready: model m3". */
	public String statusText() {
		if (assist.isRunning()) {
			return "Training…";
		}
		AssistFigures f = figures;
		if (projectType != null && !isAssisted()) {
			return "Not available: the assist pre-labels classification and bounding-box projects only";
		}
		if (f == null) {
			return "Reading…";
		}
		String onOff = f.settings().isEnabled() ? "" : " (assist off)";
		if (model != null) {
			int due = f.settings().getRetrainAfterLabels() - assist.labelsSinceTraining();
			return "Ready: model " + model.version() + onOff
					+ (model.canPrelabel() ? "" : model.curve().targetReachable() ? " · not precise enough to pre-label"
							: " · target not reachable yet: no pre-labels")
					+ (f.settings().isEnabled() ? " · retrains after " + Math.max(0, due) + " more labels" : "");
		}
		if (!f.settings().isEnabled()) {
			return "Off";
		}
		long missing = f.labelsMissing();
		return missing > 0 ? "Waiting for " + missing + " more labels" : "Ready to train";
	}

	/**
	 * The model's calibration decisions of one class at the class's threshold, right of all: "38/40 (95 %)"; "none"
	 * when the class had no decision that high or has no threshold; "–" for models stored before this was kept.
	 */
	public String calibrationText(String classId) {
		AssistModel m = model;
		if (m == null || m.curve().perClass().isEmpty()) {
			return "–";
		}
		int k = m.classIds().indexOf(classId);
		if (k < 0 || k >= m.curve().perClass().size()) {
			return "–";
		}
		var count = m.curve().perClass().get(k);
		return count.covered() == 0 ? "none"
				: String.format("%d/%d (%.0f %%)", count.correct(), count.covered(), 100 * count.precision());
	}

	/**
	 * The threshold a suggestion of the class needs: "0.712 own" (proven on the class's own decisions), "0.931 shared"
	 * (shared by the classes without their own), "none" (no pre-labels of this class); "–" without a model.
	 */
	public String thresholdText(String classId) {
		AssistModel m = model;
		int k = m == null ? -1 : m.classIds().indexOf(classId);
		if (k < 0) {
			return "–";
		}
		if (k >= m.curve().perClass().size()) { // models stored before per-class figures: the global threshold
			return m.curve().threshold().isPresent() ? String.format("%.3f", m.curve().threshold().getAsDouble()) : "none";
		}
		var count = m.curve().perClass().get(k);
		return count.threshold().isEmpty() ? "none" : String.format("%.3f %s", count.threshold().getAsDouble(), count.own() ? "own" : "shared");
	}

	/** The newest model: version, backbone, training size and time, threshold with its precision and coverage. */
	public String modelText() {
		AssistModel m = model;
		if (m == null) {
			return "No model trained yet.";
		}
		String backbone = FeatureExtractors.find(m.extractorId()).map(FeatureExtractor::label).orElse(m.extractorId());
		String threshold = m.curve().summary(m.kind() == HeadKind.BOXES ? "held-out true boxes" : "labeled items (cross-validated)");
		return String.format("Model %s · backbone %s · trained on %d items in %.1f s · %s", m.version(), backbone, m.trainedOn(),
				m.trainingMillis() / 1000.0, threshold);
	}

	// ---------------------------------------------------------------- accessors (tests)

	public ProjectAssist assist() {
		return assist;
	}

	public AssistFigures figures() {
		return figures;
	}

	public AssistModel model() {
		return model;
	}

	public CurveChart chart() {
		return chart;
	}

	public Button trainButton() {
		return trainButton;
	}

	public Button enabledButton() {
		return enabledButton;
	}

	public Spinner targetSpinner() {
		return targetSpinner;
	}

	public Spinner retrainSpinner() {
		return retrainSpinner;
	}

	public Combo backboneCombo() {
		return backboneCombo;
	}

	public Label backboneNote() {
		return backboneNote;
	}

	public Spinner minimumSpinner() {
		return minimumSpinner;
	}

	/** The line under the status: the running stage, or how the last run ended. */
	public String stageText() {
		return stageLabel.getText();
	}

	public Label countsLabel() {
		return countsLabel;
	}

	public Table classTable() {
		return classTable;
	}

	public Optional<String> problem() {
		return Optional.ofNullable(problem);
	}

	// ---------------------------------------------------------------- editor plumbing

	@Override
	public void setFocus() {
		trainButton.setFocus();
	}

	@Override
	public void dispose() {
		if (assist != null) {
			assist.releasedBy(this);
			assist.removeListener(assistChanged);
		}
		readJob = null;
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// settings are saved as they change
	}

	@Override
	public void doSaveAs() {
		// not supported
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
