package org.tagbench.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Milestones of one product start, measured from the moment the JVM started, so that the
 * start-up benchmark can say where the time goes.
 */
public final class StartupTimeline {

	/** One milestone: its name and milliseconds since JVM start. */
	public record Milestone(String name, long millisSinceJvmStart) {
	}

	private final long jvmStartEpochMillis;
	private final List<Milestone> milestones = new ArrayList<>();

	/** @param jvmStartEpochMillis when the JVM started, e.g. {@code RuntimeMXBean.getStartTime()} */
	public StartupTimeline(long jvmStartEpochMillis) {
		this.jvmStartEpochMillis = jvmStartEpochMillis;
	}

	/** Records a milestone at {@code epochMillis}. */
	public synchronized void mark(String name, long epochMillis) {
		milestones.add(new Milestone(name, epochMillis - jvmStartEpochMillis));
	}

	/** Records a milestone now. */
	public void mark(String name) {
		mark(name, System.currentTimeMillis());
	}

	public synchronized List<Milestone> milestones() {
		return List.copyOf(milestones);
	}

	/**
	 * One line a milestone: {@code name<TAB>ms since JVM start<TAB>ms since previous milestone}, the
	 * format the start-up benchmark script reads.
	 */
	public synchronized String format() {
		StringBuilder text = new StringBuilder();
		long previous = 0;
		for (Milestone milestone : milestones) {
			text.append(milestone.name()).append('\t').append(milestone.millisSinceJvmStart()).append('\t')
					.append(milestone.millisSinceJvmStart() - previous).append('\n');
			previous = milestone.millisSinceJvmStart();
		}
		return text.toString();
	}
}
