package com.excellentbanking.statements.layout;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.excellentbanking.statements.layout.Amount.Mark;

import static org.assertj.core.api.Assertions.assertThat;

class AmountParserTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1,234.56|1234.56|NONE|", "1.234,56|1234.56|NONE|", "1 234,56|1234.56|NONE|",
			"1'234.56|1234.56|NONE|", "1234,56|1234.56|NONE|", "-1,234.56|1234.56|MINUS|", "1.234,56-|1234.56|MINUS|",
			"(412.16)|412.16|PARENTHESES|", "1,234.56 CR|1234.56|CREDIT|", "1,234.56DR|1234.56|DEBIT|",
			"+ 5 490,51 $|5490.51|PLUS|$", "= 10 426,76 $|10426.76|NONE|$", "SGD 15,450.75|15450.75|NONE|SGD",
			"-25,75 €|25.75|MINUS|EUR", "€ 1.234,56|1234.56|NONE|EUR", "£1,000.00|1000.00|NONE|GBP",
			"HK$ 52,999.28|52999.28|NONE|HKD", "12,34,567.00|1234567.00|NONE|", "0.00|0.00|NONE|",
			"1.234.567,89|1234567.89|NONE|", "100,00 EUR|100.00|NONE|EUR", "−7,71|7.71|MINUS|" })
	void readsThePrintedForms(String cell, String magnitude, Mark mark, String currency) {
		Amount amount = AmountParser.parse(cell).orElseThrow();
		assertThat(amount.magnitude()).isEqualByComparingTo(magnitude);
		assertThat(amount.magnitude().scale()).isEqualTo(2);
		assertThat(amount.mark()).isEqualTo(mark);
		assertThat(amount.currency()).isEqualTo(currency);
	}

	@ParameterizedTest
	@ValueSource(strings = { "9081038", "2025", "1,234", "12.5", "1.234.56", "1,234.567", "P8059115QR", "06/02", "abc",
			"12.345,678", "1,23,4.00", "", "-", "(SGD)" })
	void refusesWhatIsNotMoney(String cell) {
		assertThat(AmountParser.parse(cell)).isEmpty();
	}

	@Test
	void naturalReadingTreatsMinusParenthesesAndDebitAsNegative() {
		assertThat(AmountParser.parse("(4.20)").orElseThrow().natural()).isEqualByComparingTo(new BigDecimal("-4.20"));
		assertThat(AmountParser.parse("4.20 DR").orElseThrow().natural()).isEqualByComparingTo("-4.20");
		assertThat(AmountParser.parse("4.20 CR").orElseThrow().natural()).isEqualByComparingTo("4.20");
		assertThat(AmountParser.parse("4.20").orElseThrow().natural()).isEqualByComparingTo("4.20");
	}

}
