package org.tagbench.ui.labeling;

import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;
import org.tagbench.model.Instructions;
import org.tagbench.model.InstructionsFormat;
import org.tagbench.model.LabelingProject;
import org.tagbench.ui.TagbenchPreferences;
import org.tagbench.ui.labeling.internal.MarkdownStyler;

/**
 * A project's instructions (plain text or Markdown, and a link), shown before labeling starts. Both labeling
 * editors call {@link #openIfNew} when they open: the instructions appear the first time a labeler opens the
 * project, and again only when they change or the labeler asks (Show Instructions, Ctrl+I or F1). The dialog is
 * modal but does not block the caller ({@link #open()} returns at once); {@code whenClosed} runs when it closes.
 */
public class InstructionsDialog extends Dialog {

	/** Instance-scope node holding, per labeler and project, a fingerprint of the instructions last shown. */
	public static final String SEEN_NODE = "org.tagbench.ui.labeling/instructionsSeen";

	private final LabelingProject project;
	private final Runnable whenClosed;
	private StyledText text;
	private Font headingFont;

	public InstructionsDialog(Shell parent, LabelingProject project, Runnable whenClosed) {
		super(parent);
		this.project = project;
		this.whenClosed = whenClosed;
		setShellStyle(getShellStyle() | SWT.RESIZE);
		setBlockOnOpen(false);
	}

	/** True when the project has instructions worth showing (text or link). */
	public static boolean hasInstructions(LabelingProject project) {
		Instructions instructions = project.getInstructions();
		return instructions != null && (!blank(instructions.getText()) || !blank(instructions.getLink()));
	}

	/** Opens the dialog when this labeler has not seen these instructions of this project yet; null if not. */
	public static InstructionsDialog openIfNew(Shell parent, LabelingProject project, Runnable whenClosed) {
		if (!hasInstructions(project) || isSeen(project)) {
			return null;
		}
		InstructionsDialog dialog = new InstructionsDialog(parent, project, whenClosed);
		dialog.open();
		return dialog;
	}

	/**
	 * For an editor's createPartControl: once the editor is shown (so it is the dialog's background), opens the
	 * instructions if this labeler has not seen them.
	 */
	public static void openWhenShown(Control editorArea, LabelingProject project, Runnable whenClosed) {
		editorArea.getDisplay().asyncExec(() -> {
			if (!editorArea.isDisposed()) {
				openIfNew(editorArea.getShell(), project, whenClosed);
			}
		});
	}

	public static boolean isSeen(LabelingProject project) {
		return fingerprint(project).equals(seenNode().get(seenKey(project), null));
	}

	/** Forgets that the instructions were shown (tests; a project whose instructions must be read again). */
	public static void forget(LabelingProject project) {
		seenNode().remove(seenKey(project));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Instructions: " + Objects.requireNonNullElse(project.getName(), ""));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Instructions instructions = project.getInstructions();
		String body = instructions != null && instructions.getText() != null ? instructions.getText() : "";
		text = new StyledText(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		text.setMargins(8, 8, 8, 8);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 320).applyTo(text);
		if (instructions != null && instructions.getFormat() == InstructionsFormat.MARKDOWN) {
			MarkdownStyler.Result rendered = MarkdownStyler.render(body);
			text.setText(rendered.text());
			FontData[] data = text.getFont().getFontData();
			for (FontData d : data) {
				d.setHeight(d.getHeight() + 3);
				d.setStyle(SWT.BOLD);
			}
			headingFont = new Font(text.getDisplay(), data);
			text.addListener(SWT.Dispose, e -> headingFont.dispose());
			for (MarkdownStyler.Span span : rendered.spans()) {
				StyleRange range = new StyleRange();
				range.start = span.start();
				range.length = span.length();
				switch (span.style()) {
				case HEADING -> range.font = headingFont;
				case BOLD -> range.fontStyle = SWT.BOLD;
				case ITALIC -> range.fontStyle = SWT.ITALIC;
				case CODE -> range.font = JFaceResources.getTextFont();
				case LINK -> {
					range.underline = true;
					range.underlineStyle = SWT.UNDERLINE_LINK;
					range.data = span.target();
				}
				}
				text.setStyleRange(range);
			}
		} else {
			text.setText(body);
		}
		if (instructions != null && !blank(instructions.getLink())) {
			Link link = new Link(area, SWT.NONE);
			link.setText("More: <a>" + instructions.getLink() + "</a>");
			link.addListener(SWT.Selection, e -> Program.launch(instructions.getLink()));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(link);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Start Labeling", true).setFocus(); // Enter or Esc: on to work
	}

	@Override
	public boolean close() {
		// Closed in any way (Start, Esc, the window's close): seen. It comes back only when asked or changed.
		markSeen();
		boolean closed = super.close();
		if (closed && whenClosed != null) {
			whenClosed.run();
		}
		return closed;
	}

	/** The rendered text as shown (tests). */
	public String shownText() {
		return text != null && !text.isDisposed() ? text.getText() : "";
	}

	private void markSeen() {
		IEclipsePreferences node = seenNode();
		node.put(seenKey(project), fingerprint(project));
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(getClass()).warn("Cannot remember that the instructions were shown: " + e.getMessage());
		}
	}

	private static IEclipsePreferences seenNode() {
		return (IEclipsePreferences) InstanceScope.INSTANCE.getNode(SEEN_NODE);
	}

	/** Per labeler and project; '/' would be read as a node path by the preferences service. */
	private static String seenKey(LabelingProject project) {
		String id = project.getId() != null ? project.getId() : String.valueOf(project.getName());
		return (TagbenchPreferences.labelerName() + "@" + id).replace('/', '_');
	}

	/** Changed instructions are shown again. */
	private static String fingerprint(LabelingProject project) {
		Instructions i = project.getInstructions();
		return i == null ? "" : Integer.toHexString(Objects.hash(i.getText(), i.getLink(), i.getFormat()));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
