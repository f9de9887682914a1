package org.tagbench.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.Notices;
import org.tagbench.core.TagbenchVersion;

/** Version, runtime and where the log is, plus the notice that Tagbench is not a medical device. */
public class AboutTagbenchDialog extends Dialog {

	public static final String TITLE = "About Tagbench";

	public AboutTagbenchDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		((GridLayout) area.getLayout()).verticalSpacing = 10;

		Label name = new Label(area, SWT.NONE);
		name.setText(Notices.PRODUCT_NAME);
		name.setFont(JFaceResources.getHeaderFont());

		Label version = new Label(area, SWT.NONE);
		version.setText("Version " + TagbenchVersion.current().display());

		Label notice = new Label(area, SWT.WRAP);
		notice.setText(Notices.NOT_A_MEDICAL_DEVICE);
		notice.setFont(JFaceResources.getBannerFont());
		GridData noticeLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
		noticeLayout.widthHint = 440;
		notice.setLayoutData(noticeLayout);

		Text details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
		details.setText(runtimeDetails());
		details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return area;
	}

	private static String runtimeDetails() {
		return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch") + "\n"
				+ "Workspace: " + Platform.getInstanceLocation().getURL().getPath() + "\n"
				+ "Log file: " + Platform.getLogFileLocation().toOSString();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}
