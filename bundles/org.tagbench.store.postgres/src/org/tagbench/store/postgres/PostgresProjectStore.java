package org.tagbench.store.postgres;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ItemAgreement;
import org.tagbench.store.ItemOrder;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.LabelAgreement;
import org.tagbench.store.Lease;
import org.tagbench.store.PrelabelWrite;
import org.tagbench.store.StoreException;
import org.tagbench.store.StoreListener;
import org.tagbench.store.StoreListeners;
import org.tagbench.store.Subscription;
import org.tagbench.store.TaskQueue;
import org.tagbench.store.jdbc.AnnotationKind;
import org.tagbench.store.jdbc.SqlProjectStore;
import org.tagbench.store.jdbc.StoreRows;
import org.tagbench.store.postgres.internal.DefinitionXmi;
import org.tagbench.store.postgres.internal.PgDatabase;
import org.tagbench.store.postgres.internal.PgMigrations;
import org.tagbench.store.postgres.internal.PgNotifications;

/**
 * The team project store: a project is a schema on a PostgreSQL server, shared by many labelers on many
 * desktops. The definition is kept as XMI text, items and annotations in tables laid out like the embedded
 * store's, and the work queue hands items out with leases ({@code SELECT ... FOR UPDATE SKIP LOCKED}).
 * What each member may do is enforced by the server (see {@link ProjectRole}); the store's labeler is the
 * connection's database user.
 */
public final class PostgresProjectStore extends SqlProjectStore {

	private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
	/** The author the ML assist records on its pre-labels (org.tagbench.assist.Prelabels.AUTHOR). */
	private static final String ASSIST_AUTHOR = "tagbench-assist";

	private static final StoreRows.GeometryReader GEOMETRY = (rows, column) -> {
		Array array = rows.getArray(column);
		if (array == null) {
			return new double[0];
		}
		Double[] values = (Double[]) array.getArray();
		double[] result = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = values[i] == null ? 0 : values[i];
		}
		return result;
	};

	private final ServerConnection server;
	private final String schema;
	private final PgDatabase database;
	private final LabelingProject project;
	private final String labeler;
	private final TaskQueue queue = new Queue();
	private final StoreListeners listeners = new StoreListeners();
	private PgNotifications notifications;
	private volatile Boolean admin;

	private PostgresProjectStore(ServerConnection server, String schema, PgDatabase database, LabelingProject project,
			String labeler) {
		this.server = server;
		this.schema = schema;
		this.database = database;
		this.project = project;
		this.labeler = labeler;
	}

	/**
	 * The schema name for a project name: lower case letters, digits and '_', starting with a letter, at most
	 * 40 characters (its roles are named after it).
	 */
	public static String schemaName(String projectName) {
		String name = projectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
			name = "p_" + name;
		}
		return name.length() > 40 ? name.substring(0, 40) : name;
	}

	private static void checkSchemaName(String schema) throws StoreException {
		if (!SCHEMA_NAME.matcher(schema).matches()) {
			throw new StoreException("'" + schema + "' cannot name a project on a server: use lower case letters,"
					+ " digits and '_', starting with a letter, at most 40 characters");
		}
	}

	/**
	 * Creates the project in a new schema {@code schema} on the server. The connecting user becomes its owner
	 * and admin; it needs the right to create schemas and roles (CREATEROLE).
	 */
	public static PostgresProjectStore create(ServerConnection server, String schema, LabelingProject project)
			throws StoreException {
		checkSchemaName(schema);
		String location = location(server, schema);
		DefinitionXmi.attach(project, schema);
		project.setModified(System.currentTimeMillis());
		String definition;
		try {
			definition = DefinitionXmi.write(project);
		} catch (IOException e) {
			throw new StoreException("The definition of " + project.getName() + " cannot be written: " + e.getMessage(), e);
		}
		PgDatabase database = new PgDatabase(server.dataSource(), schema, server.patience());
		try {
			String labeler = database.inTransaction(c -> {
				if (PgMigrations.schemaExists(c, schema)) {
					throw new SQLException("schema " + schema + " already exists");
				}
				try (Statement statement = c.createStatement()) {
					statement.execute("CREATE SCHEMA " + schema);
				}
				PgMigrations.migrate(c, schema);
				try (PreparedStatement insert = c.prepareStatement(
						"INSERT INTO project (id, definition, modified) VALUES (?, ?, ?)")) {
					insert.setString(1, project.getId() == null ? schema : project.getId());
					insert.setString(2, definition);
					insert.setLong(3, project.getModified());
					insert.executeUpdate();
				}
				try (Statement statement = c.createStatement()) {
					statement.execute("GRANT " + ProjectRole.ADMIN.groupRole(schema) + " TO CURRENT_USER");
				}
				return currentUser(c);
			});
			return new PostgresProjectStore(server, schema, database, project, labeler);
		} catch (SQLException e) {
			database.close();
			String why = e.getMessage() != null && e.getMessage().contains("already exists")
					? location + " already holds a project" : "it cannot be created: " + e.getMessage();
			throw new StoreException("The project " + schema + " on " + server.displayUrl() + ": " + why, e);
		}
	}

	/** Opens the project in {@code schema} on the server, as the connection's user. */
	public static PostgresProjectStore open(ServerConnection server, String schema) throws StoreException {
		checkSchemaName(schema);
		PgDatabase database = new PgDatabase(server.dataSource(), schema, server.patience());
		try {
			Object[] opened = database.inTransaction(c -> {
				if (!PgMigrations.schemaExists(c, schema)) {
					throw new SQLException("the server has no project " + schema);
				}
				PgMigrations.migrate(c, schema);
				try (Statement statement = c.createStatement();
						ResultSet rows = statement.executeQuery("SELECT definition FROM project")) {
					if (!rows.next()) {
						throw new SQLException("the project " + schema + " has no definition row");
					}
					return new Object[] { rows.getString(1), currentUser(c) };
				}
			});
			LabelingProject project = DefinitionXmi.read((String) opened[0], schema);
			return new PostgresProjectStore(server, schema, database, project, (String) opened[1]);
		} catch (SQLException | IOException e) {
			database.close();
			String why = e instanceof SQLException sql && PgDatabase.isConnectionFailure(sql)
					? "the server is unreachable (" + e.getMessage() + ")" : e.getMessage();
			throw new StoreException("The project " + schema + " on " + server.displayUrl() + " cannot be opened: " + why, e);
		}
	}

	private static String currentUser(Connection c) throws SQLException {
		try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery("SELECT current_user")) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static String location(ServerConnection server, String schema) {
		return server.displayUrl() + " (project " + schema + ")";
	}

	/** The project's schema on the server. */
	public String schema() {
		return schema;
	}

	@Override
	public LabelingProject project() {
		return project;
	}

	@Override
	public void saveProject() throws StoreException {
		project.setModified(System.currentTimeMillis());
		String definition;
		try {
			definition = DefinitionXmi.write(project);
		} catch (IOException e) {
			throw new StoreException("The project settings cannot be written: " + e.getMessage(), e);
		}
		write("save the project settings", c -> {
			try (PreparedStatement update = c.prepareStatement("UPDATE project SET definition = ?, modified = ?")) {
				update.setString(1, definition);
				update.setLong(2, project.getModified());
				update.executeUpdate();
			}
			return null;
		});
	}

	/** How many labelers label each item (consensus); 1 unless the admin set more. */
	@Override
	public int labelersPerItem() throws StoreException {
		return read("read the labelers per item", PostgresProjectStore::labelersPerItem);
	}

	private static int labelersPerItem(Connection c) throws SQLException {
		try (Statement statement = c.createStatement();
				ResultSet rows = statement.executeQuery("SELECT labelers_per_item FROM project")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/** Sets how many labelers label each item (admins only). */
	public void setLabelersPerItem(int labelers) throws StoreException {
		write("set the labelers per item to " + labelers, c -> {
			try (PreparedStatement update = c.prepareStatement("UPDATE project SET labelers_per_item = ?")) {
				update.setInt(1, labelers);
				update.executeUpdate();
			}
			// whether enough labelers committed an item depends on the number asked for: compare again when sorting
			try (Statement statement = c.createStatement()) {
				statement.executeUpdate("UPDATE item SET agreement_state = NULL WHERE agreement_state <> " + AGREEMENT_NONE);
			}
			return null;
		});
	}

	/** Makes the database user {@code user} a member of the project in {@code role} (admins only). */
	public void addMember(String user, ProjectRole role) throws StoreException {
		write("make " + user + " a " + role.name().toLowerCase(Locale.ROOT), c -> {
			try (Statement statement = c.createStatement()) {
				statement.execute("GRANT " + role.groupRole(schema) + " TO " + quoteIdentifier(user));
			}
			return null;
		});
	}

	/** Assigns an item to a named labeler for {@code duration} (admins only): it is then leased to them. */
	public void assign(String itemId, String user, Duration duration) throws StoreException {
		write("assign item " + itemId + " to " + user, c -> {
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO assignment (item_id, labeler, leased_until)"
					+ " VALUES (?, ?, clock_timestamp() + make_interval(secs => ?)) ON CONFLICT (item_id, labeler)"
					+ " DO UPDATE SET leased_until = EXCLUDED.leased_until")) {
				insert.setString(1, itemId);
				insert.setString(2, user);
				insert.setDouble(3, duration.toMillis() / 1000.0);
				insert.executeUpdate();
			}
			return null;
		});
	}

	/**
	 * Gives {@code labeler} a share of the queue (admins only): that fraction of the items (a fixed
	 * pseudo-random part of them) goes to them first, and to others only once they have taken it. A share of
	 * 0 removes theirs. Shares of all labelers add up to at most 1.
	 */
	public void assignShare(String labeler, double share) throws StoreException {
		if (!(share >= 0 && share <= 1)) {
			throw new StoreException("A share of the queue is between 0 and 1, not " + share);
		}
		write("give " + labeler + " a share of " + share, c -> {
			if (share == 0) {
				try (PreparedStatement delete = c.prepareStatement("DELETE FROM labeler_share WHERE labeler = ?")) {
					delete.setString(1, labeler);
					delete.executeUpdate();
				}
				return null;
			}
			try (PreparedStatement upsert = c.prepareStatement("INSERT INTO labeler_share (labeler, share) VALUES (?, ?)"
					+ " ON CONFLICT (labeler) DO UPDATE SET share = EXCLUDED.share")) {
				upsert.setString(1, labeler);
				upsert.setDouble(2, share);
				upsert.executeUpdate();
			}
			try (Statement statement = c.createStatement();
					ResultSet rows = statement.executeQuery("SELECT sum(share) FROM labeler_share")) {
				rows.next();
				if (rows.getDouble(1) > 1 + 1e-9) {
					throw new SQLException(String.format(Locale.ROOT,
							"the shares would add up to %.2f of the queue, more than all of it", rows.getDouble(1)));
				}
			}
			return null;
		});
	}

	/** The labelers' shares of the queue, by labeler (empty: no shares, every labeler takes the next item). */
	public Map<String, Double> shares() throws StoreException {
		return read("read the shares of the queue", c -> {
			Map<String, Double> shares = new TreeMap<>();
			try (Statement statement = c.createStatement();
					ResultSet rows = statement.executeQuery("SELECT labeler, share FROM labeler_share")) {
				while (rows.next()) {
					shares.put(rows.getString(1), rows.getDouble(2));
				}
			}
			return shares;
		});
	}

	/**
	 * Agreement of the labelers of items committed by {@code minLabelers} or more of them (consensus
	 * review), a page in the project's order.
	 */
	public List<Agreement> agreement(int minLabelers, long offset, int limit) throws StoreException {
		return read("read the agreement of the labelers", c -> {
			try (PreparedStatement select = c.prepareStatement("WITH done AS ("
					+ " SELECT a.item_id FROM assignment a WHERE a.committed_at IS NOT NULL"
					+ " GROUP BY a.item_id HAVING count(*) >= ?),"
					+ " page AS (SELECT i.id, i.path, i.order_key FROM item i JOIN done d ON d.item_id = i.id"
					+ " ORDER BY i.order_key, i.id OFFSET ? LIMIT ?)" + AGREEMENT_OF_PAGE)) {
				select.setInt(1, minLabelers);
				select.setLong(2, offset);
				select.setInt(3, limit);
				return agreements(select);
			}
		});
	}

	/** Agreement of the labelers of the given items (those committed by at least one), for review lists. */
	@Override
	public Map<String, ItemAgreement> agreement(Collection<String> itemIds) throws StoreException {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		return read("read the agreement of the labelers", c -> agreement(c, itemIds));
	}

	private static Map<String, ItemAgreement> agreement(Connection c, Collection<String> itemIds) throws SQLException {
		try (PreparedStatement select = c.prepareStatement(
				"WITH page AS (SELECT i.id, i.path, i.order_key FROM item i WHERE i.id = ANY(?))" + AGREEMENT_OF_PAGE)) {
			select.setArray(1, c.createArrayOf("text", itemIds.toArray()));
			Map<String, ItemAgreement> result = new HashMap<>();
			for (Agreement agreement : agreements(select)) {
				result.put(agreement.itemId(), new ItemAgreement(agreement.itemId(), agreement.labelers(), agreement.agree()));
			}
			return result;
		}
	}

	@Override
	public List<ItemSummary> items(ItemQuery query, ItemOrder order, long offset, int limit) throws StoreException {
		if (order.key() == ItemOrder.Key.AGREEMENT) {
			settleAgreement();
		}
		return super.items(query, order, offset, limit);
	}

	@Override
	protected boolean keepsAgreement(Connection c) throws SQLException {
		return labelersPerItem(c) > 1;
	}

	/** Items whose agreement is compared per transaction: their rows stay locked against commits meanwhile. */
	private static final int SETTLE_BATCH = 500;

	/**
	 * Before a list sorted by agreement: compares the labels of the items committed since their agreement was last
	 * compared ({@code agreement_state} NULL, which every commit sets) and stores the result, a batch of item rows at a
	 * time, locked so that no commit changes their labels in between (items being committed right now are skipped:
	 * their commit leaves them NULL again). Only users who may write the column (admins and reviewers) do; a labeler's
	 * list shows such items in a run of their own.
	 */
	private void settleAgreement() throws StoreException {
		int settled;
		do {
			settled = write("compare the labels of the items' labelers", c -> {
				if (!keepsAgreement(c) || !mayWriteAgreement(c)) {
					return 0;
				}
				List<String> ids = new ArrayList<>();
				// by id: read through the partial index item_agreement_to_compare (the planner, with statistics that still
				// count many such items, would otherwise scan the table), and locked in one order by every client
				try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(
						"SELECT id FROM item WHERE agreement_state IS NULL ORDER BY id LIMIT " + SETTLE_BATCH
								+ " FOR UPDATE SKIP LOCKED")) {
					while (rows.next()) {
						ids.add(rows.getString(1));
					}
				}
				if (ids.isEmpty()) {
					return 0;
				}
				int perItem = labelersPerItem(c);
				Map<String, ItemAgreement> agreements = agreement(c, ids);
				try (PreparedStatement update = c.prepareStatement("UPDATE item SET agreement_state = ? WHERE id = ?")) {
					for (String id : ids) {
						ItemAgreement agreement = agreements.get(id);
						update.setInt(1, agreement == null ? AGREEMENT_NONE
								: agreement.labelers().size() < perItem ? AGREEMENT_WAITING
										: agreement.agree() ? AGREEMENT_AGREE : AGREEMENT_DISAGREE);
						update.setString(2, id);
						update.addBatch();
					}
					update.executeBatch();
				}
				return ids.size();
			});
		} while (settled == SETTLE_BATCH);
	}

	private static boolean mayWriteAgreement(Connection c) throws SQLException {
		try (Statement statement = c.createStatement(); ResultSet rows = statement
				.executeQuery("SELECT has_column_privilege('item', 'agreement_state', 'UPDATE')")) {
			rows.next();
			return rows.getBoolean(1);
		}
	}

	/**
	 * Per item of the CTE {@code page} and labeler who committed it: their labels, human ones and suggestions they
	 * accepted (kind, class, frame, geometry), one row per label, or one row of nulls for a labeler who gave none.
	 */
	private static final String AGREEMENT_OF_PAGE = " SELECT p.id, p.path, s.labeler, n.kind, n.class_id, n.frame_index, n.geometry"
			+ " FROM page p JOIN assignment s ON s.item_id = p.id AND s.committed_at IS NOT NULL"
			+ " LEFT JOIN annotation n ON n.item_id = p.id AND n.author = s.labeler"
			+ " AND n.source IN ('HUMAN', 'PRELABEL_ACCEPTED')"
			+ " ORDER BY p.order_key, p.id, s.labeler, n.seq";

	/**
	 * The rows of {@link #AGREEMENT_OF_PAGE}, one agreement per item: the labelers' actual labels compared
	 * ({@link LabelAgreement}: the same classes; boxes and polygons matched by overlap and class).
	 */
	private static List<Agreement> agreements(PreparedStatement select) throws SQLException {
		List<Agreement> result = new ArrayList<>();
		try (ResultSet rows = select.executeQuery()) {
			String itemId = null;
			String path = null;
			Map<String, List<LabelAgreement.Mark>> byLabeler = new java.util.LinkedHashMap<>();
			while (rows.next()) {
				if (!rows.getString(1).equals(itemId)) {
					if (itemId != null) {
						result.add(agreement(itemId, path, byLabeler));
					}
					itemId = rows.getString(1);
					path = rows.getString(2);
					byLabeler.clear();
				}
				List<LabelAgreement.Mark> marks = byLabeler.computeIfAbsent(rows.getString(3), l -> new ArrayList<>());
				String kind = rows.getString(4);
				if (kind != null) {
					java.sql.Array geometry = rows.getArray(7);
					double[] coordinates = null;
					if (geometry != null) {
						Double[] values = (Double[]) geometry.getArray();
						coordinates = new double[values.length];
						for (int i = 0; i < values.length; i++) {
							coordinates[i] = values[i] == null ? 0 : values[i];
						}
					}
					LabelAgreement.Kind markKind = "BOX".equals(kind) ? LabelAgreement.Kind.BOX
							: "POLYGON".equals(kind) ? LabelAgreement.Kind.POLYGON : LabelAgreement.Kind.LABEL;
					marks.add(new LabelAgreement.Mark(markKind, rows.getString(5), rows.getInt(6), coordinates));
				}
			}
			if (itemId != null) {
				result.add(agreement(itemId, path, byLabeler));
			}
		}
		return result;
	}

	private static Agreement agreement(String itemId, String path, Map<String, List<LabelAgreement.Mark>> byLabeler) {
		return new Agreement(itemId, path, List.copyOf(byLabeler.keySet()),
				LabelAgreement.agree(new ArrayList<>(byLabeler.values())));
	}

	private static String quoteIdentifier(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	/** Only the project's admins write pre-labels: their connections may write labels on any item. */
	@Override
	public boolean mayWritePrelabels() throws StoreException {
		return read("read the role of " + labeler, this::isAdmin);
	}

	/**
	 * Whether the connected user is one of the project's admins, asked once per store: a pre-labeling run writes
	 * thousands of items.
	 */
	private boolean isAdmin(Connection c) throws SQLException {
		Boolean known = admin;
		if (known == null) {
			known = askIsAdmin(c);
			admin = known;
		}
		return known;
	}

	private boolean askIsAdmin(Connection c) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT pg_has_role(current_user, ?, 'MEMBER')")) {
			select.setString(1, ProjectRole.ADMIN.groupRole(schema));
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return rows.getBoolean(1);
			}
		}
	}

	/**
	 * The conditional write of pre-labels, in one transaction: first the item's row lock (which queue commits,
	 * plain commits and {@code lease_items} take before they change an item), so a commit or lease under way on
	 * another desktop finishes first; then, in a statement that sees everything committed until then, the check
	 * (still unlabeled, only pre-labels, no running lease, nobody committed it); then the write.
	 */
	@Override
	public PrelabelWrite replacePrelabels(String itemId, List<Annotation> prelabels) throws StoreException {
		return write("write the assist's pre-labels on item " + itemId, c -> {
			if (!isAdmin(c)) {
				throw new SQLException(labeler + " may not write the assist's pre-labels: only the project's admins may"
						+ " (a labeler's connection writes only their own labels)");
			}
			try (PreparedStatement lock = c.prepareStatement("SELECT status FROM item WHERE id = ? FOR UPDATE")) {
				lock.setString(1, itemId);
				try (ResultSet rows = lock.executeQuery()) {
					if (!rows.next()) {
						return PrelabelWrite.MISSING;
					}
					if (!ItemStatus.UNLABELED.getName().equals(rows.getString(1))) {
						return PrelabelWrite.HUMAN_WORK;
					}
				}
			}
			long older;
			try (PreparedStatement check = c.prepareStatement("SELECT"
					+ " (SELECT count(*) FROM annotation WHERE item_id = ? AND source <> 'PRELABEL'),"
					+ " (SELECT count(*) FROM annotation WHERE item_id = ? AND source = 'PRELABEL'),"
					+ " EXISTS (SELECT 1 FROM assignment WHERE item_id = ? AND committed_at IS NOT NULL),"
					+ " EXISTS (SELECT 1 FROM assignment WHERE item_id = ? AND leased_until > clock_timestamp())")) {
				for (int k = 1; k <= 4; k++) {
					check.setString(k, itemId);
				}
				try (ResultSet rows = check.executeQuery()) {
					rows.next();
					if (rows.getLong(1) > 0 || rows.getBoolean(3)) {
						return PrelabelWrite.HUMAN_WORK;
					}
					if (rows.getBoolean(4)) {
						return PrelabelWrite.LEASED;
					}
					older = rows.getLong(2);
				}
			}
			if (older == 0 && prelabels.isEmpty()) {
				return PrelabelWrite.UNCHANGED;
			}
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM annotation WHERE item_id = ? AND source = 'PRELABEL'")) {
				delete.setString(1, itemId);
				delete.executeUpdate();
			}
			DataItem item = TagbenchFactory.eINSTANCE.createDataItem();
			item.setId(itemId);
			insertAnnotations(c, item, prelabels);
			refreshFirstLabels(c, itemId); // pre-labels show in the Classes column, so they sort it too
			// touches the item: the server announces the change to every desktop's live updates
			try (PreparedStatement touch = c.prepareStatement("UPDATE item SET modified = ? WHERE id = ?")) {
				touch.setLong(1, System.currentTimeMillis());
				touch.setString(2, itemId);
				touch.executeUpdate();
			}
			return prelabels.isEmpty() ? PrelabelWrite.CLEARED : PrelabelWrite.WRITTEN;
		});
	}

	/** Only the project's admins reorder the queue: their connections may change any item's order key. */
	@Override
	public boolean mayReorderQueue() throws StoreException {
		return mayWritePrelabels();
	}

	/**
	 * The assist's clustered order, in one transaction: first the project's reorder lock ({@link #reorderLock()}, a
	 * transaction-level advisory lock: leases through this store wait for the reorder instead of skipping its locked
	 * rows and finding the queue empty), then the row locks of the given items still unlabeled, skipping rows a
	 * commit (or a lease by another client) holds right now (they are being taken: left where they are); then, in a
	 * statement that sees everything committed until the locks were granted, those of them nobody leased or
	 * committed, with their order keys; then those keys, sorted, handed out again in the given order. The row
	 * trigger does not announce order-key changes (PgSchema, migration 10): the reorder announces itself once,
	 * as a change of everything.
	 */
	@Override
	public int reorderQueue(List<String> itemIds) throws StoreException {
		List<String> wanted = List.copyOf(new LinkedHashSet<>(itemIds));
		if (wanted.isEmpty()) {
			return 0;
		}
		return write("put the queue in the assist's clustered order", c -> {
			if (!isAdmin(c)) {
				throw new SQLException(labeler + " may not reorder the queue: only the project's admins may");
			}
			try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
				lock.setString(1, reorderLock());
				lock.execute();
			}
			List<String> locked = new ArrayList<>();
			try (PreparedStatement lock = c.prepareStatement(
					"SELECT id FROM item WHERE id = ANY(?) AND status = 'UNLABELED' FOR UPDATE SKIP LOCKED")) {
				lock.setArray(1, c.createArrayOf("text", wanted.toArray()));
				try (ResultSet rows = lock.executeQuery()) {
					while (rows.next()) {
						locked.add(rows.getString(1));
					}
				}
			}
			Set<String> free = new HashSet<>();
			List<Long> places = new ArrayList<>();
			try (PreparedStatement select = c.prepareStatement("SELECT i.id, i.order_key FROM item i"
					+ " WHERE i.id = ANY(?) AND i.status = 'UNLABELED' AND NOT EXISTS (SELECT 1 FROM assignment a"
					+ " WHERE a.item_id = i.id AND (a.committed_at IS NOT NULL OR a.leased_until > clock_timestamp()))"
					+ " ORDER BY i.order_key, i.id")) {
				select.setArray(1, c.createArrayOf("text", locked.toArray()));
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						free.add(rows.getString(1));
						places.add(rows.getLong(2));
					}
				}
			}
			List<String> moved = wanted.stream().filter(free::contains).toList();
			try (PreparedStatement update = c.prepareStatement("UPDATE item SET order_key = v.key"
					+ " FROM unnest(?::text[], ?::bigint[]) AS v(id, key) WHERE item.id = v.id AND item.order_key <> v.key")) {
				update.setArray(1, c.createArrayOf("text", moved.toArray()));
				update.setArray(2, c.createArrayOf("bigint", places.toArray()));
				update.executeUpdate();
			}
			if (!moved.isEmpty()) {
				try (PreparedStatement announce = c.prepareStatement("SELECT pg_notify(?, '*')")) {
					announce.setString(1, PgNotifications.channel(schema));
					announce.execute();
				}
			}
			return moved.size();
		});
	}

	@Override
	public TaskQueue queue() {
		return queue;
	}

	/**
	 * The name of the project's reorder lock (hashed to an advisory lock key): a reorder holds it exclusively for its
	 * transaction, a lease shared, so that a lease asked for while the order is rewritten waits for the new order
	 * (about 0.1 s per 1,000 items moved) rather than skipping every locked row and answering "no items left".
	 */
	private String reorderLock() {
		return "tagbench-reorder " + schema;
	}

	/**
	 * Delivers every desktop's changes as the server announces them (LISTEN on the project's channel, on a
	 * connection of its own, opened with the first listener), and says when the server becomes unreachable or
	 * reachable again.
	 */
	@Override
	public synchronized Subscription addListener(StoreListener listener) {
		Subscription subscription = listeners.add(listener);
		if (notifications == null) {
			notifications = new PgNotifications(server.dataSource(), schema, location(), listeners);
			notifications.start();
		}
		return subscription;
	}

	/** The server announces every connection's changes, this store's own included. */
	@Override
	public boolean announcesOwnChanges() {
		return true;
	}

	/** Whether live updates are being received (changes committed from now on reach listeners). */
	@Override
	public synchronized boolean isListening() {
		return notifications != null && notifications.isListening();
	}

	@Override
	public String location() {
		return location(server, schema);
	}

	@Override
	protected void replaceState(Connection c, DataItem item) throws SQLException {
		try (PreparedStatement update = c.prepareStatement(
				"UPDATE item SET status = ?, modified = ?, time_spent_ms = ? WHERE id = ?")) {
			update.setString(1, item.getStatus().getName());
			update.setLong(2, System.currentTimeMillis());
			update.setLong(3, item.getTimeSpentMillis());
			update.setString(4, item.getId());
			if (update.executeUpdate() != 1) {
				throw new SQLException(itemExists(c, item.getId())
						? labeler + " may not change item " + item.getId() + ": labelers change only items leased to them"
						: "the project has no item " + item.getId());
			}
		}
		updateReviewComment(c, item);
		try (PreparedStatement delete = c.prepareStatement("DELETE FROM annotation WHERE item_id = ?")) {
			delete.setString(1, item.getId());
			delete.executeUpdate();
		}
		// row-level security hides from a labeler's DELETE what they may not delete: say so, change nothing
		try (PreparedStatement left = c.prepareStatement("SELECT count(*) FROM annotation WHERE item_id = ?")) {
			left.setString(1, item.getId());
			try (ResultSet rows = left.executeQuery()) {
				rows.next();
				if (rows.getLong(1) > 0) {
					throw new SQLException(labeler + " may not change other labelers' labels on item " + item.getId());
				}
			}
		}
		insertAnnotations(c, item, item.getAnnotations());
		refreshFirstLabels(c, item.getId());
	}

	/**
	 * Has the server set the item's sort keys {@code first_class_id}, {@code first_author}, {@code annotation_count} and
	 * {@code agreement_state} from its annotations and commits (a function run as the schema's owner: members may not
	 * write those columns; since migration 9 it keeps the last two too).
	 */
	private static void refreshFirstLabels(Connection c, String itemId) throws SQLException {
		try (PreparedStatement refresh = c.prepareStatement("SELECT refresh_first_labels(?)")) {
			refresh.setString(1, itemId);
			refresh.execute();
		}
	}

	/**
	 * Writes the reviewer's comment only when it changed: labelers may not update that column, and PostgreSQL
	 * checks column privileges for every UPDATE naming it, even one that matches no row.
	 */
	private static void updateReviewComment(Connection c, DataItem item) throws SQLException {
		try (PreparedStatement select = c.prepareStatement(
				"SELECT 1 FROM item WHERE id = ? AND review_comment IS DISTINCT FROM ?")) {
			select.setString(1, item.getId());
			select.setString(2, item.getReviewComment());
			try (ResultSet rows = select.executeQuery()) {
				if (!rows.next()) {
					return;
				}
			}
		}
		try (PreparedStatement update = c.prepareStatement("UPDATE item SET review_comment = ? WHERE id = ?")) {
			update.setString(1, item.getReviewComment());
			update.setString(2, item.getId());
			update.executeUpdate();
		}
	}

	/** The server records who rejected an item as the connected user, whatever name the client has. */
	@Override
	protected String reviewAuthor(String given) {
		return labeler;
	}

	private static boolean itemExists(Connection c, String itemId) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM item WHERE id = ?")) {
			select.setString(1, itemId);
			try (ResultSet rows = select.executeQuery()) {
				return rows.next();
			}
		}
	}

	@Override
	protected void checkStorage(Statement statement, List<String> problems) throws SQLException {
		try (ResultSet rows = statement.executeQuery("SELECT a.item_id, count(*), p.labelers_per_item"
				+ " FROM assignment a, project p WHERE a.committed_at IS NOT NULL"
				+ " GROUP BY a.item_id, p.labelers_per_item HAVING count(*) > p.labelers_per_item")) {
			while (rows.next()) {
				problems.add("item " + rows.getString(1) + " was labeled by " + rows.getLong(2)
						+ " labelers; the project asks for " + rows.getInt(3));
			}
		}
	}

	@Override
	protected String damagedGeometryQuery() {
		return "SELECT a.id, i.path, a.kind, coalesce(cardinality(a.geometry), 0) || ' coordinates'"
				+ " FROM annotation a JOIN item i ON i.id = a.item_id"
				+ " WHERE (a.kind = 'BOX' AND coalesce(cardinality(a.geometry), 0) <> 4)"
				+ " OR (a.kind = 'POLYGON' AND (coalesce(cardinality(a.geometry), 0) < 6 OR cardinality(a.geometry) % 2 <> 0))";
	}

	@Override
	public void close() {
		synchronized (this) {
			if (notifications != null) {
				notifications.close();
				notifications = null;
			}
			listeners.clear();
		}
		database.close();
	}

	@Override
	protected String annotationOrder() {
		return "a.seq";
	}

	@Override
	protected String pathOrder() {
		return "i.path COLLATE \"C\"";
	}

	@Override
	protected String pixelCount() {
		return "(i.width::bigint * i.height)";
	}

	@Override
	protected String firstAuthorOrder() {
		return "i.first_author COLLATE \"C\"";
	}

	@Override
	protected StoreRows.GeometryReader geometryReader() {
		return GEOMETRY;
	}

	@Override
	protected void bindGeometry(PreparedStatement statement, int index, List<Double> coordinates) throws SQLException {
		if (coordinates == null) {
			statement.setNull(index, java.sql.Types.ARRAY);
		} else {
			statement.setArray(index, statement.getConnection().createArrayOf("float8", coordinates.toArray()));
		}
	}

	@Override
	protected <T> T write(String what, Work<T> work) throws StoreException {
		try {
			return database.inTransaction(work);
		} catch (SQLException e) {
			throw failure("Cannot " + what, e, " (nothing of this change was stored; earlier commits are safe)");
		}
	}

	@Override
	protected <T> T read(String what, Work<T> work) throws StoreException {
		try {
			return database.inTransaction(work);
		} catch (SQLException e) {
			throw failure("Cannot " + what, e, "");
		}
	}

	private StoreException failure(String what, SQLException e, String consequence) {
		String why = PgDatabase.isConnectionFailure(e)
				? "the server is unreachable (" + e.getMessage() + ")"
				: e.getMessage();
		return new StoreException(what + " in " + location() + ": " + why + consequence, e);
	}

	/** The work queue of this store's user, on the server's lease table. */
	private final class Queue implements TaskQueue {

		@Override
		public String labeler() {
			return labeler;
		}

		@Override
		public List<Lease> lease(int count, Duration duration) throws StoreException {
			return write("lease " + count + " items", c -> {
				// waits while an admin's reorder rewrites the queue (see reorderLock); leases do not wait for each other
				try (PreparedStatement wait = c.prepareStatement("SELECT pg_advisory_xact_lock_shared(hashtext(?))")) {
					wait.setString(1, reorderLock());
					wait.execute();
				}
				List<Lease> leases = new ArrayList<>();
				try (PreparedStatement select = c.prepareStatement("SELECT leased_item, until FROM lease_items(?, ?)")) {
					select.setInt(1, count);
					select.setInt(2, (int) Math.max(1, duration.toSeconds()));
					try (ResultSet rows = select.executeQuery()) {
						while (rows.next()) {
							Timestamp until = rows.getTimestamp(2);
							leases.add(new Lease(rows.getString(1), labeler, until.getTime()));
						}
					}
				}
				return leases;
			});
		}

		@Override
		public void release(Lease lease) throws StoreException {
			write("release item " + lease.itemId(), c -> {
				try (PreparedStatement delete = c.prepareStatement("DELETE FROM assignment WHERE item_id = ?"
						+ " AND labeler = current_user AND committed_at IS NULL")) {
					delete.setString(1, lease.itemId());
					delete.executeUpdate();
				}
				return null;
			});
		}

		@Override
		public CommitOutcome commit(Lease lease, DataItem item, String commitId) throws StoreException {
			if (!lease.itemId().equals(item.getId())) {
				throw new StoreException("The lease is for item " + lease.itemId() + ", not for " + item.getId());
			}
			return write("commit the labels of item " + item.getId() + " (" + item.getPath() + ")", c -> {
				try (PreparedStatement log = c.prepareStatement("INSERT INTO commit_log (commit_id, item_id, labeler)"
						+ " VALUES (?, ?, current_user) ON CONFLICT (commit_id) DO NOTHING")) {
					log.setString(1, commitId);
					log.setString(2, item.getId());
					if (log.executeUpdate() == 0) {
						return storedBefore(c, commitId);
					}
				}
				int perItem = labelersPerItem(c);
				checkLease(c, item.getId(), perItem);
				Map<String, StoredLabel> others = perItem == 1 ? othersLabels(c, item.getId()) : Map.of();
				// others' labels the labeler removed: the server keeps them (row-level security), the outcome says so
				Map<String, StoredLabel> removed = new HashMap<>(others);
				item.getAnnotations().forEach(annotation -> removed.remove(annotation.getId()));
				List<StoredLabel> copied = new ArrayList<>();
				// what the server lets a labeler replace (PgSchema, version 8): their own labels, and without consensus
				// the machine's suggestions and imported labels; other people's stay as they are
				try (PreparedStatement delete = c.prepareStatement("DELETE FROM annotation WHERE item_id = ?"
						+ " AND (author = current_user OR (? AND source IN ('PRELABEL', 'IMPORTED')))")) {
					delete.setString(1, item.getId());
					delete.setBoolean(2, perItem == 1);
					delete.executeUpdate();
				}
				insertAnnotations(c, item, owned(item, perItem, others, copied));
				try (PreparedStatement done = c.prepareStatement("UPDATE assignment SET committed_at = clock_timestamp()"
						+ " WHERE item_id = ? AND labeler = current_user")) {
					done.setString(1, item.getId());
					done.executeUpdate();
				}
				long committed;
				try (PreparedStatement count = c.prepareStatement(
						"SELECT count(*) FROM assignment WHERE item_id = ? AND committed_at IS NOT NULL")) {
					count.setString(1, item.getId());
					try (ResultSet rows = count.executeQuery()) {
						rows.next();
						committed = rows.getLong(1);
					}
				}
				// with consensus, the item is done when the last of its labelers commits
				ItemStatus status = committed >= perItem ? item.getStatus() : ItemStatus.IN_PROGRESS;
				if (perItem > 1 && committed >= perItem) {
					// the machine's suggestions were for the labelers, who have all decided: none stays open
					try (PreparedStatement delete = c.prepareStatement(
							"DELETE FROM annotation WHERE item_id = ? AND source = 'PRELABEL'")) {
						delete.setString(1, item.getId());
						delete.executeUpdate();
					}
				}
				refreshFirstLabels(c, item.getId()); // after the suggestions' removal: they may have come first
				try (PreparedStatement update = c.prepareStatement("UPDATE item SET status = ?, modified = ?,"
						+ " time_spent_ms = CASE WHEN ? THEN ? ELSE time_spent_ms + ? END WHERE id = ?")) {
					update.setString(1, status.getName());
					update.setLong(2, System.currentTimeMillis());
					update.setBoolean(3, perItem == 1);
					update.setLong(4, item.getTimeSpentMillis());
					update.setLong(5, item.getTimeSpentMillis());
					update.setString(6, item.getId());
					update.executeUpdate();
				}
				Set<String> otherAuthors = new TreeSet<>();
				java.util.stream.Stream.concat(removed.values().stream(), copied.stream()).map(StoredLabel::author)
						.filter(java.util.Objects::nonNull).forEach(otherAuthors::add);
				CommitOutcome outcome = CommitOutcome.stored(copied.size(), removed.size(), List.copyOf(otherAuthors));
				if (outcome.leftOthersLabels()) {
					// kept with the commit: a retry answered "already stored" says the same (storedBefore)
					try (PreparedStatement keep = c.prepareStatement("UPDATE commit_log SET kept_as_copies = ?,"
							+ " removals_refused = ?, other_authors = ? WHERE commit_id = ?")) {
						keep.setInt(1, outcome.keptAsCopies());
						keep.setInt(2, outcome.removalsRefused());
						keep.setArray(3, c.createArrayOf("text", outcome.otherAuthors().toArray()));
						keep.setString(4, commitId);
						keep.executeUpdate();
					}
				}
				return outcome;
			});
		}

		/** The outcome of a commit stored by an earlier attempt with the same id, as that attempt recorded it. */
		private CommitOutcome storedBefore(Connection c, String commitId) throws SQLException {
			try (PreparedStatement select = c.prepareStatement(
					"SELECT kept_as_copies, removals_refused, other_authors FROM commit_log WHERE commit_id = ?")) {
				select.setString(1, commitId);
				try (ResultSet rows = select.executeQuery()) {
					if (!rows.next() || rows.getInt(1) + rows.getInt(2) == 0) {
						return CommitOutcome.ALREADY_STORED;
					}
					return new CommitOutcome(true, rows.getInt(1), rows.getInt(2),
							List.of((String[]) rows.getArray(3).getArray()));
				}
			}
		}

		@Override
		public Map<String, List<String>> committedByOthers(Collection<String> itemIds) throws StoreException {
			if (itemIds.isEmpty()) {
				return Map.of();
			}
			return read("read who committed " + itemIds.size() + " item(s)", c -> {
				Map<String, List<String>> lost = new TreeMap<>();
				try (PreparedStatement select = c.prepareStatement("SELECT a.item_id, array_agg(a.labeler ORDER BY a.labeler)"
						+ " FROM assignment a CROSS JOIN project p WHERE a.item_id = ANY(?) AND a.labeler <> current_user"
						+ " AND a.committed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM assignment m WHERE m.item_id = a.item_id"
						+ " AND m.labeler = current_user AND m.committed_at IS NULL AND m.leased_until > clock_timestamp())"
						+ " GROUP BY a.item_id, p.labelers_per_item HAVING count(*) >= p.labelers_per_item")) {
					select.setArray(1, c.createArrayOf("text", itemIds.toArray()));
					try (ResultSet rows = select.executeQuery()) {
						while (rows.next()) {
							lost.put(rows.getString(1), List.of((String[]) rows.getArray(2).getArray()));
						}
					}
				}
				return lost;
			});
		}

		/** Locks the item and checks that its lease is still ours (or ran out without anyone taking over). */
		private void checkLease(Connection c, String itemId, int perItem) throws SQLException {
			boolean locked;
			// row-level security hides the item from a labeler's FOR UPDATE where they may not write (PgSchema version 8):
			// the checks below then say why
			try (PreparedStatement lock = c.prepareStatement("SELECT 1 FROM item WHERE id = ? FOR UPDATE")) {
				lock.setString(1, itemId);
				try (ResultSet rows = lock.executeQuery()) {
					locked = rows.next();
				}
			}
			try (PreparedStatement select = c.prepareStatement("SELECT leased_until > clock_timestamp(),"
					+ " committed_at IS NOT NULL FROM assignment WHERE item_id = ? AND labeler = current_user")) {
				select.setString(1, itemId);
				try (ResultSet rows = select.executeQuery()) {
					if (!rows.next()) {
						throw new SQLException(labeler + " holds no lease on item " + itemId
								+ " (it ran out, or was released)");
					}
					if (locked && (rows.getBoolean(1) || rows.getBoolean(2))) {
						return;
					}
				}
			}
			try (PreparedStatement others = c.prepareStatement("SELECT count(*) FROM assignment WHERE item_id = ?"
					+ " AND labeler <> current_user AND (committed_at IS NOT NULL OR leased_until > clock_timestamp())")) {
				others.setString(1, itemId);
				try (ResultSet rows = others.executeQuery()) {
					rows.next();
					if (rows.getLong(1) >= perItem) {
						throw new SQLException("the lease of " + labeler + " on item " + itemId
								+ " ran out and the item went to another labeler");
					}
				}
			}
			if (!locked) {
				throw new SQLException(labeler + " holds no lease on item " + itemId);
			}
		}

		/**
		 * The labels on the item that a commit of this labeler leaves alone (without consensus): other people's labels
		 * and accepted suggestions (not theirs, not the machine's open suggestions, not imported ones), by id.
		 */
		private Map<String, StoredLabel> othersLabels(Connection c, String itemId) throws SQLException {
			Map<String, StoredLabel> others = new HashMap<>();
			try (PreparedStatement select = c.prepareStatement("SELECT id, kind, class_id, source, author, frame_index,"
					+ " geometry FROM annotation WHERE item_id = ? AND author IS DISTINCT FROM current_user"
					+ " AND source NOT IN ('PRELABEL', 'IMPORTED')")) {
				select.setString(1, itemId);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						others.put(rows.getString(1), new StoredLabel(rows.getString(2), rows.getString(3), rows.getString(4),
								rows.getString(5), rows.getInt(6), GEOMETRY.read(rows, 7)));
					}
				}
			}
			return others;
		}

		/**
		 * What a queue commit stores: the labeler's own labels, and machine pre-labels without consensus. A suggestion
		 * the labeler accepted is their label (their author), so that the server lets them write it and, with
		 * consensus, it is kept as theirs and counts in agreement; the machine's open suggestions stay the machine's.
		 * Without consensus, imported labels are corrected in place, and labels of other people on the item
		 * ({@code others}: say, another labeler's before a reviewer sent the item back) stay as stored: one the
		 * labeler left unchanged is not written again, one they changed is stored as their own label beside the
		 * original (added to {@code copied}), and one they removed stays (a labeler changes no one else's labels; a
		 * reviewer may).
		 */
		private List<Annotation> owned(DataItem item, int perItem, Map<String, StoredLabel> others,
				List<StoredLabel> copied) {
			List<Annotation> owned = new ArrayList<>();
			for (Annotation annotation : item.getAnnotations()) {
				StoredLabel theirs = annotation.getId() == null ? null : others.get(annotation.getId());
				if (theirs != null) {
					if (!theirs.sameAs(annotation)) {
						copied.add(theirs);
						annotation.setId(java.util.UUID.randomUUID().toString());
						annotation.setAuthor(labeler);
						annotation.setSource(AnnotationSource.HUMAN);
						owned.add(annotation);
					}
				} else if (annotation.getSource() == AnnotationSource.HUMAN) {
					if (annotation.getAuthor() == null || annotation.getAuthor().isEmpty()) {
						annotation.setAuthor(labeler);
					}
					if (labeler.equals(annotation.getAuthor())) {
						owned.add(annotation);
					}
				} else if (perItem == 1) {
					if (annotation.getSource() == AnnotationSource.PRELABEL_ACCEPTED) {
						annotation.setAuthor(labeler); // accepted on this item by this labeler
					} // imported labels keep their author: corrected in place, still the import's
					owned.add(annotation);
				} else if (annotation.getSource() == AnnotationSource.PRELABEL_ACCEPTED
						&& !isAnotherLabelers(annotation.getAuthor())) {
					if (!labeler.equals(annotation.getAuthor())) {
						// their copy: the machine's suggestion stays on the item for the other labelers
						annotation.setId(java.util.UUID.randomUUID().toString());
						annotation.setAuthor(labeler);
					}
					owned.add(annotation);
				}
			}
			return owned;
		}

		/** A label as the server holds it, to tell whether the labeler changed it. */
		private record StoredLabel(String kind, String classId, String source, String author, int frame, double[] geometry) {

			boolean sameAs(Annotation annotation) {
				List<Double> coordinates = AnnotationKind.coordinates(annotation);
				double[] given = coordinates == null ? new double[0]
						: coordinates.stream().mapToDouble(Double::doubleValue).toArray();
				return kind.equals(AnnotationKind.of(annotation).name())
						&& java.util.Objects.equals(classId,
								annotation.getLabelClass() == null ? null : annotation.getLabelClass().getId())
						&& source.equals(annotation.getSource().getName())
						&& java.util.Objects.equals(author, annotation.getAuthor()) && frame == annotation.getFrameIndex()
						&& java.util.Arrays.equals(geometry, given);
			}
		}

		/** An author that is a person other than this labeler (not the assist, not unknown). */
		private boolean isAnotherLabelers(String author) {
			return author != null && !author.isEmpty() && !author.equals(labeler) && !author.equals(ASSIST_AUTHOR);
		}
	}
}
