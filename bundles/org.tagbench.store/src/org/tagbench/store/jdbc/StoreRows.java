package org.tagbench.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore.ItemVisitor;

/**
 * Rows of the item and annotation tables, which the SQLite and PostgreSQL stores lay out alike, turned
 * into detached model objects. Only the geometry column differs (a blob or an array): each store reads it.
 */
public final class StoreRows {

	/** The item columns, 1 to 15, of {@code item i}. */
	public static final String ITEM_COLUMNS = "i.id, i.source_id, i.path, i.media_type, i.width, i.height, i.frame_count,"
			+ " i.content_hash, i.order_key, i.status, i.created, i.modified, i.time_spent_ms, i.missing, i.review_comment";

	/** The annotation columns of {@code annotation a}, from 16 on when they follow {@link #ITEM_COLUMNS}. */
	public static final String ANNOTATION_COLUMNS = "a.id, a.kind, a.class_id, a.author, a.created, a.source, a.score,"
			+ " a.model_version, a.frame_index, a.geometry";

	/** The column at which the annotation columns start after the item columns. */
	public static final int FIRST_ANNOTATION_COLUMN = 16;

	/** Reads a stored geometry column. */
	@FunctionalInterface
	public interface GeometryReader {
		double[] read(ResultSet rows, int column) throws SQLException;
	}

	private StoreRows() {
	}

	/** An {@link ItemSummary} from {@link #ITEM_COLUMNS} followed by the annotation count. */
	public static ItemSummary summary(ResultSet rows) throws SQLException {
		return new ItemSummary(rows.getString(1), rows.getString(2), rows.getString(3), MediaType.get(rows.getString(4)),
				rows.getInt(5), rows.getInt(6), rows.getLong(9), ItemStatus.get(rows.getString(10)), rows.getInt(16),
				rows.getBoolean(14));
	}

	/** Turns joined item/annotation rows (items in order, their annotations following) into detached items. */
	public static void readItemsWithAnnotations(ResultSet rows, LabelingProject project, GeometryReader geometry,
			ItemVisitor visitor) throws SQLException {
		Map<String, DataSource> sources = project.getDataSources().stream()
				.collect(Collectors.toMap(DataSource::getId, Function.identity(), (a, b) -> a));
		Map<String, LabelClass> classes = project.getLabelClasses().stream()
				.collect(Collectors.toMap(LabelClass::getId, Function.identity(), (a, b) -> a));
		DataItem current = null;
		while (rows.next()) {
			String id = rows.getString(1);
			if (current == null || !current.getId().equals(id)) {
				if (current != null) {
					visit(visitor, current);
				}
				current = item(rows, sources);
			}
			if (rows.getString(FIRST_ANNOTATION_COLUMN) != null) {
				current.getAnnotations().add(annotation(rows, FIRST_ANNOTATION_COLUMN, classes, geometry));
			}
		}
		if (current != null) {
			visit(visitor, current);
		}
	}

	private static void visit(ItemVisitor visitor, DataItem item) throws SQLException {
		try {
			visitor.visit(item);
		} catch (SQLException | RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new SQLException(e.getMessage(), e);
		}
	}

	private static DataItem item(ResultSet rows, Map<String, DataSource> sources) throws SQLException {
		DataItem item = TagbenchFactory.eINSTANCE.createDataItem();
		item.setId(rows.getString(1));
		item.setDataSource(sources.get(rows.getString(2)));
		item.setPath(rows.getString(3));
		item.setMediaType(MediaType.get(rows.getString(4)));
		item.setWidth(rows.getInt(5));
		item.setHeight(rows.getInt(6));
		item.setFrameCount(rows.getInt(7));
		item.setContentHash(rows.getString(8));
		item.setOrderKey(rows.getLong(9));
		item.setStatus(ItemStatus.get(rows.getString(10)));
		item.setCreated(rows.getLong(11));
		item.setModified(rows.getLong(12));
		item.setTimeSpentMillis(rows.getLong(13));
		item.setReviewComment(rows.getString(15));
		return item;
	}

	private static Annotation annotation(ResultSet rows, int first, Map<String, LabelClass> classes,
			GeometryReader geometry) throws SQLException {
		Annotation annotation = AnnotationKind.valueOf(rows.getString(first + 1)).create(geometry.read(rows, first + 9));
		annotation.setId(rows.getString(first));
		annotation.setLabelClass(classes.get(rows.getString(first + 2)));
		annotation.setAuthor(rows.getString(first + 3));
		annotation.setCreatedAt(rows.getLong(first + 4));
		annotation.setSource(AnnotationSource.get(rows.getString(first + 5)));
		annotation.setScore(rows.getDouble(first + 6));
		annotation.setModelVersion(rows.getString(first + 7));
		annotation.setFrameIndex(rows.getInt(first + 8));
		return annotation;
	}
}
