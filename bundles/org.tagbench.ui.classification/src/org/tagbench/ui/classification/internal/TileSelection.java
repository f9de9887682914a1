package org.tagbench.ui.classification.internal;

import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which tiles of a page are selected, with file-manager rules: a click selects one tile, Ctrl+click toggles
 * one, Shift+click selects the range from the anchor, arrows move the focus (Shift+arrow extends the range).
 * Plain Java, so the rules are tested without a display.
 */
public final class TileSelection {

	private int size;
	private int columns = 1;
	private final BitSet selected = new BitSet();
	private int focus;
	private int anchor;

	/** A new page of {@code tiles} tiles laid out in {@code gridColumns} columns: the first tile is selected. */
	public void reset(int tiles, int gridColumns) {
		size = tiles;
		columns = Math.max(1, gridColumns);
		selected.clear();
		focus = 0;
		anchor = 0;
		if (size > 0) {
			selected.set(0);
		}
	}

	/** The grid changed shape; the selection is kept (tiles beyond the page are dropped). */
	public void setColumns(int gridColumns) {
		columns = Math.max(1, gridColumns);
	}

	public int size() {
		return size;
	}

	/** A click on {@code tile}: with Ctrl it toggles that tile, with Shift it selects the range from the anchor. */
	public void click(int tile, boolean ctrl, boolean shift) {
		if (tile < 0 || tile >= size) {
			return;
		}
		if (shift) {
			if (!ctrl) {
				selected.clear();
			}
			selected.set(Math.min(anchor, tile), Math.max(anchor, tile) + 1);
		} else if (ctrl) {
			selected.flip(tile);
			anchor = tile;
		} else {
			selected.clear();
			selected.set(tile);
			anchor = tile;
		}
		focus = tile;
	}

	/** Arrow keys: moves the focus by {@code dx} columns and {@code dy} rows; Shift extends, Ctrl only moves. */
	public void move(int dx, int dy, boolean ctrl, boolean shift) {
		if (size == 0) {
			return;
		}
		int target = focus + dx + dy * columns;
		if (target < 0 || target >= size) {
			return;
		}
		if (ctrl && !shift) {
			focus = target; // move without selecting, as in SWT tables; Ctrl+Space toggles
			return;
		}
		click(target, false, shift);
	}

	/** Ctrl+Space: toggles the focused tile. */
	public void toggleFocus() {
		if (size > 0) {
			selected.flip(focus);
			anchor = focus;
		}
	}

	public void selectAll() {
		selected.set(0, size);
	}

	public boolean isSelected(int tile) {
		return selected.get(tile);
	}

	public int focus() {
		return focus;
	}

	/** The selected tiles in page order. */
	public List<Integer> selected() {
		return IntStream.range(0, size).filter(selected::get).boxed().toList();
	}
}
