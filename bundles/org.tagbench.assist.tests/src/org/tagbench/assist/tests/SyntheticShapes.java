package org.tagbench.assist.tests;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small generated data set: one shape per image (class 0 disc, 1 square, 2 triangle, 3 cross) in a
 * random colour, size and position on a noisy background of another random colour. Colour carries no
 * information about the class, so a head must learn shape (gradients and layout).
 */
final class SyntheticShapes {

	static final int CLASSES = 4;

	final List<BufferedImage> images = new ArrayList<>();
	final List<Integer> classes = new ArrayList<>();

	SyntheticShapes(int count, long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < count; i++) {
			int shape = i % CLASSES;
			images.add(draw(shape, random));
			classes.add(shape);
		}
	}

	int[] classArray() {
		return classes.stream().mapToInt(Integer::intValue).toArray();
	}

	private static BufferedImage draw(int shape, Random random) {
		int size = 72;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(random.nextInt(120), random.nextInt(120), random.nextInt(120)));
		g.fillRect(0, 0, size, size);
		for (int k = 0; k < 60; k++) { // speckle noise
			g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
			g.fillRect(random.nextInt(size), random.nextInt(size), 1, 1);
		}
		g.setColor(new Color(135 + random.nextInt(120), 135 + random.nextInt(120), 135 + random.nextInt(120)));
		int s = 28 + random.nextInt(20);
		int x = random.nextInt(size - s);
		int y = random.nextInt(size - s);
		switch (shape) {
		case 0 -> g.fillOval(x, y, s, s);
		case 1 -> g.fillRect(x, y, s, s);
		case 2 -> g.fillPolygon(new int[] { x, x + s, x + s / 2 }, new int[] { y + s, y + s, y }, 3);
		default -> {
			int t = s / 3;
			g.fillRect(x + t, y, t, s);
			g.fillRect(x, y + t, s, t);
		}
		}
		g.dispose();
		return image;
	}
}
