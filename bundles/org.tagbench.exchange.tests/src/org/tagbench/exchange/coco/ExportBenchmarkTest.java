package org.tagbench.exchange.coco;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ExportBenchmark} inside OSGi when asked: {@code -Dtagbench.benchmark=true} in
 * {@code tagbench.test.vmargs}. It prints figures and asserts nothing (figures live in benchmarks, not timed tests).
 */
class ExportBenchmarkTest {

	@TempDir
	Path temp;

	@Test
	@EnabledIfSystemProperty(named = "tagbench.benchmark", matches = "true")
	void exportBenchmark() throws Exception {
		ExportBenchmark.run(temp, Integer.getInteger("tagbench.benchmark.images", 100_000),
				Integer.getInteger("tagbench.benchmark.boxes", 10));
	}
}
