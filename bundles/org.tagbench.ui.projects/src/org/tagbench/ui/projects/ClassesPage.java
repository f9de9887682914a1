package org.tagbench.ui.projects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.tagbench.model.LabelClass;
import org.tagbench.store.LabelClasses;

/**
 * Page 3: the label classes. Colours and keys 1–9 are given in order, as {@link LabelClasses#create} gives
 * them when the project is created, unless changed here: a click on a class's colour, key or group cell edits
 * it (a key another class was given here is refused; one it only had by its position goes to the new owner).
 * Names are unique (ignoring case).
 */
public class ClassesPage extends WizardPage {

	private final List<String> names = new ArrayList<>();
	/** The classes {@link #names} will make, rebuilt after each change. */
	private final List<LabelClass> preview = new ArrayList<>();
	private final Map<String, Image> swatches = new HashMap<>();
	/** What was chosen here, by class name: colour (#RRGGBB), key ("" = none) and group; absent = as given. */
	private final Map<String, String> colours = new HashMap<>();
	private final Map<String, String> keys = new HashMap<>();
	private final Map<String, String> groups = new HashMap<>();
	private static final String[] KEY_CHOICES = { "(none)", "1", "2", "3", "4", "5", "6", "7", "8", "9" };
	private TableViewer viewer;
	private Text newName;

	public ClassesPage() {
		super("classes", "Label Classes", null);
		setDescription("Add the classes to label; click a colour, key (1–9) or group to change it.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);
		newName = new Text(root, SWT.BORDER);
		newName.setMessage("New class name");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(newName);
		Button add = new Button(root, SWT.PUSH);
		add.setText("&Add");
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, event -> addFromField());
		newName.addListener(SWT.DefaultSelection, event -> addFromField());

		viewer = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 180).applyTo(viewer.getControl());
		TableViewerColumn colour = column("Colour", 70);
		colour.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return "";
			}

			@Override
			public Image getImage(Object element) {
				return swatch(labelClass((Integer) element).getColour());
			}
		});
		editable(colour, () -> new org.eclipse.jface.viewers.ColorCellEditor(viewer.getTable()), index -> {
			String hex = labelClass(index).getColour();
			return new RGB(Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
					Integer.parseInt(hex.substring(5, 7), 16));
		}, (index, value) -> {
			if (value instanceof RGB rgb) {
				setColour(index, String.format("#%02X%02X%02X", rgb.red, rgb.green, rgb.blue));
			}
		});
		TableViewerColumn name = column("Name", 220);
		name.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> names.get((Integer) element)));
		editable(name, () -> new TextCellEditor(viewer.getTable()), index -> names.get(index),
				(index, value) -> rename(index, (String) value));
		TableViewerColumn key = column("Key", 50);
		key.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> {
			String shortcut = labelClass((Integer) element).getShortcutKey();
			return shortcut == null ? "" : shortcut;
		}));
		editable(key, () -> new org.eclipse.jface.viewers.ComboBoxCellEditor(viewer.getTable(), KEY_CHOICES,
				SWT.READ_ONLY), index -> {
			String shortcut = labelClass(index).getShortcutKey();
			return shortcut == null ? 0 : Integer.parseInt(shortcut);
		}, (index, value) -> {
			if (value instanceof Integer choice && choice >= 0) {
				setKey(index, choice == 0 ? "" : KEY_CHOICES[choice]);
			}
		});
		TableViewerColumn group = column("Group", 110);
		group.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> {
			String value = labelClass((Integer) element).getGroup();
			return value == null ? "" : value;
		}));
		editable(group, () -> new TextCellEditor(viewer.getTable()), index -> {
			String value = labelClass(index).getGroup();
			return value == null ? "" : value;
		}, (index, value) -> setGroup(index, (String) value));
		viewer.setContentProvider(ArrayContentProvider.getInstance());

		Composite buttons = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText("&Remove");
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, event -> {
			int[] selected = viewer.getTable().getSelectionIndices();
			for (int i = selected.length - 1; i >= 0; i--) {
				String removed = names.remove(selected[i]);
				List.of(colours, keys, groups).forEach(chosen -> chosen.remove(removed));
			}
			changed(null);
		});
		Button importButton = new Button(buttons, SWT.PUSH);
		importButton.setText("&Import…");
		importButton.setToolTipText("Adds the classes of a text file, one name per line");
		GridDataFactory.fillDefaults().applyTo(importButton);
		importButton.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.txt", "*" });
			String file = dialog.open();
			if (file != null) {
				importFrom(Path.of(file));
			}
		});
		changed(null);
		setControl(root);
		getShell();
		root.addDisposeListener(event -> swatches.values().forEach(Image::dispose));
	}

	/** Makes a column's cells editable in place (rows are class indices). */
	private void editable(TableViewerColumn column, java.util.function.Supplier<CellEditor> editor,
			java.util.function.Function<Integer, Object> get, java.util.function.BiConsumer<Integer, Object> set) {
		column.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return editor.get();
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return get.apply((Integer) element);
			}

			@Override
			protected void setValue(Object element, Object value) {
				set.accept((Integer) element, value);
			}
		});
	}

	private TableViewerColumn column(String title, int width) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		return column;
	}

	private void addFromField() {
		if (add(newName.getText()) == null) {
			newName.setText("");
		}
	}

	/** Adds a class; returns why it cannot be added (also shown as the page's error), or null. */
	public String add(String name) {
		String problem = problem(name.strip(), -1);
		if (problem == null) {
			names.add(name.strip());
		}
		changed(problem);
		return problem;
	}

	/** Renames the class at {@code index}; returns why it cannot be renamed, or null. */
	public String rename(int index, String name) {
		String problem = problem(name.strip(), index);
		if (problem == null) {
			String old = names.set(index, name.strip());
			for (Map<String, String> chosen : List.of(colours, keys, groups)) {
				String value = chosen.remove(old);
				if (value != null) {
					chosen.put(name.strip(), value);
				}
			}
		}
		changed(problem);
		return problem;
	}

	/** Adds the names of a text file, one per line; blank lines and lines starting with # are passed over. */
	public String importFrom(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			String problem = "Cannot read " + file + ": " + e.getMessage();
			changed(problem);
			return problem;
		}
		List<String> skipped = new ArrayList<>();
		for (String line : lines) {
			String name = line.strip();
			if (name.isEmpty() || name.startsWith("#")) {
				continue;
			}
			if (problem(name, -1) == null) {
				names.add(name);
			} else {
				skipped.add(name);
			}
		}
		String problem = skipped.isEmpty() ? null : "Not imported (already there): " + String.join(", ", skipped);
		changed(problem);
		return problem;
	}

	private String problem(String name, int index) {
		if (name.isEmpty()) {
			return "A class needs a name.";
		}
		for (int i = 0; i < names.size(); i++) {
			if (i != index && names.get(i).equalsIgnoreCase(name)) {
				return "There is already a class named \"" + names.get(i) + "\".";
			}
		}
		return null;
	}

	private void changed(String problem) {
		preview.clear();
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			rows.add(i);
		}
		viewer.setInput(rows);
		setErrorMessage(problem);
		setMessage(names.isEmpty() ? "Add at least one class." : null);
		setPageComplete(!names.isEmpty());
	}

	/** Gives the class at {@code index} the colour {@code #RRGGBB}. */
	public void setColour(int index, String colour) {
		colours.put(names.get(index), colour);
		changed(null);
	}

	/**
	 * Gives the class at {@code index} the key 1–9, or none (""); returns why not (a key another class was given
	 * on this page), or null.
	 */
	public String setKey(int index, String key) {
		for (Map.Entry<String, String> chosen : keys.entrySet()) {
			if (!key.isEmpty() && chosen.getValue().equals(key) && !chosen.getKey().equals(names.get(index))) {
				String problem = "Key " + key + " is " + chosen.getKey() + "'s: give " + chosen.getKey()
						+ " another key (or none) first.";
				changed(problem);
				return problem;
			}
		}
		keys.put(names.get(index), key);
		changed(null);
		return null;
	}

	/** Puts the class at {@code index} into the group (blank: none). */
	public void setGroup(int index, String group) {
		groups.put(names.get(index), group == null ? "" : group.strip());
		changed(null);
	}

	/**
	 * The class as the project will have it: the colour and key for its position unless chosen here; a key given
	 * by position that another class was given here goes away.
	 */
	public LabelClass labelClass(int index) {
		if (preview.isEmpty()) {
			for (String name : names) {
				preview.add(LabelClasses.create(preview, name));
			}
			for (LabelClass labelClass : preview) {
				String name = labelClass.getName();
				if (colours.containsKey(name)) {
					labelClass.setColour(colours.get(name));
				}
				if (keys.containsKey(name)) {
					labelClass.setShortcutKey(keys.get(name).isEmpty() ? null : keys.get(name));
				} else if (keys.containsValue(labelClass.getShortcutKey())) {
					labelClass.setShortcutKey(null);
				}
				String group = groups.get(name);
				labelClass.setGroup(group == null || group.isEmpty() ? null : group);
			}
		}
		return preview.get(index);
	}

	/** The classes as shown (copies): names, colours, keys, groups. */
	public List<LabelClass> classes() {
		List<LabelClass> shown = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			shown.add(org.eclipse.emf.ecore.util.EcoreUtil.copy(labelClass(i)));
		}
		return shown;
	}

	/** Colours, keys and groups of {@code shown} onto the created project's classes (matched by name). */
	public static void applyTo(List<LabelClass> shown, List<LabelClass> created) {
		for (LabelClass labelClass : created) {
			for (LabelClass wanted : shown) {
				if (wanted.getName().equals(labelClass.getName())) {
					labelClass.setColour(wanted.getColour());
					labelClass.setShortcutKey(wanted.getShortcutKey());
					labelClass.setGroup(wanted.getGroup());
				}
			}
		}
	}

	private Image swatch(String colour) {
		return swatches.computeIfAbsent(colour, hex -> {
			RGB rgb = new RGB(Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
					Integer.parseInt(hex.substring(5, 7), 16));
			Image image = new Image(getShell().getDisplay(), 40, 14);
			GC gc = new GC(image);
			Color fill = new Color(rgb);
			gc.setBackground(fill);
			gc.fillRectangle(0, 0, 40, 14);
			gc.setForeground(getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawRectangle(0, 0, 39, 13);
			gc.dispose();
			return image;
		});
	}

	public List<String> classNames() {
		return List.copyOf(names);
	}

	public Text newNameText() {
		return newName;
	}

	public TableViewer viewer() {
		return viewer;
	}
}
