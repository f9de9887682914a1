package org.tagbench.ui.projects;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.tagbench.exchange.ExportOptions;
import org.tagbench.exchange.Formats;
import org.tagbench.exchange.LabelExporter;
import org.tagbench.model.ItemStatus;

/**
 * Export Labels…: the format, where to write, which items (statuses, pre-labels, validation split) and whether
 * to leave out patient-identifying metadata (DICOM items under a pseudonym). Modeless; Export hands the choices
 * to {@link Start}, which runs the export in a job. The same options as {@code tagbench --headless export}.
 */
public class ExportDialog extends TitleAreaDialog {

	public static final String TITLE = "Export Labels";
	public static final String DEIDENTIFY_TEXT = "Leave out patient-identifying metadata";

	/** Starts the export the person chose. */
	public interface Start {
		void export(LabelExporter exporter, ExportOptions options, Path target);
	}

	private final String projectName;
	private final boolean hasDicom;
	private final Path defaultFolder;
	private final Start start;
	private final List<LabelExporter> exporters = Formats.exporters();
	private final Map<ItemStatus, Button> statusButtons = new EnumMap<>(ItemStatus.class);
	private Combo format;
	private Text target;
	private Button prelabels;
	private Spinner validation;
	private Button deidentify;
	/** The default name was not edited: it follows the format. */
	private boolean targetIsDefault = true;

	/**
	 * @param hasDicom      whether the project holds DICOM items (the de-identification option says so)
	 * @param defaultFolder where the default target is suggested
	 */
	public ExportDialog(Shell parent, String projectName, boolean hasDicom, Path defaultFolder, Start start) {
		super(parent);
		this.projectName = projectName;
		this.hasDicom = hasDicom;
		this.defaultFolder = defaultFolder;
		this.start = start;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE + ": " + projectName);
		shell.setData(this);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(TITLE);
		setMessage("Write the labels of " + projectName + " in a training format.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 10).spacing(6, 6).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		new Label(body, SWT.NONE).setText("&Format:");
		format = new Combo(body, SWT.READ_ONLY);
		exporters.forEach(exporter -> format.add(exporter.displayName()));
		format.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
		format.addListener(SWT.Selection, e -> {
			if (targetIsDefault) {
				setDefaultTarget();
			}
			validate();
		});

		new Label(body, SWT.NONE).setText("&To:");
		target = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(target);
		setDefaultTarget();
		target.addListener(SWT.Modify, e -> validate());
		target.addListener(SWT.KeyDown, e -> targetIsDefault = false);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse…");
		browse.addListener(SWT.Selection, e -> browse());

		Group items = new Group(body, SWT.NONE);
		items.setText("Items");
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(items);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(items);
		Set<ItemStatus> defaults = ExportOptions.defaults().statuses();
		for (ItemStatus status : ItemStatus.VALUES) {
			Button check = new Button(items, SWT.CHECK);
			check.setText(statusName(status));
			check.setSelection(defaults.contains(status));
			check.addListener(SWT.Selection, e -> validate());
			statusButtons.put(status, check);
		}
		prelabels = new Button(items, SWT.CHECK);
		prelabels.setText("Include model pre-labels not yet reviewed");
		GridDataFactory.fillDefaults().span(4, 1).applyTo(prelabels);

		new Label(body, SWT.NONE).setText("&Validation split:");
		validation = new Spinner(body, SWT.BORDER);
		validation.setValues(0, 0, 90, 0, 5, 10);
		new Label(body, SWT.NONE).setText("% of the items (the same items each time)");

		deidentify = new Button(body, SWT.CHECK);
		deidentify.setText(DEIDENTIFY_TEXT);
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(deidentify);
		Label explanation = new Label(body, SWT.WRAP);
		explanation.setText((hasDicom ? "This project holds DICOM items. " : "This project holds no DICOM items. ")
				+ "With this option every DICOM item is exported as dicom/<item id>.dcm instead of its folder and file "
				+ "name, which often carry a patient's name or ID. Without it only paths that contain the file's "
				+ "Patient's Name or Patient ID are replaced: exported file names never contain a patient's name. "
				+ "Exports hold no DICOM attributes.");
		GridDataFactory.fillDefaults().span(3, 1).indent(20, 0).hint(460, SWT.DEFAULT).applyTo(explanation);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Export", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private static String statusName(ItemStatus status) {
		String name = status.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private LabelExporter exporter() {
		return exporters.get(Math.max(0, format.getSelectionIndex()));
	}

	private void setDefaultTarget() {
		String folderName = projectName.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
		target.setText(defaultFolder.resolve(folderName + "-" + exporter().formatId() + exporter().targetSuffix()).toString());
		targetIsDefault = true;
	}

	private void browse() {
		LabelExporter exporter = exporter();
		String chosen;
		if (exporter.targetSuffix().isEmpty()) {
			DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
			dialog.setMessage("The folder to write (" + exporter.displayName() + "); an existing one is replaced when the export is complete");
			dialog.setFilterPath(parentOf(target.getText()));
			chosen = dialog.open();
		} else {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*" + exporter.targetSuffix(), "*" });
			dialog.setFilterPath(parentOf(target.getText()));
			chosen = dialog.open();
		}
		if (chosen != null) {
			target.setText(chosen);
			targetIsDefault = false;
		}
	}

	private static String parentOf(String path) {
		try {
			Path parent = Path.of(path).getParent();
			return parent == null ? null : parent.toString();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The chosen target, or null with the reason shown when it cannot be written. */
	private Path targetPath() {
		String text = target.getText().strip();
		if (text.isEmpty()) {
			setErrorMessage("Say where to write the export.");
			return null;
		}
		try {
			Path path = Path.of(text).toAbsolutePath();
			if (path.getParent() == null || !Files.isDirectory(path.getParent())) {
				setErrorMessage("The folder " + path.getParent() + " does not exist.");
				return null;
			}
			return path;
		} catch (InvalidPathException e) {
			setErrorMessage("Not a path: " + text);
			return null;
		}
	}

	private void validate() {
		if (target == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		setErrorMessage(null);
		boolean ok = targetPath() != null;
		if (ok && statuses().isEmpty()) {
			setErrorMessage("Choose at least one status of items to export.");
			ok = false;
		}
		getButton(IDialogConstants.OK_ID).setEnabled(ok);
	}

	private Set<ItemStatus> statuses() {
		Set<ItemStatus> statuses = EnumSet.noneOf(ItemStatus.class);
		statusButtons.forEach((status, check) -> {
			if (check.getSelection()) {
				statuses.add(status);
			}
		});
		return statuses;
	}

	/** The options as now chosen. */
	public ExportOptions options() {
		return ExportOptions.defaults().withStatuses(statuses()).withPrelabels(prelabels.getSelection())
				.withSplit(validation.getSelection() / 100.0, ExportOptions.defaults().splitSeed())
				.withDeidentified(deidentify.getSelection());
	}

	@Override
	protected void okPressed() {
		Path path = targetPath();
		if (path == null || statuses().isEmpty()) {
			return;
		}
		start.export(exporter(), options(), path);
		super.okPressed();
	}

	// ---------------------------------------------------------------- for tests

	public Combo formatCombo() {
		return format;
	}

	public Text targetField() {
		return target;
	}

	public Button deidentifyButton() {
		return deidentify;
	}
}
