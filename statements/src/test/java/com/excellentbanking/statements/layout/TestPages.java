package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds pages of positioned words from literal text for layout tests: each cell is
 * placed at an x position and split into words of 5 points per character, 10-point type.
 */
final class TestPages {

	static final double CHAR = 5;

	static final double SIZE = 10;

	private final List<Page> pages = new ArrayList<>();

	private List<Word> words = new ArrayList<>();

	private int page = 1;

	static TestPages start() {
		return new TestPages();
	}

	/** A line at height {@code y}: alternating x positions and cell texts. */
	TestPages line(double y, Object... cells) {
		for (int i = 0; i + 1 < cells.length; i += 2) {
			double x = ((Number) cells[i]).doubleValue();
			String text = (String) cells[i + 1];
			this.words.addAll(cell(x, y, text, this.page));
		}
		return this;
	}

	/** A cell whose text ends at {@code x1}, as right-aligned amounts do. */
	static Object[] right(double x1, String text) {
		return new Object[] { x1 - text.length() * CHAR, text };
	}

	TestPages lineRight(double y, Object... cells) {
		List<Object> flat = new ArrayList<>();
		for (Object cell : cells) {
			if (cell instanceof Object[] pair) {
				flat.add(pair[0]);
				flat.add(pair[1]);
			}
			else {
				flat.add(cell);
			}
		}
		return line(y, flat.toArray());
	}

	TestPages nextPage() {
		this.pages.add(new Page(this.page, 600, 850, this.words));
		this.words = new ArrayList<>();
		this.page++;
		return this;
	}

	List<Page> pages() {
		List<Page> result = new ArrayList<>(this.pages);
		if (!this.words.isEmpty()) {
			result.add(new Page(this.page, 600, 850, this.words));
		}
		return result;
	}

	static List<Word> cell(double x, double y, String text, int page) {
		List<Word> words = new ArrayList<>();
		double cursor = x;
		for (String part : text.split(" ")) {
			if (part.isEmpty()) {
				cursor += CHAR;
				continue;
			}
			double width = part.length() * CHAR;
			words.add(new Word(part, cursor, y - SIZE, cursor + width, y, page));
			cursor += width + CHAR;
		}
		return words;
	}

}
