package org.tagbench.ui.team;

import org.tagbench.ui.views.ListedProject;

/**
 * A team project in the Projects view: its login (no password), name, type and progress as the server gave them,
 * or why the server could not be asked.
 */
public record TeamProjectRow(TeamLogin login, String title, String type, long done, long total, String problem)
		implements ListedProject {

	/** The name with the team marker. */
	@Override
	public String name() {
		return title + " (team)";
	}
}
