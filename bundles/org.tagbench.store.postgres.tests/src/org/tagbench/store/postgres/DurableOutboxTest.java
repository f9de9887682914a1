package org.tagbench.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.Annotation;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.store.CommitOutbox;
import org.tagbench.store.Lease;
import org.tagbench.store.testing.TestProjects;

/**
 * The durable outbox against a real server: commits queued while the server is down survive the loss of the
 * in-memory state (a new outbox over the same folder), are replayed when the server is back and stored exactly once,
 * even when a commit that had already arrived is sent again; a damaged file is set aside with a message naming it.
 */
class DurableOutboxTest {

	private static final String LABELER = "outbox1";

	@TempDir
	Path folder;

	private String schema;

	@BeforeEach
	void createProject() throws Exception {
		schema = TestServer.freshSchema("outbox");
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat", "dog");
		try (PostgresProjectStore owner = PostgresProjectStore.create(TestServer.superuser(), schema, project)) {
			owner.addItems(TestProjects.items(project, 10));
			TestServer.user(LABELER);
			owner.addMember(LABELER, ProjectRole.LABELER);
		}
	}

	private PostgresProjectStore openLabeler(Duration patience) throws Exception {
		ServerConnection user = TestServer.user(LABELER);
		return PostgresProjectStore.open(new ServerConnection(user.url(), user.user(), user.password(), patience), schema);
	}

	@Test
	void commitsQueuedWhileTheServerIsDownAreReplayedFromDiskAndStoredOnce() throws Exception {
		List<Lease> leases;
		List<DataItem> labeled = new ArrayList<>();
		try (PostgresProjectStore store = openLabeler(Duration.ofSeconds(1))) {
			leases = store.queue().lease(3, Duration.ofMinutes(10));
			assertEquals(3, leases.size());
			for (int i = 0; i < leases.size(); i++) {
				DataItem item = store.item(leases.get(i).itemId()).orElseThrow();
				BoundingBox box = TestProjects.box(store.project().getLabelClasses().get(i % 2), 10 + i, 20, 30, 40);
				box.setAuthor(LABELER);
				item.getAnnotations().add(box);
				item.setStatus(ItemStatus.LABELED);
				labeled.add(item);
			}
			TestServer.cluster().stopServer("fast");
			try {
				CommitOutbox outbox = CommitOutbox.open(folder, store.project());
				for (int i = 0; i < leases.size(); i++) {
					outbox.add(leases.get(i), labeled.get(i));
				}
				CommitOutbox.SendResult result = outbox.send(store.queue());
				assertNotNull(result.unreachable(), "the server is down: nothing sent");
				assertEquals(0, result.stored());
				assertEquals(3, outbox.size());
				assertEquals(3, commitFiles().size(), "one file per commit on disk");
			} finally {
				TestServer.cluster().startAgain();
			}
		}
		// a damaged file among them (e.g. the disk filled up while it was written by another tool)
		Path damaged = folder.resolve("0000000000000000001-damaged.commit.xmi");
		Files.writeString(damaged, "<?xml version=\"1.0\"?><xmi:XMI");
		// a copy of the first commit, to send it again after it arrived (a retry whose first attempt reached the server)
		Path first = commitFiles().stream().filter(f -> !f.equals(damaged)).findFirst().orElseThrow();
		byte[] firstCopy = Files.readAllBytes(first);

		// the in-memory state is gone (the workbench died); the next session opens the same folder
		try (PostgresProjectStore store = openLabeler(Duration.ofSeconds(30))) {
			CommitOutbox outbox = CommitOutbox.open(folder, store.project());
			assertEquals(3, outbox.size(), "the three commits came back from disk");
			assertEquals(1, outbox.setAside().size());
			String message = outbox.setAside().get(0);
			assertTrue(message.contains(damaged.toString()), message);
			assertTrue(message.contains("set aside"), message);
			assertFalse(Files.exists(damaged));
			assertTrue(Files.exists(folder.resolve("set-aside").resolve(damaged.getFileName())), "kept, not deleted");
			DataItem replayed = outbox.peek().item();
			assertEquals(leases.get(0).itemId(), replayed.getId());
			assertEquals("class-cat", replayed.getAnnotations().get(0).getLabelClass().getId(),
					"the label class is the project's own again");
			assertTrue(store.project().getLabelClasses().contains(replayed.getAnnotations().get(0).getLabelClass()));

			CommitOutbox.SendResult result = outbox.send(store.queue());
			assertEquals(null, result.unreachable());
			assertEquals(3, result.stored());
			assertEquals(List.of(), result.refused());
			assertEquals(0, outbox.size());
			assertEquals(List.of(), commitFiles(), "files deleted once the server acknowledged them");

			// the first commit once more, with its id: the server answers "already stored"
			Files.write(first, firstCopy);
			CommitOutbox again = CommitOutbox.open(folder, store.project());
			assertEquals(1, again.size());
			assertEquals(1, again.send(store.queue()).stored(), "acknowledged");
			assertEquals(List.of(), commitFiles());
		}

		for (int i = 0; i < leases.size(); i++) {
			String itemId = leases.get(i).itemId();
			assertEquals(1, count("SELECT count(*) FROM " + schema + ".annotation WHERE item_id = ?", itemId),
					"item " + itemId + " has its box exactly once");
			assertEquals(1, count("SELECT count(*) FROM " + schema + ".commit_log WHERE item_id = ?", itemId));
			assertEquals(1, count("SELECT count(*) FROM " + schema + ".item WHERE id = ? AND status = 'LABELED'", itemId));
			assertEquals(1, count("SELECT count(*) FROM " + schema + ".annotation WHERE item_id = ? AND author = '"
					+ LABELER + "' AND class_id = '" + ((Annotation) labeled.get(i).getAnnotations().get(0))
							.getLabelClass().getId() + "'", itemId), "the label class survived the disk");
		}
	}

	private List<Path> commitFiles() throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".commit.xmi")).sorted().toList();
		}
	}

	private static long count(String sql, String itemId) throws Exception {
		try (Connection c = TestServer.superuser().dataSource().getConnection();
				PreparedStatement select = c.prepareStatement(sql)) {
			select.setString(1, itemId);
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}
}
