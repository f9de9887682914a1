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
import org.tagbench.store.DataSourceItems;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * Project Properties: the instructions (text, format, link) and the data folders of a project after it was
 * created. Instructions are edited in place; data folders can be added (their files become items after the
 * project's others, shuffled, see {@link DataRegistration#addFolder}) and removed, only when none of their items has
 * a label or a review status (its items leave the project, the files stay; see {@link DataRegistration#removeFolder}).
 * Nothing is written before OK: the dialog gives a {@link Change} that the caller applies in a job.
 */
public class ProjectPropertiesDialog extends TitleAreaDialog {

	/**
	 * What OK asks for: the instructions as edited, data folders to remove (by data source id) and data folders to
	 * add (in the order added).
	 */
	public record Change(String instructions, InstructionsFormat format, String link, List<String> removedSources,
			List<Path> addedFolders, boolean recursive) {

		/**
		 * Writes the instructions into the definition (saved), adds each added folder with its items, then removes
		 * each removed folder with its items (refused, with a {@link StoreException}, when one of them got a label
		 * meanwhile; added first, so that a project's only folder can be replaced).
		 *
		 * @return what registering each added folder found, in order
		 */
		public List<RegistrationReport> apply(ProjectStore store, IProgressMonitor monitor)
				throws StoreException, java.io.IOException {
			SubMonitor progress = SubMonitor.convert(monitor, 1 + removedSources.size() + addedFolders.size() * 10);
			InstructionsFields.write(store.project(), instructions, format, link);
			store.saveProject();
			progress.worked(1);
			List<RegistrationReport> reports = new ArrayList<>();
			for (Path folder : addedFolders) {
				reports.add(DataRegistration.addFolder(store, folder, recursive, progress.split(10)));
			}
			for (String id : removedSources) {
				DataSource source = store.project().getDataSources().stream().filter(s -> id.equals(s.getId())).findFirst()
						.orElseThrow(() -> new StoreException("The data folder to remove (" + id + ") is no longer in the project"));
				DataRegistration.removeFolder(store, source);
				progress.worked(1);
			}
			return reports;
		}
	}

	/** Counts the items of a data folder of the project, and those with labels (read when Remove is pressed). */
	@FunctionalInterface
	public interface FolderItems {
		DataSourceItems of(DataSource source) throws StoreException;
	}

	private final String projectName;
	private final LabelingProject project;
	private final FolderItems folderItems;
	/** The list's rows, in order: the project's data sources, then the added folders. */
	private final List<Object> rows = new ArrayList<>();
	private final List<DataSource> removedSources = new ArrayList<>();
	private final List<Path> addedFolders = new ArrayList<>();
	private Text instructionsText;
	private Button markdown;
	private Text link;
	private org.eclipse.swt.widgets.List folderList;
	private Button recursive;
	private Button removeButton;
	private Change change;

	/**
	 * @param project     the definition as read (not changed by the dialog)
	 * @param folderItems how many items (and labeled ones) a data folder holds, asked when it is to be removed
	 */
	public ProjectPropertiesDialog(Shell parent, String projectName, LabelingProject project, FolderItems folderItems) {
		super(parent);
		this.projectName = projectName;
		this.project = project;
		this.folderItems = folderItems;
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
				+ "project's others, shuffled; a folder is removed only when none of its items has a label.");
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
		folderList = new org.eclipse.swt.widgets.List(root, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, 80).applyTo(folderList);
		for (DataSource source : project.getDataSources()) {
			folderList.add(describe(source));
			rows.add(source);
		}
		Composite buttons = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText("&Add Folder…");
		GridDataFactory.fillDefaults().applyTo(add);
		removeButton = new Button(buttons, SWT.PUSH);
		removeButton.setText("&Remove Folder");
		GridDataFactory.fillDefaults().applyTo(removeButton);
		removeButton.addListener(SWT.Selection, event -> removeSelectedFolder());
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
		rows.add(normalized);
		folderList.add(normalized + " (new: added on OK)");
		validate();
	}

	/**
	 * Marks the selected folder to be removed on OK (what Remove Folder does), or takes an added one off the list.
	 * A folder whose items carry labels is refused with their number in the dialog's error line, as is the last.
	 */
	public void removeSelectedFolder() {
		int index = folderList.getSelectionIndex();
		if (index < 0) {
			setErrorMessage("Select the data folder to remove.");
			return;
		}
		if (rows.get(index) instanceof Path added) {
			addedFolders.remove(added);
			rows.remove(index);
			folderList.remove(index);
			validate();
			return;
		}
		DataSource source = (DataSource) rows.get(index);
		if (removedSources.contains(source)) {
			return;
		}
		if (project.getDataSources().size() - removedSources.size() <= 1 && addedFolders.isEmpty()) {
			setErrorMessage("The project keeps at least one data folder: add the new one first.");
			return;
		}
		DataSourceItems items;
		try {
			items = folderItems.of(source);
		} catch (StoreException e) {
			setErrorMessage("The items of " + describe(source) + " cannot be counted: " + e.getMessage());
			return;
		}
		if (items.labeled() > 0) {
			setErrorMessage(describe(source) + " holds " + items.labeled() + " labeled item(s) of " + items.total()
					+ ": a data folder is removed only when none of its items has a label or a review status (remove their"
					+ " labels first). Nothing was removed.");
			return;
		}
		removedSources.add(source);
		folderList.setItem(index, describe(source) + " (removed on OK: its " + items.total() + " unlabeled item(s) leave"
				+ " the project; the files stay)");
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
				: InstructionsFormat.TEXT, link.getText().strip(), removedSources.stream().map(DataSource::getId).toList(),
				List.copyOf(addedFolders), recursive.getSelection());
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

	/** The list of data folders (select one, then {@link #removeSelectedFolder}). */
	public org.eclipse.swt.widgets.List folderList() {
		return folderList;
	}

	public Button removeButton() {
		return removeButton;
	}
}
