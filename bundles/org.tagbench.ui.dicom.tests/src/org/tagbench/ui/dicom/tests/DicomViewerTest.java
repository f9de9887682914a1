package org.tagbench.ui.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.Annotation;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ProjectType;
import org.tagbench.project.ProjectSetup;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.dicom.DicomRendering;
import org.tagbench.ui.dicom.DicomViewer;
import org.tagbench.ui.dicom.internal.DicomMetadataView;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.labeling.ProjectEditorInput;
import org.tagbench.ui.labeling.ViewTransform;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * Drives the real labeling editor on DICOM items of the committed corpus (org.tagbench.dicom.tests/corpus):
 * ct12.ele.dcm (32 × 24, stored (97x + 131y) mod 4096, rescale −1024, window 40/400) and multi8.ele.dcm
 * (16 × 16 × 3 frames, stored (50f + 3x + y) mod 256).
 */
class DicomViewerTest {

	static final String NOTICE = "Tagbench is not a medical device and not for diagnosis.";

	Path data;
	Path projectFolder;
	IWorkbenchPage page;
	Display display;
	LabelingEditor editor;

	@BeforeEach
	void createProject() throws Exception {
		Path corpus = Path.of(System.getProperty("user.dir")).resolveSibling("org.tagbench.dicom.tests").resolve("corpus");
		data = Files.createTempDirectory("tagbench-dicom-viewer");
		for (String name : List.of("ct12.ele.dcm", "multi8.ele.dcm")) {
			Files.copy(corpus.resolve(name), data.resolve(name));
		}
		Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		projectFolder = workspace.resolve("dicom-viewer-test");
		ProjectSetup.create(new ProjectSetup.Request(projectFolder, "Scans", ProjectType.BOUNDING_BOX, List.of("lesion", "device"),
				List.of(data), true, 3L), null).store().close();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		display = shell.getDisplay();
		shell.setBounds(0, 0, 1200, 800);
		editor = (LabelingEditor) page.openEditor(new ProjectEditorInput(projectFolder, null), LabelingEditor.ID);
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> editor.canvas().transform().scale() > 0
				&& editor.canvas().getClientArea().width > 0 && editor.item() != null), "editor shows an item");
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		if (page != null) {
			page.closeAllEditors(false);
		}
		for (Path folder : new Path[] { projectFolder, data }) {
			if (folder != null && Files.exists(folder)) {
				try (Stream<Path> files = Files.walk(folder)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
		}
	}

	/** Walks this session's items (forward, then back) until {@code name} is shown. */
	DicomViewer showItem(String name) {
		for (int i = 0; i < 4 && !name.equals(editor.item() == null ? null : editor.item().getPath()); i++) {
			editor.forward();
		}
		for (int i = 0; i < 4 && (editor.item() == null || !name.equals(editor.item().getPath())); i++) {
			editor.back();
		}
		UiTestSupport.flush(display);
		assertEquals(name, editor.item().getPath());
		assertTrue(editor.itemViewer() instanceof DicomViewer, "the DICOM viewer shows DICOM items");
		return (DicomViewer) editor.itemViewer();
	}

	void mouse(int type, int button, int stateMask, double ix, double iy) {
		ViewTransform t = editor.canvas().transform();
		viewMouse(type, button, stateMask, (int) Math.round(t.toViewX(ix)), (int) Math.round(t.toViewY(iy)));
	}

	void viewMouse(int type, int button, int stateMask, int x, int y) {
		Event event = new Event();
		event.button = button;
		event.stateMask = stateMask;
		event.x = x;
		event.y = y;
		editor.canvas().notifyListeners(type, event);
		UiTestSupport.flush(display);
	}

	int grey(int x, int y) {
		ImageData data = editor.canvas().image().getImageData();
		return data.palette.getRGB(data.getPixel(x, y)).red;
	}

	double meanGrey() {
		ImageData data = editor.canvas().image().getImageData();
		long sum = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				sum += data.palette.getRGB(data.getPixel(x, y)).red;
			}
		}
		return (double) sum / (data.width * data.height);
	}

	void screenshot(String name) throws Exception {
		page.getWorkbenchWindow().getShell().update();
		long end = System.currentTimeMillis() + 400;
		UiTestSupport.waitUntil(display, 400, () -> System.currentTimeMillis() >= end);
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), name);
	}

	@Test
	void aBoxOnADicomItemIsStoredInThePixelSpaceOfTheFrame() throws Exception {
		showItem("ct12.ele.dcm");
		ImageCanvas canvas = editor.canvas();
		assertNull(canvas.placeholder());
		assertEquals(32, canvas.image().getBounds().width);
		assertEquals(24, canvas.image().getBounds().height);
		assertEquals(32, canvas.transform().imageWidth());
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> NOTICE.equals(editor.noticeText())), "the notice is shown");

		mouse(SWT.MouseDown, 1, 0, 4, 3);
		mouse(SWT.MouseMove, 0, SWT.BUTTON1, 12, 9);
		mouse(SWT.MouseMove, 0, SWT.BUTTON1, 20, 15);
		mouse(SWT.MouseUp, 1, SWT.BUTTON1, 20, 15);
		assertEquals(1, editor.boxes().size());
		screenshot("dicom-viewer-box");
		String id = editor.item().getId();
		editor.submit();

		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			DataItem stored = store.item(id).orElseThrow();
			assertEquals(1, stored.getAnnotations().size());
			BoundingBox box = (BoundingBox) stored.getAnnotations().get(0);
			assertEquals(4, box.getX(), 1e-9);
			assertEquals(3, box.getY(), 1e-9);
			assertEquals(16, box.getW(), 1e-9);
			assertEquals(12, box.getH(), 1e-9);
			assertEquals(0, box.getFrameIndex());
			assertEquals("lesion", box.getLabelClass().getName());
		}
	}

	@Test
	void rightDragChangesCentreAndWidthLive() throws Exception {
		DicomViewer viewer = showItem("ct12.ele.dcm");
		DicomRendering rendering = viewer.rendering();
		assertEquals(40, rendering.window().center(), 1e-9, "the file's window");
		assertEquals(400, rendering.window().width(), 1e-9);
		assertEquals(DicomRendering.Preset.FILE, rendering.preset());
		double sensitivity = rendering.dragSensitivity();
		double meanBefore = meanGrey();

		viewMouse(SWT.MouseDown, 3, 0, 300, 300);
		viewMouse(SWT.MouseMove, 0, SWT.BUTTON3, 360, 300);
		assertEquals(400 + 60 * sensitivity, rendering.window().width(), 1e-6, "right: wider");
		assertEquals(40, rendering.window().center(), 1e-6, "horizontal only: centre kept");
		viewMouse(SWT.MouseMove, 0, SWT.BUTTON3, 360, 340);
		assertEquals(40 + 40 * sensitivity, rendering.window().center(), 1e-6, "down: higher centre");
		assertTrue(meanGrey() < meanBefore, "a higher centre makes the image darker, live while dragging");
		viewMouse(SWT.MouseUp, 3, SWT.BUTTON3, 360, 340);
		assertEquals(32, editor.canvas().image().getBounds().width, "full size after the drag");
		assertTrue(viewer.windowText().startsWith("C "), viewer.windowText());
		assertEquals(DicomViewer.CUSTOM, viewer.presetCombo().getText());
		assertTrue(editor.boxes().isEmpty(), "the right button draws nothing");

		viewMouse(SWT.MouseDown, 3, 0, 300, 300);
		viewMouse(SWT.MouseMove, 0, SWT.BUTTON3, 250, 260);
		viewMouse(SWT.MouseUp, 3, SWT.BUTTON3, 250, 260);
		assertTrue(rendering.window().width() < 400 + 60 * sensitivity, "left: narrower");
		assertTrue(rendering.window().center() < 40 + 40 * sensitivity, "up: lower centre");
		screenshot("dicom-viewer-window");
	}

	@Test
	void presetInvertAndResetCommands() throws Exception {
		DicomViewer viewer = showItem("ct12.ele.dcm");
		DicomRendering rendering = viewer.rendering();
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		ICommandService commands = editor.getSite().getService(ICommandService.class);
		page.activate(editor);
		int before = grey(5, 7);

		handlers.executeCommand("org.tagbench.ui.dicom.commands.invert", null);
		assertTrue(rendering.inverted());
		assertEquals(255 - before, grey(5, 7), "inverted grey");

		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand("org.tagbench.ui.dicom.commands.preset"),
				Map.of("org.tagbench.ui.dicom.preset", "FULL_RANGE")), null);
		assertEquals(DicomRendering.Preset.FULL_RANGE, rendering.preset());
		// stored values 0 … 4095 minus 1024 cover −1024 … 3071 in this image
		double low = rendering.window().center() - rendering.window().width() / 2;
		double high = rendering.window().center() + rendering.window().width() / 2;
		assertTrue(low <= -1000 && high >= 3000, low + " … " + high);
		assertEquals("Full range", viewer.presetCombo().getText());

		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand("org.tagbench.ui.dicom.commands.preset"),
				Map.of("org.tagbench.ui.dicom.preset", "AUTOMATIC")), null);
		assertEquals(DicomRendering.Preset.AUTOMATIC, rendering.preset());
		assertNotEquals(400, rendering.window().width(), 1e-6);

		handlers.executeCommand("org.tagbench.ui.dicom.commands.reset", null);
		assertFalse(rendering.inverted());
		assertEquals(DicomRendering.Preset.FILE, rendering.preset());
		assertEquals(40, rendering.window().center(), 1e-9);
		assertEquals(400, rendering.window().width(), 1e-9);
		assertEquals(before, grey(5, 7), "back to the file's rendering");
	}

	@Test
	void invertKeyBindingWorksWithRealKeys() {
		DicomViewer viewer = showItem("ct12.ele.dcm");
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.forceActive();
		page.activate(editor);
		editor.canvas().setFocus();
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.canvas().isFocusControl()), "canvas has focus");
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.character = 'i';
		down.keyCode = 'i';
		assertTrue(display.post(down));
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.character = 'i';
		up.keyCode = 'i';
		assertTrue(display.post(up));
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> viewer.rendering().inverted()), "I inverts");
	}

	@Test
	void theStatusLineShowsStoredAndModalityValueUnderTheCursor() {
		showItem("ct12.ele.dcm");
		mouse(SWT.MouseMove, 0, 0, 5.5, 7.5);
		int stored = (5 * 97 + 7 * 131) % 4096;
		assertTrue(editor.statusText().endsWith("(5, 7) stored " + stored + " · modality " + (stored - 1024)), editor.statusText());
		mouse(SWT.MouseMove, 0, 0, 31.5, 0.5);
		int corner = (31 * 97) % 4096;
		assertTrue(editor.statusText().endsWith("stored " + corner + " · modality " + (corner - 1024)), editor.statusText());
	}

	@Test
	void theFrameSliderChangesTheFrameAndAnnotationsRecordIt() throws Exception {
		DicomViewer viewer = showItem("multi8.ele.dcm");
		assertEquals(2, viewer.frameScale().getMaximum());
		assertTrue(viewer.frameScale().isEnabled());
		mouse(SWT.MouseMove, 0, 0, 2.5, 1.5);
		assertTrue(editor.statusText().endsWith("stored 7 · modality 7"), editor.statusText());

		viewer.frameScale().setSelection(1);
		viewer.frameScale().notifyListeners(SWT.Selection, new Event());
		UiTestSupport.flush(display);
		assertEquals(1, editor.frame());
		assertEquals(1, viewer.rendering().frame());
		mouse(SWT.MouseMove, 0, 0, 2.5, 1.5);
		assertTrue(editor.statusText().endsWith("stored 57 · modality 57"), editor.statusText());

		mouse(SWT.MouseDown, 1, 0, 2, 2);
		mouse(SWT.MouseMove, 0, SWT.BUTTON1, 8, 8);
		mouse(SWT.MouseUp, 1, SWT.BUTTON1, 10, 12);
		assertEquals(1, editor.boxes().size());
		assertEquals(1, editor.boxes().get(0).getFrameIndex());
		screenshot("dicom-viewer-frame");

		viewer.nextFrame(-1);
		assertEquals(0, editor.frame());
		assertTrue(editor.boxes().isEmpty(), "frame 0 shows its own annotations only");
		String id = editor.item().getId();
		editor.submit();
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			List<Annotation> stored = store.item(id).orElseThrow().getAnnotations();
			assertEquals(1, stored.size());
			assertEquals(1, stored.get(0).getFrameIndex());
			BoundingBox box = (BoundingBox) stored.get(0);
			assertEquals(2, box.getX(), 1e-9);
			assertEquals(10, box.getH(), 1e-9);
		}
	}

	@Test
	void theMetadataViewListsTheTagsWithTheStandardsNames() throws Exception {
		showItem("ct12.ele.dcm");
		DicomMetadataView view = (DicomMetadataView) page.showView(DicomMetadataView.ID);
		UiTestSupport.flush(display);
		Map<String, TreeItem> rows = topRows(view);
		assertEquals("24", rows.get("Rows").getText(DicomMetadataView.VALUE));
		assertEquals("(0028,0010)", rows.get("Rows").getText(DicomMetadataView.TAG));
		assertEquals("US", rows.get("Rows").getText(DicomMetadataView.VR));
		assertEquals(-1024, Double.parseDouble(rows.get("Rescale Intercept").getText(DicomMetadataView.VALUE)), 1e-9);
		assertEquals("DS", rows.get("Window Center").getText(DicomMetadataView.VR));
		assertEquals("1.2.840.10008.1.2.1", rows.get("Transfer Syntax UID").getText(DicomMetadataView.VALUE), "file meta first");
		assertFalse(rows.containsKey("RescaleIntercept"), "names, not keywords");
		assertEquals("1536 bytes", rows.get("Pixel Data").getText(DicomMetadataView.VALUE), "pixels by size");

		// a nested sequence: the Modality LUT Sequence's item and its elements are children, named
		view.show(org.tagbench.dicom.DicomReaders.standard().read(corpus().resolve("modlut.ele.dcm")));
		UiTestSupport.flush(display);
		TreeItem sequence = topRows(view).get("Modality LUT Sequence");
		assertNotNull(sequence);
		assertEquals("SQ", sequence.getText(DicomMetadataView.VR));
		assertEquals("1 item", sequence.getText(DicomMetadataView.VALUE));
		assertEquals(1, sequence.getItemCount());
		TreeItem item = sequence.getItem(0);
		assertEquals("Item 1 of 1", item.getText(DicomMetadataView.NAME));
		assertTrue(sequence.getExpanded() && item.getExpanded(), "nested items are shown expanded");
		Map<String, String> nested = new java.util.HashMap<>();
		for (TreeItem row : item.getItems()) {
			nested.put(row.getText(DicomMetadataView.NAME), row.getText(DicomMetadataView.VALUE));
		}
		assertEquals("4096\\0\\16", nested.get("LUT Descriptor"));
		assertEquals("corpus", nested.get("LUT Explanation"));
		assertEquals("8192 bytes", nested.get("LUT Data"));
		assertEquals(3, nested.size());
		assertFalse(topRows(view).containsKey("LUT Descriptor"), "nested elements are not top-level rows");
		view.tree().showItem(item.getItem(item.getItemCount() - 1));
		screenshot("dicom-viewer-metadata");
		// with the metadata view below it, the editor is low: its side panel scrolls rather than squeezing the class
		// list away (it used to shrink to nothing beside the DICOM controls)
		Table classes = editor.classTable();
		assertTrue(classes.getSize().y >= classes.getHeaderHeight() + 2 * classes.getItemHeight(),
				"both classes visible: " + classes.getSize());
		page.hideView(view);
	}

	static Path corpus() {
		return Path.of(System.getProperty("user.dir")).resolveSibling("org.tagbench.dicom.tests").resolve("corpus");
	}

	/** The view's top-level rows by name. */
	private static Map<String, TreeItem> topRows(DicomMetadataView view) {
		Map<String, TreeItem> rows = new java.util.HashMap<>();
		for (TreeItem row : view.tree().getItems()) {
			rows.put(row.getText(DicomMetadataView.NAME), row);
		}
		return rows;
	}

	@Test
	void everyDicomItemOfTheProjectIsListed() throws Exception {
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			List<ItemSummary> items = store.items(ItemQuery.all(), 0, 10);
			assertEquals(2, items.size());
			assertTrue(items.stream().allMatch(i -> i.width() > 0), "sizes probed from the DICOM headers");
		}
	}
}
