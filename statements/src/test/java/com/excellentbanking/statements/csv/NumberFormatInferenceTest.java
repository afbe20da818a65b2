package com.excellentbanking.statements.csv;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberFormatInferenceTest {

	@Test
	void oneTellingValueDecidesTheWholeColumn() {
		assertThat(NumberFormatInference.decimalSeparator(List.of("1,234", "5", "12,50"))).contains(',');
		assertThat(NumberFormatInference.decimalSeparator(List.of("1,234", "5", "12.50"))).contains('.');
	}

	@Test
	void bothSeparatorsInOneValueTellTheLastIsDecimal() {
		assertThat(NumberFormatInference.decimalSeparator(List.of("1.234,56"))).contains(',');
		assertThat(NumberFormatInference.decimalSeparator(List.of("1,234.56"))).contains('.');
	}

	@Test
	void repeatedSeparatorIsThousands() {
		assertThat(NumberFormatInference.decimalSeparator(List.of("1.234.567"))).contains(',');
	}

	@Test
	void ambiguousOrIntegerColumnsDoNotDecide() {
		assertThat(NumberFormatInference.decimalSeparator(List.of("1,234", "2.345", "12"))).isEmpty();
	}

	@Test
	void datesDoNotVote() {
		assertThat(NumberFormatInference.decimalSeparator(List.of("18.09.2017", "19.09.2017"))).isEmpty();
	}

}
