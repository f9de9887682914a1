package org.tagbench.store.postgres.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.tagbench.model.AnnotationSource;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.Lease;
import org.tagbench.store.StoreException;
import org.tagbench.store.TaskQueue.CommitOutcome;
import org.tagbench.store.VerifyReport;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.store.postgres.ProjectRole;
import org.tagbench.store.postgres.ServerConnection;

/**
 * The load and fault test of team mode: simulated labelers, each on its own connection as its own
 * database user, lease, label and commit as fast as they can on one project while the server is restarted
 * once in the middle. Afterwards every acknowledged commit must be stored exactly once and no item labeled
 * by two labelers (the project asks for one). Prints commits per second and commit latency percentiles.
 * Each commit's box carries a tag unique to that commit, so its presence can be checked afterwards.
 */
public final class LoadTest {

	/** What a run measured and found. {@code problems} is empty when every check passed. */
	public record Result(int labelers, double seconds, long commits, long retriedCommits, double commitsPerSecond,
			double p50Millis, double p99Millis, double maxMillis, double restartSeconds, List<String> problems) {

		public void print(PrintStream out) {
			out.printf("team load test: %d labelers, %.0f s, server restarted: %s%n", labelers, seconds,
					restartSeconds > 0 ? String.format("yes (down %.1f s)", restartSeconds) : "no");
			out.printf("commits: %d (%.1f/s), answered by an earlier attempt after a broken connection: %d%n", commits,
					commitsPerSecond, retriedCommits);
			out.printf("commit latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", p50Millis, p99Millis, maxMillis);
			out.println(problems.isEmpty() ? "checks: every acknowledged commit present exactly once, no item labeled twice"
					: "PROBLEMS:\n  " + String.join("\n  ", problems));
		}
	}

	private record Acknowledged(String itemId, String labeler, double tag) {
	}

	private LoadTest() {
	}

	/**
	 * Runs the test on {@code cluster}: creates a project with {@code items} items and {@code labelers} users,
	 * runs for {@code duration}, and restarts the server at half time when {@code restart}.
	 */
	public static Result run(LocalCluster cluster, int labelers, Duration duration, int items, boolean restart,
			PrintStream progress) throws Exception {
		ServerConnection owner = new ServerConnection(cluster.url(), LocalCluster.SUPERUSER, LocalCluster.SUPERUSER_PASSWORD);
		String schema = "load_" + Long.toString(System.currentTimeMillis(), 36);
		List<ServerConnection> users = new ArrayList<>();
		try (PostgresProjectStore store = PostgresProjectStore.create(owner, schema, project())) {
			List<DataItem> batch = new ArrayList<>();
			for (int i = 0; i < items; i++) {
				batch.add(item(store.project(), i, items));
				if (batch.size() == 5_000 || i == items - 1) {
					store.addItems(batch);
					batch.clear();
				}
			}
			try (Connection c = owner.dataSource().getConnection(); Statement statement = c.createStatement()) {
				for (int i = 1; i <= labelers; i++) {
					String user = String.format("%s_l%02d", schema, i);
					statement.execute("CREATE ROLE " + user + " LOGIN PASSWORD 'load-" + i + "'");
					users.add(new ServerConnection(cluster.url(), user, "load-" + i, Duration.ofSeconds(90)));
				}
			}
			for (ServerConnection user : users) {
				store.addMember(user.user(), ProjectRole.LABELER);
			}
		}
		progress.printf("project %s: %d items, %d labelers%n", schema, items, labelers);

		Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong retried = new AtomicLong();
		List<String> problems = Collections.synchronizedList(new ArrayList<>());
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < labelers; i++) {
			ServerConnection user = users.get(i);
			int number = i + 1;
			Thread thread = new Thread(() -> label(user, schema, number, end, acknowledged, latencies, retried,
					problems), "labeler " + number);
			threads.add(thread);
			thread.start();
		}
		double down = 0;
		if (restart) {
			Thread.sleep(Math.max(0, (end - System.nanoTime()) / 2_000_000));
			progress.println("restarting the server ...");
			long stop = System.nanoTime();
			cluster.restart();
			down = (System.nanoTime() - stop) / 1e9;
			progress.printf("server back after %.1f s%n", down);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		check(owner, schema, acknowledged, problems);
		long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return new Result(labelers, seconds, acknowledged.size(), retried.get(), acknowledged.size() / seconds,
				percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
				down, List.copyOf(problems));
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	/** One labeler: lease a few items, label each with one tagged box, commit; retry a failed commit with its id. */
	private static void label(ServerConnection user, String schema, int number, long end,
			Map<String, Acknowledged> acknowledged, List<Long> latencies, AtomicLong retried, List<String> problems) {
		long sequence = 0;
		try (PostgresProjectStore store = PostgresProjectStore.open(user, schema)) {
			LabelClass cat = store.project().getLabelClasses().get(0);
			while (System.nanoTime() < end) {
				List<Lease> leases = store.queue().lease(3, Duration.ofSeconds(60));
				if (leases.isEmpty()) {
					problems.add(user.user() + ": the queue ran dry; make the project larger");
					return;
				}
				for (Lease lease : leases) {
					if (System.nanoTime() >= end) {
						break;
					}
					DataItem item = store.item(lease.itemId()).orElseThrow();
					double tag = number * 1_000_000.0 + ++sequence;
					BoundingBox box = TagbenchFactory.eINSTANCE.createBoundingBox();
					box.setLabelClass(cat);
					box.setX(tag);
					box.setW(10);
					box.setH(10);
					box.setSource(AnnotationSource.HUMAN);
					item.getAnnotations().add(box);
					item.setStatus(ItemStatus.LABELED);
					String commitId = UUID.randomUUID().toString();
					long started = System.nanoTime();
					CommitOutcome outcome = commitWithRetries(store, lease, item, commitId, end);
					latencies.add(System.nanoTime() - started);
					if (outcome.alreadyStored()) {
						retried.incrementAndGet();
					}
					acknowledged.put(commitId, new Acknowledged(item.getId(), store.queue().labeler(), tag));
				}
			}
		} catch (StoreException | RuntimeException e) {
			problems.add(user.user() + " stopped: " + e.getMessage());
		}
	}

	/** A labeler whose commit failed (the server stayed away too long) tries again with the same commit id. */
	private static CommitOutcome commitWithRetries(PostgresProjectStore store, Lease lease, DataItem item,
			String commitId, long end) throws StoreException {
		while (true) {
			try {
				return store.queue().commit(lease, item, commitId);
			} catch (StoreException e) {
				if (!e.getMessage().contains("server is unreachable") || System.nanoTime() > end + 120_000_000_000L) {
					throw e;
				}
			}
		}
	}

	private static void check(ServerConnection owner, String schema, Map<String, Acknowledged> acknowledged,
			List<String> problems) throws SQLException, StoreException {
		Map<Double, List<String>> stored = new HashMap<>();
		try (Connection c = owner.dataSource().getConnection(); Statement statement = c.createStatement()) {
			try (ResultSet rows = statement.executeQuery("SELECT geometry[1], item_id, author FROM " + schema + ".annotation")) {
				while (rows.next()) {
					stored.computeIfAbsent(rows.getDouble(1), tag -> new ArrayList<>()).add(rows.getString(2) + " " + rows.getString(3));
				}
			}
			try (ResultSet rows = statement.executeQuery("SELECT item_id, count(DISTINCT author) FROM " + schema
					+ ".annotation GROUP BY item_id HAVING count(DISTINCT author) > 1")) {
				while (rows.next()) {
					problems.add("item " + rows.getString(1) + " was labeled by " + rows.getLong(2) + " labelers");
				}
			}
			try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + schema + ".commit_log")) {
				rows.next();
				if (rows.getLong(1) != acknowledged.size()) {
					problems.add(acknowledged.size() + " commits acknowledged, " + rows.getLong(1) + " in the commit log");
				}
			}
		}
		for (Acknowledged commit : acknowledged.values()) {
			List<String> found = stored.getOrDefault(commit.tag(), List.of());
			String expected = commit.itemId() + " " + commit.labeler();
			if (found.size() != 1 || !found.get(0).equals(expected)) {
				problems.add("commit " + commit.tag() + " of " + expected + " is stored as " + found);
			}
		}
		long storedCount = stored.values().stream().mapToLong(List::size).sum();
		if (storedCount != acknowledged.size()) {
			problems.add(storedCount + " labels stored for " + acknowledged.size() + " acknowledged commits");
		}
		try (PostgresProjectStore store = PostgresProjectStore.open(owner, schema)) {
			VerifyReport report = store.verify();
			problems.addAll(report.problems());
		}
	}

	private static LabelingProject project() {
		TagbenchFactory factory = TagbenchFactory.eINSTANCE;
		LabelingProject project = factory.createLabelingProject();
		project.setId("load");
		project.setName("Load test");
		project.setType(ProjectType.BOUNDING_BOX);
		DataSource source = factory.createDataSource();
		source.setId("shared");
		source.setRootUri("file:/srv/tagbench/images/");
		project.getDataSources().add(source);
		LabelClass cat = factory.createLabelClass();
		cat.setId("cat");
		cat.setName("cat");
		project.getLabelClasses().add(cat);
		return project;
	}

	private static DataItem item(LabelingProject project, int i, int count) {
		DataItem item = TagbenchFactory.eINSTANCE.createDataItem();
		item.setId(String.format("item-%07d", i));
		item.setDataSource(project.getDataSources().get(0));
		item.setPath(String.format("batch%03d/img%07d.jpg", i % 100, i));
		item.setMediaType(MediaType.IMAGE);
		item.setWidth(640);
		item.setHeight(480);
		item.setStatus(ItemStatus.UNLABELED);
		item.setOrderKey((i * 7919L) % count);
		return item;
	}
}
