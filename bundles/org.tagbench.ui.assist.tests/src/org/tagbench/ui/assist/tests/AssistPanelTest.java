package org.tagbench.ui.assist.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.assist.AssistModel;
import org.tagbench.assist.CalibrationCurve;
import org.tagbench.assist.jobs.AssistJob;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.ui.assist.AssistPanel;
import org.tagbench.ui.assist.CurveChart;
import org.tagbench.ui.assist.ProjectAssist;
import org.tagbench.ui.assist.internal.OpenAssistHandler;
import org.tagbench.ui.classification.ClassificationEditor;
import org.tagbench.ui.classification.ClassificationPreferences;
import org.tagbench.ui.labeling.ProjectEditorInput;
import org.tagbench.ui.testing.RealInput;
import org.tagbench.ui.testing.UiTestSupport;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/**
 * Drives the real assist panel and classification editor against a real project store and the real engine
 * (TensorFlow through DJL): Train now, the model and curve shown, suggestions in the grid, Enter accepting
 * them, a key correcting one, retraining after N labels, clustered pages.
 */
class AssistPanelTest {

	/** Training, features and pre-labels of ~60 small images take seconds; generous for a loaded machine. */
	private static final long TRAINING_TIMEOUT = 180_000;

	private IWorkbenchPage page;
	private Display display;
	private AssistTestProject project;

	private void setUpWorkbench() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		display = shell.getDisplay();
		shell.setBounds(0, 0, 1400, 900);
	}

	/** Opens the panel the way a user does: the project selected in the Projects view, then the command. */
	private AssistPanel openPanelFromProjectsView() throws Exception {
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		view.refresh();
		view.getRefreshJob().join();
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> rowOf(view) != null), "project listed");
		view.getViewer().setSelection(new StructuredSelection(rowOf(view).getData()), true);
		page.activate(view);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(OpenAssistHandler.COMMAND_ID, null);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> page.getActiveEditor() instanceof AssistPanel),
				"the command opens the assist panel");
		AssistPanel panel = (AssistPanel) page.getActiveEditor();
		waitForFigures(panel);
		return panel;
	}

	private TableItem rowOf(ProjectsView view) {
		for (TableItem item : view.getViewer().getTable().getItems()) {
			if (item.getData() instanceof ProjectRow row && row.folder().equals(project.folder)) {
				return item;
			}
		}
		return null;
	}

	private void waitForFigures(AssistPanel panel) {
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> panel.figures() != null && !panel.isReading()),
				"the panel read the project");
		UiTestSupport.flush(display);
	}

	private static void press(org.eclipse.swt.widgets.Button button, boolean check) {
		if (check) {
			button.setSelection(!button.getSelection());
		}
		Event event = new Event();
		event.widget = button;
		button.notifyListeners(SWT.Selection, event);
	}

	@Test
	void trainNowShowsModelCurveAndPrelabelsOnlyUnlabeledItems() throws Exception {
		project = AssistTestProject.create("assist-panel", 30);
		project.labelByPerson(12);
		setUpWorkbench();
		AssistPanel panel = openPanelFromProjectsView();
		assertEquals("Off", panel.statusText(), "a new project's assist is off");
		assertEquals("No model trained yet.", panel.modelText());
		assertEquals(24, panel.figures().labeled());

		press(panel.enabledButton(), true);
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> panel.figures() != null && panel.figures().settings().isEnabled()
				&& !panel.isReading()), "Assist on is saved to the project and read back");
		assertEquals("Ready to train", panel.statusText(), "12 labels per class reach the minimum of 10");
		panel.minimumSpinner().setSelection(20);
		panel.minimumSpinner().notifyListeners(SWT.Selection, new Event());
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> panel.figures().settings().getMinLabelsPerClass() == 20
				&& !panel.isReading()), "the minimum is saved and read back");
		assertEquals("Waiting for 16 more labels", panel.statusText(), "8 more for each of the 2 classes");
		panel.minimumSpinner().setSelection(10);
		panel.minimumSpinner().notifyListeners(SWT.Selection, new Event());
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> panel.figures().settings().getMinLabelsPerClass() == 10
				&& !panel.isReading()), "back to 10");
		// the backbone choice: automatic first, the built-in backbone among the choices, stored in the project
		org.eclipse.swt.widgets.Combo backbones = panel.backboneCombo();
		assertTrue(backbones.getItemCount() >= 2 && backbones.getSelectionIndex() == 0, java.util.Arrays.toString(backbones.getItems()));
		int builtIn = java.util.Arrays.asList(backbones.getItems()).indexOf(
				org.tagbench.assist.FeatureExtractors.builtIn().label());
		assertTrue(builtIn > 0, java.util.Arrays.toString(backbones.getItems()));
		backbones.select(builtIn);
		backbones.notifyListeners(SWT.Selection, new Event());
		java.nio.file.Path choice = panel.assist().assistFolder().resolve(org.tagbench.assist.FeatureExtractors.CHOICE_FILE);
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> {
			try {
				return org.tagbench.assist.FeatureExtractors.chosen(panel.assist().assistFolder())
						.equals(java.util.Optional.of(org.tagbench.assist.FeatureExtractors.BUILT_IN_ID)) && !panel.isReading()
						&& backbones.getSelectionIndex() == builtIn;
			} catch (org.tagbench.assist.AssistException e) {
				return false;
			}
		}), "the choice is written to " + choice + " and shown again");

		// 24 labels can prove at most 90 % precision: at the default 95 % the model would rightly make no suggestions
		assertEquals(950, panel.targetSpinner().getSelection(), "the default target");
		panel.targetSpinner().setSelection(800);
		panel.targetSpinner().notifyListeners(SWT.Selection, new Event());
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> Math.abs(panel.figures().settings().getTargetPrecision() - 0.8) < 1e-9
				&& !panel.isReading()), "the target is saved and read back");

		press(panel.trainButton(), false);
		assertTrue(panel.assist().isRunning(), "Train now starts the jobs");
		assertFalse(panel.trainButton().isEnabled(), "no second training while one runs");
		assertTrue(UiTestSupport.waitUntil(display, TRAINING_TIMEOUT, () -> !panel.assist().isRunning()), "training ends");
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> panel.model() != null && !panel.isReading()
				&& panel.figures().prelabeled() > 0), "the panel shows the model: " + panel.assist().lastResult());

		AssistModel model = panel.model();
		assertEquals("m1", model.version());
		assertTrue(panel.modelText().startsWith("Model m1 · backbone "), panel.modelText());
		assertTrue(panel.statusText().startsWith("Ready: model m1"), panel.statusText());
		assertNotNull(panel.chart().curve(), "the chart shows the model's curve");
		assertEquals(model.curve().points(), panel.chart().curve().points());
		// what SWTChart draws: the curve's precisions over its coverages, and the chosen point
		double[] precisions = model.curve().points().stream().mapToDouble(CalibrationCurve.Point::precision).toArray();
		double[] coverages = model.curve().points().stream().mapToDouble(CalibrationCurve.Point::coverage).toArray();
		ISeries<?> drawnCurve = panel.chart().getSeriesSet().getSeries(CurveChart.PRECISION);
		assertArrayEquals(precisions, drawnCurve.getYSeries(), 1e-12);
		assertArrayEquals(coverages, drawnCurve.getXSeries(), 1e-12);
		ISeries<?> drawnChoice = panel.chart().getSeriesSet().getSeries(CurveChart.CHOSEN);
		assertArrayEquals(new double[] { model.curve().chosen().orElseThrow().precision() }, drawnChoice.getYSeries(), 1e-12);
		assertArrayEquals(new double[] { 0.8, 0.8 }, panel.chart().getSeriesSet().getSeries(CurveChart.TARGET).getYSeries(), 1e-12);
		assertTrue(model.curve().threshold().isPresent(), "warm and cool images surely reach 80 % precision: " + panel.modelText());
		assertEquals(0.8, model.curve().target(), 1e-9);
		assertEquals(24, model.curve().decisions(), "every labeled item is a calibration decision");
		assertTrue(panel.modelText().contains(String.format("threshold %.3f", model.curve().threshold().getAsDouble()))
				&& panel.modelText().contains("surely ≥") && panel.modelText().contains("on 24 labeled items"), panel.modelText());
		// per class: the threshold the class's suggestions need (12 decisions each can prove 80 % alone: 11 right of 11
		// are surely ≥ 80 %) and its decisions at that threshold, as the model stored them
		var perClass = model.curve().perClass();
		assertEquals(model.classIds().size(), perClass.size());
		assertEquals(24, perClass.stream().mapToInt(c -> c.decisions()).sum(), "each decision counted for its predicted class");
		assertEquals(2, panel.classTable().getItemCount());
		assertEquals("Threshold", panel.classTable().getColumn(6).getText());
		int columnsWidth = java.util.Arrays.stream(panel.classTable().getColumns()).mapToInt(c -> c.getWidth()).sum();
		assertTrue(columnsWidth <= panel.classTable().getClientArea().width,
				"every column, the threshold too, fits in the table: " + columnsWidth + " of " + panel.classTable().getClientArea().width);
		for (TableItem row : panel.classTable().getItems()) {
			String classId = panel.figures().classes().stream().filter(c -> c.name().equals(row.getText(0))).findFirst().orElseThrow()
					.classId();
			int k = model.classIds().indexOf(classId);
			var count = perClass.get(k);
			String shown = count.threshold().isEmpty() ? "none"
					: String.format("%.3f %s", count.threshold().getAsDouble(), count.own() ? "own" : "shared");
			assertEquals(shown, row.getText(6), "threshold of " + row.getText(0));
			assertEquals(count.covered() == 0 ? "none" : String.format("%d/%d (%.0f %%)", count.correct(), count.covered(),
					100.0 * count.correct() / count.covered()), row.getText(5));
			if (count.own()) {
				assertTrue(count.lowerBound() >= 0.8, row.getText(0) + "'s own decisions prove the target: " + count);
			}
		}
		assertTrue(perClass.stream().anyMatch(c -> c.own()), "warm and cool are easy: some class proves 80 % alone: " + perClass);

		// the store: human labels untouched, suggestions only on unlabeled items, of the right class
		int suggested = 0;
		for (DataItem item : project.items()) {
			for (Annotation a : item.getAnnotations()) {
				if (a.getSource() == AnnotationSource.PRELABEL) {
					suggested++;
					assertEquals(ItemStatus.UNLABELED, item.getStatus());
					assertEquals("m1", a.getModelVersion());
					assertTrue(a.getScore() >= model.curve().thresholdOf(model.classIds().indexOf(a.getLabelClass().getId())).getAsDouble(),
							"a suggestion reaches its class's threshold");
					assertEquals(AssistTestProject.truth(item), a.getLabelClass().getName(), item.getPath());
				} else {
					assertEquals(AnnotationSource.HUMAN, a.getSource());
					assertEquals(AssistTestProject.truth(item), a.getLabelClass().getName());
				}
			}
		}
		assertTrue(suggested > 0);
		assertEquals(suggested, panel.figures().prelabeled(), "the panel counts the store's suggestions");
		assertTrue(panel.countsLabel().getText().contains(suggested + " with open suggestions"), panel.countsLabel().getText());
		assertTrue(panel.trainButton().isEnabled(), "Train now is offered again");
		settleAndShoot("assist-panel-trained");
	}

	@Test
	void trainNowWithoutLabelsSaysWhatIsMissingInThePanel() throws Exception {
		project = AssistTestProject.create("assist-no-labels", 3);
		setUpWorkbench();
		AssistPanel panel = openPanelFromProjectsView();
		press(panel.trainButton(), false);
		assertTrue(UiTestSupport.waitUntil(display, TRAINING_TIMEOUT, () -> !panel.assist().isRunning() && !panel.isReading()),
				"the run ends");
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> panel.stageText().startsWith("Failed: Nothing to train on yet")),
				panel.stageText());
		assertEquals(null, panel.model(), "no model");
		Shell dialog = UiTestSupport.findShell(display, shell -> shell != page.getWorkbenchWindow().getShell() && shell.isVisible());
		assertEquals(null, dialog, "no error dialog from the background job");
	}

	@Test
	void enterAcceptsSuggestionsAKeyCorrectsOnePagesAreClusteredAndLabelsRetrain() throws Exception {
		project = AssistTestProject.create("assist-editor", 30);
		project.labelByPerson(12);
		project.settings(true, 50, 10);
		Job training = ProjectAssist.of(project.folder).trainNow();
		training.join();
		assertTrue(ProjectAssist.of(project.folder).latestModel().isPresent(), "trained: " + ProjectAssist.of(project.folder).lastResult());
		setUpWorkbench();

		InstanceScope.INSTANCE.getNode(ClassificationPreferences.NODE).putInt(ClassificationPreferences.GRID_SIZE, 4);
		page.openEditor(new ProjectEditorInput(project.folder, "assist-editor"), ClassificationEditor.ID);
		ClassificationEditor editor = (ClassificationEditor) page.getActiveEditor();
		page.getWorkbenchWindow().getShell().forceActive();
		editor.grid().setFocus();
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.grid().isFocusControl()), "grid has focus");
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> editor.page().stream().allMatch(editor::isDecoded)), "decoded");

		// clustered: the first pages hold images of one kind each (the project's order mixes them)
		List<DataItem> first = editor.page();
		assertEquals(4, first.size());
		assertEquals(1, first.stream().map(AssistTestProject::truth).distinct().count(),
				"a clustered page: " + first.stream().map(DataItem::getPath).toList());
		long suggestedOnPage = first.stream().filter(i -> i.getAnnotations().stream()
				.anyMatch(a -> a.getSource() == AnnotationSource.PRELABEL)).count();
		assertTrue(suggestedOnPage > 0, "the page shows suggestions");
		settleAndShoot("assist-suggestions-grid");

		// Enter accepts every suggestion on the page
		Set<String> firstIds = ids(first);
		RealInput.key(display, SWT.CR);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> !ids(editor.page()).equals(firstIds)), "next page");
		int accepted = 0;
		for (DataItem item : project.items()) {
			if (firstIds.contains(item.getId()) && !item.getAnnotations().isEmpty()) {
				assertEquals(ItemStatus.LABELED, item.getStatus(), item.getPath());
				assertEquals(1, item.getAnnotations().size());
				Annotation label = item.getAnnotations().get(0);
				assertEquals(AnnotationSource.PRELABEL_ACCEPTED, label.getSource(), "Enter accepted the suggestion");
				assertEquals(AssistTestProject.truth(item), label.getLabelClass().getName());
				assertEquals("m1", label.getModelVersion());
				accepted++;
			}
		}
		assertEquals(suggestedOnPage, accepted);
		project.settings(true, accepted + 1, 10); // the next page's labels make the retraining due

		// a key on a suggested tile corrects it: a person's label that records the suggesting model
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> editor.page().stream().allMatch(editor::isDecoded)), "decoded");
		List<DataItem> second = editor.page();
		int tile = -1;
		for (int i = 0; i < second.size() && tile < 0; i++) {
			if (second.get(i).getAnnotations().stream().anyMatch(a -> a.getSource() == AnnotationSource.PRELABEL)) {
				tile = i;
			}
		}
		assertTrue(tile >= 0, "the second page has a suggestion too");
		DataItem corrected = second.get(tile);
		String other = AssistTestProject.truth(corrected).equals("warm") ? "cool" : "warm";
		int finalTile = tile;
		RealInput.click(display, editor.grid().tileCentreOnDisplay(tile), false);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.grid().selection().selected().equals(List.of(finalTile))),
				"tile selected");
		RealInput.key(display, other.equals("warm") ? '1' : '2');
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> corrected.getAnnotations().stream()
				.anyMatch(a -> a.getSource() == AnnotationSource.HUMAN)), "the key replaces the suggestion");
		Set<String> secondIds = ids(second);
		RealInput.key(display, SWT.CR);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> !ids(editor.page()).equals(secondIds)), "next page");
		DataItem stored = project.items().stream().filter(i -> i.getId().equals(corrected.getId())).findFirst().orElseThrow();
		assertEquals(ItemStatus.LABELED, stored.getStatus());
		assertEquals(1, stored.getAnnotations().size());
		assertEquals(AnnotationSource.HUMAN, stored.getAnnotations().get(0).getSource());
		assertEquals(other, stored.getAnnotations().get(0).getLabelClass().getName(), "the person's class wins");
		assertEquals("m1", stored.getAnnotations().get(0).getModelVersion(), "the correction records the model");

		// enough labels committed through the editor: m2 trains in the background
		assertTrue(UiTestSupport.waitUntil(display, TRAINING_TIMEOUT, () -> modelVersion().equals("m2")
				&& !ProjectAssist.of(project.folder).isRunning()), "retrained after the labels: " + modelVersion());

		// the panel's counts are the store's
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(OpenAssistHandler.COMMAND_ID, null);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> page.getActiveEditor() instanceof AssistPanel),
				"the command opens the panel of the active editor's project");
		AssistPanel panel = (AssistPanel) page.getActiveEditor();
		waitForFigures(panel);
		assertEquals("m2", panel.model().version());
		assertEquals(accepted + countAccepted(secondIds), panel.figures().accepted());
		assertEquals(1, panel.figures().corrected());
		settleAndShoot("assist-panel-after-review");
	}

	private long countAccepted(Set<String> ids) throws Exception {
		return project.items().stream().filter(i -> ids.contains(i.getId()))
				.filter(i -> i.getAnnotations().stream().anyMatch(a -> a.getSource() == AnnotationSource.PRELABEL_ACCEPTED)).count();
	}

	private String modelVersion() {
		try {
			return ProjectAssist.of(project.folder).latestModel().map(AssistModel::version).orElse("");
		} catch (Exception e) {
			return e.getMessage();
		}
	}

	private static Set<String> ids(List<DataItem> items) {
		return items.stream().map(DataItem::getId).collect(Collectors.toSet());
	}

	private void settleAndShoot(String name) throws Exception {
		page.getWorkbenchWindow().getShell().update();
		long end = System.currentTimeMillis() + 500;
		UiTestSupport.waitUntil(display, 1_000, () -> System.currentTimeMillis() >= end);
		assertTrue(Files.size(UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), name)) > 10_000);
	}

	@AfterEach
	void closeAndWait() throws Exception {
		InstanceScope.INSTANCE.getNode(ClassificationPreferences.NODE).remove(ClassificationPreferences.GRID_SIZE);
		if (project != null) {
			ProjectAssist.of(project.folder).cancel();
		}
		Job.getJobManager().join(AssistJob.FAMILY, null);
		if (page != null) {
			page.closeAllEditors(false);
		}
	}
}
