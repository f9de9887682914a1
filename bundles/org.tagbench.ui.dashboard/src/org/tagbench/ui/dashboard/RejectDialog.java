package org.tagbench.ui.dashboard;

import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Reject: asks for an optional comment that the labeler sees when the items come back. Modal, but it does not
 * block the caller: {@code onReject} receives the comment (null when left empty) when Reject is pressed.
 */
public class RejectDialog extends Dialog {

	private final int count;
	private final Consumer<String> onReject;
	private Text comment;

	public RejectDialog(Shell parent, int count, Consumer<String> onReject) {
		super(parent);
		this.count = count;
		this.onReject = onReject;
		setShellStyle(getShellStyle() | SWT.RESIZE);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(count == 1 ? "Reject Item" : "Reject " + count + " Items");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.WRAP).setText((count == 1 ? "The item goes back to the labeling queue with its labels."
				: "The items go back to the labeling queue with their labels.")
				+ "\nComment for the labeler (optional; Ctrl+Enter rejects):");
		comment = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 90).applyTo(comment);
		comment.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN && (e.stateMask & SWT.MOD1) != 0) {
				e.doit = false;
				okPressed();
			}
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Reject", false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}

	@Override
	protected void okPressed() {
		String text = comment.getText().strip();
		super.okPressed();
		onReject.accept(text.isEmpty() ? null : text);
	}

	/** The comment field (tests type into it). */
	public Text commentField() {
		return comment;
	}
}
