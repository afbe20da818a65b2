package com.excellentbanking.statements.ofx;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfxValuesTest {

	@Test
	void datesKeepTheStatementsCalendarDayWhateverTimeAndZone() {
		assertThat(OfxValues.date("20260102")).isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(OfxValues.date("20260102120000")).isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(OfxValues.date("20260102235959.000[-5:EST]")).isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(OfxValues.date("20260102000000[+9:JST]")).isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(OfxValues.date("20200101120000[0:GMT]")).isEqualTo(LocalDate.of(2020, 1, 1));
	}

	@Test
	void invalidDatesAreNull() {
		assertThat(OfxValues.date("20261302")).isNull();
		assertThat(OfxValues.date("2026010")).isNull();
		assertThat(OfxValues.date("")).isNull();
		assertThat(OfxValues.date(null)).isNull();
		assertThat(OfxValues.date("2026-01-02")).isNull();
	}

	@Test
	void amountsKeepTheirDecimals() {
		assertThat(OfxValues.amount("-34.51")).hasToString("-34.51");
		assertThat(OfxValues.amount("+0000000000100.00000")).hasToString("100.00000");
		assertThat(OfxValues.amount("-00000000002571.4500")).hasToString("-2571.4500");
		assertThat(OfxValues.amount("12,50")).hasToString("12.50");
		assertThat(OfxValues.amount("1.234,50")).hasToString("1234.50");
		assertThat(OfxValues.amount("1,234.50")).hasToString("1234.50");
		assertThat(OfxValues.amount(".5")).hasToString("0.5");
		assertThat(OfxValues.amount("111")).hasToString("111");
	}

	@Test
	void unreadableAmountsAreNull() {
		assertThat(OfxValues.amount("")).isNull();
		assertThat(OfxValues.amount("1e5")).isNull();
		assertThat(OfxValues.amount("--1")).isNull();
		assertThat(OfxValues.amount("9".repeat(100))).isNull();
	}

	@Test
	void unescapesAtMostTwice() {
		assertThat(OfxValues.unescape("A &amp; B")).isEqualTo("A & B");
		assertThat(OfxValues.unescape("&amp;lt;X&amp;gt;")).isEqualTo("<X>");
		assertThat(OfxValues.unescape("&amp;amp;amp;")).isEqualTo("&amp;");
		assertThat(OfxValues.unescape("&#233;&#xE9;&quot;&apos;")).isEqualTo("éé\"'");
		assertThat(OfxValues.unescape("&unknown; & &;")).isEqualTo("&unknown; & &;");
		assertThat(OfxValues.unescape("&#0;&#xFFFFFFF;")).isEqualTo("&#0;&#xFFFFFFF;");
	}

}
