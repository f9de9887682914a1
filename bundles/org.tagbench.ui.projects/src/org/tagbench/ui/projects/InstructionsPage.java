package org.tagbench.ui.projects;

import java.net.URI;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.tagbench.model.InstructionsFormat;

/** Page 4: instructions for the people who label (optional) and whether ML assist is on. */
public class InstructionsPage extends WizardPage {

	private Text text;
	private Button markdown;
	private Text link;
	private Button assist;

	public InstructionsPage() {
		super("instructions", "Instructions and Assist", null);
		setDescription("Optional: tell labelers what to label and how. You can change this later.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(root);
		InstructionsFields fields = new InstructionsFields(root);
		text = fields.text;
		markdown = fields.markdown;
		link = fields.link;
		link.addModifyListener(event -> validate());
		assist = new Button(root, SWT.CHECK);
		assist.setText("ML &assist: suggest labels once enough items are labeled");
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 12).applyTo(assist);
		setControl(root);
	}

	private void validate() {
		String problem = linkProblem(link.getText().strip());
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	static String linkProblem(String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			URI uri = new URI(value);
			if (uri.getScheme() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
					&& uri.getHost() != null) {
				return null;
			}
		} catch (java.net.URISyntaxException e) {
			// reported below
		}
		return "The link must be a web address (http:// or https://).";
	}

	public String instructions() {
		return text.getText();
	}

	public InstructionsFormat format() {
		return markdown.getSelection() ? InstructionsFormat.MARKDOWN : InstructionsFormat.TEXT;
	}

	public String link() {
		return link.getText().strip();
	}

	public boolean assist() {
		return assist.getSelection();
	}

	public Text instructionsText() {
		return text;
	}

	public Button markdownButton() {
		return markdown;
	}

	public Text linkText() {
		return link;
	}

	public Button assistButton() {
		return assist;
	}
}
