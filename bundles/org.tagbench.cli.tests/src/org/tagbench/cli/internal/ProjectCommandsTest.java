package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.cli.CliCommand;
import org.tagbench.store.DataRoots;
import org.tagbench.store.local.LocalProjectStore;

class ProjectCommandsTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... words) {
		out.reset();
		err.reset();
		return new CommandLine(Commands.all()).run(List.of(words), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void createStatsVerifyRefreshOnARealFolder() throws Exception {
		Path images = temp.resolve("images");
		Files.createDirectories(images.resolve("sub"));
		for (String name : List.of("a.png", "b.png", "sub/c.png")) {
			ImageIO.write(new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB), "png", images.resolve(name).toFile());
		}
		Files.writeString(images.resolve("d.png"), "garbage");
		Path project = temp.resolve("project");

		assertEquals(CliCommand.OK, run("create", project.toString(), "--name", "Demo", "--type", "boxes",
				"--classes", "cat, dog", "--data", images.toString(), "--seed", "3"), err());
		assertTrue(out().contains("created " + project + ": Demo (BOUNDING_BOX, 2 classes, seed 3)"), out());
		assertTrue(out().contains("added 3, missing 0, back 0, not registered 1"), out());
		assertTrue(err().contains("not registered: " + images.resolve("d.png")), err());

		assertEquals(CliCommand.OK, run("stats", project.toString()));
		assertTrue(out().contains("items\t3\n"), out());
		assertTrue(out().contains("status\tUNLABELED\t3\n"), out());
		assertTrue(out().contains("class\tdog\t0\n"), out());

		assertEquals(CliCommand.OK, run("verify", project.toString()));
		assertTrue(out().startsWith("ok: 3 items, 0 annotations checked"), out());

		Path coco = temp.resolve("import.json");
		Files.writeString(coco, """
				{"images": [{"id": 1, "file_name": "sub/c.png", "width": 16, "height": 8}],
				 "categories": [{"id": 7, "name": "dog"}, {"id": 8, "name": "fox"}],
				 "annotations": [{"id": 1, "image_id": 1, "category_id": 7, "bbox": [1, 2, 3, 4], "area": 12, "iscrowd": 0},
				                 {"id": 2, "image_id": 1, "category_id": 8, "bbox": [2, 2, 2, 2], "area": 4, "iscrowd": 0}]}
				""");
		assertEquals(CliCommand.OK, run("import", project.toString(), "--format", "coco", "--from", coco.toString()), err());
		assertTrue(out().startsWith("imported 1 annotations on 1 items"), out());
		assertTrue(err().contains("unknown class: fox (1 labels, left out; --add-classes adds it)"), err());
		assertEquals(CliCommand.OK, run("stats", project.toString()));
		assertTrue(out().contains("class\tdog\t1\n"), out());
		assertTrue(out().contains("status\tLABELED\t1\n"), out());

		Path export = temp.resolve("out/labels.json");
		assertEquals(CliCommand.OK, run("export", project.toString(), "--format", "coco", "--out", export.toString(),
				"--status", "labeled,unlabeled"), err());
		assertTrue(out().startsWith("exported 3 items (0 in validation), 1 annotations to " + export), out());
		assertTrue(Files.readString(export).contains("\"bbox\""), "the export holds the box");
		assertEquals(CliCommand.USAGE, run("export", project.toString(), "--format", "tiff", "--out", export.toString()));
		assertTrue(err().contains("unknown format 'tiff'; formats: coco, voc"), err());

		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", images.resolve("e.png").toFile());
		Files.delete(images.resolve("a.png"));
		assertEquals(CliCommand.OK, run("refresh", project.toString()));
		assertTrue(out().contains("added 1, missing 1, back 0"), out());
	}

	@Test
	void aStoredRootThatIsNotHereIsReadFromTheRootMapOrThePreferences() throws Exception {
		Path images = temp.resolve("mounted here");
		Files.createDirectories(images);
		ImageIO.write(new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB), "png", images.resolve("a.png").toFile());
		Path project = temp.resolve("project");
		assertEquals(CliCommand.OK, run("create", project.toString(), "--name", "Team", "--type", "boxes", "--classes", "cat",
				"--data", images.toString()), err());
		String teamRoot = "file:/mnt/team-" + System.nanoTime() + "/photos/";
		try (LocalProjectStore store = LocalProjectStore.open(project)) {
			store.project().getDataSources().get(0).setRootUri(teamRoot); // as pushed from another desktop
			store.saveProject();
		}

		assertEquals(CliCommand.FAILED, run("refresh", project.toString()));
		assertTrue(err().contains("stored root " + teamRoot) && err().contains("--root-map " + teamRoot + "=FOLDER"), err());

		assertEquals(CliCommand.OK, run("refresh", project.toString(), "--root-map", teamRoot + "=" + images), err());
		assertTrue(out().contains("added 0, missing 0, back 0"), out());
		Path export = temp.resolve("yolo");
		assertEquals(CliCommand.OK, run("--root-map", teamRoot + "=" + images, "export", project.toString(), "--format", "yolo",
				"--out", export.toString(), "--status", "unlabeled"), err());
		assertEquals(images.resolve("a.png") + "\n", Files.readString(export.resolve("train.txt")));
		assertEquals(CliCommand.FAILED, run("refresh", project.toString()), "the map was for that run only");

		DataRoots.savePreferences(List.of(new DataRoots.RootOverride(teamRoot, images.toString())));
		try {
			assertEquals(CliCommand.OK, run("refresh", project.toString()), err());
			assertTrue(out().contains("added 0, missing 0, back 0"), out());
		} finally {
			DataRoots.savePreferences(List.of());
		}
		// without a workspace (the launcher's -data @none) the workbench's overrides are read from its workspace
		CommandLine headless = new CommandLine(Commands.all())
				.withWorkbenchRootOverrides(List.of(new DataRoots.RootOverride(teamRoot, images.toString())));
		PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		assertEquals(CliCommand.OK, headless.run(List.of("refresh", project.toString()), quiet, quiet));
		assertEquals(CliCommand.FAILED, headless.run(List.of("refresh", project.toString(), "--root-map",
				teamRoot + "=" + temp.resolve("elsewhere")), quiet, quiet), "the command line's map comes first");

		assertEquals(CliCommand.USAGE, run("refresh", project.toString(), "--root-map", "no-equals-sign"));
		assertTrue(err().contains("STORED_ROOT=LOCAL_FOLDER"), err());
	}

	@Test
	void wrongCommandLinesAreUsageErrorsWithTheReason() {
		assertEquals(CliCommand.USAGE, run("create", temp.resolve("p").toString(), "--name", "x", "--type", "circles",
				"--classes", "a", "--data", temp.toString()));
		assertTrue(err().contains("--type must be multi-class, multi-label, boxes or polygons, not 'circles'"), err());
		assertEquals(CliCommand.USAGE, run("create", temp.resolve("p").toString(), "--name", "x", "--type", "boxes",
				"--data", temp.toString()));
		assertTrue(err().contains("give the label classes"), err());
		assertEquals(CliCommand.USAGE, run("stats", temp.toString(), "--colour", "red"));
		assertTrue(err().contains("unknown option --colour"), err());
	}

	@Test
	void notAProjectIsAFailureNamingTheFolder() {
		assertEquals(CliCommand.FAILED, run("stats", temp.toString()));
		assertTrue(err().contains(temp + " is not a Tagbench project"), err());
	}
}
