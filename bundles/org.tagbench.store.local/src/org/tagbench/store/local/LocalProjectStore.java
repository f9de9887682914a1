package org.tagbench.store.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.PolygonAnnotation;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;
import org.tagbench.store.VerifyReport;
import org.tagbench.store.local.internal.Geometry;
import org.tagbench.store.local.internal.ProjectDefinitionFile;
import org.tagbench.store.local.internal.Schema;
import org.tagbench.store.local.internal.SqliteDatabase;

/**
 * The embedded project store: a project is a folder holding its definition ({@code project.tagbench},
 * XMI) and its items and annotations ({@code labels.db}, SQLite in WAL mode with a full sync on commit).
 * Images stay where they are; items refer to them by data source and relative path.
 */
public final class LocalProjectStore implements ProjectStore {

	public static final String DATABASE_FILE = "labels.db";

	private static final String ITEM_COLUMNS = "i.id, i.source_id, i.path, i.media_type, i.width, i.height, i.frame_count,"
			+ " i.content_hash, i.order_key, i.status, i.created, i.modified, i.time_spent_ms, i.missing";

	private static final String ANNOTATION_COLUMNS = "a.id, a.kind, a.class_id, a.author, a.created, a.source, a.score,"
			+ " a.model_version, a.frame_index, a.geometry";

	private final Path folder;
	private final LabelingProject project;
	private final SqliteDatabase database;

	private LocalProjectStore(Path folder, LabelingProject project, SqliteDatabase database) {
		this.folder = folder;
		this.project = project;
		this.database = database;
	}

	/** Creates a new project in {@code folder}, which must not hold a project yet. */
	public static LocalProjectStore create(Path folder, LabelingProject project) throws StoreException {
		if (Files.exists(folder.resolve(ProjectDefinitionFile.FILE_NAME))) {
			throw new StoreException(folder + " already holds a Tagbench project");
		}
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new StoreException("The project folder " + folder + " cannot be created: " + e.getMessage(), e);
		}
		ProjectDefinitionFile.attach(project, folder);
		SqliteDatabase database = openDatabase(folder);
		LocalProjectStore store = new LocalProjectStore(folder, project, database);
		store.saveProject();
		return store;
	}

	/** Opens the project in {@code folder}. */
	public static LocalProjectStore open(Path folder) throws StoreException {
		LabelingProject project = ProjectDefinitionFile.read(folder);
		if (!Files.isRegularFile(folder.resolve(DATABASE_FILE))) {
			throw new StoreException("The project in " + folder + " has no " + DATABASE_FILE
					+ ": its labels are missing (was the folder copied without it?)");
		}
		return new LocalProjectStore(folder, project, openDatabase(folder));
	}

	/** Whether {@code folder} holds a project. */
	public static boolean isProject(Path folder) {
		return Files.isRegularFile(folder.resolve(ProjectDefinitionFile.FILE_NAME));
	}

	private static SqliteDatabase openDatabase(Path folder) throws StoreException {
		Path file = folder.resolve(DATABASE_FILE);
		try {
			return SqliteDatabase.open(file, Schema.MIGRATIONS);
		} catch (SQLException e) {
			throw new StoreException("The label database " + file + " cannot be opened: " + e.getMessage(), e);
		}
	}

	@Override
	public LabelingProject project() {
		return project;
	}

	@Override
	public void saveProject() throws StoreException {
		project.setModified(System.currentTimeMillis());
		ProjectDefinitionFile.write(project, folder);
	}

	@Override
	public String location() {
		return folder.toString();
	}

	@Override
	public int addItems(Collection<DataItem> items) throws StoreException {
		return write("register " + items.size() + " items", c -> {
			int added = 0;
			try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO item (id, source_id, path,"
					+ " media_type, width, height, frame_count, content_hash, order_key, status, created, modified,"
					+ " time_spent_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
					if (insert.executeUpdate() == 1) {
						added++;
						insertAnnotations(c, item);
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
			try (PreparedStatement select = c.prepareStatement("SELECT " + ITEM_COLUMNS + ", " + ANNOTATION_COLUMNS
					+ " FROM item i LEFT JOIN annotation a ON a.item_id = i.id WHERE i.id = ? ORDER BY a.rowid")) {
				select.setString(1, id);
				try (ResultSet rows = select.executeQuery()) {
					List<DataItem> found = new ArrayList<>();
					readItemsWithAnnotations(rows, found::add);
					return found.stream().findFirst();
				}
			}
		});
	}

	@Override
	public void commit(DataItem item) throws StoreException {
		write("commit the labels of item " + item.getId() + " (" + item.getPath() + ")", c -> {
			try (PreparedStatement update = c.prepareStatement(
					"UPDATE item SET status = ?, modified = ?, time_spent_ms = ? WHERE id = ?")) {
				update.setString(1, item.getStatus().getName());
				update.setLong(2, System.currentTimeMillis());
				update.setLong(3, item.getTimeSpentMillis());
				update.setString(4, item.getId());
				if (update.executeUpdate() != 1) {
					throw new SQLException("the project has no item " + item.getId());
				}
			}
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM annotation WHERE item_id = ?")) {
				delete.setString(1, item.getId());
				delete.executeUpdate();
			}
			insertAnnotations(c, item);
			return null;
		});
	}

	private static void insertAnnotations(Connection c, DataItem item) throws SQLException {
		if (item.getAnnotations().isEmpty()) {
			return;
		}
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO annotation (id, item_id, kind, class_id, author,"
				+ " created, source, score, model_version, frame_index, geometry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (Annotation annotation : item.getAnnotations()) {
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
					insert.setNull(8, Types.REAL);
				} else {
					insert.setDouble(8, annotation.getScore());
				}
				insert.setString(9, annotation.getModelVersion());
				insert.setInt(10, annotation.getFrameIndex());
				insert.setBytes(11, AnnotationKind.geometry(annotation));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	@Override
	public List<ItemSummary> items(ItemQuery query, long offset, int limit) throws StoreException {
		return read("list items", c -> {
			Where where = Where.of(query);
			try (PreparedStatement select = c.prepareStatement("SELECT " + ITEM_COLUMNS
					+ ", (SELECT count(*) FROM annotation a WHERE a.item_id = i.id) FROM item i" + where.sql
					+ " ORDER BY i.order_key, i.id LIMIT ? OFFSET ?")) {
				int next = where.bind(select, 1);
				select.setInt(next, limit);
				select.setLong(next + 1, offset);
				List<ItemSummary> page = new ArrayList<>(Math.min(limit, 10_000));
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						page.add(new ItemSummary(rows.getString(1), rows.getString(2), rows.getString(3),
								MediaType.get(rows.getString(4)), rows.getInt(5), rows.getInt(6), rows.getLong(9),
								ItemStatus.get(rows.getString(10)), rows.getInt(15), rows.getInt(14) != 0));
					}
				}
				return page;
			}
		});
	}

	@Override
	public long count(ItemQuery query) throws StoreException {
		return read("count items", c -> {
			Where where = Where.of(query);
			try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM item i" + where.sql)) {
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
			Where where = Where.of(query);
			try (PreparedStatement select = c.prepareStatement("SELECT " + ITEM_COLUMNS + ", " + ANNOTATION_COLUMNS
					+ " FROM item i LEFT JOIN annotation a ON a.item_id = i.id" + where.sql
					+ " ORDER BY i.order_key, i.id, a.rowid")) {
				where.bind(select, 1);
				select.setFetchSize(1000);
				try (ResultSet rows = select.executeQuery()) {
					readItemsWithAnnotations(rows, visitor);
				}
			}
			return null;
		});
	}

	@Override
	public void setMissing(String itemId, boolean missing) throws StoreException {
		write("flag item " + itemId, c -> {
			try (PreparedStatement update = c.prepareStatement("UPDATE item SET missing = ? WHERE id = ?")) {
				update.setInt(1, missing ? 1 : 0);
				update.setString(2, itemId);
				update.executeUpdate();
			}
			return null;
		});
	}

	@Override
	public VerifyReport verify() throws StoreException {
		return read("verify", c -> {
			List<String> problems = new ArrayList<>();
			try (Statement statement = c.createStatement()) {
				try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
					while (rows.next()) {
						if (!"ok".equals(rows.getString(1))) {
							problems.add(database.file() + ": " + rows.getString(1));
						}
					}
				}
				try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
					while (rows.next()) {
						problems.add(database.file() + ": row " + rows.getLong(2) + " of " + rows.getString(1)
								+ " refers to a missing " + rows.getString(3));
					}
				}
				Set<String> classIds = project.getLabelClasses().stream().map(LabelClass::getId).collect(Collectors.toSet());
				try (ResultSet rows = statement.executeQuery(
						"SELECT class_id, count(*) FROM annotation WHERE class_id IS NOT NULL GROUP BY class_id")) {
					while (rows.next()) {
						if (!classIds.contains(rows.getString(1))) {
							problems.add(rows.getLong(2) + " annotations use label class " + rows.getString(1)
									+ ", which the project does not define");
						}
					}
				}
				Set<String> sourceIds = project.getDataSources().stream().map(DataSource::getId).collect(Collectors.toSet());
				try (ResultSet rows = statement.executeQuery("SELECT source_id, count(*) FROM item GROUP BY source_id")) {
					while (rows.next()) {
						if (!sourceIds.contains(rows.getString(1))) {
							problems.add(rows.getLong(2) + " items belong to data source " + rows.getString(1)
									+ ", which the project does not define");
						}
					}
				}
				try (ResultSet rows = statement.executeQuery("SELECT a.id, i.path, a.kind, length(a.geometry) FROM annotation a"
						+ " JOIN item i ON i.id = a.item_id WHERE (a.kind = 'BOX' AND length(a.geometry) <> 32)"
						+ " OR (a.kind = 'POLYGON' AND (length(a.geometry) < 48 OR length(a.geometry) % 16 <> 0))")) {
					while (rows.next()) {
						problems.add("annotation " + rows.getString(1) + " on " + rows.getString(2) + ": a "
								+ rows.getString(3) + " with a geometry of " + rows.getInt(4) + " bytes");
					}
				}
				long items;
				long annotations;
				try (ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM item), (SELECT count(*) FROM annotation)")) {
					rows.next();
					items = rows.getLong(1);
					annotations = rows.getLong(2);
				}
				return new VerifyReport(items, annotations, List.copyOf(problems));
			}
		});
	}

	@Override
	public void close() throws StoreException {
		try {
			database.close();
		} catch (SQLException e) {
			throw new StoreException("The label database of " + folder + " did not close cleanly: " + e.getMessage(), e);
		}
	}

	/** Turns joined item/annotation rows (items in order, their annotations following) into detached items. */
	private void readItemsWithAnnotations(ResultSet rows, ItemVisitor visitor) throws SQLException {
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
				current = itemFromRow(rows, sources);
			}
			if (rows.getString(15) != null) {
				current.getAnnotations().add(annotationFromRow(rows, 15, classes));
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

	private static DataItem itemFromRow(ResultSet rows, Map<String, DataSource> sources) throws SQLException {
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
		return item;
	}

	private static Annotation annotationFromRow(ResultSet rows, int first, Map<String, LabelClass> classes)
			throws SQLException {
		Annotation annotation = AnnotationKind.valueOf(rows.getString(first + 1))
				.create(Geometry.decode(rows.getBytes(first + 9)));
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

	private <T> T write(String what, SqliteDatabase.Work<T> work) throws StoreException {
		try {
			return database.inTransaction(work);
		} catch (SQLException e) {
			throw new StoreException("Cannot " + what + " in " + database.file() + ": " + e.getMessage()
					+ " (nothing of this change was stored; earlier commits are safe)", e);
		}
	}

	private <T> T read(String what, SqliteDatabase.Work<T> work) throws StoreException {
		try {
			return database.read(work);
		} catch (SQLException e) {
			throw new StoreException("Cannot " + what + " in " + database.file() + ": " + e.getMessage(), e);
		}
	}

	/** The WHERE clause for an {@link ItemQuery}, and its parameters. */
	private record Where(String sql, List<String> parameters) {

		static Where of(ItemQuery query) {
			List<String> conditions = new ArrayList<>();
			List<String> parameters = new ArrayList<>();
			if (!query.statuses().isEmpty()) {
				conditions.add("i.status IN (" + String.join(", ", query.statuses().stream().map(s -> "?").toList()) + ")");
				query.statuses().stream().map(ItemStatus::getName).sorted().forEach(parameters::add);
			}
			query.labelClassId().ifPresent(id -> {
				conditions.add("EXISTS (SELECT 1 FROM annotation x WHERE x.item_id = i.id AND x.class_id = ?)");
				parameters.add(id);
			});
			query.author().ifPresent(author -> {
				conditions.add("EXISTS (SELECT 1 FROM annotation x WHERE x.item_id = i.id AND x.author = ?)");
				parameters.add(author);
			});
			query.annotationSource().ifPresent(source -> {
				conditions.add("EXISTS (SELECT 1 FROM annotation x WHERE x.item_id = i.id AND x.source = ?)");
				parameters.add(source.getName());
			});
			return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
		}

		int bind(PreparedStatement statement, int first) throws SQLException {
			int index = first;
			for (String parameter : parameters) {
				statement.setString(index++, parameter);
			}
			return index;
		}
	}

	/** How each kind of annotation is stored: its kind name and its coordinates. */
	private enum AnnotationKind {
		LABEL, BOX, POLYGON;

		static AnnotationKind of(Annotation annotation) {
			if (annotation instanceof BoundingBox) {
				return BOX;
			}
			if (annotation instanceof PolygonAnnotation) {
				return POLYGON;
			}
			return LABEL;
		}

		static byte[] geometry(Annotation annotation) {
			if (annotation instanceof BoundingBox box) {
				return Geometry.encode(List.of(box.getX(), box.getY(), box.getW(), box.getH()));
			}
			if (annotation instanceof PolygonAnnotation polygon) {
				return Geometry.encode(polygon.getPoints());
			}
			return null;
		}

		/**
		 * Makes the annotation from its stored coordinates. A damaged geometry (reported by verify) still
		 * loads, with the coordinates it lacks as 0, so that the item and its other labels stay usable.
		 */
		Annotation create(double[] stored) {
			TagbenchFactory factory = TagbenchFactory.eINSTANCE;
			switch (this) {
			case BOX:
				double[] geometry = java.util.Arrays.copyOf(stored, Math.max(4, stored.length));
				BoundingBox box = factory.createBoundingBox();
				box.setX(geometry[0]);
				box.setY(geometry[1]);
				box.setW(geometry[2]);
				box.setH(geometry[3]);
				return box;
			case POLYGON:
				PolygonAnnotation polygon = factory.createPolygonAnnotation();
				for (double value : stored) {
					polygon.getPoints().add(value);
				}
				return polygon;
			default:
				return factory.createClassificationLabel();
			}
		}
	}
}
