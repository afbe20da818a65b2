package com.excellentbanking.statements.layout;

/**
 * A word placed on a page, in points from the page's top-left corner (y grows downwards).
 * {@code y1} is the baseline, {@code y0 - y1} about the font size, so layout rules can
 * measure distances in "ems" whether the words came from a PDF's text layer or from OCR.
 */
public record Word(String text, double x0, double y0, double x1, double y1, int page) {

	public Word {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A word needs text");
		}
		if (x1 < x0 || y1 < y0) {
			throw new IllegalArgumentException("A word's box must not be inverted: " + text);
		}
	}

	public double height() {
		return Math.max(this.y1 - this.y0, 0.1);
	}

	public double width() {
		return this.x1 - this.x0;
	}

	public double centerX() {
		return (this.x0 + this.x1) / 2;
	}

	public boolean overlapsHorizontally(Word other) {
		return this.x0 < other.x1 && other.x0 < this.x1;
	}

}
