package org.tagbench.store.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.tagbench.model.BoundingBox;
import org.tagbench.model.DataItem;
import org.tagbench.model.ItemStatus;
import org.tagbench.store.testing.TestProjects;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;

/**
 * The process {@link CrashSafetyTest} kills: commits labels as fast as it can, printing "ok ID ROUND" after
 * each commit returned, and rewrites the project definition now and then.
 *
 * <pre>CrashWriter &lt;project folder&gt; &lt;round&gt; &lt;first item index&gt;</pre>
 */
public final class CrashWriter {

	private CrashWriter() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		int round = Integer.parseInt(args[1]);
		int first = Integer.parseInt(args[2]);
		PrintStream out = System.out;
		try (LocalProjectStore store = LocalProjectStore.open(folder)) {
			List<ItemSummary> items = store.items(ItemQuery.all(), 0, Integer.MAX_VALUE);
			for (int n = 0;; n++) {
				ItemSummary summary = items.get((first + n) % items.size());
				DataItem item = store.item(summary.id()).orElseThrow();
				item.getAnnotations().clear();
				// the round is written into every coordinate, so the reader can tell which commit it sees
				for (int b = 0; b < 3; b++) {
					BoundingBox box = TestProjects.box(store.project().getLabelClasses().get(b % 2), round, round, b + 1, round);
					item.getAnnotations().add(box);
				}
				item.setStatus(ItemStatus.LABELED);
				item.setTimeSpentMillis(round);
				store.commit(item);
				out.println("ok " + item.getId() + " " + round);
				out.flush();
				if (n % 25 == 24) {
					store.project().setDescription("round " + round + " commit " + n);
					store.saveProject();
				}
			}
		}
	}
}
