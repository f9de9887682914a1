package org.tagbench.ui.labeling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tagbench.ui.labeling.internal.DetailTiles;

/** Which resolution the detail of a huge image is decoded at, for a view scale and an overview step. */
class DetailTilesTest {

	@Test
	void detailOnlyWhenTheOverviewIsTooCoarseAndNeverFinerThanTheScreen() {
		assertEquals(0, DetailTiles.stepFor(0.1, 5), "fitted: the overview (every 5th pixel) is enough");
		assertEquals(0, DetailTiles.stepFor(0.2, 5), "one overview pixel per screen pixel");
		assertEquals(4, DetailTiles.stepFor(0.25, 5), "every 4th pixel at 25 %");
		assertEquals(2, DetailTiles.stepFor(0.4, 5));
		assertEquals(1, DetailTiles.stepFor(1, 5), "full resolution at 100 %");
		assertEquals(1, DetailTiles.stepFor(8, 5), "and beyond");
		assertEquals(0, DetailTiles.stepFor(8, 1), "a fully decoded image needs no detail");
		assertEquals(2, DetailTiles.stepFor(0.4, 3), "finer than the overview, not its own step");
	}
}
