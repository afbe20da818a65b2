package com.excellentbanking.statements.mt940;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;

/** Random statements written as MT940 by a test-side writer read back identically. */
class RoundTripProperties {

	record Line(LocalDate valueDate, int bookingOffset, BigDecimal amount, String purpose, String name,
			String reference) {

		LocalDate bookingDate() {
			return this.valueDate.plusDays(this.bookingOffset);
		}

	}

	record Sample(BigDecimal opening, List<Line> lines) {

		BigDecimal closing() {
			return this.lines.stream().map(Line::amount).reduce(this.opening, BigDecimal::add);
		}

	}

	private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

	private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");

	@Property(tries = 200)
	void mt940RoundTrip(@ForAll("samples") Sample sample) {
		String text = write(sample);
		Statement statement = new Mt940StatementParser()
			.parse(text.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULT)
			.statements()
			.get(0);
		assertThat(statement.openingBalance()).isEqualTo(sample.opening());
		assertThat(statement.closingBalance()).isEqualByComparingTo(sample.closing());
		assertThat(statement.transactions()).hasSize(sample.lines().size());
		for (int i = 0; i < sample.lines().size(); i++) {
			Line line = sample.lines().get(i);
			Transaction t = statement.transactions().get(i);
			assertThat(t.amount()).isEqualTo(line.amount());
			assertThat(t.valueDate()).isEqualTo(line.valueDate());
			assertThat(t.date()).isEqualTo(line.bookingDate());
			assertThat(t.description()).isEqualTo(line.purpose());
			assertThat(t.counterparty()).isEqualTo(line.name());
			assertThat(t.reference()).isEqualTo(line.reference());
			assertThat(t.currency()).isEqualTo("EUR");
		}
	}

	static String write(Sample sample) {
		StringBuilder out = new StringBuilder(":20:ROUNDTRIP\r\n:25:DE89370400440532013000\r\n:28C:1/1\r\n");
		LocalDate first = sample.lines().isEmpty() ? LocalDate.of(2024, 1, 1) : sample.lines().get(0).valueDate();
		out.append(":60F:").append(balance(first, sample.opening())).append("\r\n");
		for (Line line : sample.lines()) {
			out.append(":61:")
				.append(YYMMDD.format(line.valueDate()))
				.append(MMDD.format(line.bookingDate()))
				.append((line.amount().signum() < 0) ? "D" : "C")
				.append(line.amount().abs().toPlainString().replace('.', ','))
				.append("NTRF")
				.append(line.reference())
				.append("//B")
				.append(Math.abs(line.purpose().hashCode()) % 100000)
				.append("\r\n:86:166?20");
			// GVC lines wrap at 27 characters per subfield; the reader must join them
			String purpose = line.purpose();
			for (int i = 0; i < purpose.length(); i += 27) {
				out.append(purpose, i, Math.min(purpose.length(), i + 27)).append("\r\n");
			}
			out.append("?32").append(line.name()).append("\r\n");
		}
		out.append(":62F:").append(balance(first, sample.closing())).append("\r\n-\r\n");
		return out.toString();
	}

	private static String balance(LocalDate date, BigDecimal amount) {
		return ((amount.signum() < 0) ? "D" : "C") + YYMMDD.format(date) + "EUR"
				+ amount.abs().toPlainString().replace('.', ',');
	}

	@Provide
	Arbitrary<Sample> samples() {
		Arbitrary<BigDecimal> money = Arbitraries.bigDecimals()
			.between(new BigDecimal("-999999.99"), new BigDecimal("999999.99"))
			.ofScale(2);
		Arbitrary<BigDecimal> nonZero = money.filter((m) -> m.signum() != 0);
		Arbitrary<LocalDate> dates = Arbitraries.integers()
			.between(0, 365 * 99)
			.map((days) -> LocalDate.of(1980, 1, 3).plusDays(days))
			.filter((d) -> d.getYear() <= 2079 && d.plusDays(5).getYear() <= 2079);
		Arbitrary<String> word = Arbitraries.strings()
			.withCharRange('A', 'Z')
			.withCharRange('a', 'z')
			.withCharRange('0', '9')
			.ofMinLength(1)
			.ofMaxLength(8);
		Arbitrary<String> purpose = word.list().ofMinSize(1).ofMaxSize(8).map((words) -> String.join(" ", words));
		Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(3).map((words) -> String.join(" ", words));
		Arbitrary<String> reference = Arbitraries.strings()
			.withCharRange('A', 'Z')
			.withCharRange('0', '9')
			.ofMinLength(1)
			.ofMaxLength(16)
			.filter((r) -> !r.equals("NONREF"));
		Arbitrary<Line> line = Combinators
			.combine(dates, Arbitraries.integers().between(-3, 3), nonZero, purpose, name, reference)
			.as(Line::new);
		return Combinators.combine(money, line.list().ofMaxSize(15)).as(Sample::new);
	}

}
