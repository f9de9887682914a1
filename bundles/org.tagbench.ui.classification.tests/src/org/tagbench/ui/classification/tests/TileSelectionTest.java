package org.tagbench.ui.classification.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tagbench.ui.classification.GridSize;
import org.tagbench.ui.classification.internal.TileSelection;

/** The selection rules of the grid, without a display. */
class TileSelectionTest {

	private final TileSelection selection = new TileSelection();

	@Test
	void aNewPageSelectsItsFirstTile() {
		selection.reset(6, 3);
		assertEquals(List.of(0), selection.selected());
		selection.reset(0, 3);
		assertEquals(List.of(), selection.selected());
	}

	@Test
	void clickSelectsOneCtrlClickTogglesShiftClickSelectsTheRangeFromTheAnchor() {
		selection.reset(9, 3);
		selection.click(4, false, false);
		assertEquals(List.of(4), selection.selected());
		selection.click(6, true, false);
		assertEquals(List.of(4, 6), selection.selected());
		selection.click(4, true, false);
		assertEquals(List.of(6), selection.selected());
		selection.click(2, false, true); // anchor is 4 (last Ctrl+click)
		assertEquals(List.of(2, 3, 4), selection.selected());
		selection.click(8, true, true); // Ctrl+Shift adds the range 4..8
		assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), selection.selected());
		selection.click(12, false, false); // outside the page: ignored
		assertEquals(7, selection.selected().size());
	}

	@Test
	void arrowsMoveByTilesAndRowsShiftExtendsCtrlOnlyMovesTheFocus() {
		selection.reset(6, GridSize.SIX.columns());
		selection.move(1, 0, false, false);
		assertEquals(List.of(1), selection.selected());
		selection.move(0, 1, false, false);
		assertEquals(List.of(4), selection.selected());
		selection.move(0, 1, false, false); // no row below: stays
		assertEquals(List.of(4), selection.selected());
		selection.move(-1, 0, false, true);
		assertEquals(List.of(3, 4), selection.selected());
		selection.move(-2, 0, true, false);
		assertEquals(1, selection.focus());
		assertEquals(List.of(3, 4), selection.selected());
		selection.toggleFocus();
		assertEquals(List.of(1, 3, 4), selection.selected());
		selection.selectAll();
		assertEquals(List.of(0, 1, 2, 3, 4, 5), selection.selected());
	}

	@Test
	void gridSizesHaveTheirShapesAndFindTilesUnderAPoint() {
		assertEquals(List.of(1, 4, 6, 9), List.of(GridSize.ONE.tiles(), GridSize.FOUR.tiles(), GridSize.SIX.tiles(),
				GridSize.NINE.tiles()));
		assertEquals(GridSize.SIX, GridSize.parse("6").orElseThrow());
		assertEquals(true, GridSize.parse("5").isEmpty());
		assertEquals(true, GridSize.parse("x").isEmpty());
		// 3 × 2 in 310 × 210 with gaps of 10: tiles of 90 × 90
		int[] b = GridSize.SIX.tileBounds(4, 310, 210, 10);
		assertEquals(List.of(110, 110, 90, 90), List.of(b[0], b[1], b[2], b[3]));
		assertEquals(4, GridSize.SIX.tileAt(150, 150, 310, 210, 10));
		assertEquals(-1, GridSize.SIX.tileAt(105, 150, 310, 210, 10), "a gap");
		assertEquals(0, GridSize.ONE.tileAt(150, 100, 310, 210, 10));
	}
}
