package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineBuilderTest {

	@Test
	void wordsOnOneBaselineFormALineLeftToRight() {
		List<Word> words = new ArrayList<>();
		words.addAll(TestPages.cell(300, 100.4, "-19,25 €", 1));
		words.addAll(TestPages.cell(50, 100, "2 okt", 1));
		words.addAll(TestPages.cell(50, 112, "NL97PARK7122682547", 1));

		List<Line> lines = LineBuilder.build(words);

		assertThat(lines).extracting(Line::text).containsExactly("2 okt -19,25 €", "NL97PARK7122682547");
	}

	@Test
	void overlappingTextAPointApartStaysOnSeparateLines() {
		// A footer printed 1.5 pt above a table row, both starting at x = 40.
		List<Word> words = new ArrayList<>();
		words.addAll(TestPages.cell(40, 794.9, "No rights can be derived", 1));
		words.addAll(TestPages.cell(40, 796.4, "22 okt", 1));
		words.addAll(TestPages.cell(246, 796.4, "OVERSCHRIJVING", 1));
		words.addAll(TestPages.cell(500, 796.4, "-25,75", 1));

		List<Line> lines = LineBuilder.build(words);

		assertThat(lines).extracting(Line::text)
			.containsExactly("No rights can be derived", "22 okt OVERSCHRIJVING -25,75");
	}

	@Test
	void phrasesSplitAtColumnGapsButNotAtWordSpaces() {
		Line line = LineBuilder.build(TestPages.cell(50, 100, "10 662,91 $", 1)).get(0);
		assertThat(line.phrases()).hasSize(1);
		List<Word> two = new ArrayList<>(TestPages.cell(50, 100, "METRO EPICERIE", 1));
		two.addAll(TestPages.cell(300, 100, "87,09 $", 1));
		assertThat(LineBuilder.build(two).get(0).phrases()).extracting(Phrases::text)
			.containsExactly("METRO EPICERIE", "87,09 $");
	}

}
