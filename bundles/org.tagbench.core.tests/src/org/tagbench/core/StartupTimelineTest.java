package org.tagbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StartupTimelineTest {

	@Test
	void formatsMillisSinceJvmStartAndSincePreviousMilestone() {
		StartupTimeline timeline = new StartupTimeline(1_000);
		timeline.mark("framework", 1_400);
		timeline.mark("application", 1_900);
		timeline.mark("window", 3_000);
		assertEquals("framework\t400\t400\napplication\t900\t500\nwindow\t2000\t1100\n", timeline.format());
		assertEquals(3, timeline.milestones().size());
		assertEquals(new StartupTimeline.Milestone("window", 2_000), timeline.milestones().get(2));
	}
}
