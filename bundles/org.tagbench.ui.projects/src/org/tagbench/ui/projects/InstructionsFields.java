package org.tagbench.ui.projects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tagbench.model.Instructions;
import org.tagbench.model.InstructionsFormat;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.TagbenchFactory;

/**
 * The instructions' text, format (plain text or Markdown) and link, as the New Project wizard's page 4 and Project
 * Properties show them, in a composite of three columns.
 */
final class InstructionsFields {

	final Text text;
	final Button plain;
	final Button markdown;
	final Text link;

	InstructionsFields(Composite threeColumns) {
		text = new Text(threeColumns, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(440, 140).applyTo(text);
		new Label(threeColumns, SWT.NONE).setText("Format:");
		plain = new Button(threeColumns, SWT.RADIO);
		plain.setText("&Plain text");
		plain.setSelection(true);
		markdown = new Button(threeColumns, SWT.RADIO);
		markdown.setText("&Markdown");
		new Label(threeColumns, SWT.NONE).setText("&Link:");
		link = new Text(threeColumns, SWT.BORDER);
		link.setMessage("https://… (optional, e.g. a labeling guide)");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(link);
	}

	/** Shows {@code instructions} (null: none). */
	void show(Instructions instructions) {
		text.setText(instructions != null && instructions.getText() != null ? instructions.getText() : "");
		boolean isMarkdown = instructions != null && instructions.getFormat() == InstructionsFormat.MARKDOWN;
		markdown.setSelection(isMarkdown);
		plain.setSelection(!isMarkdown);
		link.setText(instructions != null && instructions.getLink() != null ? instructions.getLink() : "");
	}

	InstructionsFormat format() {
		return markdown.getSelection() ? InstructionsFormat.MARKDOWN : InstructionsFormat.TEXT;
	}

	/** Gives {@code project} these instructions, or none when the text is blank and there is no link. */
	static void write(LabelingProject project, String text, InstructionsFormat format, String link) {
		if (text.isBlank() && link.isEmpty()) {
			project.setInstructions(null);
			return;
		}
		Instructions instructions = project.getInstructions() != null ? project.getInstructions()
				: TagbenchFactory.eINSTANCE.createInstructions();
		instructions.setText(text);
		instructions.setFormat(format);
		instructions.setLink(link.isEmpty() ? null : link);
		project.setInstructions(instructions);
	}
}
