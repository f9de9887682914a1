package org.tagbench.ui.labeling;

/**
 * An editor that can show its project's instructions: the Show Instructions command
 * ({@code org.tagbench.ui.labeling.commands.showInstructions}, Ctrl+I or F1) calls it on the active part.
 */
public interface InstructionsShowing {

	/** Shows the instructions again, even when they were seen. */
	void showInstructions();
}
