package com.excellentbanking.statements.csv;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateFormatInferenceTest {

	@Test
	void aDayAboveTwelveDecidesDayFirst() {
		DateFormatInference.DateFormat format = infer(List.of("01/02/2018", "13/02/2018"), DateOrder.MDY);
		assertThat(format.order()).isEqualTo(DateOrder.DMY);
		assertThat(format.ambiguous()).isFalse();
		assertThat(format.parse("01/02/2018")).isEqualTo(LocalDate.of(2018, 2, 1));
	}

	@Test
	void aSecondPartAboveTwelveDecidesMonthFirst() {
		DateFormatInference.DateFormat format = infer(List.of("8/10/2016", "11/27/2013"), DateOrder.DMY);
		assertThat(format.order()).isEqualTo(DateOrder.MDY);
		assertThat(format.parse("8/10/2016")).isEqualTo(LocalDate.of(2016, 8, 10));
	}

	@Test
	void ambiguousColumnsTakeThePreferredOrderAndSaySo() {
		DateFormatInference.DateFormat format = infer(List.of("10/02/2018", "11/03/2018"), DateOrder.MDY);
		assertThat(format.order()).isEqualTo(DateOrder.MDY);
		assertThat(format.ambiguous()).isTrue();
		assertThat(infer(List.of("10/02/2018"), DateOrder.DMY).parse("10/02/2018"))
			.isEqualTo(LocalDate.of(2018, 2, 10));
	}

	@Test
	void dottedDatesAreDayFirstWithoutDoubt() {
		DateFormatInference.DateFormat format = infer(List.of("02.03.2018"), DateOrder.DMY);
		assertThat(format.ambiguous()).isFalse();
		assertThat(format.parse("02.03.2018")).isEqualTo(LocalDate.of(2018, 3, 2));
	}

	@Test
	void readsYearFirstCompactTwoDigitYearsAndTrailingTimes() {
		assertThat(infer(List.of("2019.04.19."), DateOrder.DMY).parse("2019.04.19."))
			.isEqualTo(LocalDate.of(2019, 4, 19));
		assertThat(infer(List.of("20190311"), DateOrder.DMY).parse("20190311")).isEqualTo(LocalDate.of(2019, 3, 11));
		assertThat(infer(List.of("22.02.18"), DateOrder.DMY).parse("22.02.18")).isEqualTo(LocalDate.of(2018, 2, 22));
		assertThat(infer(List.of("2018-02-25 12:34:56 +0000"), DateOrder.DMY).parse("2018-02-25 12:34:56 +0000"))
			.isEqualTo(LocalDate.of(2018, 2, 25));
		assertThat(infer(List.of("2017-04-25T03:15:53"), DateOrder.DMY).parse("2017-04-25T03:15:53"))
			.isEqualTo(LocalDate.of(2017, 4, 25));
		assertThat(infer(List.of("11/14/2020 as of 11/13/2020", "11/20/2020"), DateOrder.DMY)
			.parse("11/14/2020 as of 11/13/2020")).isEqualTo(LocalDate.of(2020, 11, 14));
	}

	@Test
	void readsMonthNamesInSeveralLanguages() {
		assertThat(infer(List.of("12-Dec-2019"), DateOrder.DMY).parse("12-Dec-2019"))
			.isEqualTo(LocalDate.of(2019, 12, 12));
		assertThat(infer(List.of("27 Feb 2018"), DateOrder.DMY).parse("27 Feb 2018"))
			.isEqualTo(LocalDate.of(2018, 2, 27));
		assertThat(infer(List.of("10 Feb 18"), DateOrder.DMY).parse("10 Feb 18")).isEqualTo(LocalDate.of(2018, 2, 10));
		assertThat(infer(List.of("Feb 27, 2018"), DateOrder.DMY).parse("Feb 27, 2018"))
			.isEqualTo(LocalDate.of(2018, 2, 27));
		assertThat(infer(List.of("3. Mär 2020"), DateOrder.DMY).parse("3. Mär 2020"))
			.isEqualTo(LocalDate.of(2020, 3, 3));
		assertThat(infer(List.of("5 mrt 2020"), DateOrder.DMY).parse("5 mrt 2020")).isEqualTo(LocalDate.of(2020, 3, 5));
		assertThat(infer(List.of("7 juil. 2020"), DateOrder.DMY).parse("7 juil. 2020"))
			.isEqualTo(LocalDate.of(2020, 7, 7));
		assertThat(infer(List.of("9-ago-2020"), DateOrder.DMY).parse("9-ago-2020")).isEqualTo(LocalDate.of(2020, 8, 9));
	}

	@Test
	void aColumnWithBothPartsAboveTwelveIsNotDates() {
		assertThat(DateFormatInference.infer(List.of("13/01/2018", "01/13/2018"), DateOrder.DMY)).isEmpty();
	}

	@Test
	void textIsNotDates() {
		assertThat(DateFormatInference.infer(List.of("HOFER DANKT", "15/04/18  66-6666 UBER"), DateOrder.DMY))
			.isEmpty();
	}

	private static DateFormatInference.DateFormat infer(List<String> values, DateOrder preferred) {
		return DateFormatInference.infer(values, preferred).orElseThrow();
	}

}
