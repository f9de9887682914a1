package org.tagbench.ui.assist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.project.ProjectSetup;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.ui.labeling.LabelingEditor;
import org.tagbench.ui.labeling.ProjectEditorInput;
import org.tagbench.ui.testing.RealInput;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * Suggested boxes in the real labeling editor (written to the store as the assist writes pre-labels): shown
 * dashed with a "suggested" chip; Enter accepts them; moving one makes it the labeler's, marked as a correction.
 * Both are recorded under the labeler name of the preferences, not the operating-system user.
 */
class BoxSuggestionsTest {

	private IWorkbenchPage page;
	private Display display;

	@Test
	void enterAcceptsASuggestedBoxAndMovingOneCorrectsIt() throws Exception {
		Path workspace = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL()));
		Path images = Files.createTempDirectory("tagbench-box-suggestions");
		for (int i = 0; i < 2; i++) {
			BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(Color.LIGHT_GRAY);
			g.fillRect(0, 0, 320, 240);
			g.setColor(Color.DARK_GRAY);
			g.fillRect(60, 50, 120, 90);
			g.dispose();
			ImageIO.write(image, "png", images.resolve("scene" + i + ".png").toFile());
		}
		Path folder = workspace.resolve("box-suggestions-" + UUID.randomUUID());
		ProjectSetup.create(new ProjectSetup.Request(folder, "Boxes", ProjectType.BOUNDING_BOX, List.of("crate", "door"),
				List.of(images), true, 1L), null).store().close();
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			for (ItemSummary row : store.items(ItemQuery.all(), 0, 10)) {
				DataItem item = store.item(row.id()).orElseThrow();
				BoundingBox box = TagbenchFactory.eINSTANCE.createBoundingBox();
				box.setId(UUID.randomUUID().toString());
				box.setX(60);
				box.setY(50);
				box.setW(120);
				box.setH(90);
				box.setLabelClass(store.project().getLabelClasses().get(0));
				box.setSource(AnnotationSource.PRELABEL);
				box.setScore(0.93);
				box.setModelVersion("m4");
				box.setAuthor("tagbench-assist");
				item.getAnnotations().add(box);
				store.commit(item);
			}
		}

		InstanceScope.INSTANCE.getNode(TagbenchPreferences.NODE).put(TagbenchPreferences.LABELER_NAME, "ada-reviewing");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		display = page.getWorkbenchWindow().getShell().getDisplay();
		page.getWorkbenchWindow().getShell().setBounds(0, 0, 1400, 900);
		page.openEditor(new ProjectEditorInput(folder, "Boxes"), LabelingEditor.ID);
		LabelingEditor editor = (LabelingEditor) page.getActiveEditor();
		page.getWorkbenchWindow().getShell().forceActive();
		editor.setFocus();
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> editor.item() != null && editor.canvas().isFocusControl()),
				"the first item is shown");
		settle();
		assertTrue(Files.size(UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "assist-suggested-box")) > 10_000);

		// Enter accepts the suggested box as it is
		String first = editor.item().getId();
		RealInput.key(display, SWT.CR);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.item() != null && !editor.item().getId().equals(first)),
				"Enter shows the next item");
		Annotation accepted = stored(folder, first);
		assertEquals(AnnotationSource.PRELABEL_ACCEPTED, accepted.getSource());
		assertEquals("m4", accepted.getModelVersion());
		assertEquals(0.93, accepted.getScore(), 1e-9);
		assertEquals("ada-reviewing", accepted.getAuthor(), "accepted by the labeler named in the preferences");

		// moving the suggested box makes it the labeler's own: a correction of model m4
		String second = editor.item().getId();
		editor.cycleSelection(1);
		editor.nudge(5, 0);
		RealInput.key(display, SWT.CR);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, () -> editor.item() == null || !editor.item().getId().equals(second)),
				"Enter submits the second item");
		BoundingBox corrected = (BoundingBox) stored(folder, second);
		assertEquals(AnnotationSource.HUMAN, corrected.getSource());
		assertEquals("m4", corrected.getModelVersion(), "the correction records the suggesting model");
		assertNotEquals(60.0, corrected.getX(), "the box moved");
		assertEquals("ada-reviewing", corrected.getAuthor(), "corrected by the labeler named in the preferences");
	}

	private static Annotation stored(Path folder, String itemId) throws Exception {
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			DataItem item = store.item(itemId).orElseThrow();
			assertEquals(ItemStatus.LABELED, item.getStatus());
			assertEquals(1, item.getAnnotations().size());
			return item.getAnnotations().get(0);
		}
	}

	private void settle() {
		page.getWorkbenchWindow().getShell().update();
		long end = System.currentTimeMillis() + 500;
		UiTestSupport.waitUntil(display, 1_000, () -> System.currentTimeMillis() >= end);
	}

	@AfterEach
	void close() {
		InstanceScope.INSTANCE.getNode(TagbenchPreferences.NODE).remove(TagbenchPreferences.LABELER_NAME);
		if (page != null) {
			page.closeAllEditors(false);
		}
	}
}
