package org.tagbench.ui.dashboard.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.tagbench.store.ItemOrder;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ItemSummary;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.local.LocalProjectStore;
import org.tagbench.ui.dashboard.DashboardEditor;
import org.tagbench.ui.dashboard.DashboardEditorInput;
import org.tagbench.ui.dashboard.ItemPages;
import org.tagbench.ui.dashboard.ItemTable;
import org.tagbench.ui.dashboard.ProjectFigures;
import org.tagbench.ui.testing.UiTestSupport;

/**
 * Benchmark, not a test (its name does not end in Test, so builds skip it): the dashboard on a synthetic
 * project of 500,000 items. Prints figures; asserts nothing about time. Run (about 3 minutes; the project is
 * kept in {@code target/bench-dashboard} and reused):
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -o verify -Dtest=DashboardScrollBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false \
 *     -pl features/org.tagbench.feature,features/org.tagbench.rcp.feature,bundles/org.tagbench.ui.dashboard.tests -am
 * </pre>
 *
 * {@code -Dtagbench.bench.items=N} changes the size.
 */
class DashboardScrollBenchmark {

	private static final int JUMPS = 60;
	private static final int PAGE_DOWNS = 100;

	@Test
	void scrollTheItemListOfALargeProject() throws Exception {
		int items = Integer.getInteger("tagbench.bench.items", 500_000);
		Path folder = Path.of(System.getProperty("user.dir"), "target", "bench-dashboard", "p" + items);
		if (!Files.exists(folder.resolve("project.tagbench"))) {
			long start = System.nanoTime();
			SyntheticProjects.create(folder, "Benchmark " + items, items).close();
			print(String.format("create %,d items (a label on each item not unlabeled, every 5th a pre-label too)",
					items), millis(start) / 1000.0, "s");
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		shell.setBounds(0, 0, 1400, 900);
		System.gc();
		long heapBefore = usedHeap();

		long start = System.nanoTime();
		DashboardEditor dashboard = (DashboardEditor) page.openEditor(new DashboardEditorInput(folder, null),
				DashboardEditor.ID);
		join(display, dashboard.listJob());
		ItemPages pages = dashboard.pages();
		UiTestSupport.waitUntil(display, 60_000, () -> pages.get(0) != null);
		UiTestSupport.flush(display);
		print("open the dashboard until the first rows are painted", millis(start), "ms");
		UiTestSupport.waitUntil(display, 60_000, () -> dashboard.figures().refreshedAt() != 0);
		print("open until the status and class charts are shown", millis(start), "ms");
		join(display, dashboard.refreshJob());
		print("open until the labelers' figures are shown (one pass over every item)", millis(start), "ms");

		ViewportLayer viewport = dashboard.itemTable().viewportLayer();
		int visible = viewport.getRowCount();
		Random random = new Random(42);
		double[] jumps = randomJumps(display, dashboard, items, random);
		print(String.format("jump to a random row (like a scrollbar drag), %d jumps, %d rows visible, median", JUMPS,
				visible), median(jumps), "ms");
		print("  same, 95th percentile", percentile(jumps, 0.95), "ms");

		double[] pageDowns = new double[PAGE_DOWNS];
		int top = items / 2;
		for (int i = 0; i < PAGE_DOWNS; i++) {
			top += visible;
			long t = System.nanoTime();
			dashboard.itemTable().natTable().doCommand(new ShowRowInViewportCommand(top + visible - 1));
			waitPainted(display, dashboard, pages);
			pageDowns[i] = millis(t);
		}
		print(String.format("page down, %d pages in a row from the middle, median", PAGE_DOWNS), median(pageDowns), "ms");
		print("  same, 95th percentile", percentile(pageDowns, 0.95), "ms");
		System.gc();
		print(String.format("heap held with the dashboard open (%d pages kept)", pages.loadedPages()),
				(usedHeap() - heapBefore) / 1024.0 / 1024.0, "MiB");

		// sorted by path, by the store: a real click on the Path header, then jumps in that order
		NatTable natTable = dashboard.itemTable().natTable();
		Rectangle pathHeader = natTable.getBoundsByPosition(ItemTable.PATH_COLUMN + 1, 0);
		start = System.nanoTime();
		UiTestSupport.click(natTable, pathHeader.x + pathHeader.width / 2, pathHeader.y + pathHeader.height / 2);
		join(display, dashboard.listJob());
		waitPainted(display, dashboard, pages);
		if (dashboard.itemTable().requestedSort() != ItemPages.Sort.PATH) {
			throw new AssertionError("the click on the Path header did not sort: " + dashboard.itemTable().requestedSort());
		}
		print("sort by path: click the Path header until the shown rows are painted", millis(start), "ms");
		double[] sortedJumps = randomJumps(display, dashboard, items, random);
		print(String.format("  then jump to a random row in path order, %d jumps, median", JUMPS), median(sortedJumps), "ms");
		print("  same, 95th percentile", percentile(sortedJumps, 0.95), "ms");

		// the store side alone: one page of the prefetch size at random offsets
		try (ProjectStore store = LocalProjectStore.open(folder)) {
			for (ItemOrder order : List.of(ItemOrder.PROJECT, ItemOrder.ascending(ItemOrder.Key.PATH),
					ItemOrder.descending(ItemOrder.Key.PATH), ItemOrder.ascending(ItemOrder.Key.PIXELS),
					ItemOrder.descending(ItemOrder.Key.PIXELS))) {
				double[] reads = new double[50];
				for (int i = 0; i < reads.length; i++) {
					long offset = random.nextInt(items - 200);
					long t = System.nanoTime();
					store.items(ItemQuery.all(), order, offset, 200);
					reads[i] = millis(t);
				}
				print("store: a page of 200 at a random offset, " + describe(order) + ", median", median(reads), "ms");
				print("  same, 95th percentile", percentile(reads, 0.95), "ms");
			}
			double[] labels = new double[50];
			for (int i = 0; i < labels.length; i++) {
				List<String> ids = store.items(ItemQuery.all(), random.nextInt(items - 200), 200).stream()
						.map(ItemSummary::id).toList();
				long t = System.nanoTime();
				store.labelsOf(ids);
				labels[i] = millis(t);
			}
			print("store: classes and labelers of such a page (labelsOf, the Classes/Labelers columns), median",
					median(labels), "ms");
			double[] polls = new double[200];
			for (int i = 0; i < polls.length; i++) {
				long t = System.nanoTime();
				store.changesByOtherProcesses();
				polls[i] = millis(t);
			}
			print("store: the live-update poll when nothing changed (changesByOtherProcesses), median", median(polls), "ms");
			long t = System.nanoTime();
			ProjectFigures counts = ProjectFigures.counts(store);
			print("store: counts by status and class", millis(t), "ms");
			t = System.nanoTime();
			counts.withLabelers(store, new NullProgressMonitor());
			print("store: labelers' pass over every item", millis(t), "ms");
		}
		page.closeAllEditors(false);
	}

	/** Jumps to random rows (like a scrollbar drag), each until painted; the time of each. */
	private static double[] randomJumps(Display display, DashboardEditor dashboard, int items, Random random) {
		int visible = dashboard.itemTable().viewportLayer().getRowCount();
		double[] jumps = new double[JUMPS];
		for (int i = 0; i < JUMPS; i++) {
			int target = random.nextInt(items - visible);
			long t = System.nanoTime();
			dashboard.itemTable().natTable().doCommand(new ShowRowInViewportCommand(target + visible - 1));
			dashboard.itemTable().natTable().doCommand(new ShowRowInViewportCommand(target));
			waitPainted(display, dashboard, dashboard.pages());
			jumps[i] = millis(t);
		}
		return jumps;
	}

	private static String describe(ItemOrder order) {
		return order.key() == ItemOrder.Key.PROJECT ? "project order"
				: "by " + order.key().name().toLowerCase() + (order.descending() ? " descending" : "");
	}

	/** Until every visible row's page is read and the table has painted. */
	private static void waitPainted(Display display, DashboardEditor dashboard, ItemPages pages) {
		ViewportLayer viewport = dashboard.itemTable().viewportLayer();
		long first = viewport.getRowIndexByPosition(0);
		long last = viewport.getRowIndexByPosition(viewport.getRowCount() - 1);
		UiTestSupport.waitUntil(display, 30_000, () -> pages.get(first) != null && pages.get(last) != null);
		dashboard.itemTable().natTable().redraw();
		dashboard.itemTable().natTable().update();
	}

	private static void join(Display display, Job job) throws InterruptedException {
		while (job != null && !job.join(20, null)) {
			UiTestSupport.flush(display);
		}
		UiTestSupport.flush(display);
	}

	private static double millis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}

	private static double median(double[] values) {
		return percentile(values, 0.5);
	}

	private static double percentile(double[] values, double p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static void print(String what, double value, String unit) {
		System.out.printf("BENCH %-95s %,10.1f %s%n", what, value, unit);
	}
}
