package org.tagbench.ui.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.ImagePainter;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.tagbench.model.LabelClass;
import org.tagbench.store.ItemAgreement;
import org.tagbench.store.ItemLabels;
import org.tagbench.store.ItemSummary;

/**
 * The item list: a NatTable whose body reads rows from {@link ItemPages} as they are painted. Rows whose page
 * is still being read show "…" and are painted again when it arrives. Clicking the #, Path, Status, Classes,
 * Labelers, Suggestion, Annotations, Size or (consensus projects) Agreement header sorts (ascending, descending, back to the
 * project's order).
 */
public final class ItemTable {

	/** Columns, in order. */
	public static final String[] COLUMNS = { "#", "Preview", "Path", "Status", "Classes", "Labelers", "Suggestion",
			"Annotations", "Size", "Media", "Missing", "Agreement", "Patient", "Study", "Series" };
	public static final int ORDER_COLUMN = 0;
	public static final int PREVIEW_COLUMN = 1;
	public static final int PATH_COLUMN = 2;
	public static final int STATUS_COLUMN = 3;
	/** The label classes of the item's annotations, each once, in the order they were written. */
	public static final int CLASSES_COLUMN = 4;
	/** The authors of the item's annotations (people, models, imports), each once. */
	public static final int LABELERS_COLUMN = 5;
	/**
	 * The item's open pre-label (the assist's suggestion nobody accepted or removed yet): class and score, the best
	 * one and "+N" more when there are several.
	 */
	public static final int SUGGESTION_COLUMN = 6;
	public static final int ANNOTATIONS_COLUMN = 7;
	public static final int SIZE_COLUMN = 8;
	public static final int MEDIA_COLUMN = 9;
	public static final int MISSING_COLUMN = 10;
	/** Consensus projects: who labeled the item and whether they agree (empty otherwise). */
	public static final int AGREEMENT_COLUMN = 11;
	/** DICOM items: from the file's header (Patient's Name, Study and Series Description); shown once the list has any. */
	public static final int PATIENT_COLUMN = 12;
	public static final int STUDY_COLUMN = 13;
	public static final int SERIES_COLUMN = 14;
	private static final String PREVIEW_LABEL = "PREVIEW";
	private static final String PENDING = "…";

	private final ItemPages pages;
	private final Thumbnails thumbnails;
	/** Label class names by id, as the project defined them when the dashboard opened. */
	private final Map<String, String> classNames = new HashMap<>();
	private final ColumnHideShowLayer columnHiding;
	private boolean dicomColumnsShown;
	private final NatTable natTable;
	private final IDataProvider body;
	private final SelectionLayer selectionLayer;
	private final ViewportLayer viewportLayer;
	private final AtomicBoolean redrawQueued = new AtomicBoolean();
	private final SortModel sortModel = new SortModel();
	private Runnable sortRequested = () -> {
	};

	/** @param pages and thumbnails must tell {@link #pageArrived()} when a page or thumbnails are ready */
	public ItemTable(Composite parent, ItemPages pages, Thumbnails thumbnails, List<LabelClass> labelClasses) {
		this.pages = pages;
		this.thumbnails = thumbnails;
		for (LabelClass labelClass : labelClasses) {
			classNames.put(labelClass.getId(), labelClass.getName());
		}
		body = new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				ItemSummary item = ItemTable.this.pages.get(row);
				if (item == null) {
					return column == ORDER_COLUMN ? PENDING : "";
				}
				return switch (column) {
				case ORDER_COLUMN -> Long.toString(row + 1L);
				case PREVIEW_COLUMN -> {
					Image thumbnail = thumbnails.get(item);
					yield thumbnail != null ? thumbnail : "";
				}
				case PATH_COLUMN -> item.path();
				case STATUS_COLUMN -> item.status().getLiteral();
				case CLASSES_COLUMN -> {
					ItemLabels labels = ItemTable.this.pages.labels(item);
					yield labels == null ? "" : String.join(", ", labels.classIds().stream()
							.map(id -> classNames.getOrDefault(id, id + " (not defined)")).toList());
				}
				case LABELERS_COLUMN -> {
					ItemLabels labels = ItemTable.this.pages.labels(item);
					yield labels == null ? "" : String.join(", ", labels.authors());
				}
				case SUGGESTION_COLUMN -> {
					ItemLabels labels = ItemTable.this.pages.labels(item);
					yield labels == null ? "" : suggestion(labels.suggestions());
				}
				case ANNOTATIONS_COLUMN -> Integer.toString(item.annotationCount());
				case SIZE_COLUMN -> item.width() > 0 ? item.width() + " × " + item.height() : "";
				case MEDIA_COLUMN -> item.mediaType().getLiteral();
				case MISSING_COLUMN -> item.missing() ? "missing" : "";
				case PATIENT_COLUMN, STUDY_COLUMN, SERIES_COLUMN -> {
					Thumbnails.DicomHeader header = thumbnails.header(item);
					yield header == null ? "" : column == PATIENT_COLUMN ? header.patient()
							: column == STUDY_COLUMN ? header.study() : header.series();
				}
				case AGREEMENT_COLUMN -> {
					ItemAgreement agreement = ItemTable.this.pages.agreement(item);
					yield agreement != null ? agreement.describe(ItemTable.this.pages.labelersPerItem()) : "";
				}
				default -> "";
				};
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				// read-only: labels change through commands that commit to the store
			}

			@Override
			public int getColumnCount() {
				return COLUMNS.length;
			}

			@Override
			public int getRowCount() {
				return (int) Math.min(Integer.MAX_VALUE, ItemTable.this.pages.size());
			}
		};
		DataLayer bodyData = new DataLayer(body);
		bodyData.setColumnWidthByPosition(PREVIEW_COLUMN, thumbnails.size() + 8);
		bodyData.setColumnWidthByPosition(PATH_COLUMN, 360);
		bodyData.setColumnWidthByPosition(STATUS_COLUMN, 110);
		bodyData.setColumnWidthByPosition(CLASSES_COLUMN, 140);
		bodyData.setColumnWidthByPosition(LABELERS_COLUMN, 120);
		bodyData.setColumnWidthByPosition(SUGGESTION_COLUMN, 120);
		bodyData.setColumnWidthByPosition(AGREEMENT_COLUMN, 220);
		bodyData.setColumnWidthByPosition(PATIENT_COLUMN, 140);
		bodyData.setColumnWidthByPosition(STUDY_COLUMN, 160);
		bodyData.setColumnWidthByPosition(SERIES_COLUMN, 160);
		bodyData.setDefaultRowHeight(thumbnails.size() + 4);
		ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyData);
		labels.registerColumnOverrides(PREVIEW_COLUMN, PREVIEW_LABEL);
		bodyData.setConfigLabelAccumulator(labels);
		// a click anywhere in a row selects the row (review works on rows, not cells)
		// the DICOM columns are hidden until the list has a DICOM item: other projects never pay for them
		columnHiding = new ColumnHideShowLayer(bodyData);
		columnHiding.hideColumnIndexes(PATIENT_COLUMN, STUDY_COLUMN, SERIES_COLUMN);
		selectionLayer = new SelectionLayer(columnHiding, false);
		selectionLayer.addConfiguration(
				new org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration());
		viewportLayer = new ViewportLayer(selectionLayer);

		IDataProvider headerData = new DefaultColumnHeaderDataProvider(COLUMNS);
		DefaultColumnHeaderDataLayer columnHeaderData = new DefaultColumnHeaderDataLayer(headerData);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(columnHeaderData, viewportLayer, selectionLayer);
		SortHeaderLayer<ItemSummary> sortHeader = new SortHeaderLayer<>(columnHeader, sortModel);
		DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewportLayer,
				selectionLayer);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
				rowHeader, sortHeader);
		GridLayer grid = new GridLayer(viewportLayer, sortHeader, rowHeader, corner);

		natTable = new NatTable(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL
				| SWT.H_SCROLL, grid, false);
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.addConfiguration(new SingleClickSortConfiguration());
		natTable.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				// the preview cell's value is the thumbnail Image itself
				registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new ImagePainter() {
					@Override
					protected Image getImage(ILayerCell cell, IConfigRegistry configRegistry) {
						return cell.getDataValue() instanceof Image image && !image.isDisposed() ? image : null;
					}
				}, DisplayMode.NORMAL, PREVIEW_LABEL);
			}
		});
		natTable.configure();
	}

	/** The Suggestion cell: the best of the open pre-labels ("dog 0.93"), and "+N" for the others. */
	private String suggestion(List<ItemLabels.Suggestion> suggestions) {
		if (suggestions.isEmpty()) {
			return "";
		}
		ItemLabels.Suggestion best = suggestions.get(0);
		String text = (best.classId() == null ? "" : classNames.getOrDefault(best.classId(), best.classId() + " (not defined)") + " ")
				+ String.format(java.util.Locale.ROOT, "%.2f", best.score());
		return suggestions.size() > 1 ? text + " +" + (suggestions.size() - 1) : text;
	}

	/** Called (on any thread) when a page has been read: repaints once, however many pages arrive together. */
	public void pageArrived() {
		if (natTable.isDisposed() || !redrawQueued.compareAndSet(false, true)) {
			return;
		}
		Display display = natTable.getDisplay();
		display.asyncExec(() -> {
			redrawQueued.set(false);
			if (!natTable.isDisposed()) {
				if (!dicomColumnsShown && pages.hasDicom()) {
					dicomColumnsShown = true;
					columnHiding.showColumnIndexes(PATIENT_COLUMN, STUDY_COLUMN, SERIES_COLUMN);
				}
				natTable.redraw();
			}
		});
	}

	/** Whether the Patient, Study and Series columns are shown (once a DICOM item was listed). */
	public boolean dicomColumnsShown() {
		return dicomColumnsShown;
	}

	/** After {@link ItemPages#setView}: the row count may have changed. */
	public void refresh() {
		selectionLayer.clear();
		natTable.refresh();
	}

	/** Runs when the user clicks a sortable header; read {@link #requestedSort()} then. */
	public void onSortRequested(Runnable listener) {
		sortRequested = listener;
	}

	public ItemPages.Sort requestedSort() {
		return sortModel.sort;
	}

	/** The text of a body cell, as painted (for tests and accessibility); "" while its page is being read. */
	public String cellText(int column, long row) {
		Object value = body.getDataValue(column, (int) row);
		return value == null ? "" : value.toString();
	}

	/**
	 * Where the header of {@code column} is painted, in the table's coordinates (for tests, which click it), or null
	 * while it is scrolled out of view or hidden.
	 */
	public org.eclipse.swt.graphics.Rectangle headerBounds(int column) {
		for (int position = 0; position < natTable.getColumnCount(); position++) {
			if (COLUMNS[column].equals(natTable.getDataValueByPosition(position, 0))) {
				return natTable.getBoundsByPosition(position, 0);
			}
		}
		return null;
	}

	/** Scrolls the list sideways so that {@code column} is visible. */
	public void revealColumn(int column) {
		viewportLayer.moveColumnPositionIntoViewport(column);
	}

	public NatTable natTable() {
		return natTable;
	}

	public SelectionLayer selectionLayer() {
		return selectionLayer;
	}

	public ViewportLayer viewportLayer() {
		return viewportLayer;
	}

	/** Selected rows, in ascending order. */
	public long[] selectedRows() {
		int[] positions = selectionLayer.getFullySelectedRowPositions();
		long[] rows = new long[positions.length];
		for (int i = 0; i < positions.length; i++) {
			rows[i] = selectionLayer.getRowIndexByPosition(positions[i]);
		}
		java.util.Arrays.sort(rows);
		return rows;
	}

	/**
	 * Sorting the store can do: the project order, status, path, first class, first labeler, size in pixels,
	 * annotation count or agreement, either way (see {@link ItemPages}).
	 */
	private final class SortModel implements ISortModel {

		ItemPages.Sort sort = ItemPages.Sort.ORDER;
		int column = -1;
		SortDirectionEnum direction = SortDirectionEnum.NONE;

		@Override
		public List<Integer> getSortedColumnIndexes() {
			List<Integer> sorted = new ArrayList<>();
			if (column >= 0) {
				sorted.add(column);
			}
			return sorted;
		}

		@Override
		public boolean isColumnIndexSorted(int columnIndex) {
			return columnIndex == column;
		}

		@Override
		public SortDirectionEnum getSortDirection(int columnIndex) {
			return columnIndex == column ? direction : SortDirectionEnum.NONE;
		}

		@Override
		public int getSortOrder(int columnIndex) {
			return columnIndex == column ? 0 : -1;
		}

		@Override
		@SuppressWarnings("rawtypes")
		public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
			return List.of();
		}

		@Override
		public Comparator<?> getColumnComparator(int columnIndex) {
			return null;
		}

		@Override
		public void sort(int columnIndex, SortDirectionEnum newDirection, boolean accumulate) {
			ItemPages.Sort[] ways = switch (columnIndex) {
			case ORDER_COLUMN -> new ItemPages.Sort[] { ItemPages.Sort.ORDER, ItemPages.Sort.ORDER_DESCENDING };
			case STATUS_COLUMN -> new ItemPages.Sort[] { ItemPages.Sort.STATUS, ItemPages.Sort.STATUS_DESCENDING };
			case PATH_COLUMN -> new ItemPages.Sort[] { ItemPages.Sort.PATH, ItemPages.Sort.PATH_DESCENDING };
			case SIZE_COLUMN -> new ItemPages.Sort[] { ItemPages.Sort.PIXELS, ItemPages.Sort.PIXELS_DESCENDING };
			case CLASSES_COLUMN -> new ItemPages.Sort[] { ItemPages.Sort.CLASS, ItemPages.Sort.CLASS_DESCENDING };
			case LABELERS_COLUMN -> new ItemPages.Sort[] { ItemPages.Sort.LABELER, ItemPages.Sort.LABELER_DESCENDING };
			// lowest score first: the suggestions a reviewer should look at first
			case SUGGESTION_COLUMN -> new ItemPages.Sort[] { ItemPages.Sort.SUGGESTION, ItemPages.Sort.SUGGESTION_DESCENDING };
			case ANNOTATIONS_COLUMN -> new ItemPages.Sort[] { ItemPages.Sort.ANNOTATIONS,
					ItemPages.Sort.ANNOTATIONS_DESCENDING };
			// the column is empty without consensus: nothing to sort by
			case AGREEMENT_COLUMN -> pages.labelersPerItem() > 1
					? new ItemPages.Sort[] { ItemPages.Sort.AGREEMENT, ItemPages.Sort.AGREEMENT_DESCENDING }
					: null;
			default -> null;
			};
			if (ways == null) {
				return; // the store cannot order by this column with an index
			}
			if (newDirection == SortDirectionEnum.NONE) {
				clear();
			} else {
				column = columnIndex;
				direction = newDirection;
				sort = ways[newDirection == SortDirectionEnum.DESC ? 1 : 0];
			}
			sortRequested.run();
		}

		@Override
		public void clear() {
			column = -1;
			direction = SortDirectionEnum.NONE;
			sort = ItemPages.Sort.ORDER;
		}
	}
}
