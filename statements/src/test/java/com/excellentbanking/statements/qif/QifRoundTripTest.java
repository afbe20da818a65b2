package com.excellentbanking.statements.qif;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Text;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random statements written as QIF, in every date and number spelling, read back the
 * same.
 */
class QifRoundTripTest {

	private final QifStatementParser parser = new QifStatementParser();

	@Property(tries = 300)
	void roundTrip(@ForAll("statements") List<Statement> statements, @ForAll QifTestWriter.DateStyle dates,
			@ForAll boolean groupThousands, @ForAll("newlines") String newline) {
		String text = QifTestWriter.write(statements, dates, groupThousands, newline);
		ParsedDocument document = this.parser.parse(text.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULT);
		List<Statement> expected = statements.stream().filter((s) -> !s.transactions().isEmpty()).toList();
		assertThat(document.statements()).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			Statement want = expected.get(i);
			Statement got = document.statements().get(i);
			assertThat(got.account().number()).isEqualTo(want.account().number());
			assertThat(got.openingBalance()).isNull();
			assertThat(got.closingBalance()).isNull();
			assertThat(got.transactions()).hasSameSizeAs(want.transactions());
			for (int t = 0; t < want.transactions().size(); t++) {
				Transaction wanted = want.transactions().get(t);
				Transaction read = got.transactions().get(t);
				assertThat(read.date()).isEqualTo(wanted.date());
				assertThat(read.amount()).isEqualTo(wanted.amount());
				assertThat(read.description()).isEqualTo(wanted.description());
				assertThat(read.reference()).isEqualTo(wanted.reference());
			}
		}
	}

	@Provide
	Arbitrary<String> newlines() {
		return Arbitraries.of("\n", "\r\n", "\r");
	}

	@Provide
	Arbitrary<List<Statement>> statements() {
		Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
		Arbitrary<Statement> statement = Combinators.combine(names, transaction().list().ofMaxSize(10))
			.as((name, transactions) -> new Statement(new Account(null, name, null, null), null, null, null, null, null,
					transactions, List.of()));
		// one statement per account name, as the reader groups by name
		return statement.list().ofMinSize(1).ofMaxSize(3).uniqueElements((s) -> s.account().number());
	}

	private Arbitrary<Transaction> transaction() {
		// two-digit years pivot at 70, so stay within 2000..2069
		Arbitrary<LocalDate> dates = Arbitraries.integers()
			.between(0, 25_500)
			.map((days) -> LocalDate.of(2000, 1, 1).plusDays(days));
		Arbitrary<BigDecimal> amounts = Combinators
			.combine(Arbitraries.longs().between(-99_999_999_999L, 99_999_999_999L),
					Arbitraries.integers().between(0, 3))
			.as(BigDecimal::valueOf);
		Arbitrary<String> payees = Arbitraries.strings()
			.withChars(
					"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 &<>'\"\u00e9\u00fc\u20ac.,;:/#*-^!")
			.ofMinLength(1)
			.ofMaxLength(40)
			.map(Text::oneLine)
			.filter((s) -> !s.isEmpty());
		Arbitrary<String> numbers = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6).injectNull(0.3);
		return Combinators.combine(dates, amounts, payees, numbers)
			.as((date, amount, payee,
					number) -> Transaction.builder(date, amount).description(payee).reference(number).build());
	}

}
