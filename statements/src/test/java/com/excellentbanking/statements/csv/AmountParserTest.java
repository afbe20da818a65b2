package com.excellentbanking.statements.csv;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AmountParserTest {

	@ParameterizedTest(name = "{0} with decimal {1} = {2}")
	@CsvSource(delimiter = '|',
			value = { "12.50|.|12.50", "-12.50|.|-12.50", "12.50-|.|-12.50", "(12.50)|.|-12.50", "+1,100.00|.|1100.00",
					"1,234,567.89|.|1234567.89", "1.234,56|,|1234.56", "-1.234,56|,|-1234.56", "1 234,56|,|1234.56",
					"1'234.56|.|1234.56", "12,5|,|12.5", "-350|.|-350", "-10|,|-10", "£12.50|.|12.50",
					"EUR 1.234,56|,|1234.56", "12,50 €|,|12.50", "- $220.00|.|-220.00", "+ $1,150.00|.|1150.00",
					"-$123.45|.|-123.45", "$-123.45|.|-123.45", "12.50 CR|.|12.50", "12.50 DR|.|-12.50",
					"+5257,28|,|5257.28", "1,234|,|1.234", "1,234|.|1234", "0.08|.|0.08" })
	void readsPrintedAmountsExactly(String text, char decimal, String expected) {
		AmountParser.ParsedAmount amount = AmountParser.parse(text, decimal);
		assertThat(amount).isNotNull();
		assertThat(amount.value()).isEqualTo(new BigDecimal(expected));
	}

	@Test
	void keepsTheDecimalsAsPrinted() {
		assertThat(AmountParser.parse("29.5", '.').value().scale()).isEqualTo(1);
		assertThat(AmountParser.parse("1290", '.').value().scale()).isZero();
	}

	@Test
	void reportsSignAndCurrency() {
		AmountParser.ParsedAmount pounds = AmountParser.parse("£67.40", '.');
		assertThat(pounds.signed()).isFalse();
		assertThat(pounds.currency()).isEqualTo("GBP");
		AmountParser.ParsedAmount euros = AmountParser.parse("-12,50 EUR", ',');
		assertThat(euros.signed()).isTrue();
		assertThat(euros.currency()).isEqualTo("EUR");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "12.50|,", "1.234.567|.", "18.09.2017|.", "18.09.2017|,", "abc|.",
			"12.50 ABC|.", "--12|.", "1,23,4|.", "''|.", "POS 23,55 AT|,", "12 50|.", "(-12.50)|." })
	void rejectsWhatIsNotAnAmountInThatLocale(String text, char decimal) {
		assertThat(AmountParser.parse(text, decimal)).isNull();
	}

}
