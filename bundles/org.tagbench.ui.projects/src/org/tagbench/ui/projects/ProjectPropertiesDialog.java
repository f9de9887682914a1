package org.tagbench.ui.projects;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tagbench.model.DataSource;
import org.tagbench.model.InstructionsFormat;
import org.tagbench.model.LabelingProject;
import org.tagbench.project.DataRegistration;
import org.tagbench.project.RegistrationReport;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * Project Properties: the instructions (text, format, link) and the data folders of a project after it was
 * created. Instructions are edited in place; data folders can be added (their files become items after the
 * project's others, shuffled, see {@link DataRegistration#addFolder}). Nothing is written before OK: the dialog
 * gives a {@link Change} that the caller applies in a job.
 */
public class ProjectPropertiesDialog extends TitleAreaDialog {

	/** What OK asks for: the instructions as edited, and data folders to add (in the order added). */
	public record Change(String instructions, InstructionsFormat format, String link, List<Path> addedFolders,
			boolean recursive) {

		/**
		 * Writes the instructions into the definition (saved), then adds each folder with its items.
		 *
		 * @return what registering each added folder found, in order
		 */
		public List<RegistrationReport> apply(ProjectStore store, IProgressMonitor monitor)
				throws StoreException, java.io.IOException {
			SubMonitor progress = SubMonitor.convert(monitor, 1 + addedFolders.size() * 10);
			InstructionsFields.write(store.project(), instructions, format, link);
			store.saveProject();
			progress.worked(1);
			List<RegistrationReport> reports = new ArrayList<>();
			for (Path folder : addedFolders) {
				reports.add(DataRegistration.addFolder(store, folder, recursive, progress.split(10)));
			}
			return reports;
		}
	}

	private final String projectName;
	private final LabelingProject project;
	private final List<Path> addedFolders = new ArrayList<>();
	private Text instructionsText;
	private Button markdown;
	private Text link;
	private org.eclipse.swt.widgets.List folderList;
	private Button recursive;
	private Change change;

	/** @param project the definition as read (not changed by the dialog) */
	public ProjectPropertiesDialog(Shell parent, String projectName, LabelingProject project) {
		super(parent);
		this.projectName = projectName;
		this.project = project;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Project Properties");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(projectName);
		setMessage("Instructions labelers see, and the project's data folders. Added folders' images come after the "
				+ "project's others, shuffled.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite root = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(root);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(root);

		Label instructionsLabel = new Label(root, SWT.NONE);
		instructionsLabel.setText("&Instructions:");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(instructionsLabel);
		InstructionsFields fields = new InstructionsFields(root);
		fields.show(project.getInstructions());
		instructionsText = fields.text;
		markdown = fields.markdown;
		link = fields.link;
		link.addModifyListener(event -> validate());

		Label foldersLabel = new Label(root, SWT.NONE);
		foldersLabel.setText("Data folders:");
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 10).applyTo(foldersLabel);
		folderList = new org.eclipse.swt.widgets.List(root, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, 80).applyTo(folderList);
		for (DataSource source : project.getDataSources()) {
			folderList.add(describe(source));
		}
		Button add = new Button(root, SWT.PUSH);
		add.setText("&Add Folder…");
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(add);
		add.addListener(SWT.Selection, event -> {
			DirectoryDialog chooser = new DirectoryDialog(getShell());
			chooser.setMessage("A folder of images to add to " + projectName);
			String chosen = chooser.open();
			if (chosen != null) {
				addFolder(Path.of(chosen));
			}
		});
		recursive = new Button(root, SWT.CHECK);
		recursive.setText("Include &sub-folders of added folders");
		recursive.setSelection(true);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(recursive);
		return area;
	}

	private static String describe(DataSource source) {
		try {
			return DataRegistration.folderOf(source) + (source.isRecursive() ? " (with sub-folders)" : "");
		} catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
			return source.getRootUri() + " (not a folder address)";
		}
	}

	/** Adds {@code folder} to the folders to register on OK (what Add Folder… does with the chosen folder). */
	public void addFolder(Path folder) {
		Path normalized = folder.toAbsolutePath().normalize();
		String problem = null;
		if (!java.nio.file.Files.isDirectory(normalized)) {
			problem = normalized + " is not a folder.";
		} else if (addedFolders.contains(normalized) || project.getDataSources().stream().anyMatch(source -> {
			try {
				return DataRegistration.folderOf(source).toAbsolutePath().normalize().equals(normalized);
			} catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
				return false;
			}
		})) {
			problem = "The project has the data folder " + normalized + " already.";
		}
		if (problem != null) {
			setErrorMessage(problem);
			return;
		}
		addedFolders.add(normalized);
		folderList.add(normalized + " (new: added on OK)");
		validate();
	}

	private void validate() {
		String problem = InstructionsPage.linkProblem(link.getText().strip());
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		change = new Change(instructionsText.getText(), markdown.getSelection() ? InstructionsFormat.MARKDOWN
				: InstructionsFormat.TEXT, link.getText().strip(), List.copyOf(addedFolders), recursive.getSelection());
		super.okPressed();
	}

	/** What OK asked for, or null (cancelled, or still open). */
	public Change change() {
		return change;
	}

	public Button okButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	public Text instructionsText() {
		return instructionsText;
	}

	public Button markdownButton() {
		return markdown;
	}

	public Text linkText() {
		return link;
	}

	/** The data folders listed (existing ones, then those added). */
	public String[] folders() {
		return folderList.getItems();
	}
}
