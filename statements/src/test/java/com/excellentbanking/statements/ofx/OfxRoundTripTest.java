package com.excellentbanking.statements.ofx;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** Random statements written as OFX (both dialects) read back as the same data. */
class OfxRoundTripTest {

	private final OfxStatementParser parser = new OfxStatementParser();

	@Property(tries = 200)
	void sgmlRoundTrip(@ForAll("statements") List<Statement> statements) {
		String text = OfxTestWriter.sgml(statements);
		assertSame(statements, this.parser.parse(text.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULT));
	}

	@Property(tries = 200)
	void xmlRoundTrip(@ForAll("statements") List<Statement> statements) {
		String text = OfxTestWriter.xml(statements);
		assertSame(statements, this.parser.parse(text.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULT));
	}

	private static void assertSame(List<Statement> expected, ParsedDocument document) {
		assertThat(document.statements()).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			Statement want = expected.get(i);
			Statement got = document.statements().get(i);
			assertThat(got.account()).isEqualTo(want.account());
			assertThat(got.currency()).isEqualTo(want.currency());
			assertThat(got.periodStart()).isEqualTo(want.periodStart());
			assertThat(got.periodEnd()).isEqualTo(want.periodEnd());
			assertThat(got.closingBalance()).isEqualTo(want.closingBalance());
			assertThat(got.openingBalance()).isNull();
			assertThat(got.transactions()).hasSameSizeAs(want.transactions());
			for (int t = 0; t < want.transactions().size(); t++) {
				Transaction wanted = want.transactions().get(t);
				Transaction read = got.transactions().get(t);
				assertThat(read.date()).isEqualTo(wanted.date());
				// equals, not compareTo: the decimals must survive exactly
				assertThat(read.amount()).isEqualTo(wanted.amount());
				assertThat(read.description()).isEqualTo(wanted.description());
				assertThat(read.reference()).isEqualTo(wanted.reference());
				assertThat(read.type()).isEqualTo(wanted.type());
			}
		}
	}

	@Provide
	Arbitrary<List<Statement>> statements() {
		return statement().list().ofMinSize(1).ofMaxSize(3);
	}

	private Arbitrary<Statement> statement() {
		Arbitrary<List<Transaction>> transactions = transaction().list().ofMaxSize(12);
		Arbitrary<String> accountNumber = Arbitraries.strings()
			.withChars("0123456789-")
			.ofMinLength(4)
			.ofMaxLength(20)
			.filter((s) -> !s.isBlank());
		Arbitrary<String> currency = Arbitraries.of("USD", "EUR", "CAD", "JPY");
		return Combinators.combine(transactions, accountNumber, currency, amount(), dates())
			.as((list, number, cur, closing, start) -> {
				List<Transaction> numbered = new ArrayList<>();
				for (int i = 0; i < list.size(); i++) {
					numbered.add(list.get(i).toBuilder().reference("FIT" + i).build());
				}
				return new Statement(new Account("BANK1", number, null, null), cur, start, start.plusDays(30), null,
						closing, numbered, List.of());
			});
	}

	private Arbitrary<Transaction> transaction() {
		return Combinators.combine(dates(), amount(), description(), Arbitraries.of("DEBIT", "CREDIT", "POS", "XFER"))
			.as((date, amount, description,
					type) -> Transaction.builder(date, amount).description(description).type(type).build());
	}

	static Arbitrary<LocalDate> dates() {
		return Arbitraries.integers().between(0, 25_000).map((days) -> LocalDate.of(2000, 1, 1).plusDays(days));
	}

	static Arbitrary<BigDecimal> amount() {
		return Combinators
			.combine(Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L),
					Arbitraries.integers().between(0, 4))
			.as(BigDecimal::valueOf);
	}

	/**
	 * Names with the characters that need care (entities, accents, the euro sign); no
	 * {@code ;}, because text that itself looks like an entity ({@code &lt;}) cannot be
	 * told from the double escaping some banks do.
	 */
	static Arbitrary<String> description() {
		return Arbitraries.strings()
			.withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 &<>'\"\u00e9\u00fc\u20ac.,:/#*-")
			.ofMinLength(1)
			.ofMaxLength(40)
			.map(Text::oneLine)
			.filter((s) -> !s.isEmpty());
	}

}
