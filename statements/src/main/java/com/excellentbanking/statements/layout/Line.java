package com.excellentbanking.statements.layout;

import java.util.List;
import java.util.stream.Collectors;

/** Words that share a baseline, left to right. */
public record Line(int page, List<Word> words, double baseline, double top) {

	public Line {
		words = List.copyOf(words);
	}

	public String text() {
		return this.words.stream().map(Word::text).collect(Collectors.joining(" "));
	}

	public double x0() {
		return this.words.get(0).x0();
	}

	public double x1() {
		return this.words.stream().mapToDouble(Word::x1).max().orElse(0);
	}

	/** The line's typical word height, about its font size. */
	public double size() {
		double[] heights = this.words.stream().mapToDouble(Word::height).sorted().toArray();
		return heights[heights.length / 2];
	}

	/**
	 * Runs of words closer together than a column gap: a cell's text ("10 662,91 $",
	 * "Balance Brought Forward") stays whole, neighbouring columns fall apart.
	 */
	public List<List<Word>> phrases() {
		return Phrases.of(this.words, size());
	}

}
