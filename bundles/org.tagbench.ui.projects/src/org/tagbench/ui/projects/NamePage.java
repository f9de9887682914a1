package org.tagbench.ui.projects;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tagbench.model.ProjectType;

/** Page 1: the project's name (also its folder name in the workspace) and type. */
public class NamePage extends WizardPage {

	static final Map<ProjectType, String[]> TYPES = new EnumMap<>(ProjectType.class);
	static {
		TYPES.put(ProjectType.MULTI_CLASS, new String[] { "&Multi-class", "One class per image (classification)." });
		TYPES.put(ProjectType.MULTI_LABEL, new String[] { "Multi-&label", "Any number of classes per image." });
		TYPES.put(ProjectType.BOUNDING_BOX, new String[] { "&Boxes", "Draw rectangles around objects (object detection)." });
		TYPES.put(ProjectType.POLYGON, new String[] { "&Polygons", "Outline objects (instance segmentation)." });
	}

	private final Path workspace;
	private Text name;
	private Label folder;
	private final Map<ProjectType, Button> typeButtons = new EnumMap<>(ProjectType.class);
	private ProjectType type = ProjectType.MULTI_CLASS;

	public NamePage(Path workspace) {
		super("name", "Name and Type", null);
		this.workspace = workspace;
		setDescription("Name the project and choose what kind of labels it collects.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);
		new Label(root, SWT.NONE).setText("&Name:");
		name = new Text(root, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		new Label(root, SWT.NONE);
		folder = new Label(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		name.addModifyListener(event -> validate(true));

		Label typeLabel = new Label(root, SWT.NONE);
		typeLabel.setText("Type:");
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 12).applyTo(typeLabel);
		for (Map.Entry<ProjectType, String[]> entry : TYPES.entrySet()) {
			Button radio = new Button(root, SWT.RADIO);
			radio.setText(entry.getValue()[0]);
			radio.setSelection(entry.getKey() == type);
			radio.addListener(SWT.Selection, event -> {
				if (radio.getSelection()) {
					type = entry.getKey();
				}
			});
			Label explanation = new Label(root, SWT.NONE);
			explanation.setText(entry.getValue()[1]);
			typeButtons.put(entry.getKey(), radio);
		}
		validate(false);
		setControl(root);
	}

	private void validate(boolean showErrors) {
		String text = name.getText();
		String problem = ProjectNames.problem(text, workspace);
		folder.setText(problem == null ? "Folder: " + workspace.resolve(text) : "Folder: " + workspace + "/…");
		setErrorMessage(showErrors ? problem : null);
		setPageComplete(problem == null);
	}

	public Text nameText() {
		return name;
	}

	public Button typeButton(ProjectType projectType) {
		return typeButtons.get(projectType);
	}

	public String projectName() {
		return name.getText();
	}

	public ProjectType projectType() {
		return type;
	}
}
