package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Groups a line's words into runs separated by gaps wider than a word space. */
final class Phrases {

	/**
	 * A word space is about a quarter of an em; columns are usually two ems or more
	 * apart. One em sits safely between the two.
	 */
	static final double GAP_EMS = 1.0;

	private Phrases() {
	}

	static List<List<Word>> of(List<Word> words, double size) {
		List<List<Word>> phrases = new ArrayList<>();
		List<Word> current = new ArrayList<>();
		for (Word word : words) {
			if (!current.isEmpty() && word.x0() - current.get(current.size() - 1).x1() > GAP_EMS * size) {
				phrases.add(current);
				current = new ArrayList<>();
			}
			current.add(word);
		}
		if (!current.isEmpty()) {
			phrases.add(current);
		}
		return phrases;
	}

	static String text(List<Word> words) {
		return words.stream().map(Word::text).collect(Collectors.joining(" "));
	}

}
