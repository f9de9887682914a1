package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.Annotation;
import org.tagbench.model.DataItem;
import org.tagbench.model.Instructions;
import org.tagbench.model.InstructionsFormat;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.ui.labeling.InstructionsDialog;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * A project with Markdown instructions: they are shown when the editor opens, once per labeler and project;
 * Ctrl+I shows them again. The labeler name preference is the author of what the labeler draws.
 */
class InstructionsTest extends EditorTestBase {

	private static final String MARKDOWN = "# Label every animal\n\n- Draw **tight** boxes\n- Use `dog` for wolves\n";

	@Override
	void prepare(ProjectStore store) throws Exception {
		Instructions instructions = TagbenchFactory.eINSTANCE.createInstructions();
		instructions.setText(MARKDOWN);
		instructions.setFormat(InstructionsFormat.MARKDOWN);
		instructions.setLink("https://tagbench.org/guide");
		store.project().setInstructions(instructions);
		store.saveProject();
		InstanceScope.INSTANCE.getNode(TagbenchPreferences.NODE).put(TagbenchPreferences.LABELER_NAME, "ann-test");
		InstructionsDialog.forget(store.project());
	}

	@AfterEach
	void resetLabeler() {
		InstanceScope.INSTANCE.getNode(TagbenchPreferences.NODE).remove(TagbenchPreferences.LABELER_NAME);
	}

	@Test
	void shownFirstOnceThenOnlyWhenAsked() throws Exception {
		Shell dialog = waitForInstructions();
		assertNotNull(dialog, "the instructions are shown when the project is opened for labeling");
		String shown = ((InstructionsDialog) dialog.getData()).shownText(); // JFace windows are their shell's data
		assertTrue(shown.contains("Label every animal"), shown);
		assertTrue(shown.contains("• Draw tight boxes"), "Markdown is rendered, not shown raw: " + shown);
		assertFalse(shown.contains("**") || shown.contains("# "), shown);
		UiTestSupport.screenshot(dialog, "instructions-dialog");
		assertFalse(InstructionsDialog.isSeen(projectOf()), "not seen before it closes");

		Button start = startButton(dialog);
		assertEquals("Start Labeling", start.getText().replace("&", ""));
		start.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertTrue(UiTestSupport.waitUntil(display, 5_000, dialog::isDisposed), "Start Labeling closes it");
		assertTrue(InstructionsDialog.isSeen(projectOf()), "remembered for this labeler and project");

		// labeling works as usual, and what is drawn carries the labeler preference as author
		DataItem first = editor.item();
		drag(20, 10, 80, 60);
		key(SWT.CR, SWT.CR);
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			DataItem stored = store.item(first.getId()).orElseThrow();
			assertEquals(ItemStatus.LABELED, stored.getStatus());
			assertTrue(stored.getTimeSpentMillis() > 0, "time spent is recorded");
			Annotation box = stored.getAnnotations().get(0);
			assertEquals("ann-test", box.getAuthor(), "the labeler name preference is the author");
		}

		// opened again: not shown a second time
		page.closeAllEditors(false);
		openEditorByDoubleClick();
		UiTestSupport.flush(display);
		assertNull(findInstructions(), "not shown again after the first time");

		// unless asked: Ctrl+I in the editor (a real key event through the workbench's key binding)
		focusCanvas();
		postKey('i', 'i', SWT.CTRL);
		Shell again = waitForInstructions();
		assertNotNull(again, "Ctrl+I shows the instructions again");
		postKey(SWT.ESC, (char) SWT.ESC);
		assertTrue(UiTestSupport.waitUntil(display, 5_000, again::isDisposed), "Esc skips them");
		assertTrue(editor.canvas().isFocusControl() || page.getActiveEditor() == editor);
	}

	private org.tagbench.model.LabelingProject projectOf() throws Exception {
		try (LocalProjectStore store = LocalProjectStore.open(projectFolder)) {
			return store.project();
		}
	}

	private Shell waitForInstructions() {
		UiTestSupport.waitUntil(display, 10_000, () -> findInstructions() != null);
		return findInstructions();
	}

	private Shell findInstructions() {
		return UiTestSupport.findShell(display, s -> s.isVisible() && s.getText().startsWith("Instructions: "));
	}

	private static Button startButton(Control root) {
		if (root instanceof Button button && Integer.valueOf(IDialogConstants.OK_ID).equals(button.getData())) {
			return button;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = startButton(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
