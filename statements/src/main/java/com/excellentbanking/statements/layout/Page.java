package com.excellentbanking.statements.layout;

import java.util.List;

/** One page's words with the page size in points (1-based page number). */
public record Page(int number, double width, double height, List<Word> words) {

	public Page {
		words = List.copyOf(words);
	}

}
