package org.tagbench.exchange.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as written to and read from text formats. */
public final class Numbers {

	private Numbers() {
	}

	/** Plain decimal text (never exponent notation), rounded to 10 decimal places, no trailing zeros. */
	public static String format(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("not a finite number: " + value);
		}
		String text = BigDecimal.valueOf(value).setScale(10, RoundingMode.HALF_EVEN).stripTrailingZeros()
				.toPlainString();
		return text.equals("-0") ? "0" : text;
	}

	/** The finite number {@code text} holds, or null. */
	public static Double parse(String text) {
		try {
			double value = Double.parseDouble(text.trim());
			return Double.isFinite(value) ? value : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
