package org.tagbench.ui.classification;

import java.util.Arrays;
import java.util.Optional;

/** How many images a page of the classification editor shows, and in which shape. */
public enum GridSize {
	ONE(1, 1), FOUR(2, 2), SIX(3, 2), NINE(3, 3);

	private final int columns;
	private final int rows;

	GridSize(int columns, int rows) {
		this.columns = columns;
		this.rows = rows;
	}

	public int columns() {
		return columns;
	}

	public int rows() {
		return rows;
	}

	/** Images per page: 1, 4, 6 or 9. */
	public int tiles() {
		return columns * rows;
	}

	/** The grid with {@code tiles} images per page, as written in preferences and command parameters. */
	public static Optional<GridSize> ofTiles(int tiles) {
		return Arrays.stream(values()).filter(size -> size.tiles() == tiles).findFirst();
	}

	/** Like {@link #ofTiles(int)} for text ("4"); anything else is empty. */
	public static Optional<GridSize> parse(String tiles) {
		try {
			return tiles == null ? Optional.empty() : ofTiles(Integer.parseInt(tiles.trim()));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/**
	 * The bounds {x, y, width, height} of tile {@code index} in an area of {@code width} × {@code height}
	 * pixels, with {@code gap} pixels between and around tiles.
	 */
	public int[] tileBounds(int index, int width, int height, int gap) {
		int tileWidth = Math.max(1, (width - gap * (columns + 1)) / columns);
		int tileHeight = Math.max(1, (height - gap * (rows + 1)) / rows);
		int column = index % columns;
		int row = index / columns;
		return new int[] { gap + column * (tileWidth + gap), gap + row * (tileHeight + gap), tileWidth, tileHeight };
	}

	/** The tile under the point (x, y) of such an area, or -1 (a gap or outside). */
	public int tileAt(int x, int y, int width, int height, int gap) {
		for (int i = 0; i < tiles(); i++) {
			int[] b = tileBounds(i, width, height, gap);
			if (x >= b[0] && x < b[0] + b[2] && y >= b[1] && y < b[1] + b[3]) {
				return i;
			}
		}
		return -1;
	}
}
