package org.tagbench.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.MediaType;
import org.tagbench.model.ProjectType;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.DataRoots;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;

class DataRegistrationTest {

	@TempDir
	Path temp;

	private Path images() {
		return temp.resolve("images");
	}

	private static void image(Path file, int width, int height) throws IOException {
		Files.createDirectories(file.getParent());
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		image.setRGB(0, 0, 0xFF0000);
		String name = file.getFileName().toString();
		ImageIO.write(image, name.endsWith(".png") ? "png" : "jpeg", file.toFile());
	}

	private void makeImages() throws IOException {
		image(images().resolve("a/one.jpg"), 64, 48);
		image(images().resolve("a/b/two.png"), 30, 20);
		image(images().resolve("three.jpg"), 10, 10);
		Files.writeString(images().resolve("broken.jpg"), "not a jpeg");
		byte[] dicom = new byte[140];
		dicom[128] = 'D';
		dicom[129] = 'I';
		dicom[130] = 'C';
		dicom[131] = 'M';
		Files.write(images().resolve("xray.dcm"), dicom);
	}

	private ProjectSetup.Request request(String folderName, long seed) {
		return new ProjectSetup.Request(temp.resolve(folderName), "Shapes", ProjectType.BOUNDING_BOX,
				List.of("circle", "square"), List.of(images()), true, seed);
	}

	@Test
	void createRegistersEveryMediaFileWithSizeHashAndSeededOrder() throws Exception {
		makeImages();
		ProjectSetup.Created created = ProjectSetup.create(request("p1", 11), null);
		try (ProjectStore store = created.store()) {
			assertEquals(4, created.report().added());
			assertEquals(1, created.report().problems().size());
			assertTrue(created.report().problems().get(0).contains("broken.jpg"), created.report().problems().toString());
			List<ItemSummary> items = store.items(ItemQuery.all(), 0, 100);
			Map<String, ItemSummary> byPath = items.stream().collect(java.util.stream.Collectors.toMap(ItemSummary::path, i -> i));
			assertEquals(64, byPath.get("a/one.jpg").width());
			assertEquals(20, byPath.get("a/b/two.png").height());
			assertEquals(MediaType.DICOM, byPath.get("xray.dcm").mediaType());
			DataItem one = store.item(byPath.get("a/one.jpg").id()).orElseThrow();
			assertTrue(one.getContentHash().matches("s256:[0-9a-f]{64}"), one.getContentHash());
			assertEquals(ItemStatus.UNLABELED, one.getStatus());
			assertEquals(List.of("1", "2"), store.project().getLabelClasses().stream().map(c -> c.getShortcutKey()).toList());
			assertEquals(11, store.project().getRandomSeed());
		}
	}

	@Test
	void aDataFolderIsRemovedWithItsUnlabeledItemsButNeverWhileAnItemHasALabel() throws Exception {
		makeImages();
		Path more = temp.resolve("more");
		for (int i = 0; i < 3; i++) {
			image(more.resolve("m" + i + ".png"), 8, 8);
		}
		Path projectFolder;
		try (ProjectStore store = ProjectSetup.create(request("p1", 3), null).store()) {
			projectFolder = temp.resolve("p1");
			assertEquals(3, DataRegistration.addFolder(store, more, true, null).added());
			var added = store.project().getDataSources().get(1);
			DataItem labeled = store.item(store.items(ItemQuery.all(), 0, 100).stream()
					.filter(row -> row.dataSourceId().equals(added.getId())).findFirst().orElseThrow().id()).orElseThrow();
			BoundingBox box = TagbenchFactory.eINSTANCE.createBoundingBox();
			box.setLabelClass(store.project().getLabelClasses().get(0));
			box.setW(2);
			box.setH(2);
			labeled.getAnnotations().add(box);
			labeled.setStatus(ItemStatus.LABELED);
			store.commit(labeled);

			org.tagbench.store.StoreException refused = assertThrows(org.tagbench.store.StoreException.class,
					() -> DataRegistration.removeFolder(store, added));
			assertTrue(refused.getMessage().contains(more.toString()) && refused.getMessage().contains("1 of its 3 items"),
					refused.getMessage());
			assertEquals(2, store.project().getDataSources().size(), "the folder stays");
			assertEquals(7, store.count(ItemQuery.all()), "no item left");

			labeled.getAnnotations().clear();
			labeled.setStatus(ItemStatus.UNLABELED);
			store.commit(labeled);
			assertEquals(3, DataRegistration.removeFolder(store, added));
			assertEquals(4, store.count(ItemQuery.all()));
			assertTrue(store.verify().problems().isEmpty(), store.verify().problems().toString());

			var last = store.project().getDataSources().get(0);
			org.tagbench.store.StoreException only = assertThrows(org.tagbench.store.StoreException.class,
					() -> DataRegistration.removeFolder(store, last));
			assertTrue(only.getMessage().contains("only one"), only.getMessage());
		}
		try (ProjectStore store = LocalProjectStore.open(projectFolder)) {
			assertEquals(1, store.project().getDataSources().size(), "the definition was saved without the folder");
			assertEquals(0, DataRegistration.refresh(store, null).added(), "its files are not registered again");
		}
		assertTrue(Files.exists(more.resolve("m0.png")), "the files stay where they are");
	}

	@Test
	void orderIsReproducibleFromTheSeedAndDiffersBetweenSeeds() throws Exception {
		for (int i = 0; i < 30; i++) {
			image(images().resolve("img" + i + ".png"), 4, 4);
		}
		List<String> first;
		List<String> again;
		List<String> other;
		try (ProjectStore store = ProjectSetup.create(request("p1", 5), null).store()) {
			first = store.items(ItemQuery.all(), 0, 100).stream().map(ItemSummary::path).toList();
		}
		try (ProjectStore store = ProjectSetup.create(request("p2", 5), null).store()) {
			again = store.items(ItemQuery.all(), 0, 100).stream().map(ItemSummary::path).toList();
		}
		try (ProjectStore store = ProjectSetup.create(request("p3", 6), null).store()) {
			other = store.items(ItemQuery.all(), 0, 100).stream().map(ItemSummary::path).toList();
		}
		assertEquals(30, first.size());
		assertEquals(first, again);
		assertNotEquals(first, other);
		assertNotEquals(first.stream().sorted().toList(), first, "the order is shuffled, not alphabetical");
	}

	@Test
	void aProjectWhoseStoredRootIsNotHereIsRefreshedFromTheMappedFolder() throws Exception {
		makeImages();
		String teamRoot = "file:/mnt/team-" + System.nanoTime() + "/photos/";
		try (ProjectStore store = ProjectSetup.create(request("p1", 3), null).store()) {
			store.project().getDataSources().get(0).setRootUri(teamRoot); // as a project pushed from another desktop says
			store.saveProject();
			java.nio.file.Files.delete(images().resolve("three.jpg"));
			IOException notHere = assertThrows(IOException.class, () -> DataRegistration.refresh(store, null));
			assertTrue(notHere.getMessage().contains("stored root " + teamRoot) && notHere.getMessage().contains(DataRoots.WHERE_TO_MAP),
					notHere.getMessage());
			assertEquals(0, store.items(ItemQuery.all(), 0, 100).stream().filter(ItemSummary::missing).count(),
					"a folder that is not here flags nothing missing");
			try {
				DataRoots.savePreferences(List.of(new DataRoots.RootOverride(teamRoot, images().toString())));
				assertEquals(images(), DataRegistration.folderOf(store.project().getDataSources().get(0)));
				RegistrationReport mapped = DataRegistration.refresh(store, null);
				assertEquals(1, mapped.missing(), mapped.toString());
				assertEquals(0, mapped.added(), "the same items, found where this desktop mounts the share");
				assertEquals(List.of("three.jpg"), store.items(ItemQuery.all(), 0, 100).stream().filter(ItemSummary::missing)
						.map(ItemSummary::path).toList(), "deleted here, so still missing");
				assertEquals(teamRoot, store.project().getDataSources().get(0).getRootUri(), "the shared project keeps its root");
			} finally {
				DataRoots.savePreferences(List.of());
			}
		}
	}

	@Test
	void refreshAddsNewFilesAndFlagsMissingOnesWithoutDroppingTheirLabels() throws Exception {
		makeImages();
		Path folder;
		String oneId;
		try (ProjectStore store = ProjectSetup.create(request("p1", 1), null).store()) {
			folder = Path.of(store.location());
			ItemSummary one = store.items(ItemQuery.all(), 0, 100).stream().filter(i -> i.path().equals("a/one.jpg")).findFirst().orElseThrow();
			oneId = one.id();
			DataItem item = store.item(oneId).orElseThrow();
			BoundingBox box = TagbenchFactory.eINSTANCE.createBoundingBox();
			box.setLabelClass(store.project().getLabelClasses().get(0));
			box.setW(5);
			box.setH(5);
			item.getAnnotations().add(box);
			item.setStatus(ItemStatus.LABELED);
			store.commit(item);
		}
		Path moved = temp.resolve("one.jpg.away");
		Files.move(images().resolve("a/one.jpg"), moved);
		image(images().resolve("a/new.jpg"), 8, 8);
		try (ProjectStore store = LocalProjectStore.open(folder)) {
			RegistrationReport report = DataRegistration.refresh(store, null);
			assertEquals(1, report.added());
			assertEquals(1, report.missing());
			assertEquals(0, report.reappeared());
			ItemSummary one = store.items(ItemQuery.all(), 0, 100).stream().filter(i -> i.id().equals(oneId)).findFirst().orElseThrow();
			assertTrue(one.missing());
			assertEquals(1, one.annotationCount(), "a missing file keeps its labels");
			assertTrue(store.project().getDataSources().get(0).getLastRefreshed() > 0);
		}
		Files.move(moved, images().resolve("a/one.jpg"));
		try (ProjectStore store = LocalProjectStore.open(folder)) {
			RegistrationReport report = DataRegistration.refresh(store, null);
			assertEquals(new RegistrationReport(0, 0, 1, report.problems()), report);
			assertEquals(5, store.count(ItemQuery.all()));
		}
	}

	@Test
	void missingDataFolderIsNamedAndNoProjectIsLeftBehind() {
		Path nowhere = temp.resolve("nowhere");
		IOException e = assertThrows(IOException.class, () -> ProjectSetup.create(new ProjectSetup.Request(temp.resolve("p"),
				"x", ProjectType.MULTI_CLASS, List.of("a"), List.of(nowhere), true, 1L), null));
		assertTrue(e.getMessage().contains(nowhere + " does not exist"), e.getMessage());
		assertTrue(!Files.exists(temp.resolve("p/project.tagbench")));
	}
}
