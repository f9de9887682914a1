package org.tagbench.store.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.tagbench.model.LabelingProject;
import org.tagbench.store.Reservations;
import org.tagbench.store.SingleUserQueue;
import org.tagbench.store.StoreChange;
import org.tagbench.store.StoreException;
import org.tagbench.store.StoreListener;
import org.tagbench.store.StoreListeners;
import org.tagbench.store.Subscription;
import org.tagbench.store.TaskQueue;
import org.tagbench.store.jdbc.SqlProjectStore;
import org.tagbench.store.jdbc.StoreRows;
import org.tagbench.store.local.internal.FolderReservations;
import org.tagbench.store.local.internal.HolderProcess;
import org.tagbench.store.local.internal.Geometry;
import org.tagbench.store.local.internal.ProjectDefinitionFile;
import org.tagbench.store.local.internal.Schema;
import org.tagbench.store.local.internal.SqliteDatabase;

/**
 * The embedded project store: a project is a folder holding its definition ({@code project.tagbench},
 * XMI) and its items and annotations ({@code labels.db}, SQLite in WAL mode with a full sync on commit).
 * Images stay where they are; items refer to them by data source and relative path.
 */
public final class LocalProjectStore extends SqlProjectStore {

	public static final String DATABASE_FILE = "labels.db";

	private static final StoreRows.GeometryReader GEOMETRY = (rows, column) -> Geometry.decode(rows.getBytes(column));

	private final Path folder;
	private final LabelingProject project;
	private final SqliteDatabase database;
	private TaskQueue queue;
	private final StoreListeners listeners = new StoreListeners();
	/** The reservation sessions made through this store, given back when it closes. */
	private final Set<FolderReservations> sessions = ConcurrentHashMap.newKeySet();

	/** How long the queue's reservations run without renewal (the editors pass the labeler's preference). */
	public static final java.time.Duration QUEUE_RESERVATION = java.time.Duration.ofMinutes(10);

	/**
	 * Writes through the stores of this process to one folder. Every write also counts in the folder's
	 * {@code change_counter}; what that counter has beyond this process's writes was written by other processes
	 * (live updates across processes).
	 */
	private static final class FolderWrites {
		/** Writes of this process committed. */
		final AtomicLong committed = new AtomicLong();
		/** Writes of this process under way (their count may be in the database before it is in {@link #committed}). */
		final AtomicInteger underWay = new AtomicInteger();
		/** The last answer read while this process was not writing. */
		volatile long othersLastSeen;
	}

	private static final Map<Path, FolderWrites> WRITES_BY_THIS_PROCESS = new ConcurrentHashMap<>();

	/** The stores open in this process, by folder: a commit through one is delivered to the listeners of all. */
	private static final Map<Path, Set<LocalProjectStore>> OPEN = new ConcurrentHashMap<>();

	private LocalProjectStore(Path folder, LabelingProject project, SqliteDatabase database) {
		this.folder = folder;
		this.project = project;
		this.database = database;
		OPEN.computeIfAbsent(key(folder), k -> ConcurrentHashMap.newKeySet()).add(this);
	}

	private static Path key(Path folder) {
		return folder.toAbsolutePath().normalize();
	}

	@Override
	public Subscription addListener(StoreListener listener) {
		return listeners.add(listener);
	}

	@Override
	protected void written(StoreChange change) {
		// the other stores on the folder: this store's caller knows what it committed (a dashboard reviewing
		// items refreshes by itself, and a second refresh would reset its selection)
		for (LocalProjectStore open : OPEN.getOrDefault(key(folder), Set.of())) {
			if (open != this) {
				open.listeners.changed(change);
			}
		}
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
	public synchronized TaskQueue queue() {
		if (queue == null) {
			queue = new SingleUserQueue(this, reservations(System.getProperty("user.name", "labeler"), QUEUE_RESERVATION,
					QUEUE_RESERVATION.dividedBy(3)));
		}
		return queue;
	}

	/** Reservations in {@code labels.db}, seen by every process on this folder, renewed every third of {@code timeout}. */
	@Override
	public Reservations reservations(String labeler, java.time.Duration timeout) {
		return reservations(labeler, timeout, timeout.dividedBy(3));
	}

	/**
	 * Reservations renewed every {@code renewEvery}, or never (null: a session that behaves like a process that
	 * stopped, for tests and tools).
	 */
	public Reservations reservations(String labeler, java.time.Duration timeout, java.time.Duration renewEvery) {
		return reservations(labeler, timeout, renewEvery, HolderProcess.current());
	}

	/** Reservations held by another process than this one (tests stand a started process for a killed editor). */
	Reservations reservations(String labeler, java.time.Duration timeout, java.time.Duration renewEvery,
			HolderProcess holder) {
		FolderReservations session = new FolderReservations(database, labeler, timeout, renewEvery, holder);
		sessions.add(session);
		return session;
	}

	@Override
	public String location() {
		return folder.toString();
	}

	@Override
	protected void checkStorage(Statement statement, List<String> problems) throws SQLException {
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
	}

	@Override
	protected String damagedGeometryQuery() {
		return "SELECT a.id, i.path, a.kind, length(a.geometry) || ' bytes' FROM annotation a"
				+ " JOIN item i ON i.id = a.item_id WHERE (a.kind = 'BOX' AND length(a.geometry) <> 32)"
				+ " OR (a.kind = 'POLYGON' AND (length(a.geometry) < 48 OR length(a.geometry) % 16 <> 0))";
	}

	@Override
	protected String annotationOrder() {
		return "a.rowid";
	}

	@Override
	protected String pathOrder() {
		return "i.path";
	}

	@Override
	protected String pixelCount() {
		return "i.width * i.height";
	}

	@Override
	protected String firstAuthorOrder() {
		return "i.first_author";
	}

	@Override
	protected StoreRows.GeometryReader geometryReader() {
		return GEOMETRY;
	}

	@Override
	protected void bindGeometry(PreparedStatement statement, int index, List<Double> coordinates) throws SQLException {
		statement.setBytes(index, coordinates == null ? null : Geometry.encode(coordinates));
	}

	@Override
	public void close() throws StoreException {
		OPEN.computeIfPresent(key(folder), (k, stores) -> {
			stores.remove(this);
			return stores.isEmpty() ? null : stores;
		});
		listeners.clear();
		for (FolderReservations session : sessions) {
			try {
				session.close();
			} catch (StoreException e) {
				// they run out by themselves
			}
		}
		try {
			database.close();
		} catch (SQLException e) {
			throw new StoreException("The label database of " + folder + " did not close cleanly: " + e.getMessage(), e);
		}
	}

	/**
	 * The folder's change counter minus this process's writes. Read while none of this process's writes is under
	 * way (no lock is held across the read, so nothing here can wait for a writer); while this process is writing,
	 * the last such answer.
	 */
	@Override
	public OptionalLong changesByOtherProcesses() throws StoreException {
		FolderWrites writes = ownWrites();
		for (int attempt = 0; attempt < 3; attempt++) {
			long committedBefore = writes.committed.get();
			if (writes.underWay.get() > 0) {
				break;
			}
			long all = read("read the change counter", c -> {
				try (Statement select = c.createStatement();
						ResultSet rows = select.executeQuery("SELECT changes FROM change_counter WHERE id = 1")) {
					return rows.next() ? rows.getLong(1) : 0L;
				}
			});
			if (writes.underWay.get() == 0 && writes.committed.get() == committedBefore) {
				writes.othersLastSeen = all - committedBefore;
				break;
			}
		}
		return OptionalLong.of(writes.othersLastSeen);
	}

	private FolderWrites ownWrites() {
		return WRITES_BY_THIS_PROCESS.computeIfAbsent(key(folder), k -> new FolderWrites());
	}

	@Override
	protected <T> T write(String what, Work<T> work) throws StoreException {
		FolderWrites writes = ownWrites();
		writes.underWay.incrementAndGet();
		try {
			T result = database.inTransaction(c -> {
				T done = work.run(c);
				try (Statement count = c.createStatement()) {
					count.executeUpdate("UPDATE change_counter SET changes = changes + 1 WHERE id = 1");
				}
				return done;
			});
			writes.committed.incrementAndGet();
			return result;
		} catch (SQLException e) {
			throw new StoreException("Cannot " + what + " in " + database.file() + ": " + e.getMessage()
					+ " (nothing of this change was stored; earlier commits are safe)", e);
		} finally {
			writes.underWay.decrementAndGet();
		}
	}

	@Override
	protected <T> T read(String what, Work<T> work) throws StoreException {
		try {
			return database.read(work::run);
		} catch (SQLException e) {
			throw new StoreException("Cannot " + what + " in " + database.file() + ": " + e.getMessage(), e);
		}
	}
}
