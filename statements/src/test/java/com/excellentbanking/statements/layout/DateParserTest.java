package com.excellentbanking.statements.layout;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "31.12.2024|31|12|2024", "2024-12-31|31|12|2024", "3 avr. 25|3|4|2025", "1 avril 2025|1|4|2025",
					"2 okt|2|10|", "12 Mär 2024|12|3|2024", "15. März 2025|15|3|2025", "3 de marzo de 2025|3|3|2025",
					"Jul 2|2|7|", "July 2, 2025|2|7|2025", "12JAN25|12|1|2025", "12-Jan-2025|12|1|2025",
					"5 mei 2024|5|5|2024", "7 giu 2024|7|6|2024", "9 dez. 2024|9|12|2024", "01 AUG 23|1|8|2023",
					"4 juil.|4|7|", "22.10|22|10|" })
	void readsDatesWhoseOrderIsKnown(String text, int day, int month, Integer year) {
		DateToken token = DateParser.parse(text).orElseThrow();
		assertThat(token.day(false)).isEqualTo(day);
		assertThat(token.month(false)).isEqualTo(month);
		assertThat(token.day(true)).isEqualTo(day);
		assertThat(token.year()).isEqualTo(year);
	}

	@Test
	void numericDatesWithSlashesKeepBothReadings() {
		DateToken token = DateParser.parse("03/04/2024").orElseThrow();
		assertThat(token.ambiguousOrder()).isTrue();
		assertThat(token.day(false)).isEqualTo(3);
		assertThat(token.day(true)).isEqualTo(4);
		assertThat(DateParser.parse("31/01").orElseThrow().forcesMonthFirst()).isFalse();
		assertThat(DateParser.parse("01/31/25").orElseThrow().forcesMonthFirst()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "4.20", "12.50", "1,234.56", "PAYNOW 9081038", "Page 1 of 3", "32/01/2024", "13.13.2024",
			"Total 12", "SGD 15,450.75" })
	void refusesWhatIsNotADate(String text) {
		assertThat(DateParser.parse(text)).isEmpty();
	}

	@Test
	void leadingDateCountsTheWordsItUses() {
		DateToken token = DateParser.parseLeading(List.of("03", "avr.", "25", "METRO")).orElseThrow();
		assertThat(token.wordsUsed()).isEqualTo(3);
		assertThat(DateParser.parseLeading(List.of("02/07PAYMENT"))).isEmpty();
	}

}
