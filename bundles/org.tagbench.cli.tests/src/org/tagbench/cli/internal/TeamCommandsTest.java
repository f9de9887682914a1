package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.cli.CliCommand;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.store.postgres.PostgresProjectStore;
import org.tagbench.store.postgres.ServerConnection;
import org.tagbench.store.postgres.internal.LocalCluster;

/** {@code push} against a throwaway PostgreSQL server; fails (never skips) where PostgreSQL is missing. */
class TeamCommandsTest {

	private static LocalCluster cluster;

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void startServer() throws Exception {
		cluster = LocalCluster.start();
	}

	@AfterAll
	static void stopServer() {
		if (cluster != null) {
			cluster.close();
		}
	}

	private int push(Map<String, String> environment, String... words) throws Exception {
		return new TeamCommands.Push(environment::get).run(List.of(words), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private Path folderProject() throws Exception {
		TagbenchFactory factory = TagbenchFactory.eINSTANCE;
		LabelingProject project = factory.createLabelingProject();
		project.setId("p");
		project.setName("Street Signs");
		project.setType(ProjectType.BOUNDING_BOX);
		DataSource source = factory.createDataSource();
		source.setId("photos");
		source.setRootUri("file:/home/ada/photos/");
		project.getDataSources().add(source);
		LabelClass stop = factory.createLabelClass();
		stop.setId("stop");
		stop.setName("stop");
		project.getLabelClasses().add(stop);
		Path folder = temp.resolve("signs");
		try (LocalProjectStore store = LocalProjectStore.create(folder, project)) {
			List<DataItem> items = new ArrayList<>();
			for (int i = 0; i < 2_500; i++) {
				DataItem item = factory.createDataItem();
				item.setId("i" + i);
				item.setDataSource(source);
				item.setPath("img" + i + ".jpg");
				item.setMediaType(MediaType.IMAGE);
				item.setStatus(ItemStatus.UNLABELED);
				item.setOrderKey(i);
				items.add(item);
			}
			store.addItems(items);
			DataItem labeled = store.item("i7").orElseThrow();
			BoundingBox box = factory.createBoundingBox();
			box.setLabelClass(project.getLabelClasses().get(0));
			box.setX(3);
			box.setW(4);
			box.setH(5);
			box.setAuthor("ada");
			labeled.getAnnotations().add(box);
			labeled.setStatus(ItemStatus.LABELED);
			store.commit(labeled);
		}
		return folder;
	}

	@Test
	void pushCopiesDefinitionItemsAndLabelsWithThePasswordFromTheEnvironment() throws Exception {
		Path folder = folderProject();
		int code = push(Map.of(TeamCommands.PASSWORD_VARIABLE, LocalCluster.SUPERUSER_PASSWORD), folder.toString(),
				"--url", cluster.url(), "--user", LocalCluster.SUPERUSER, "--data-root", "photos=file:/mnt/team/photos/");
		assertEquals(CliCommand.OK, code, err.toString(StandardCharsets.UTF_8));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("pushed 2500 items and 1 labels"), out.toString());
		ServerConnection server = new ServerConnection(cluster.url(), LocalCluster.SUPERUSER, LocalCluster.SUPERUSER_PASSWORD);
		try (PostgresProjectStore store = PostgresProjectStore.open(server, "street_signs")) {
			assertEquals("Street Signs", store.project().getName());
			assertEquals("file:/mnt/team/photos/", store.project().getDataSources().get(0).getRootUri());
			assertEquals(2_500, store.count(ItemQuery.all()));
			DataItem item = store.item("i7").orElseThrow();
			assertEquals(ItemStatus.LABELED, item.getStatus());
			assertEquals(3.0, ((BoundingBox) item.getAnnotations().get(0)).getX());
			assertEquals("photos", item.getDataSource().getId());
		}
		try (LocalProjectStore local = LocalProjectStore.open(folder)) {
			assertEquals("file:/home/ada/photos/", local.project().getDataSources().get(0).getRootUri(),
					"the folder project is unchanged");
		}

		Exception twice = assertThrows(Exception.class, () -> push(Map.of(TeamCommands.PASSWORD_VARIABLE,
				LocalCluster.SUPERUSER_PASSWORD), folder.toString(), "--url", cluster.url(), "--user", LocalCluster.SUPERUSER));
		assertTrue(twice.getMessage().contains("already holds a project"), twice.getMessage());
	}

	@Test
	void assignGivesALabelerAShareOfTheQueueOrAnItem() throws Exception {
		Path folder = folderProject();
		Map<String, String> environment = Map.of(TeamCommands.PASSWORD_VARIABLE, LocalCluster.SUPERUSER_PASSWORD);
		assertEquals(CliCommand.OK, push(environment, folder.toString(), "--url", cluster.url(), "--user",
				LocalCluster.SUPERUSER, "--project", "signs_assign"));
		TeamCommands.Assign assign = new TeamCommands.Assign(environment::get);
		PrintStream printOut = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8);
		assertEquals(CliCommand.OK, assign.run(List.of("--url", cluster.url(), "--user", LocalCluster.SUPERUSER,
				"--project", "signs_assign", "--labeler", "anna", "--share", "0.3"), printOut, printErr));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("anna\t0.300"), out.toString(StandardCharsets.UTF_8));
		assertEquals(CliCommand.OK, assign.run(List.of("--url", cluster.url(), "--user", LocalCluster.SUPERUSER,
				"--project", "signs_assign", "--labeler", "ben", "--item", "i42"), printOut, printErr));
		ServerConnection server = new ServerConnection(cluster.url(), LocalCluster.SUPERUSER, LocalCluster.SUPERUSER_PASSWORD);
		try (PostgresProjectStore store = PostgresProjectStore.open(server, "signs_assign")) {
			assertEquals(Map.of("anna", 0.3), store.shares());
		}
		try (java.sql.Connection c = server.dataSource().getConnection();
				java.sql.ResultSet rows = c.createStatement().executeQuery(
						"SELECT labeler FROM signs_assign.assignment WHERE item_id = 'i42'")) {
			assertTrue(rows.next());
			assertEquals("ben", rows.getString(1));
		}
		UsageException both = assertThrows(UsageException.class, () -> assign.run(List.of("--url", cluster.url(),
				"--project", "signs_assign", "--labeler", "ben", "--item", "i1", "--share", "0.1"), printOut, printErr));
		assertTrue(both.getMessage().contains("either --share"), both.getMessage());
	}

	@Test
	void agreementListsConsensusItemsAndWhetherTheirLabelersAgree() throws Exception {
		Path folder = folderProject();
		Map<String, String> environment = Map.of(TeamCommands.PASSWORD_VARIABLE, LocalCluster.SUPERUSER_PASSWORD);
		assertEquals(CliCommand.OK, push(environment, folder.toString(), "--url", cluster.url(), "--user",
				LocalCluster.SUPERUSER, "--project", "signs_agree"));
		ServerConnection owner = new ServerConnection(cluster.url(), LocalCluster.SUPERUSER, LocalCluster.SUPERUSER_PASSWORD);
		try (PostgresProjectStore store = PostgresProjectStore.open(owner, "signs_agree");
				java.sql.Connection c = owner.dataSource().getConnection(); java.sql.Statement sql = c.createStatement()) {
			store.setLabelersPerItem(2);
			for (String name : List.of("anna", "ben")) {
				sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + name
						+ "') THEN CREATE ROLE " + name + " LOGIN PASSWORD 'pw'; END IF; END $$");
				store.addMember(name, org.tagbench.store.postgres.ProjectRole.LABELER);
			}
		}
		// anna boxes both items, ben only the first: they agree on one, not on the other
		for (String name : List.of("anna", "ben")) {
			try (PostgresProjectStore labeler = PostgresProjectStore.open(new ServerConnection(cluster.url(), name, "pw"),
					"signs_agree")) {
				List<org.tagbench.store.Lease> leases = labeler.queue().lease(2, java.time.Duration.ofMinutes(5));
				for (int i = 0; i < 2; i++) {
					DataItem item = labeler.item(leases.get(i).itemId()).orElseThrow();
					if (i == 0 || name.equals("anna")) {
						BoundingBox box = TagbenchFactory.eINSTANCE.createBoundingBox();
						box.setLabelClass(labeler.project().getLabelClasses().get(0));
						box.setW(2);
						box.setH(2);
						box.setSource(org.tagbench.model.AnnotationSource.HUMAN);
						box.setAuthor(name);
						item.getAnnotations().add(box);
					}
					item.setStatus(ItemStatus.LABELED);
					labeler.queue().commit(leases.get(i), item, java.util.UUID.randomUUID().toString());
				}
			}
		}
		int code = new TeamCommands.AgreementReport(environment::get).run(List.of("--url", cluster.url(), "--user",
				LocalCluster.SUPERUSER, "--project", "signs_agree"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(CliCommand.OK, code, err.toString(StandardCharsets.UTF_8));
		String report = out.toString(StandardCharsets.UTF_8);
		assertTrue(report.contains("i0\timg0.jpg\tanna,ben\tagree"), report);
		assertTrue(report.contains("i1\timg1.jpg\tanna,ben\tDISAGREE"), report);
		assertTrue(report.contains("2 items with 2 or more labelers, 1 agree, 1 disagree"), report);
	}

	@Test
	void withoutAPasswordOrATerminalItSaysHowToGiveOne() throws Exception {
		Path folder = folderProject();
		UsageException e = assertThrows(UsageException.class,
				() -> push(Map.of(), folder.toString(), "--url", cluster.url(), "--user", "ada"));
		assertTrue(e.getMessage().contains("set TAGBENCH_DB_PASSWORD"), e.getMessage());
		UsageException inUrl = assertThrows(UsageException.class, () -> push(Map.of(), folder.toString(), "--url",
				cluster.url() + "?password=x"));
		assertTrue(inUrl.getMessage().contains("must not carry the password"), inUrl.getMessage());
	}
}
