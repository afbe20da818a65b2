package com.excellentbanking.statements.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.detect.TextDecoding;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random statements written as the CSV exports of banks in several countries (delimiter,
 * header language, date and number style, encoding) read back as the same data.
 */
class CsvRoundTripTest {

	private final CsvStatementParser parser = new CsvStatementParser();

	@Property(tries = 250)
	void exportsReadBackExactly(@ForAll("rows") List<Row> rows, @ForAll("dialects") Dialect dialect,
			@ForAll("openings") BigDecimal opening, @ForAll boolean newestFirst) {
		String csv = dialect.write(rows, opening, newestFirst);
		ParsedDocument document = this.parser.parse(csv.getBytes(dialect.charset()), ReadOptions.DEFAULT);

		assertThat(document.statements()).hasSize(1);
		Statement statement = document.statements().get(0);
		assertThat(statement.transactions()).hasSameSizeAs(rows);
		BigDecimal balance = opening;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			Transaction read = statement.transactions().get(i);
			balance = balance.add(row.amount());
			assertThat(read.date()).as(csv).isEqualTo(row.date());
			assertThat(read.amount()).as(csv).isEqualTo(row.amount());
			assertThat(read.balance()).as(csv).isEqualTo(balance);
			assertThat(read.description()).as(csv).isEqualTo(row.description());
		}
		if (rows.size() > 1) {
			assertThat(statement.openingBalance()).isEqualByComparingTo(opening);
		}
		else {
			assertThat(statement.openingBalance()).isNull();
		}
		assertThat(statement.closingBalance()).isEqualTo(balance);
	}

	@Provide
	Arbitrary<List<Row>> rows() {
		Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals()
			.between(new BigDecimal("-25000.00"), new BigDecimal("25000.00"))
			.ofScale(2)
			.filter((amount) -> amount.signum() != 0);
		Arbitrary<String> descriptions = Arbitraries
			.of("Coffee Shop", "ACME, Ltd salary", "Rent \"May\"", "Grocer Müller", "Café Zoë", "Transfer to savings",
					"Card 4411 fuel", "Refund; online store")
			.list()
			.ofMinSize(1)
			.ofMaxSize(3)
			.map((words) -> String.join(" ", words));
		Arbitrary<Integer> gaps = Arbitraries.integers().between(0, 9);
		return Combinators.combine(amounts, descriptions, gaps)
			.as((amount, description, gap) -> new Row(null, description, amount, gap))
			.list()
			.ofMinSize(1)
			.ofMaxSize(40)
			.map(CsvRoundTripTest::dated);
	}

	@Provide
	Arbitrary<Dialect> dialects() {
		return Arbitraries.of(Dialect.values());
	}

	@Provide
	Arbitrary<BigDecimal> openings() {
		return Arbitraries.bigDecimals().between(new BigDecimal("-5000.00"), new BigDecimal("90000.00")).ofScale(2);
	}

	/**
	 * Dates ascending from a fixed start, so every statement has an unambiguous order.
	 */
	private static List<Row> dated(List<Row> rows) {
		List<Row> dated = new ArrayList<>();
		LocalDate date = LocalDate.of(2025, 11, 3);
		for (Row row : rows) {
			date = date.plusDays(row.gap());
			dated.add(new Row(date, row.description(), row.amount(), row.gap()));
		}
		return dated;
	}

	record Row(LocalDate date, String description, BigDecimal amount, int gap) {
	}

	/**
	 * How banks of a few countries export: delimiter, headers, date and number styles.
	 */
	enum Dialect {

		ENGLISH(",", "Date,Description,Amount,Balance", "yyyy-MM-dd", Locale.UK, false, StandardCharsets.UTF_8),
		GERMAN(";", "Buchungstag;Verwendungszweck;Betrag;Saldo", "dd.MM.yyyy", Locale.GERMANY, true,
				TextDecoding.WINDOWS_1252),
		DUTCH("\t", "Datum\tOmschrijving\tBedrag\tSaldo", "dd-MM-yyyy", Locale.forLanguageTag("nl-NL"), false,
				StandardCharsets.UTF_8),
		FRENCH(";", "Date;Libellé;Montant;Solde", "dd/MM/yyyy", Locale.FRANCE, false, StandardCharsets.UTF_16LE),
		SPANISH(";", "Fecha;Concepto;Importe;Saldo", "dd/MM/yyyy", Locale.forLanguageTag("es-ES"), true,
				StandardCharsets.UTF_8);

		private final String delimiter;

		private final String header;

		private final DateTimeFormatter dates;

		private final Locale locale;

		private final boolean thousands;

		private final Charset charset;

		Dialect(String delimiter, String header, String datePattern, Locale locale, boolean thousands,
				Charset charset) {
			this.delimiter = delimiter;
			this.header = header;
			this.dates = DateTimeFormatter.ofPattern(datePattern);
			this.locale = locale;
			this.thousands = thousands;
			this.charset = charset;
		}

		Charset charset() {
			return this.charset;
		}

		String write(List<Row> rows, BigDecimal opening, boolean newestFirst) {
			List<String> lines = new ArrayList<>();
			BigDecimal balance = opening;
			for (Row row : rows) {
				balance = balance.add(row.amount());
				lines.add(String.join(this.delimiter, this.dates.format(row.date()), quote(row.description()),
						quote(number(row.amount())), quote(number(balance))));
			}
			if (newestFirst) {
				java.util.Collections.reverse(lines);
			}
			String bom = (this.charset == StandardCharsets.UTF_16LE) ? "\uFEFF" : "";
			return bom + this.header + "\r\n" + String.join("\r\n", lines) + "\r\n";
		}

		private String number(BigDecimal value) {
			DecimalFormat format = new DecimalFormat(this.thousands ? "#,##0.00" : "0.00",
					DecimalFormatSymbols.getInstance(this.locale));
			format.setRoundingMode(RoundingMode.UNNECESSARY);
			format.setGroupingUsed(this.thousands);
			String text = format.format(value);
			// Some locales print a non-breaking space or a Unicode minus; banks use
			// ASCII.
			return text.replace('\u2212', '-').replace('\u00A0', ' ').replace('\u202F', ' ');
		}

		private String quote(String value) {
			if (value.contains(this.delimiter) || value.contains("\"")) {
				return "\"" + value.replace("\"", "\"\"") + "\"";
			}
			return value;
		}

	}

}
