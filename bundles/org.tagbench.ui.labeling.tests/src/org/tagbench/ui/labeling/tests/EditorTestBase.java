package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.ProjectType;
import org.tagbench.project.ProjectSetup;
import org.tagbench.store.ProjectStore;
import org.tagbench.ui.labeling.ImageCanvas;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.labeling.ViewTransform;
import org.tagbench.ui.testing.UiTestSupport;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/**
 * Creates a project of {@link #projectType()} (three generated 200 × 100 PNGs, classes cat and dog) in the
 * workspace, opens the labeling editor by a double-click in the Projects view, and drives its canvas with SWT
 * events computed from the view transform (image pixels in, canvas pixels out).
 */
abstract class EditorTestBase {

	static final int IMAGE_WIDTH = 200;
	static final int IMAGE_HEIGHT = 100;

	Path projectFolder;
	Path images;
	IWorkbenchPage page;
	Display display;
	LabelingEditor editor;

	ProjectType projectType() {
		return ProjectType.BOUNDING_BOX;
	}

	/** The project's label classes, in order. */
	List<String> classNames() {
		return List.of("cat", "dog");
	}

	@BeforeEach
	void createProjectAndOpenEditor() throws Exception {
		Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		images = Files.createTempDirectory("tagbench-labeling-images");
		writeImages(images);
		projectFolder = workspace.resolve("labeling-test-project");
		try (ProjectStore store = ProjectSetup.create(new ProjectSetup.Request(projectFolder, "Pets", projectType(),
				classNames(), List.of(images), true, 7L), null).store()) {
			prepare(store);
		}

		openEditorByDoubleClick();
	}

	/** Opens (or activates) the labeling editor on the project the way a user does: a double-click in the Projects view. */
	void openEditorByDoubleClick() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		display = shell.getDisplay();
		shell.setBounds(0, 0, 1200, 800);
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		view.refresh();
		view.getRefreshJob().join();
		Table table = view.getViewer().getTable();
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> rowOf(table) != null), "project listed");

		// the real open path: select the row and double-click it
		TableItem row = rowOf(table);
		view.getViewer().setSelection(new StructuredSelection(row.getData()), true);
		Event doubleClick = new Event();
		doubleClick.item = row;
		table.notifyListeners(SWT.DefaultSelection, doubleClick);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> page.getActiveEditor() instanceof LabelingEditor),
				"double-click opens the labeling editor");
		editor = (LabelingEditor) page.getActiveEditor();
		UiTestSupport.waitUntil(display, 2_000, () -> editor.canvas().transform().scale() > 0
				&& editor.canvas().getClientArea().width > 0);
		UiTestSupport.flush(display);
	}

	/** Changes the new project before the editor opens it (e.g. instructions); nothing by default. */
	void prepare(ProjectStore store) throws Exception {
	}

	/** The project's data: three 200 × 100 PNGs, each a coloured background with a grey ellipse. */
	void writeImages(Path folder) throws Exception {
		Color[] colours = { Color.ORANGE, Color.CYAN, Color.PINK };
		for (int i = 0; i < 3; i++) {
			BufferedImage image = new BufferedImage(IMAGE_WIDTH, IMAGE_HEIGHT, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(colours[i]);
			g.fillRect(0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
			g.setColor(Color.DARK_GRAY);
			g.fillOval(20 + 40 * i, 10, 60, 50);
			g.dispose();
			ImageIO.write(image, "png", folder.resolve("img" + i + ".png").toFile());
		}
	}

	private TableItem rowOf(Table table) {
		for (TableItem item : table.getItems()) {
			if (item.getData() instanceof ProjectRow row && row.folder().equals(projectFolder)) {
				return item;
			}
		}
		return null;
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		if (page != null) {
			page.closeAllEditors(false);
			if (page.findView(ProjectsView.ID) instanceof ProjectsView view && view.getRefreshJob() != null) {
				view.getRefreshJob().join();
			}
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

	/** Lets GTK paint (it paints on its frame clock, not on readAndDispatch alone). */
	void settle() {
		page.getWorkbenchWindow().getShell().update();
		long end = System.currentTimeMillis() + 400;
		UiTestSupport.waitUntil(display, 400, () -> System.currentTimeMillis() >= end);
	}

	void screenshot(String name) throws Exception {
		settle();
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), name);
	}

	/** {@link #addBoxesAndPolygons} on every item still to do, committed as in progress. */
	static void crowdItemsToDo(ProjectStore store, List<org.tagbench.model.LabelClass> classes, int count, int vertices,
			int width, int height, java.util.Random random) throws Exception {
		for (org.tagbench.store.ItemSummary summary : store
				.items(org.tagbench.store.ItemQuery.all().statuses(LabelingEditor.TO_DO), 0, 10)) {
			org.tagbench.model.DataItem item = store.item(summary.id()).orElseThrow();
			addBoxesAndPolygons(item, classes, count, vertices, width, height, random);
			item.setStatus(org.tagbench.model.ItemStatus.IN_PROGRESS);
			store.commit(item);
		}
	}

	/**
	 * Adds {@code count} boxes (20–200 pixels a side) and {@code count} polygons (radius 30–90 pixels, kept inside
	 * the image) at random places of a {@code width} × {@code height} image to {@code item}, cycling through
	 * {@code classes}: the crowded items of the repaint benchmark and test.
	 */
	static void addBoxesAndPolygons(org.tagbench.model.DataItem item, List<org.tagbench.model.LabelClass> classes,
			int count, int vertices, int width, int height, java.util.Random random) {
		for (int i = 0; i < count; i++) {
			org.tagbench.model.LabelClass labelClass = classes.get(i % classes.size());
			BoundingBox box = org.tagbench.model.TagbenchFactory.eINSTANCE.createBoundingBox();
			box.setId(item.getId() + "-b" + i);
			box.setX(random.nextInt(width - 200));
			box.setY(random.nextInt(height - 200));
			box.setW(20 + random.nextInt(180));
			box.setH(20 + random.nextInt(180));
			box.setLabelClass(labelClass);
			item.getAnnotations().add(box);
			org.tagbench.model.PolygonAnnotation polygon = org.tagbench.model.TagbenchFactory.eINSTANCE
					.createPolygonAnnotation();
			polygon.setId(item.getId() + "-p" + i);
			double cx = 100 + random.nextInt(width - 200);
			double cy = 100 + random.nextInt(height - 200);
			for (int k = 0; k < vertices; k++) {
				double angle = k * 2 * Math.PI / vertices;
				double radius = 30 + random.nextInt(60);
				polygon.getPoints().add(Math.max(0, Math.min(width - 1, cx + radius * Math.cos(angle))));
				polygon.getPoints().add(Math.max(0, Math.min(height - 1, cy + radius * Math.sin(angle))));
			}
			polygon.setLabelClass(labelClass);
			item.getAnnotations().add(polygon);
		}
	}

	static void assertBox(BoundingBox box, double x, double y, double w, double h, String className) {
		assertEquals(x, box.getX(), 1.0, "x");
		assertEquals(y, box.getY(), 1.0, "y");
		assertEquals(w, box.getW(), 1.0, "w");
		assertEquals(h, box.getH(), 1.0, "h");
		assertEquals(className, box.getLabelClass().getName());
	}

	/** A left-button drag from image point (x0, y0) to (x1, y1). */
	void drag(double x0, double y0, double x1, double y1) {
		dragWith(x0, y0, x1, y1, 0);
	}

	void dragWith(double x0, double y0, double x1, double y1, int modifiers) {
		mouse(SWT.MouseDown, x0, y0, modifiers);
		mouse(SWT.MouseMove, (x0 + x1) / 2, (y0 + y1) / 2, modifiers);
		mouse(SWT.MouseMove, x1, y1, modifiers);
		mouse(SWT.MouseUp, x1, y1, modifiers);
	}

	/** A click (press and release without moving) at image point (x, y). */
	void click(double x, double y) {
		click(x, y, 0);
	}

	void click(double x, double y, int modifiers) {
		mouse(SWT.MouseDown, x, y, modifiers);
		mouse(SWT.MouseUp, x, y, modifiers);
	}

	/** What SWT sends for a double-click: down, up, down, double-click, up. */
	void doubleClick(double x, double y) {
		click(x, y);
		mouse(SWT.MouseDown, x, y, 0);
		mouse(SWT.MouseDoubleClick, x, y, 0);
		mouse(SWT.MouseUp, x, y, 0);
	}

	void press(double ix, double iy) {
		mouse(SWT.MouseDown, ix, iy, 0);
	}

	void move(double ix, double iy) {
		mouse(SWT.MouseMove, ix, iy, 0);
	}

	void release(double ix, double iy) {
		mouse(SWT.MouseUp, ix, iy, 0);
	}

	void mouse(int type, double ix, double iy, int modifiers) {
		ImageCanvas canvas = editor.canvas();
		ViewTransform t = canvas.transform();
		Event event = new Event();
		event.button = type == SWT.MouseMove ? 0 : 1;
		event.stateMask = modifiers | (type == SWT.MouseDown || type == SWT.MouseDoubleClick ? 0 : SWT.BUTTON1);
		event.x = (int) Math.round(t.toViewX(ix));
		event.y = (int) Math.round(t.toViewY(iy));
		canvas.notifyListeners(type, event);
		UiTestSupport.flush(display);
	}

	/** A key event sent to the canvas's listeners (the path of keys that no key binding took). */
	void key(int character, int keyCode) {
		key(character, keyCode, 0);
	}

	void key(int character, int keyCode, int stateMask) {
		Event event = new Event();
		event.character = (char) character;
		event.keyCode = keyCode != 0 ? keyCode : character;
		event.stateMask = stateMask;
		editor.canvas().notifyListeners(SWT.KeyDown, event);
		UiTestSupport.flush(display);
	}

	/** Real X key events through Display.post (so the workbench's key bindings see them), with modifiers. */
	void postKey(int keyCode, char character, int... modifiers) {
		for (int modifier : modifiers) {
			post(SWT.KeyDown, modifier, (char) 0);
		}
		post(SWT.KeyDown, keyCode, character);
		post(SWT.KeyUp, keyCode, character);
		for (int i = modifiers.length - 1; i >= 0; i--) {
			post(SWT.KeyUp, modifiers[i], (char) 0);
		}
	}

	private void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		assertTrue(display.post(event));
		UiTestSupport.flush(display);
	}

	/** Makes the editor the active part with the keyboard focus on its canvas (for posted keys). */
	void focusCanvas() {
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.forceActive();
		page.activate(editor);
		editor.canvas().setFocus();
		assertTrue(UiTestSupport.waitUntil(display, 3_000, () -> editor.canvas().isFocusControl()), "canvas has focus");
	}
}
