package org.tagbench.store.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.model.Annotation;
import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelingProject;
import org.tagbench.model.ProjectType;
import org.tagbench.store.testing.OtherProcess;
import org.tagbench.store.testing.TestProjects;
import org.tagbench.store.VerifyReport;

/**
 * Kills a process that is committing labels (SIGKILL, at random moments, many times) and checks that every
 * commit it had reported as done is there afterwards, that the project opens, and that the store verifies.
 */
class CrashSafetyTest {

	private static final int ROUNDS = 25;

	@TempDir
	Path temp;

	@Test
	void killedWriterLosesNoCommittedLabel() throws Exception {
		Path folder = temp.resolve("project");
		LabelingProject project = TestProjects.project(ProjectType.BOUNDING_BOX, "cat", "dog");
		try (LocalProjectStore store = LocalProjectStore.create(folder, project)) {
			store.addItems(TestProjects.items(project, 400));
		}
		String classpath = OtherProcess.classpath("org.tagbench.store.local.tests");
		Random random = new Random(20261128);
		Map<String, Integer> lastAcknowledgedRound = new HashMap<>();
		long acknowledged = 0;
		int next = 0;
		for (int round = 1; round <= ROUNDS; round++) {
			Process writer = OtherProcess.java(classpath, CrashWriter.class,
					folder.toString(), Integer.toString(round), Integer.toString(next))
					.redirectError(temp.resolve("writer-" + round + ".err").toFile()).start();
			List<String> lines = new ArrayList<>();
			Thread reader = new Thread(() -> readLines(writer, lines));
			reader.start();
			// let it open the store and commit for a while, then kill it wherever it is
			long killAfter = 150 + random.nextInt(600);
			waitForFirstLine(lines, writer, round);
			Thread.sleep(killAfter);
			writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
			assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
			reader.join(10_000);
			synchronized (lines) {
				for (String line : lines) {
					String[] words = line.split(" ");
					if (words.length == 3 && words[0].equals("ok")) {
						lastAcknowledgedRound.put(words[1], Integer.parseInt(words[2]));
						acknowledged++;
					}
				}
				next += lines.size();
			}
			checkStore(folder, lastAcknowledgedRound, round);
		}
		assertTrue(acknowledged > ROUNDS * 5L, "the writer committed too little to test anything: " + acknowledged);
		System.out.println("crash test: " + ROUNDS + " kills, " + acknowledged + " acknowledged commits, all present");
	}

	/** Every acknowledged commit is there: the item shows that round's labels, or a later round's. */
	private static void checkStore(Path folder, Map<String, Integer> lastAcknowledgedRound, int round) throws Exception {
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			VerifyReport report = store.verify();
			assertTrue(report.ok(), "after kill " + round + ": " + report.problems());
			for (Map.Entry<String, Integer> entry : lastAcknowledgedRound.entrySet()) {
				DataItem item = store.item(entry.getKey()).orElseThrow();
				assertEquals(ItemStatus.LABELED, item.getStatus(), entry.getKey());
				assertEquals(3, item.getAnnotations().size(), "after kill " + round + ", item " + entry.getKey());
				int seen = (int) ((BoundingBox) item.getAnnotations().get(0)).getX();
				assertTrue(seen >= entry.getValue() && seen <= round,
						"after kill " + round + ", item " + entry.getKey() + " shows round " + seen
								+ " but round " + entry.getValue() + " was acknowledged");
				for (Annotation annotation : item.getAnnotations()) {
					assertEquals(seen, (int) ((BoundingBox) annotation).getY(), "a commit is all or nothing");
				}
			}
		}
	}

	private static void waitForFirstLine(List<String> lines, Process writer, int round) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			synchronized (lines) {
				if (!lines.isEmpty()) {
					return;
				}
			}
			if (!writer.isAlive()) {
				throw new AssertionError("the writer of round " + round + " exited with " + writer.exitValue());
			}
			Thread.sleep(10);
		}
		throw new AssertionError("the writer of round " + round + " committed nothing in 30 s");
	}

	private static void readLines(Process writer, List<String> lines) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.startsWith("ok ")) {
					synchronized (lines) {
						lines.add(line);
					}
				}
			}
		} catch (IOException e) {
			// the process was killed mid-line: the partial line is not an acknowledgement
		}
	}
}
