package org.tagbench.ui.projects.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.project.ProjectSetup;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.ui.projects.ExportDialog;
import org.tagbench.ui.projects.internal.ProjectActionHandler;
import org.tagbench.ui.testing.UiTestSupport;
import org.tagbench.ui.views.ProjectRow;
import org.tagbench.ui.views.ProjectsView;

/**
 * Project > Export Labels… on a box project with two DICOM files of the corpus (Patient's Name "Test^Corpus"): one
 * stored under a folder and file named after the patient, one under a neutral name, and a PNG. The dialog's
 * "leave out patient-identifying metadata" option, driven like a person would, and the exported files checked.
 */
class ExportDialogTest {

	private Path data;
	private Path folder;
	private Path out;
	private Display display;

	@BeforeEach
	void createLabeledProject() throws Exception {
		display = PlatformUI.getWorkbench().getDisplay();
		data = Files.createTempDirectory("tagbench-export-data");
		out = Files.createTempDirectory("tagbench-export-out");
		Path corpus = Path.of(System.getProperty("user.dir")).resolveSibling("org.tagbench.dicom.tests").resolve("corpus");
		Files.createDirectories(data.resolve("Corpus_Test"));
		Files.copy(corpus.resolve("ct12.ele.dcm"), data.resolve("Corpus_Test/corpus-test ct.dcm"));
		Files.createDirectories(data.resolve("scans"));
		Files.copy(corpus.resolve("ct12.ele.dcm"), data.resolve("scans/0001.dcm"));
		Files.createDirectories(data.resolve("images"));
		ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "png", data.resolve("images/cat.png").toFile());
		folder = Path.of(URIUtil.toURI(Platform.getInstanceLocation().getURL())).resolve("export-project");
		try (ProjectStore store = ProjectSetup.create(new ProjectSetup.Request(folder, "Scans", ProjectType.BOUNDING_BOX,
				List.of("lesion"), List.of(data), true, 3L), null).store()) {
			List<ItemSummary> items = store.items(ItemQuery.all(), 0, 10);
			assertEquals(3, items.size(), "two DICOM files and a PNG registered");
			assertEquals(2, items.stream().filter(i -> i.mediaType() == MediaType.DICOM).count());
			for (ItemSummary summary : items) {
				DataItem item = store.item(summary.id()).orElseThrow();
				BoundingBox box = TagbenchFactory.eINSTANCE.createBoundingBox();
				box.setLabelClass(store.project().getLabelClasses().get(0));
				box.setX(4);
				box.setY(3);
				box.setW(16);
				box.setH(12);
				box.setSource(AnnotationSource.HUMAN);
				box.setAuthor("ann");
				item.getAnnotations().add(box);
				item.setStatus(ItemStatus.LABELED);
				store.commit(item);
			}
		}
	}

	@AfterEach
	void delete() throws Exception {
		for (Shell shell : display.getShells()) {
			if (shell.getText().startsWith(ExportDialog.TITLE)) {
				shell.close();
			}
		}
		for (Path path : new Path[] { folder, data, out }) {
			if (path != null && Files.exists(path)) {
				try (Stream<Path> files = Files.walk(path)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(file);
					}
				}
			}
		}
	}

	@Test
	void theExportDialogLeavesOutPatientIdentifyingPathsWhenAskedAndNeverWritesAPatientsName() throws Exception {
		Path plain = out.resolve("voc-plain");
		String plainText = exportWithDialog(plain, false);
		assertFalse(plainText.contains("corpus"), "a path holding the patient's name is always replaced: " + plainText);
		assertTrue(plainText.contains("0001"), "without the option a neutral DICOM path is kept: " + plainText);
		assertTrue(plainText.contains("cat.png"));

		Path deidentified = out.resolve("voc-deidentified");
		String text = exportWithDialog(deidentified, true);
		assertFalse(text.contains("corpus"), text);
		assertFalse(text.contains("0001"), "with the option every DICOM item is pseudonymised: " + text);
		assertTrue(text.contains("cat.png"), "other items keep their paths: " + text);
		try (ProjectStore store = org.tagbench.store.local.LocalProjectStore.open(folder)) {
			for (ItemSummary item : store.items(ItemQuery.all(), 0, 10)) {
				if (item.mediaType() == MediaType.DICOM) {
					assertTrue(text.contains(item.id().toLowerCase(Locale.ROOT)), "pseudonym dicom/" + item.id() + ".dcm: " + text);
				}
			}
		}
		try (Stream<Path> files = Files.walk(deidentified)) {
			List<String> names = files.map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)).toList();
			assertTrue(names.stream().noneMatch(n -> n.contains("corpus")), "file names: " + names);
		}
	}

	/** Opens Export Labels… from the Projects view, chooses Pascal VOC, {@code target} and the option, exports. */
	private String exportWithDialog(Path target, boolean deidentify) throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		// a listing still running from the workbench's start would show rows without the new project, and take the selection
		view.refresh();
		view.getRefreshJob().join();
		UiTestSupport.flush(display);
		view.refreshAndSelect(folder);
		assertTrue(UiTestSupport.waitUntil(display, 20_000, () -> view.getViewer().getStructuredSelection()
				.getFirstElement() instanceof ProjectRow row && row.folder().equals(folder)));
		page.activate(view);
		view.getSite().getService(IHandlerService.class).executeCommand("org.tagbench.ui.projects.commands.export", null);
		Shell shell = UiTestSupport.findShell(display, s -> s.getText().equals(ExportDialog.TITLE + ": Scans"));
		assertNotNull(shell, "Project > Export Labels… opens the dialog");
		ExportDialog dialog = (ExportDialog) shell.getData();
		assertEquals(ExportDialog.DEIDENTIFY_TEXT, dialog.deidentifyButton().getText());
		assertFalse(dialog.deidentifyButton().getSelection(), "off by default, as on the command line");
		assertTrue(UiTestSupport.texts(shell).stream().anyMatch(t -> t.startsWith("This project holds DICOM items.")),
				"the dialog says the project holds DICOM: " + UiTestSupport.texts(shell));

		int voc = List.of(dialog.formatCombo().getItems()).indexOf("Pascal VOC XML");
		assertTrue(voc >= 0, List.of(dialog.formatCombo().getItems()).toString());
		dialog.formatCombo().select(voc);
		dialog.formatCombo().notifyListeners(SWT.Selection, new Event());
		assertTrue(dialog.targetField().getText().endsWith("Scans-voc"), "a default folder named after the project and format: "
				+ dialog.targetField().getText());
		dialog.targetField().setText(target.toString());
		dialog.deidentifyButton().setSelection(deidentify);
		dialog.deidentifyButton().notifyListeners(SWT.Selection, new Event());
		assertEquals(deidentify, dialog.options().deidentify());
		UiTestSupport.screenshot(shell, deidentify ? "export-dialog-deidentify" : "export-dialog");
		press(shell, "Export");
		assertTrue(shell.isDisposed(), "the dialog closes when the export starts");

		Job.getJobManager().join(ProjectActionHandler.EXPORT_JOB_FAMILY, null);
		java.util.function.Predicate<Shell> outcome = s -> s.getText().equals(ExportDialog.TITLE) && s.getData() instanceof MessageDialog;
		assertTrue(UiTestSupport.waitUntil(display, 10_000, () -> UiTestSupport.findShell(display, outcome) != null), "outcome shown");
		Shell done = UiTestSupport.findShell(display, outcome);
		assertNotNull(done, "the outcome is shown");
		String message = String.join("\n", UiTestSupport.texts(done));
		assertTrue(message.contains("Exported 3 items"), message);
		assertTrue(message.contains(target.toString()), message);
		UiTestSupport.screenshot(done, deidentify ? "export-done-deidentified" : "export-done");
		done.close();
		return everything(target);
	}

	private static String everything(Path root) throws Exception {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.toList()) {
				all.append(root.relativize(file)).append('\n');
				if (Files.isRegularFile(file)) {
					all.append(Files.readString(file)).append('\n');
				}
			}
		}
		return all.toString().toLowerCase(Locale.ROOT);
	}

	private void press(Composite root, String text) {
		assertTrue(UiTestSupport.press(root, text), "a button " + text);
	}
}
