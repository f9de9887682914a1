package org.tagbench.ui.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.tagbench.model.LabelClass;

/**
 * Project > Label Classes…: add, rename, recolour, merge and delete a project's classes mid-project, with undo
 * and redo (Ctrl+Z, Ctrl+Y) until Apply, and the choice of what happens to the labels made so far. Modal, not
 * blocking: Apply hands the changes and the choice to {@code onApply} (which applies them in a job).
 */
public class LabelClassesDialog extends Dialog {

	/** Asks for a colour (the system colour dialog); tests put a function of their own here. */
	public static volatile BiConsumer<Shell, RGB[]> colourChooser = (shell, rgb) -> {
		ColorDialog dialog = new ColorDialog(shell);
		dialog.setRGB(rgb[0]);
		rgb[0] = dialog.open();
	};

	private final String projectName;
	private final LabelClassChanges changes;
	private final BiConsumer<LabelClassChanges, LabelClassChanges.Mode> onApply;
	private final CommandStackListener stackListener = event -> refresh();
	private final org.eclipse.swt.widgets.Listener keyFilter = this::keys;
	private final List<Image> swatches = new ArrayList<>();
	private Table table;
	private Text name;
	private org.eclipse.swt.widgets.Combo key;
	private Text group;
	private static final String NO_KEY = "(none)";
	private Label message;
	private Button undo;
	private Button redo;
	private Button[] modes;
	private java.util.function.Predicate<LabelClassesDialog> beforeApply;

	public LabelClassesDialog(Shell parent, String projectName, LabelClassChanges changes,
			BiConsumer<LabelClassChanges, LabelClassChanges.Mode> onApply) {
		super(parent);
		this.projectName = projectName;
		this.changes = changes;
		this.onApply = onApply;
		setShellStyle(getShellStyle() | SWT.RESIZE);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Label Classes: " + projectName);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);

		table = new Table(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Key", "40" }, { "", "28" }, { "Class", "170" }, { "Group", "110" } }) {
			TableColumn c = new TableColumn(table, SWT.NONE);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 220).applyTo(table);
		table.addListener(SWT.Selection, e -> selectionChanged());

		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().applyTo(buttons);
		name = new Text(buttons, SWT.BORDER);
		name.setMessage("Class name");
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(name);
		name.addListener(SWT.DefaultSelection, e -> add());
		button(buttons, "&Add", e -> add());
		button(buttons, "Re&name", e -> rename());
		button(buttons, "&Colour…", e -> recolour());
		Composite keyRow = new Composite(buttons, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(keyRow);
		new Label(keyRow, SWT.NONE).setText("&Key:");
		key = new org.eclipse.swt.widgets.Combo(keyRow, SWT.READ_ONLY | SWT.DROP_DOWN);
		key.setItems(NO_KEY, "1", "2", "3", "4", "5", "6", "7", "8", "9");
		key.setToolTipText("The key that picks the selected class in the labeling editors");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(key);
		key.addListener(SWT.Selection, e -> setKey());
		group = new Text(buttons, SWT.BORDER);
		group.setMessage("Group");
		group.setToolTipText("Related classes share a group (exports keep it, e.g. COCO's supercategory)");
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(group);
		group.addListener(SWT.DefaultSelection, e -> setGroup());
		button(buttons, "Set &Group", e -> setGroup());
		button(buttons, "&Merge into First", e -> merge());
		button(buttons, "&Delete", e -> delete());
		undo = button(buttons, "&Undo", e -> undo());
		redo = button(buttons, "Red&o", e -> redo());

		message = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(message);

		Group choice = new Group(area, SWT.NONE);
		choice.setText("The labels made so far");
		GridLayoutFactory.swtDefaults().applyTo(choice);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(choice);
		modes = new Button[LabelClassChanges.Mode.values().length];
		String[] texts = { "Start over: remove every label; every item is to do again",
				"Start over: keep the labels as pre-labels (defaults to confirm); every item is to do again",
				"Continue: keep the labels (those of deleted classes go, merged ones move)" };
		for (LabelClassChanges.Mode mode : LabelClassChanges.Mode.values()) {
			Button radio = new Button(choice, SWT.RADIO);
			radio.setText(texts[mode.ordinal()]);
			radio.setData(mode);
			radio.setSelection(mode == LabelClassChanges.Mode.CONTINUE);
			modes[mode.ordinal()] = radio;
		}

		// undo/redo keys anywhere in the dialog
		area.getDisplay().addFilter(SWT.KeyDown, keyFilter);
		area.addListener(SWT.Dispose, e -> {
			e.display.removeFilter(SWT.KeyDown, keyFilter);
			changes.commandStack().removeCommandStackListener(stackListener);
			swatches.forEach(Image::dispose);
		});
		changes.commandStack().addCommandStackListener(stackListener);
		refresh();
		return area;
	}

	private Button button(Composite parent, String text, org.eclipse.swt.widgets.Listener listener) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, listener);
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	private void keys(Event e) {
		if (getShell() == null || getShell().isDisposed() || e.display.getActiveShell() != getShell()
				|| (e.stateMask & SWT.MOD1) == 0) {
			return;
		}
		int key = Character.toLowerCase(e.keyCode);
		if (key == 'z' && (e.stateMask & SWT.SHIFT) == 0) {
			undo();
			e.doit = false;
		} else if (key == 'y' || key == 'z') {
			redo();
			e.doit = false;
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Apply", false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/**
	 * Asked before Apply writes anything (e.g. to close the project's open editors); false keeps the dialog
	 * open with the draft, and {@code message} says why.
	 */
	public void setBeforeApply(java.util.function.Predicate<LabelClassesDialog> beforeApply) {
		this.beforeApply = beforeApply;
	}

	/** Shows {@code text} on the dialog's message line. */
	public void say(String text) {
		message.setText(text);
	}

	@Override
	protected void okPressed() {
		LabelClassChanges.Mode mode = mode();
		boolean apply = changes.isChanged() || mode != LabelClassChanges.Mode.CONTINUE;
		if (apply && beforeApply != null && !beforeApply.test(this)) {
			return;
		}
		super.okPressed();
		if (apply) {
			onApply.accept(changes, mode);
		}
	}

	public LabelClassChanges.Mode mode() {
		for (Button radio : modes) {
			if (radio.getSelection()) {
				return (LabelClassChanges.Mode) radio.getData();
			}
		}
		return LabelClassChanges.Mode.CONTINUE;
	}

	/** Picks one of the three choices (as a click on its radio button does). */
	public void setMode(LabelClassChanges.Mode mode) {
		for (Button radio : modes) {
			radio.setSelection(radio.getData() == mode);
		}
	}

	private List<LabelClass> selected() {
		List<LabelClass> selected = new ArrayList<>();
		for (TableItem row : table.getSelection()) {
			selected.add((LabelClass) row.getData());
		}
		return selected;
	}

	private void selectionChanged() {
		List<LabelClass> selected = selected();
		if (selected.size() == 1) {
			name.setText(selected.get(0).getName());
			String shortcut = selected.get(0).getShortcutKey();
			key.select(shortcut == null ? 0 : Math.max(0, key.indexOf(shortcut)));
		} else {
			key.deselectAll(); // a key belongs to one class
		}
		if (!selected.isEmpty()) {
			String shared = selected.get(0).getGroup();
			boolean same = selected.stream().allMatch(c -> java.util.Objects.equals(c.getGroup(), shared));
			group.setText(same && shared != null ? shared : "");
		}
	}

	private void setKey() {
		List<LabelClass> selected = selected();
		if (selected.size() != 1) {
			message.setText("Select the one class to give a key");
			return;
		}
		String chosen = key.getText();
		guarded(() -> changes.setKey(selected.get(0), NO_KEY.equals(chosen) ? null : chosen));
		selectionChanged(); // a refused key: show the class's own again
	}

	private void setGroup() {
		List<LabelClass> selected = selected();
		if (selected.isEmpty()) {
			message.setText("Select the classes to put into the group");
			return;
		}
		guarded(() -> changes.setGroup(selected, group.getText()));
	}

	private void add() {
		guarded(() -> {
			LabelClass created = changes.add(name.getText());
			name.setText("");
			select(created);
		});
	}

	private void rename() {
		List<LabelClass> selected = selected();
		if (selected.size() != 1) {
			message.setText("Select the one class to rename, then type its new name");
			return;
		}
		guarded(() -> changes.rename(selected.get(0), name.getText()));
	}

	private void recolour() {
		List<LabelClass> selected = selected();
		if (selected.size() != 1) {
			message.setText("Select the one class to recolour");
			return;
		}
		RGB[] rgb = { rgb(selected.get(0).getColour()) };
		colourChooser.accept(getShell(), rgb);
		if (rgb[0] != null) {
			guarded(() -> changes.recolour(selected.get(0), String.format("#%02X%02X%02X", rgb[0].red, rgb[0].green, rgb[0].blue)));
		}
	}

	private void merge() {
		List<LabelClass> selected = selected();
		if (selected.size() < 2) {
			message.setText("Select two or more classes: the others are merged into the first selected");
			return;
		}
		LabelClass into = changes.classes().stream().filter(selected::contains).findFirst().orElseThrow();
		guarded(() -> changes.merge(selected, into));
		select(into);
	}

	private void delete() {
		List<LabelClass> selected = selected();
		if (selected.isEmpty()) {
			message.setText("Select the classes to delete");
			return;
		}
		if (selected.size() == changes.classes().size()) {
			message.setText("A project keeps at least one class");
			return;
		}
		guarded(() -> changes.delete(selected));
	}

	private void undo() {
		if (changes.commandStack().canUndo()) {
			changes.commandStack().undo();
		}
	}

	private void redo() {
		if (changes.commandStack().canRedo()) {
			changes.commandStack().redo();
		}
	}

	/** Runs a change; a refused one (duplicate name) is said in the dialog. */
	private void guarded(Runnable change) {
		try {
			change.run();
		} catch (IllegalArgumentException e) {
			message.setText(e.getMessage());
			return;
		}
	}

	private void select(LabelClass labelClass) {
		for (TableItem row : table.getItems()) {
			if (row.getData() == labelClass) {
				table.setSelection(row);
			}
		}
	}

	private void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		List<LabelClass> selected = selected();
		table.removeAll();
		swatches.forEach(Image::dispose);
		swatches.clear();
		for (LabelClass labelClass : changes.classes()) {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(0, labelClass.getShortcutKey() != null ? labelClass.getShortcutKey() : "");
			row.setImage(1, swatch(labelClass.getColour()));
			row.setText(2, labelClass.getName());
			row.setText(3, labelClass.getGroup() != null ? labelClass.getGroup() : "");
			row.setData(labelClass);
			if (selected.contains(labelClass)) {
				table.select(table.indexOf(row));
			}
		}
		undo.setEnabled(changes.commandStack().canUndo());
		redo.setEnabled(changes.commandStack().canRedo());
		undo.setToolTipText(changes.commandStack().canUndo() ? "Undo " + label(changes.commandStack().getUndoCommand()) : null);
		message.setText(summary());
	}

	private static String label(org.eclipse.emf.common.command.Command command) {
		return command.getLabel() != null ? command.getLabel() : "";
	}

	/** What Apply will do to the labels, in words. */
	public String summary() {
		int deleted = changes.deletedIds().size();
		int merged = changes.mergedIds().size();
		if (!changes.isChanged()) {
			return "No change yet. Changes can be undone (Ctrl+Z) until Apply.";
		}
		List<String> parts = new ArrayList<>();
		if (deleted > 0) {
			parts.add(deleted + (deleted == 1 ? " class deleted" : " classes deleted"));
		}
		if (merged > 0) {
			parts.add(merged + (merged == 1 ? " class merged" : " classes merged"));
		}
		return (parts.isEmpty() ? "Classes changed" : String.join(", ", parts)) + ". Nothing is written before Apply.";
	}

	private Image swatch(String colour) {
		Image image = new Image(table.getDisplay(), 16, 16);
		GC gc = new GC(image);
		Color c = new Color(rgb(colour));
		gc.setBackground(c);
		gc.fillRectangle(0, 0, 16, 16);
		gc.dispose();
		swatches.add(image);
		return image;
	}

	private static RGB rgb(String colour) {
		Function<Integer, Integer> part = i -> Integer.parseInt(colour.substring(i, i + 2), 16);
		try {
			return new RGB(part.apply(1), part.apply(3), part.apply(5));
		} catch (RuntimeException e) {
			return new RGB(200, 200, 200);
		}
	}

	/** The class table (tests select rows in it). */
	public Table table() {
		return table;
	}

	public Text nameField() {
		return name;
	}

	public org.eclipse.swt.widgets.Combo keyField() {
		return key;
	}

	public Text groupField() {
		return group;
	}

	/** The line under the table: what Apply will do, or why a change was refused. */
	public String message() {
		return message.getText();
	}

	public LabelClassChanges changes() {
		return changes;
	}
}
