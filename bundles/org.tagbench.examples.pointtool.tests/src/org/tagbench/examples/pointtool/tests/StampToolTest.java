package org.tagbench.examples.pointtool.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.examples.pointtool.StampTool;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.ProjectType;
import org.tagbench.project.ProjectSetup;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.labeling.ProjectEditorInput;
import org.tagbench.ui.labeling.ViewTransform;
import org.tagbench.ui.testing.UiTestSupport;

/** The example Stamp tool, contributed through the extension point, in the real labeling editor. */
class StampToolTest {

	private static final String BOX = "org.tagbench.ui.labeling.tools.box";
	private static final String STAMP = "org.tagbench.examples.pointtool.stamp";

	private Path projectFolder;
	private Path images;
	private IWorkbenchPage page;
	private Display display;
	private LabelingEditor editor;

	private void open(ProjectType type) throws Exception {
		Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		images = Files.createTempDirectory("tagbench-stamp-images");
		BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 200, 100);
		g.dispose();
		ImageIO.write(image, "png", images.resolve("img0.png").toFile());
		projectFolder = workspace.resolve("stamp-test-project-" + type.getName());
		ProjectSetup.create(new ProjectSetup.Request(projectFolder, "Stamps", type, List.of("cell", "debris"),
				List.of(images), true, 3L), null).store().close();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		display = page.getWorkbenchWindow().getShell().getDisplay();
		page.getWorkbenchWindow().getShell().setBounds(0, 0, 1200, 800);
		editor = (LabelingEditor) page.openEditor(new ProjectEditorInput(projectFolder, null), LabelingEditor.ID);
		UiTestSupport.waitUntil(display, 2_000, () -> editor.canvas().transform().scale() > 0
				&& editor.canvas().getClientArea().width > 0);
		UiTestSupport.flush(display);
	}

	@Test
	void theStampIsOfferedBesideTheBoxToolAndAClickPlacesAFixedSizeBoxCentredOnIt() throws Exception {
		open(ProjectType.BOUNDING_BOX);
		assertEquals(List.of(BOX, STAMP), editor.toolIds());
		assertEquals(BOX, editor.activeToolId(), "the box tool stays the default");

		ToolItem stampItem = null;
		for (ToolItem item : editor.toolBar().getItems()) {
			if (STAMP.equals(item.getData())) {
				stampItem = item;
			}
		}
		assertNotNull(stampItem, "the stamp is in the editor's tool bar");
		assertEquals("Stamp", stampItem.getText());
		assertNotNull(stampItem.getImage(), "with its icon");
		stampItem.setSelection(true);
		stampItem.notifyListeners(SWT.Selection, new Event());
		assertEquals(STAMP, editor.activeToolId());
		assertTrue(editor.canvas().tool() instanceof StampTool);

		click(100, 50);
		List<BoundingBox> boxes = editor.boxes();
		assertEquals(1, boxes.size());
		assertBox(boxes.get(0), 84, 34, StampTool.SIZE, StampTool.SIZE, "cell");
		assertTrue(editor.isDirty());

		editor.selectClassByKey("2");
		click(5, 95); // at the corner: moved inside the image
		assertEquals(2, editor.boxes().size());
		assertBox(editor.boxes().get(1), 0, 100 - StampTool.SIZE, StampTool.SIZE, StampTool.SIZE, "debris");
		settle();
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "stamp-tool");

		editor.editingDomain().getCommandStack().undo();
		editor.editingDomain().getCommandStack().undo();
		assertTrue(editor.boxes().isEmpty(), "stamps undo like any box");
		assertFalse(editor.isDirty());

		// back to the box tool through the Select Annotation Tool command (what a key binding runs)
		page.activate(editor);
		ICommandService commands = editor.getSite().getService(ICommandService.class);
		ParameterizedCommand selectBox = ParameterizedCommand.generateCommand(
				commands.getCommand("org.tagbench.ui.labeling.commands.selectTool"),
				Map.of("org.tagbench.ui.labeling.toolId", BOX));
		editor.getSite().getService(IHandlerService.class).executeCommand(selectBox, null);
		assertEquals(BOX, editor.activeToolId());
		click(100, 50);
		assertTrue(editor.boxes().isEmpty(), "a click with the box tool draws nothing");
	}

	@Test
	void toolsAreOfferedOnlyForTheirProjectTypes() throws Exception {
		open(ProjectType.MULTI_CLASS);
		assertTrue(editor.toolIds().isEmpty(), editor.toolIds().toString());
		click(100, 50);
		assertTrue(editor.boxes().isEmpty());
	}

	@Test
	void keyTSelectsTheStampThroughTheSelectAnnotationToolCommand() throws Exception {
		open(ProjectType.BOUNDING_BOX);
		page.activate(editor);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		ParameterizedCommand t = bindings.getPerfectMatch(KeySequence.getInstance("T")).getParameterizedCommand();
		assertEquals("org.tagbench.ui.labeling.commands.selectTool", t.getId());
		assertEquals(STAMP, t.getParameterMap().get("org.tagbench.ui.labeling.toolId"));
		editor.getSite().getService(IHandlerService.class).executeCommand(t, null);
		assertEquals(STAMP, editor.activeToolId());
	}

	/** Lets GTK paint (it paints on its frame clock, not on readAndDispatch alone). */
	private void settle() {
		page.getWorkbenchWindow().getShell().update();
		long end = System.currentTimeMillis() + 400;
		UiTestSupport.waitUntil(display, 400, () -> System.currentTimeMillis() >= end);
	}

	private void click(double ix, double iy) {
		ImageCanvas canvas = editor.canvas();
		ViewTransform t = canvas.transform();
		for (int type : new int[] { SWT.MouseMove, SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.button = type == SWT.MouseMove ? 0 : 1;
			event.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
			event.x = (int) Math.round(t.toViewX(ix));
			event.y = (int) Math.round(t.toViewY(iy));
			canvas.notifyListeners(type, event);
			UiTestSupport.flush(display);
		}
	}

	private static void assertBox(BoundingBox box, double x, double y, double w, double h, String className) {
		assertEquals(x, box.getX(), 0.5, "x");
		assertEquals(y, box.getY(), 0.5, "y");
		assertEquals(w, box.getW(), 0.5, "w");
		assertEquals(h, box.getH(), 0.5, "h");
		assertEquals(className, box.getLabelClass().getName());
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		if (page != null) {
			page.closeAllEditors(false);
		}
		for (Path folder : new Path[] { projectFolder, images }) {
			if (folder != null && Files.exists(folder)) {
				try (Stream<Path> files = Files.walk(folder)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
		}
	}
}
