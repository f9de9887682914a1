package org.tagbench.ui.projects;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.tagbench.model.InstructionsFormat;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.project.ProjectSetup;
import org.tagbench.store.ProjectStore;
import org.tagbench.ui.views.ProjectsView;

/** The New Project wizard: name and type, data folders, classes, instructions; Finish creates the project. */
public class NewProjectWizard extends Wizard {

	private final Path workspace;
	private final NamePage namePage;
	private final DataPage dataPage = new DataPage();
	private final ClassesPage classesPage = new ClassesPage();
	private final InstructionsPage instructionsPage = new InstructionsPage();
	private Path created;

	public NewProjectWizard(Path workspace) {
		this.workspace = workspace;
		this.namePage = new NamePage(workspace);
		setWindowTitle("New Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(namePage);
		addPage(dataPage);
		addPage(classesPage);
		addPage(instructionsPage);
	}

	@Override
	public boolean performFinish() {
		Path folder = workspace.resolve(namePage.projectName());
		String name = namePage.projectName();
		ProjectType type = namePage.projectType();
		ProjectSetup.Request request = new ProjectSetup.Request(folder, name, type, classesPage.classNames(),
				dataPage.folders(), dataPage.recursive(), null);
		String text = instructionsPage.instructions();
		InstructionsFormat format = instructionsPage.format();
		String link = instructionsPage.link();
		boolean assist = instructionsPage.assist();
		java.util.List<org.tagbench.model.LabelClass> classes = classesPage.classes();
		boolean existedBefore = Files.exists(folder);
		try {
			getContainer().run(true, true, monitor -> {
				try {
					ProjectSetup.Created result = ProjectSetup.create(request, monitor);
					try (ProjectStore store = result.store()) {
						LabelingProject project = store.project();
						InstructionsFields.write(project, text, format, link);
						project.getAssistSettings().setEnabled(assist);
						ClassesPage.applyTo(classes, project.getLabelClasses()); // colours, keys, groups of page 3
						store.saveProject();
					}
				} catch (org.eclipse.core.runtime.OperationCanceledException e) {
					throw new InterruptedException("cancelled");
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			ILog.of(getClass()).error("Creating the project " + name + " failed: " + cause.getMessage(), cause);
			cleanUp(folder, existedBefore);
			showError("The project was not created: " + cause.getMessage());
			return false;
		} catch (InterruptedException e) {
			cleanUp(folder, existedBefore);
			showError("Cancelled; no project was created.");
			return false;
		}
		created = folder;
		showInProjectsView(folder);
		return true;
	}

	private void cleanUp(Path folder, boolean existedBefore) {
		if (!existedBefore && Files.isDirectory(folder)) {
			try {
				ProjectFiles.delete(folder);
			} catch (java.io.IOException e) {
				ILog.of(getClass()).warn("Cannot remove the unfinished project in " + folder + ": " + e.getMessage());
			}
		}
	}

	private void showError(String message) {
		IWizardPage page = getContainer().getCurrentPage();
		if (page instanceof WizardPage wizardPage) {
			wizardPage.setErrorMessage(message);
		} else {
			getContainer().updateMessage();
		}
	}

	private static void showInProjectsView(Path folder) {
		if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
			return;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (page == null) {
			return;
		}
		try {
			IViewPart view = page.showView(ProjectsView.ID);
			if (view instanceof ProjectsView projects) {
				projects.refreshAndSelect(folder);
			}
		} catch (PartInitException e) {
			ILog.of(NewProjectWizard.class).error(e.getMessage(), e);
		}
	}

	/** The folder of the project Finish created, or null. */
	public Path createdFolder() {
		return created;
	}

	public NamePage namePage() {
		return namePage;
	}

	public DataPage dataPage() {
		return dataPage;
	}

	public ClassesPage classesPage() {
		return classesPage;
	}

	public InstructionsPage instructionsPage() {
		return instructionsPage;
	}

}
