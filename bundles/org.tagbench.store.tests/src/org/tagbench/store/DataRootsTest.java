package org.tagbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.DataItem;
import org.tagbench.model.DataSource;
import org.tagbench.model.TagbenchFactory;
import org.tagbench.store.DataRoots.RootOverride;

class DataRootsTest {

	@AfterEach
	void clearOverrides() throws Exception {
		DataRoots.setRunOverrides(List.of());
		DataRoots.savePreferences(List.of());
	}

	private static DataRoots roots(String... pairs) {
		List<RootOverride> overrides = new java.util.ArrayList<>();
		for (int i = 0; i < pairs.length; i += 2) {
			overrides.add(new RootOverride(pairs[i], pairs[i + 1]));
		}
		return new DataRoots(overrides);
	}

	private static DataSource source(String root) {
		DataSource source = TagbenchFactory.eINSTANCE.createDataSource();
		source.setId("photos");
		source.setRootUri(root);
		return source;
	}

	private static DataItem item(DataSource source, String path) {
		DataItem item = TagbenchFactory.eINSTANCE.createDataItem();
		item.setDataSource(source);
		item.setPath(path);
		return item;
	}

	@Test
	void aRootWithoutOverrideIsUsedAsItIs() {
		DataRoots roots = roots("file:/mnt/team/photos/", "/Volumes/photos");
		assertEquals(Path.of("/home/ada/pets"), roots.folderOf(source("file:/home/ada/pets/")));
		assertEquals(Path.of("/home/ada/pets/cats/a.jpg"), roots.fileOf(item(source("file:/home/ada/pets/"), "cats/a.jpg")));
		assertEquals(Path.of("/srv/plain/x.png"), roots.fileOf(item(source("/srv/plain"), "x.png")), "a plain path root");
		assertEquals(Path.of("/my photos"), roots.folderOf(source("file:/my%20photos/")));
		assertTrue(roots.overrideFor("file:/mnt/team/photos-old/").isEmpty(), "a prefix of a name is not a prefix of the path");
	}

	@Test
	void anOverrideReplacesItsRootAndKeepsTheRest() {
		DataRoots roots = roots("file:/mnt/team/photos/", "/Volumes/photos");
		assertEquals(Path.of("/Volumes/photos"), roots.folderOf(source("file:/mnt/team/photos/")));
		assertEquals(Path.of("/Volumes/photos/2024/june"), roots.folderOf(source("file:/mnt/team/photos/2024/june/")));
		assertEquals(Path.of("/Volumes/photos/my dogs/b.jpg"),
				roots.fileOf(item(source("file:/mnt/team/photos/my%20dogs/"), "b.jpg")), "the URI's escapes decoded");
	}

	@Test
	void trailingSlashesAndTheFormOfTheStoredRootDoNotMatter() {
		for (String key : List.of("file:/mnt/team/photos/", "file:/mnt/team/photos", "file:///mnt/team/photos/", "/mnt/team/photos",
				"/mnt/team/photos/")) {
			DataRoots roots = roots(key, "/Volumes/photos/");
			assertEquals(Path.of("/Volumes/photos/a"), roots.folderOf(source("file:/mnt/team/photos/a/")), key);
			assertEquals(Path.of("/Volumes/photos"), roots.folderOf(source("file:/mnt/team/photos")), key);
		}
		assertEquals(Path.of("/Volumes/p/x"), roots("file:/mnt/p/", "file:/Volumes/p/").folderOf(source("file:/mnt/p/x/")),
				"the local folder as a file URI");
	}

	@Test
	void theLongestStoredRootWinsWhateverTheOrder() {
		DataRoots roots = roots("file:/mnt/team/", "/data/team", "file:/mnt/team/photos/", "/Volumes/photos", "file:/mnt/", "/nope");
		assertEquals(Path.of("/Volumes/photos/2024"), roots.folderOf(source("file:/mnt/team/photos/2024/")));
		assertEquals(Path.of("/data/team/scans"), roots.folderOf(source("file:/mnt/team/scans/")));
		assertEquals(Path.of("/nope/other"), roots.folderOf(source("file:/mnt/other/")));
		DataRoots tie = roots("/mnt/team", "/first", "file:/mnt/team/", "/second");
		assertEquals(Path.of("/first/x"), tie.folderOf(source("file:/mnt/team/x/")), "equally long: the first given");
	}

	@Test
	void aWindowsFolderStaysAWindowsPath() {
		DataRoots roots = roots("file:/mnt/team/photos/", "Z:\\photos");
		assertEquals("Z:\\photos", roots.localRoot("file:/mnt/team/photos/"));
		assertEquals("Z:\\photos\\2024\\june", roots.localRoot("file:/mnt/team/photos/2024/june/"));
		assertEquals("Z:\\photos\\2024", roots("file:/mnt/team/photos/", "Z:\\photos\\").localRoot("file:/mnt/team/photos/2024"));
		// a Windows root stored in the project, mapped on a Linux desktop
		assertEquals(Path.of("/mnt/z/photos/a"), roots("Z:\\photos", "/mnt/z/photos").folderOf(source("file:/Z:/photos/a/")));
		assertEquals(Path.of("/mnt/share/images"),
				roots("file://server/share/", "/mnt/share").folderOf(source("file://server/share/images/")), "a UNC root");
	}

	@Test
	void itemPathsAreResolvedUnderTheMappedFolder() {
		DataRoots roots = roots("file:/mnt/team/photos/", "/Volumes/photos");
		assertEquals(Path.of("/Volumes/photos/cats/a.jpg"), roots.fileOf(item(source("file:/mnt/team/photos/"), "cats/a.jpg")));
		assertNull(roots.fileOf(item(null, "a.jpg")), "no data source: no file");
		assertNull(roots.fileOf(item(source(null), "a.jpg")), "no root: no file");
		assertThrows(IllegalArgumentException.class, () -> roots.folderOf(source("")));
	}

	@Test
	void overridesAreCheckedAndParsed() {
		assertThrows(IllegalArgumentException.class, () -> new RootOverride(" ", "/x"));
		assertThrows(IllegalArgumentException.class, () -> new RootOverride("/x", "a\tb"));
		assertThrows(IllegalArgumentException.class, () -> RootOverride.parse("/mnt/photos"));
		assertThrows(IllegalArgumentException.class, () -> RootOverride.parse("=/x"));
		assertEquals(new RootOverride("file:/mnt/team/photos/", "Z:\\photos"), RootOverride.parse("file:/mnt/team/photos/=Z:\\photos"));
		List<RootOverride> list = List.of(new RootOverride("file:/a/", "/b"), new RootOverride("/c", "D:\\e"));
		assertEquals(list, DataRoots.decode(DataRoots.encode(list)));
		assertEquals(List.of(new RootOverride("/a", "/b")), DataRoots.decode("no tab here\n/a\t/b\n\t/c\n"));
	}

	@Test
	void thisDesktopsOverridesComeFromThePreferencesAndTheRun() throws Exception {
		DataSource team = source("file:/mnt/team/photos/");
		assertEquals(Path.of("/mnt/team/photos"), DataRoots.current().folderOf(team));
		DataRoots.savePreferences(List.of(new RootOverride("file:/mnt/team/photos/", "/Volumes/photos")));
		assertEquals(List.of(new RootOverride("file:/mnt/team/photos/", "/Volumes/photos")), DataRoots.readPreferences());
		assertEquals(Path.of("/Volumes/photos"), DataRoots.current().folderOf(team), "seen at once, without a restart");
		DataRoots.setRunOverrides(List.of(RootOverride.parse("/mnt/team/photos=/run/photos")));
		assertEquals(Path.of("/run/photos"), DataRoots.current().folderOf(team), "the command line's override comes first");
		DataRoots.setRunOverrides(List.of());
		DataRoots.savePreferences(List.of());
		assertEquals(Path.of("/mnt/team/photos"), DataRoots.current().folderOf(team));
	}

	@Test
	void theWorkbenchsOverridesAreReadFromItsWorkspaceByCommandsWithoutOne(@TempDir Path workspace) throws Exception {
		assertTrue(DataRoots.preferencesHaveAWorkspace(), "the tests run with a workspace");
		assertEquals(List.of(), DataRoots.readWorkspacePreferences(workspace), "no preference file: no overrides");
		List<RootOverride> saved = List.of(new RootOverride("file:/mnt/team/photos/", "Z:\\photos"), new RootOverride("/a", "/b c"));
		DataRoots.savePreferences(saved); // written where the workbench writes them: this test workspace
		Path instance = Path.of(new java.net.URL(System.getProperty("osgi.instance.area")).toURI());
		assertEquals(saved, DataRoots.readWorkspacePreferences(instance));
	}

	@Test
	void aMissingFolderIsNamedWithItsStoredRootAndHowToMapIt(@TempDir Path here) throws Exception {
		Files.createDirectories(here.resolve("photos"));
		DataSource team = source("file:/mnt/team/nowhere-" + System.nanoTime() + "/");
		String message = roots().missingFolder(team).orElseThrow();
		assertTrue(message.contains("stored root " + team.getRootUri()), message);
		assertTrue(message.contains(DataRoots.WHERE_TO_MAP), message);
		assertTrue(message.contains("--root-map " + team.getRootUri() + "=FOLDER"), message);
		assertFalse(roots(team.getRootUri(), here.resolve("photos").toString()).missingFolder(team).isPresent());
		String wrong = roots(team.getRootUri(), here.resolve("gone").toString()).missingFolder(team).orElseThrow();
		assertTrue(wrong.contains("It is mapped from " + team.getRootUri()), wrong);
	}
}
