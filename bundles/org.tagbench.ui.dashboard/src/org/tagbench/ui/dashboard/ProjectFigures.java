package org.tagbench.ui.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.model.Annotation;
import org.tagbench.model.AnnotationSource;
import org.tagbench.model.ItemStatus;
import org.tagbench.model.LabelClass;
import org.tagbench.store.ItemQuery;
import org.tagbench.store.ProjectStore;
import org.tagbench.store.StoreException;

/**
 * What the dashboard shows of a project at one moment: items per progress bar, annotations per class and
 * figures per labeler. Made from the store without the UI, so it can be computed in a job and tested alone.
 *
 * @param progress    items per {@link Progress} bar, in the enum's order
 * @param total       all items
 * @param classes     annotations per label class of the definition, in its order (classes no longer defined
 *                    are added at the end under their id)
 * @param labelers    one row per labeler, by name
 * @param refreshedAt when the figures were read (ms since the epoch)
 */
public record ProjectFigures(long[] progress, long total, List<ClassCount> classes, List<LabelerFigures> labelers,
		long refreshedAt) {

	/** The bars of the progress chart; "remaining" is everything not labeled yet (unlabeled or in progress). */
	public enum Progress {
		LABELED("Labeled"), SKIPPED("Skipped"), NEEDS_REVIEW("Needs review"), ACCEPTED("Accepted"),
		REJECTED("Rejected"), REMAINING("Remaining");

		private final String label;

		Progress(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public static Progress of(ItemStatus status) {
			return switch (status) {
			case LABELED -> LABELED;
			case SKIPPED -> SKIPPED;
			case NEEDS_REVIEW -> NEEDS_REVIEW;
			case ACCEPTED -> ACCEPTED;
			case REJECTED -> REJECTED;
			case UNLABELED, IN_PROGRESS -> REMAINING;
			};
		}
	}

	/** Annotations of one class; {@code colour} as "#RRGGBB" or null. */
	public record ClassCount(String id, String name, String colour, long annotations) {
	}

	/**
	 * One labeler's work: items whose latest human annotation is theirs.
	 *
	 * @param medianMillis median time spent per item, -1 when no item records its time
	 * @param itemsPerHour items per hour of recorded labeling time, NaN when no time is recorded
	 */
	public record LabelerFigures(String name, long items, long medianMillis, double itemsPerHour) {
	}

	/** All zero, not read yet ({@code refreshedAt} 0): what a dashboard shows before its first refresh. */
	public static ProjectFigures empty(List<LabelClass> labelClasses) {
		List<ClassCount> classes = new ArrayList<>();
		for (LabelClass labelClass : labelClasses) {
			classes.add(new ClassCount(labelClass.getId(), labelClass.getName(), labelClass.getColour(), 0));
		}
		return new ProjectFigures(new long[Progress.values().length], 0, List.copyOf(classes), List.of(), 0);
	}

	/** The counts (fast: three grouped queries). Labelers are left empty; see {@link #withLabelers}. */
	public static ProjectFigures counts(ProjectStore store) throws StoreException {
		Map<ItemStatus, Long> byStatus = store.countByStatus();
		long[] progress = new long[Progress.values().length];
		long total = 0;
		for (Map.Entry<ItemStatus, Long> entry : byStatus.entrySet()) {
			progress[Progress.of(entry.getKey()).ordinal()] += entry.getValue();
			total += entry.getValue();
		}
		Map<String, Long> byClass = new HashMap<>(store.countAnnotationsByClass());
		List<ClassCount> classes = new ArrayList<>();
		for (LabelClass labelClass : store.project().getLabelClasses()) {
			Long count = byClass.remove(labelClass.getId());
			classes.add(new ClassCount(labelClass.getId(), labelClass.getName(), labelClass.getColour(),
					count == null ? 0 : count));
		}
		new TreeMap<>(byClass).forEach((id, count) -> classes.add(new ClassCount(id, id + " (not defined)", null, count)));
		return new ProjectFigures(progress, total, List.copyOf(classes), List.of(), System.currentTimeMillis());
	}

	/**
	 * These counts with the labelers' figures, read by visiting every item with human annotations once (its
	 * own pass over the store, so call it with a store instance nobody waits on).
	 */
	public ProjectFigures withLabelers(ProjectStore store, IProgressMonitor monitor) throws StoreException {
		SubMonitor progressMonitor = SubMonitor.convert(monitor, "Reading labelers' work", (int) Math.min(total, Integer.MAX_VALUE));
		Map<String, long[]> times = new TreeMap<>(); // name -> [count, time values...] grown on demand
		Map<String, Integer> sizes = new HashMap<>();
		Map<String, long[]> sums = new HashMap<>(); // name -> [items, items with time, total time]
		store.forEachItem(ItemQuery.all(), item -> {
			if (progressMonitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			progressMonitor.worked(1);
			Annotation latest = null;
			for (Annotation annotation : item.getAnnotations()) {
				boolean byPerson = annotation.getSource() == AnnotationSource.HUMAN
						|| annotation.getSource() == AnnotationSource.PRELABEL_ACCEPTED;
				if (byPerson && annotation.getAuthor() != null && !annotation.getAuthor().isBlank()
						&& (latest == null || annotation.getCreatedAt() >= latest.getCreatedAt())) {
					latest = annotation;
				}
			}
			if (latest == null) {
				return;
			}
			String name = latest.getAuthor();
			long[] sum = sums.computeIfAbsent(name, n -> new long[3]);
			sum[0]++;
			long spent = item.getTimeSpentMillis();
			if (spent > 0) {
				sum[1]++;
				sum[2] += spent;
				long[] values = times.computeIfAbsent(name, n -> new long[64]);
				int size = sizes.getOrDefault(name, 0);
				if (size == values.length) {
					values = Arrays.copyOf(values, size * 2);
					times.put(name, values);
				}
				values[size] = spent;
				sizes.put(name, size + 1);
			}
		});
		List<LabelerFigures> labelers = new ArrayList<>();
		new TreeMap<>(sums).forEach((name, sum) -> {
			long median = -1;
			double perHour = Double.NaN;
			if (sum[1] > 0) {
				long[] values = Arrays.copyOf(times.get(name), sizes.get(name));
				Arrays.sort(values);
				int n = values.length;
				median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
				perHour = sum[1] * 3_600_000.0 / sum[2];
			}
			labelers.add(new LabelerFigures(name, sum[0], median, perHour));
		});
		return new ProjectFigures(progress, total, classes, List.copyOf(labelers), refreshedAt);
	}

	/** Items of one progress bar. */
	public long count(Progress bar) {
		return progress[bar.ordinal()];
	}
}
