package org.tagbench.ui.projects;

import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/** The dialog around {@link NewProjectWizard}; its buttons are reachable, so tests press them like a user. */
public class NewProjectDialog extends WizardDialog {

	private final NewProjectWizard wizard;

	public NewProjectDialog(Shell parent, Path workspace) {
		this(parent, new NewProjectWizard(workspace));
	}

	private NewProjectDialog(Shell parent, NewProjectWizard wizard) {
		super(parent, wizard);
		this.wizard = wizard;
		setPageSize(560, 340);
	}

	public NewProjectWizard wizard() {
		return wizard;
	}

	@Override
	public Button getButton(int id) {
		return super.getButton(id);
	}
}
