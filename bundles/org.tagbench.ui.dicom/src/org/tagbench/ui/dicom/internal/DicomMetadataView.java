package org.tagbench.ui.dicom.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;
import org.tagbench.dicom.DicomDictionary;
import org.tagbench.dicom.DicomElement;
import org.tagbench.dicom.DicomFile;
import org.tagbench.dicom.DicomObject;
import org.tagbench.dicom.Tag;
import org.tagbench.ui.dicom.DicomViewer;

/**
 * The tags of the DICOM file shown last, as a tree: the file meta information and the dataset at the top, each
 * element with its tag, the standard's name (PS3.6, from {@link DicomDictionary}), VR and value; a sequence's
 * items are its children ("Item 1 of 2") and their elements theirs, expanded, so nested sequences read like
 * an outline. Follows the DICOM viewer of every editor.
 */
public class DicomMetadataView extends ViewPart {

	public static final String ID = "org.tagbench.ui.dicom.views.metadata";
	private static final int MAX_VALUE = 200;
	/** Columns of a row: tag, name, VR, value. */
	public static final int TAG = 0;
	public static final int NAME = 1;
	public static final int VR = 2;
	public static final int VALUE = 3;

	private Tree tree;
	private final Consumer<DicomFile> listener = file -> {
		if (tree != null && !tree.isDisposed()) {
			show(file);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		tree = new Tree(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		for (String[] column : new String[][] { { "Tag", "150" }, { "Name", "240" }, { "VR", "40" }, { "Value", "400" } }) {
			TreeColumn treeColumn = new TreeColumn(tree, SWT.NONE);
			treeColumn.setText(column[0]);
			treeColumn.setWidth(Integer.parseInt(column[1]));
		}
		DicomViewer.addShownListener(listener);
		show(DicomViewer.lastShown());
	}

	/** Fills the tree with {@code file}'s tags (empty for null). */
	public void show(DicomFile file) {
		tree.setRedraw(false);
		try {
			tree.removeAll();
			if (file != null) {
				setContentDescription(file.path().getFileName() + " · " + file.transferSyntaxName());
				add(null, file.fileMeta());
				add(null, file);
				expand(tree.getItems());
			} else {
				setContentDescription("No DICOM item shown yet.");
			}
		} finally {
			tree.setRedraw(true);
		}
	}

	private void add(TreeItem parent, DicomObject dataset) {
		for (DicomElement element : dataset.elements()) {
			TreeItem row = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
			row.setText(TAG, Tag.toString(element.tag()));
			row.setText(NAME, DicomDictionary.name(element.tag()));
			row.setText(VR, element.vr());
			row.setText(VALUE, valueOf(element));
			List<DicomObject> items = element.items();
			for (int i = 0; i < items.size(); i++) {
				TreeItem itemRow = new TreeItem(row, SWT.NONE);
				itemRow.setText(TAG, "Item " + (i + 1));
				itemRow.setText(NAME, "Item " + (i + 1) + " of " + items.size());
				itemRow.setText(VALUE, items.get(i).elements().size() + " elements");
				add(itemRow, items.get(i));
			}
		}
	}

	/** Top down: GTK expands a row only when its parent is expanded. */
	private static void expand(TreeItem[] rows) {
		for (TreeItem row : rows) {
			if (row.getItemCount() > 0) {
				row.setExpanded(true);
				expand(row.getItems());
			}
		}
	}

	/** The value as text; binary and pixel data by size only, attribute tags with their names. */
	static String valueOf(DicomElement element) {
		if (element.isSequence()) {
			int n = element.items().size();
			return n + (n == 1 ? " item" : " items");
		}
		if (element.isEncapsulated()) {
			return "encapsulated, " + element.fragments().size() + " fragments";
		}
		String text = switch (element.vr()) {
		case "OB", "OW", "OF", "OD", "OL", "OV", "UN" -> element.length() + " bytes";
		case "US", "SS", "UL", "SL", "FL", "FD" -> numbers(element.numbers());
		case "AT" -> tags(element);
		default -> element.string();
		};
		return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
	}

	private static String numbers(double[] values) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < values.length && out.length() <= MAX_VALUE; i++) {
			if (i > 0) {
				out.append('\\');
			}
			double v = values[i];
			out.append(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
		}
		return out.toString();
	}

	/** AT values: pairs of 16-bit group and element numbers, shown as "(0018,1063) Frame Time". */
	private static String tags(DicomElement element) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i + 4 <= element.length() && out.length() <= MAX_VALUE; i += 4) {
			int group = element.bigEndian() ? element.byteAt(i) << 8 | element.byteAt(i + 1) : element.byteAt(i + 1) << 8 | element.byteAt(i);
			int number = element.bigEndian() ? element.byteAt(i + 2) << 8 | element.byteAt(i + 3)
					: element.byteAt(i + 3) << 8 | element.byteAt(i + 2);
			int tag = group << 16 | number;
			out.append(i > 0 ? "\\" : "").append(Tag.toString(tag)).append(' ').append(DicomDictionary.name(tag));
		}
		return out.toString();
	}

	/** The rows shown (tests). */
	public Tree tree() {
		return tree;
	}

	@Override
	public void setFocus() {
		tree.setFocus();
	}

	@Override
	public void dispose() {
		DicomViewer.removeShownListener(listener);
		super.dispose();
	}
}
