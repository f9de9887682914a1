package org.tagbench.ui.labeling;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo and Redo of an editor's EMF command stack as the workbench's global Undo/Redo action handlers
 * (Edit menu, Ctrl+Z, Ctrl+Shift+Z), labelled with the command they would undo or redo. Call
 * {@link #update()} when the stack changes.
 */
public final class CommandStackActions {

	private final CommandStack stack;
	private final Action undo;
	private final Action redo;

	public CommandStackActions(CommandStack stack) {
		this.stack = stack;
		undo = new Action("&Undo") {
			@Override
			public void run() {
				if (stack.canUndo()) {
					stack.undo();
				}
			}
		};
		redo = new Action("&Redo") {
			@Override
			public void run() {
				if (stack.canRedo()) {
					stack.redo();
				}
			}
		};
		update();
	}

	/** Registers both as global action handlers of {@code bars} (call {@code bars.updateActionBars()} after). */
	public void install(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
	}

	/** Enables each action when the stack can run it, with the command's label ("Undo Set class cat"). */
	public void update() {
		Command undoCommand = stack.getUndoCommand();
		Command redoCommand = stack.getRedoCommand();
		undo.setEnabled(stack.canUndo());
		undo.setText(undoCommand != null ? "&Undo " + undoCommand.getLabel() : "&Undo");
		redo.setEnabled(stack.canRedo());
		redo.setText(redoCommand != null ? "&Redo " + redoCommand.getLabel() : "&Redo");
	}

	public Action undo() {
		return undo;
	}

	public Action redo() {
		return redo;
	}
}
