package org.tagbench.assist;

/**
 * The pixel values a user-supplied SavedModel backbone expects (a SavedModel does not record it): RGB channels
 * 0–255 mapped linearly onto this range.
 */
public enum InputRange {
	/** 0 to 1 (TensorFlow Hub's image feature-vector models). */
	ZERO_TO_ONE("0..1", 1f / 255, 0f),
	/** 0 to 255, as the pixels are (Keras models with their preprocessing built in, e.g. EfficientNet). */
	ZERO_TO_255("0..255", 1f, 0f),
	/** -1 to 1 (Keras MobileNet and Inception preprocessing). */
	MINUS_ONE_TO_ONE("-1..1", 2f / 255, -1f);

	private final String label;
	private final float scale;
	private final float offset;

	InputRange(String label, float scale, float offset) {
		this.label = label;
		this.scale = scale;
		this.offset = offset;
	}

	/** How people write it (and how the preference stores it): "0..1", "0..255", "-1..1". */
	public String label() {
		return label;
	}

	/** value = channel × scale + offset. */
	public float scale() {
		return scale;
	}

	public float offset() {
		return offset;
	}

	/** The range written as {@link #label()} or as the constant's name; null and blank mean 0..1. */
	public static InputRange parse(String text) throws AssistException {
		if (text == null || text.isBlank()) {
			return ZERO_TO_ONE;
		}
		for (InputRange range : values()) {
			if (range.label.equals(text.strip()) || range.name().equalsIgnoreCase(text.strip())) {
				return range;
			}
		}
		throw new AssistException("Unknown input range \"" + text + "\" for the SavedModel backbone: write 0..1, 0..255 or -1..1.");
	}
}
