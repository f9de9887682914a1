package org.tagbench.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.MediaType;
import org.tagbench.store.DataSourceItems;
import org.tagbench.store.ItemLabels;
import org.tagbench.store.ItemOrder;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.ReviewNote;
import org.tagbench.store.StoreChange;
import org.tagbench.store.StoreException;
import org.tagbench.store.VerifyReport;

/**
 * What the SQL stores (SQLite, PostgreSQL) share: the {@code item} and {@code annotation} tables, laid out
 * alike, and the queries over them. A subclass says how work reaches its database, how it stores a
 * geometry and in which column annotations keep their order.
 */
public abstract class SqlProjectStore implements ProjectStore {

	/** Work done with a connection inside one transaction. */
	@FunctionalInterface
	public interface Work<T> {
		T run(Connection connection) throws SQLException;
	}

	/** Runs {@code work} in one transaction; {@code what} names it in the message of a failure. */
	protected abstract <T> T write(String what, Work<T> work) throws StoreException;

	/** Runs read-only {@code work}; {@code what} names it in the message of a failure. */
	protected abstract <T> T read(String what, Work<T> work) throws StoreException;

	/** The column that keeps annotations of an item in the order they were written, e.g. {@code a.rowid}. */
	protected abstract String annotationOrder();

	protected abstract StoreRows.GeometryReader geometryReader();

	/** Binds coordinates (null for none) to a geometry parameter. */
	protected abstract void bindGeometry(PreparedStatement statement, int index, List<Double> coordinates)
			throws SQLException;

	/**
	 * Called after a write through this store has been committed, to deliver it to listeners. A server store
	 * leaves this to the server (which announces every desktop's writes); the folder store delivers here.
	 */
	protected void written(StoreChange change) {
	}

	@Override
	public int addItems(Collection<DataItem> items) throws StoreException {
		int added = register(items);
		if (added > 0) {
			written(StoreChange.everything());
		}
		return added;
	}

	private int register(Collection<DataItem> items) throws StoreException {
		return write("register " + items.size() + " items", c -> {
			int added = 0;
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO item (id, source_id, path,"
					+ " media_type, width, height, frame_count, content_hash, order_key, status, created, modified,"
					+ " time_spent_ms, first_class_id, first_author, annotation_count, prelabel_score)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
					+ " ON CONFLICT DO NOTHING")) {
				for (DataItem item : items) {
					if (item.getId() == null) {
						item.setId(UUID.randomUUID().toString());
					}
					long now = System.currentTimeMillis();
					insert.setString(1, item.getId());
					insert.setString(2, sourceId(item));
					insert.setString(3, item.getPath());
					insert.setString(4, item.getMediaType().getName());
					insert.setInt(5, item.getWidth());
					insert.setInt(6, item.getHeight());
					insert.setInt(7, item.getFrameCount());
					insert.setString(8, item.getContentHash());
					insert.setLong(9, item.getOrderKey());
					insert.setString(10, item.getStatus().getName());
					insert.setLong(11, item.getCreated() > 0 ? item.getCreated() : now);
					insert.setLong(12, now);
					insert.setLong(13, item.getTimeSpentMillis());
					insert.setString(14, firstClassId(item.getAnnotations()));
					insert.setString(15, firstAuthor(item.getAnnotations()));
					insert.setInt(16, item.getAnnotations().size());
					insert.setObject(17, prelabelScore(item.getAnnotations()), Types.DOUBLE);
					if (insert.executeUpdate() == 1) {
						added++;
						insertAnnotations(c, item, item.getAnnotations());
					}
				}
			}
			return added;
		});
	}

	private static String sourceId(DataItem item) throws SQLException {
		DataSource source = item.getDataSource();
		if (source == null || source.getId() == null) {
			throw new SQLException("item " + item.getPath() + " has no data source");
		}
		return source.getId();
	}

	@Override
	public Optional<DataItem> item(String id) throws StoreException {
		return read("read item " + id, c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT " + StoreRows.ITEM_COLUMNS + ", "
					+ StoreRows.ANNOTATION_COLUMNS + " FROM item i LEFT JOIN annotation a ON a.item_id = i.id"
					+ " WHERE i.id = ? ORDER BY " + annotationOrder())) {
				select.setString(1, id);
				try (ResultSet rows = select.executeQuery()) {
					List<DataItem> found = new ArrayList<>();
					StoreRows.readItemsWithAnnotations(rows, project(), geometryReader(), found::add);
					return found.stream().findFirst();
				}
			}
		});
	}

	@Override
	public void commit(DataItem item) throws StoreException {
		write("commit the labels of item " + item.getId() + " (" + item.getPath() + ")", c -> {
			replaceState(c, item);
			return null;
		});
		written(new StoreChange(item.getId(), item.getStatus().getName(), null));
	}

	@Override
	public void addReviewNote(String itemId, ReviewNote note) throws StoreException {
		write("record the review of item " + itemId, c -> {
			try (PreparedStatement insert = c.prepareStatement(
					"INSERT INTO review_note (item_id, author, created, comment) VALUES (?, ?, ?, ?)")) {
				insert.setString(1, itemId);
				insert.setString(2, reviewAuthor(note.author()));
				insert.setLong(3, note.time());
				insert.setString(4, note.comment() == null ? "" : note.comment());
				return insert.executeUpdate();
			}
		});
	}

	/** Who a review note is recorded for: the given name here; a server store records its user. */
	protected String reviewAuthor(String given) {
		return given;
	}

	@Override
	public List<ReviewNote> reviewNotes(String itemId) throws StoreException {
		return read("read the review history of item " + itemId, c -> {
			try (PreparedStatement select = c.prepareStatement(
					"SELECT author, created, comment FROM review_note WHERE item_id = ? ORDER BY created, id")) {
				select.setString(1, itemId);
				List<ReviewNote> notes = new ArrayList<>();
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						notes.add(new ReviewNote(rows.getString(1), rows.getLong(2), rows.getString(3)));
					}
				}
				return notes;
			}
		});
	}

	/**
	 * Replaces the item's status, time spent and annotations (the body of {@link #commit(DataItem)}), and its sort
	 * keys {@code first_class_id}, {@code first_author}, {@code annotation_count} and {@code prelabel_score} from the
	 * annotations written.
	 */
	protected void replaceState(Connection c, DataItem item) throws SQLException {
		updateStatus(c, item, item.getStatus(), item.getTimeSpentMillis());
		try (PreparedStatement update = c.prepareStatement(
				"UPDATE item SET review_comment = ?, first_class_id = ?, first_author = ?, annotation_count = ?,"
						+ " prelabel_score = ? WHERE id = ?")) {
			update.setString(1, item.getReviewComment());
			update.setString(2, firstClassId(item.getAnnotations()));
			update.setString(3, firstAuthor(item.getAnnotations()));
			update.setInt(4, item.getAnnotations().size());
			update.setObject(5, prelabelScore(item.getAnnotations()), Types.DOUBLE);
			update.setString(6, item.getId());
			update.executeUpdate();
		}
		try (PreparedStatement delete = c.prepareStatement("DELETE FROM annotation WHERE item_id = ?")) {
			delete.setString(1, item.getId());
			delete.executeUpdate();
		}
		insertAnnotations(c, item, item.getAnnotations());
	}

	protected static void updateStatus(Connection c, DataItem item, ItemStatus status, long timeSpent) throws SQLException {
		try (PreparedStatement update = c.prepareStatement(
				"UPDATE item SET status = ?, modified = ?, time_spent_ms = ? WHERE id = ?")) {
			update.setString(1, status.getName());
			update.setLong(2, System.currentTimeMillis());
			update.setLong(3, timeSpent);
			update.setString(4, item.getId());
			if (update.executeUpdate() != 1) {
				throw new SQLException("the project has no item " + item.getId());
			}
		}
	}

	/**
	 * The class id of the first of {@code annotations} (in the order they are written) that has a class: the item's
	 * sort key by class ({@code item.first_class_id}), what its Classes cell shows first. Every write of an item's
	 * annotations stores it in the same statement as the item row, or recomputes it in SQL where other annotations
	 * stay (the server's consensus commits).
	 */
	protected static String firstClassId(Collection<Annotation> annotations) {
		return annotations.stream().filter(a -> a.getLabelClass() != null && a.getLabelClass().getId() != null)
				.map(a -> a.getLabelClass().getId()).findFirst().orElse(null);
	}

	/** The author of the first of {@code annotations} that has one: the item's sort key by labeler ({@code item.first_author}). */
	protected static String firstAuthor(Collection<Annotation> annotations) {
		return annotations.stream().map(Annotation::getAuthor).filter(author -> author != null).findFirst().orElse(null);
	}

	/**
	 * The highest score of the open pre-labels ({@link AnnotationSource#PRELABEL}) among {@code annotations}, null
	 * without any: the item's sort key by suggestion ({@code item.prelabel_score}).
	 */
	protected static Double prelabelScore(Collection<Annotation> annotations) {
		return annotations.stream().filter(a -> a.getSource() == AnnotationSource.PRELABEL).map(Annotation::getScore)
				.max(Double::compare).orElse(null);
	}

	protected void insertAnnotations(Connection c, DataItem item, Collection<Annotation> annotations) throws SQLException {
		if (annotations.isEmpty()) {
			return;
		}
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO annotation (id, item_id, kind, class_id, author,"
				+ " created, source, score, model_version, frame_index, geometry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (Annotation annotation : annotations) {
				if (annotation.getId() == null) {
					annotation.setId(UUID.randomUUID().toString());
				}
				insert.setString(1, annotation.getId());
				insert.setString(2, item.getId());
				insert.setString(3, AnnotationKind.of(annotation).name());
				insert.setString(4, annotation.getLabelClass() == null ? null : annotation.getLabelClass().getId());
				insert.setString(5, annotation.getAuthor());
				insert.setLong(6, annotation.getCreatedAt() > 0 ? annotation.getCreatedAt() : System.currentTimeMillis());
				insert.setString(7, annotation.getSource().getName());
				if (annotation.getSource() == AnnotationSource.HUMAN || annotation.getSource() == AnnotationSource.IMPORTED) {
					insert.setNull(8, Types.DOUBLE);
				} else {
					insert.setDouble(8, annotation.getScore());
				}
				insert.setString(9, annotation.getModelVersion());
				insert.setInt(10, annotation.getFrameIndex());
				bindGeometry(insert, 11, AnnotationKind.coordinates(annotation));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	@Override
	public List<ItemSummary> items(ItemQuery query, ItemOrder order, long offset, int limit) throws StoreException {
		return read("list items", c -> {
			ItemFilter where = ItemFilter.of(query);
			List<ItemSummary> page = new ArrayList<>(Math.min(limit, 10_000));
			List<Segment> segments = segments(c, order);
			long skip = offset;
			for (Segment segment : segments) {
				if (page.size() >= limit) {
					break;
				}
				if (skip > 0 && segments.size() > 1) {
					long size = count(c, where, segment);
					if (size <= skip) {
						skip -= size;
						continue;
					}
				}
				readPage(c, where, segment, skip, limit - page.size(), page);
				skip = 0;
			}
			return page;
		});
	}

	/**
	 * A run of the sorted list: the items of the filter that also meet {@code condition} (SQL over {@code item i}
	 * with {@code parameters}; empty for all), in {@code orderBy}.
	 */
	private record Segment(String condition, List<String> parameters, String orderBy) {
	}

	/**
	 * The runs that make up the list in {@code order}, one after the other; each is read with an index. Orders by
	 * a column of the item are one run. By class, a run per class of the definition (in the order of their names,
	 * each in the project's order), so that renaming a class re-sorts without changing a row; by labeler, the
	 * items with one then those without; by agreement, a run per state of {@code i.agreement_state} (see
	 * {@link #AGREEMENT_NONE}).
	 */
	private List<Segment> segments(Connection c, ItemOrder order) throws SQLException {
		String direction = order.descending() ? " DESC" : "";
		String projectOrder = "i.order_key" + direction + ", i.id" + direction;
		return switch (order.key()) {
		case PROJECT -> List.of(new Segment("", List.of(), projectOrder));
		case PATH -> List.of(new Segment("", List.of(), pathOrder() + direction + ", " + projectOrder));
		case PIXELS -> List.of(new Segment("", List.of(), pixelCount() + direction + ", " + projectOrder));
		case CLASS -> {
			List<LabelClass> classes = new ArrayList<>(project().getLabelClasses());
			classes.sort(Comparator.comparing(LabelClass::getName, String.CASE_INSENSITIVE_ORDER)
					.thenComparing(LabelClass::getName).thenComparing(LabelClass::getId));
			if (order.descending()) {
				Collections.reverse(classes);
			}
			List<Segment> segments = new ArrayList<>();
			List<String> ids = new ArrayList<>();
			for (LabelClass labelClass : classes) {
				segments.add(new Segment("i.first_class_id = ?", List.of(labelClass.getId()), projectOrder));
				ids.add(labelClass.getId());
			}
			segments.add(new Segment(ids.isEmpty() ? "i.first_class_id IS NOT NULL"
					: "i.first_class_id IS NOT NULL AND i.first_class_id NOT IN ("
							+ String.join(", ", ids.stream().map(id -> "?").toList()) + ")",
					ids, projectOrder));
			segments.add(new Segment("i.first_class_id IS NULL", List.of(), projectOrder));
			yield segments;
		}
		case LABELER -> List.of(
				new Segment("i.first_author IS NOT NULL", List.of(), firstAuthorOrder() + direction + ", " + projectOrder),
				new Segment("i.first_author IS NULL", List.of(), projectOrder));
		case ANNOTATIONS -> List.of(new Segment("", List.of(), "i.annotation_count" + direction + ", " + projectOrder));
		// items with open pre-labels by their best score, equal scores in the project's order either way; then the rest
		case SUGGESTION -> List.of(
				new Segment("i.prelabel_score IS NOT NULL", List.of(),
						"i.prelabel_score" + direction + ", i.order_key, i.id"),
				new Segment("i.prelabel_score IS NULL", List.of(), "i.order_key, i.id"));
		case AGREEMENT -> {
			if (!keepsAgreement(c)) {
				yield List.of(new Segment("", List.of(), projectOrder));
			}
			List<Segment> segments = new ArrayList<>();
			for (int state : order.descending() ? new int[] { AGREEMENT_AGREE, AGREEMENT_DISAGREE, AGREEMENT_WAITING }
					: new int[] { AGREEMENT_DISAGREE, AGREEMENT_AGREE, AGREEMENT_WAITING }) {
				segments.add(new Segment("i.agreement_state = " + state, List.of(), projectOrder));
			}
			segments.add(new Segment("i.agreement_state IS NULL", List.of(), projectOrder));
			segments.add(new Segment("i.agreement_state = " + AGREEMENT_NONE, List.of(), projectOrder));
			yield segments;
		}
		};
	}

	/**
	 * States of {@code item.agreement_state}, the sort key by agreement of a store that {@link #keepsAgreement keeps
	 * it} (consensus): nobody committed the item, fewer labelers than the project asks for committed it, the labelers
	 * disagree, they agree; NULL: not compared since the last commit.
	 */
	protected static final int AGREEMENT_NONE = 0, AGREEMENT_WAITING = 1, AGREEMENT_DISAGREE = 2, AGREEMENT_AGREE = 3;

	/**
	 * Whether the item rows carry {@code agreement_state} to sort by ({@link ItemOrder.Key#AGREEMENT}); without it the
	 * agreement order is the project's.
	 */
	protected boolean keepsAgreement(Connection c) throws SQLException {
		return false;
	}

	private static String where(ItemFilter filter, Segment segment) {
		if (segment.condition().isEmpty()) {
			return filter.sql();
		}
		return (filter.sql().isEmpty() ? " WHERE " : filter.sql() + " AND ") + segment.condition();
	}

	private static int bind(PreparedStatement statement, ItemFilter filter, Segment segment) throws SQLException {
		int next = filter.bind(statement, 1);
		for (String parameter : segment.parameters()) {
			statement.setString(next++, parameter);
		}
		return next;
	}

	private static long count(Connection c, ItemFilter filter, Segment segment) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM item i" + where(filter, segment))) {
			bind(select, filter, segment);
			try (ResultSet rows = select.executeQuery()) {
				return rows.next() ? rows.getLong(1) : 0L;
			}
		}
	}

	private static void readPage(Connection c, ItemFilter filter, Segment segment, long offset, int limit,
			List<ItemSummary> page) throws SQLException {
		// the kept count, not a count of the annotations: a server computes the select list of the rows an OFFSET skips
		// too, which made a page deep in the list cost a count per skipped row
		try (PreparedStatement select = c.prepareStatement("SELECT " + StoreRows.ITEM_COLUMNS
				+ ", i.annotation_count FROM item i" + where(filter, segment)
				+ " ORDER BY " + segment.orderBy() + " LIMIT ? OFFSET ?")) {
			int next = bind(select, filter, segment);
			select.setInt(next, limit);
			select.setLong(next + 1, offset);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					page.add(StoreRows.summary(rows));
				}
			}
		}
	}

	/** {@code i.first_author} compared by code point, as the index {@code item_by_first_author} is built. */
	protected abstract String firstAuthorOrder();

	/**
	 * {@code i.path} compared by code point, as the index {@code item_by_path} is built (SQLite's BINARY; a
	 * server's default collation depends on its locale).
	 */
	protected abstract String pathOrder();

	/** {@code i.width * i.height} without overflow, exactly as the index {@code item_by_pixels} is built. */
	protected abstract String pixelCount();

	/** Item ids per query of {@link #labelsOf}: well below every engine's limit of bound parameters. */
	private static final int LABELS_BATCH = 500;

	@Override
	public Map<String, ItemLabels> labelsOf(Collection<String> itemIds) throws StoreException {
		List<String> ids = List.copyOf(itemIds);
		Map<String, Set<String>> classes = new HashMap<>();
		Map<String, Set<String>> authors = new HashMap<>();
		Map<String, List<ItemLabels.Suggestion>> suggestions = new HashMap<>();
		for (int from = 0; from < ids.size(); from += LABELS_BATCH) {
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + LABELS_BATCH));
			read("read the labels of " + batch.size() + " items", c -> {
				try (PreparedStatement select = c.prepareStatement("SELECT a.item_id, a.class_id, a.author, a.source, a.score FROM annotation a"
						+ " WHERE a.item_id IN (" + String.join(", ", batch.stream().map(id -> "?").toList()) + ")"
						+ " ORDER BY a.item_id, " + annotationOrder())) {
					for (int i = 0; i < batch.size(); i++) {
						select.setString(i + 1, batch.get(i));
					}
					try (ResultSet rows = select.executeQuery()) {
						while (rows.next()) {
							String item = rows.getString(1);
							Set<String> itemClasses = classes.computeIfAbsent(item, k -> new LinkedHashSet<>());
							Set<String> itemAuthors = authors.computeIfAbsent(item, k -> new LinkedHashSet<>());
							if (rows.getString(2) != null) {
								itemClasses.add(rows.getString(2));
							}
							if (rows.getString(3) != null) {
								itemAuthors.add(rows.getString(3));
							}
							if (AnnotationSource.PRELABEL.getName().equals(rows.getString(4))) {
								suggestions.computeIfAbsent(item, k -> new ArrayList<>())
										.add(new ItemLabels.Suggestion(rows.getString(2), rows.getDouble(5)));
							}
						}
					}
				}
				return null;
			});
		}
		Map<String, ItemLabels> labels = new HashMap<>();
		classes.forEach((item, itemClasses) -> labels.put(item,
				new ItemLabels(List.copyOf(itemClasses), List.copyOf(authors.get(item)), suggestions.getOrDefault(item, List.of()))));
		return labels;
	}

	@Override
	public long count(ItemQuery query) throws StoreException {
		return read("count items", c -> {
			ItemFilter where = ItemFilter.of(query);
			try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM item i" + where.sql())) {
				where.bind(select, 1);
				try (ResultSet rows = select.executeQuery()) {
					return rows.next() ? rows.getLong(1) : 0L;
				}
			}
		});
	}

	@Override
	public Map<ItemStatus, Long> countByStatus() throws StoreException {
		return read("count items by status", c -> {
			Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
			try (Statement select = c.createStatement();
					ResultSet rows = select.executeQuery("SELECT status, count(*) FROM item GROUP BY status")) {
				while (rows.next()) {
					counts.put(ItemStatus.get(rows.getString(1)), rows.getLong(2));
				}
			}
			return counts;
		});
	}

	@Override
	public boolean holdsMediaType(MediaType mediaType) throws StoreException {
		return read("look for " + mediaType.getName() + " items", c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM item WHERE media_type = ? LIMIT 1")) {
				select.setString(1, mediaType.getName());
				try (ResultSet rows = select.executeQuery()) {
					return rows.next();
				}
			}
		});
	}

	@Override
	public Map<String, Long> countAnnotationsByClass() throws StoreException {
		return read("count annotations by class", c -> {
			Map<String, Long> counts = new HashMap<>();
			try (Statement select = c.createStatement(); ResultSet rows = select.executeQuery(
					"SELECT class_id, count(*) FROM annotation WHERE class_id IS NOT NULL GROUP BY class_id")) {
				while (rows.next()) {
					counts.put(rows.getString(1), rows.getLong(2));
				}
			}
			return counts;
		});
	}

	@Override
	public void forEachItem(ItemQuery query, ItemVisitor visitor) throws StoreException {
		read("read items", c -> {
			ItemFilter where = ItemFilter.of(query);
			try (PreparedStatement select = c.prepareStatement("SELECT " + StoreRows.ITEM_COLUMNS + ", "
					+ StoreRows.ANNOTATION_COLUMNS + " FROM item i LEFT JOIN annotation a ON a.item_id = i.id"
					+ where.sql() + " ORDER BY i.order_key, i.id, " + annotationOrder())) {
				where.bind(select, 1);
				select.setFetchSize(1000);
				try (ResultSet rows = select.executeQuery()) {
					StoreRows.readItemsWithAnnotations(rows, project(), geometryReader(), visitor);
				}
			}
			return null;
		});
	}

	/** Items carrying work: an annotation, or a status beyond unlabeled / in progress (see {@link #itemsOfDataSource}). */
	private static final String LABELED_ITEM = "(i.status NOT IN ('UNLABELED', 'IN_PROGRESS')"
			+ " OR EXISTS (SELECT 1 FROM annotation a WHERE a.item_id = i.id))";

	@Override
	public DataSourceItems itemsOfDataSource(String dataSourceId) throws StoreException {
		return read("count the items of data source " + dataSourceId, c -> itemsOfDataSource(c, dataSourceId));
	}

	private static DataSourceItems itemsOfDataSource(Connection c, String dataSourceId) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT count(*), coalesce(sum(CASE WHEN " + LABELED_ITEM
				+ " THEN 1 ELSE 0 END), 0) FROM item i WHERE i.source_id = ?")) {
			select.setString(1, dataSourceId);
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return new DataSourceItems(rows.getLong(1), rows.getLong(2));
			}
		}
	}

	@Override
	public int removeItemsOfDataSource(String dataSourceId) throws StoreException {
		int removed = write("remove the items of data source " + dataSourceId, c -> {
			// checked in the transaction that deletes: a label committed meanwhile by another editor refuses it
			DataSourceItems items = itemsOfDataSource(c, dataSourceId);
			if (items.labeled() > 0) {
				throw new SQLException(items.labeled() + " of its " + items.total() + " items have labels or a review"
						+ " status, which removing them would lose (nothing was removed)");
			}
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM item WHERE source_id = ?")) {
				delete.setString(1, dataSourceId);
				return delete.executeUpdate();
			}
		});
		if (removed > 0) {
			written(StoreChange.everything());
		}
		return removed;
	}

	@Override
	public void setMissing(String itemId, boolean missing) throws StoreException {
		write("flag item " + itemId, c -> {
			try (PreparedStatement update = c.prepareStatement("UPDATE item SET missing = ? WHERE id = ?")) {
				update.setBoolean(1, missing);
				update.setString(2, itemId);
				update.executeUpdate();
			}
			return null;
		});
		written(new StoreChange(itemId, null, null));
	}

	@Override
	public VerifyReport verify() throws StoreException {
		return read("verify", c -> {
			List<String> problems = new ArrayList<>();
			try (Statement statement = c.createStatement()) {
				checkStorage(statement, problems);
				checkAgainstDefinition(statement, problems);
				try (ResultSet rows = statement.executeQuery(damagedGeometryQuery())) {
					while (rows.next()) {
						problems.add("annotation " + rows.getString(1) + " on " + rows.getString(2) + ": a "
								+ rows.getString(3) + " with a geometry of " + rows.getString(4));
					}
				}
				// the sort key by annotation count, kept by every write of annotations
				String counted = "(SELECT count(*) FROM annotation a WHERE a.item_id = i.id)";
				try (ResultSet rows = statement.executeQuery("SELECT i.path, i.annotation_count, " + counted
						+ " FROM item i WHERE i.annotation_count <> " + counted + " LIMIT 100")) {
					while (rows.next()) {
						problems.add("item " + rows.getString(1) + " has " + rows.getLong(3) + " annotations but is sorted as"
								+ " having " + rows.getLong(2) + " (open it and commit it again to mend the count)");
					}
				}
				// the sort key by suggestion, kept by every write of pre-labels and every commit
				String bestScore = "(SELECT max(a.score) FROM annotation a WHERE a.item_id = i.id AND a.source = 'PRELABEL')";
				try (ResultSet rows = statement.executeQuery("SELECT i.path, i.prelabel_score, " + bestScore
						+ " FROM item i WHERE coalesce(i.prelabel_score, -1) <> coalesce(" + bestScore + ", -1) LIMIT 100")) {
					while (rows.next()) {
						problems.add("item " + rows.getString(1) + " is sorted by a suggestion score of " + rows.getObject(2)
								+ " but its best open pre-label scores " + rows.getObject(3)
								+ " (open it and commit it again to mend the key)");
					}
				}
				try (ResultSet rows = statement.executeQuery(
						"SELECT (SELECT count(*) FROM item), (SELECT count(*) FROM annotation)")) {
					rows.next();
					return new VerifyReport(rows.getLong(1), rows.getLong(2), List.copyOf(problems));
				}
			}
		});
	}

	/** Adds to {@code problems} what the database engine itself finds wrong (integrity checks). */
	protected abstract void checkStorage(Statement statement, List<String> problems) throws SQLException;

	/**
	 * A query for boxes and polygons whose stored geometry cannot be theirs: annotation id, item path, kind
	 * and the size found (e.g. "2 bytes").
	 */
	protected abstract String damagedGeometryQuery();

	/**
	 * Adds to {@code problems} what does not match the definition: labels of classes and items of data
	 * sources it does not define.
	 */
	private void checkAgainstDefinition(Statement statement, List<String> problems) throws SQLException {
		Set<String> classIds = project().getLabelClasses().stream().map(LabelClass::getId).collect(Collectors.toSet());
		try (ResultSet rows = statement.executeQuery(
				"SELECT class_id, count(*) FROM annotation WHERE class_id IS NOT NULL GROUP BY class_id")) {
			while (rows.next()) {
				if (!classIds.contains(rows.getString(1))) {
					problems.add(rows.getLong(2) + " annotations use label class " + rows.getString(1)
							+ ", which the project does not define");
				}
			}
		}
		Set<String> sourceIds = project().getDataSources().stream().map(DataSource::getId).collect(Collectors.toSet());
		try (ResultSet rows = statement.executeQuery("SELECT source_id, count(*) FROM item GROUP BY source_id")) {
			while (rows.next()) {
				if (!sourceIds.contains(rows.getString(1))) {
					problems.add(rows.getLong(2) + " items belong to data source " + rows.getString(1)
							+ ", which the project does not define");
				}
			}
		}
	}
}
