package org.tagbench.ui.dicom.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.tagbench.dicom.DicomDictionary;
import org.tagbench.dicom.DicomElement;
import org.tagbench.dicom.DicomFile;
import org.tagbench.dicom.DicomObject;
import org.tagbench.dicom.Tag;
import org.tagbench.ui.dicom.DicomViewer;

/**
 * The tags of the DICOM file shown last (file meta information, then the dataset; items of sequences
 * indented), with their dictionary names, VRs and values. Follows the DICOM viewer of every editor.
 */
public class DicomMetadataView extends ViewPart {

	public static final String ID = "org.tagbench.ui.dicom.views.metadata";
	private static final int MAX_VALUE = 200;

	private Table table;
	private final Consumer<DicomFile> listener = file -> {
		if (table != null && !table.isDisposed()) {
			show(file);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		table = new Table(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] column : new String[][] { { "Tag", "110" }, { "Name", "220" }, { "VR", "40" }, { "Value", "400" } }) {
			TableColumn tableColumn = new TableColumn(table, SWT.NONE);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		DicomViewer.addShownListener(listener);
		show(DicomViewer.lastShown());
	}

	/** Fills the table with {@code file}'s tags (empty for null). */
	public void show(DicomFile file) {
		table.setRedraw(false);
		try {
			table.removeAll();
			if (file != null) {
				setContentDescription(file.path().getFileName() + " · " + file.transferSyntaxName());
				add(file.fileMeta(), "");
				add(file, "");
			} else {
				setContentDescription("No DICOM item shown yet.");
			}
		} finally {
			table.setRedraw(true);
		}
	}

	private void add(DicomObject dataset, String indent) {
		for (DicomElement element : dataset.elements()) {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(0, indent + Tag.toString(element.tag()));
			row.setText(1, DicomDictionary.keyword(element.tag()));
			row.setText(2, element.vr());
			row.setText(3, valueOf(element));
			int index = 1;
			for (DicomObject item : element.items()) {
				TableItem itemRow = new TableItem(table, SWT.NONE);
				itemRow.setText(0, indent + "  > item " + index++);
				add(item, indent + "    ");
			}
		}
	}

	/** The value as text; binary and pixel data by size only. */
	static String valueOf(DicomElement element) {
		if (element.isSequence()) {
			return element.items().size() + " items";
		}
		if (element.isEncapsulated()) {
			return "encapsulated, " + element.fragments().size() + " fragments";
		}
		String text = switch (element.vr()) {
		case "OB", "OW", "OF", "OD", "OL", "OV", "UN" -> element.length() + " bytes";
		case "US", "SS", "UL", "SL", "FL", "FD" -> numbers(element.numbers());
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

	/** The rows shown (tests). */
	public Table table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		DicomViewer.removeShownListener(listener);
		super.dispose();
	}
}
