package org.tagbench.store.postgres;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.tagbench.store.postgres.internal.LoadTest;

/**
 * A short run of the load and fault test (the benchmark runs 20 labelers for 2 minutes): labelers commit
 * while the server is restarted, and afterwards every acknowledged commit is there exactly once.
 */
class LoadAndFaultTest {

	@Test
	void aServerRestartLosesAndDuplicatesNoCommit() throws Exception {
		LoadTest.Result result = LoadTest.run(TestServer.cluster(), 6, Duration.ofSeconds(16), 4_000, true, System.out);
		result.print(System.out);
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		assertTrue(result.restartSeconds() > 0);
		assertTrue(result.commits() > 100, "too few commits to test anything: " + result.commits());
	}
}
