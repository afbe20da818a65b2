package com.excellentbanking.benchmarks.formats;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.csv.CsvStatementParser;
import com.excellentbanking.statements.model.ParsedDocument;

/**
 * Parse throughput of bank CSV exports, in transactions per second: each invocation reads
 * one synthetic export of {@value #TRANSACTIONS} rows, sniffing its dialect, header roles
 * and number and date formats from scratch, as for an unseen bank. Two dialects: an
 * English comma export with ISO dates, and a German semicolon export with decimal commas.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CsvParseBenchmark -wi 2 -i 3 -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvParseBenchmark {

	static final int TRANSACTIONS = 10_000;

	private final CsvStatementParser parser = new CsvStatementParser();

	private byte[] english;

	private byte[] german;

	@Setup
	public void generate() {
		Random random = new Random(42);
		StringBuilder en = new StringBuilder("Date,Description,Amount,Balance\n");
		StringBuilder de = new StringBuilder("Buchungstag;Verwendungszweck;Betrag;Saldo\n");
		DateTimeFormatter german = DateTimeFormatter.ofPattern("dd.MM.yyyy");
		BigDecimal balance = new BigDecimal("1000.00");
		LocalDate date = LocalDate.of(2026, 1, 1);
		for (int i = 0; i < TRANSACTIONS; i++) {
			if (i % 30 == 29) {
				date = date.plusDays(1);
			}
			BigDecimal amount = BigDecimal.valueOf(random.nextInt(200_000) - 100_000, 2);
			balance = balance.add(amount);
			String description = "CARD PAYMENT " + random.nextInt(1000) + " \"SHOP, LTD\"";
			en.append(date).append(",\"").append(description.replace("\"", "\"\"")).append("\",");
			en.append(amount.toPlainString()).append(',').append(balance.toPlainString()).append('\n');
			de.append(date.format(german)).append(';').append(description.replace('"', '\'')).append(';');
			de.append(amount.toPlainString().replace('.', ',')).append(';');
			de.append(balance.toPlainString().replace('.', ',')).append('\n');
		}
		this.english = en.toString().getBytes(StandardCharsets.UTF_8);
		this.german = de.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	@Benchmark
	@OperationsPerInvocation(TRANSACTIONS)
	public ParsedDocument englishComma() {
		return this.parser.parse(this.english, ReadOptions.DEFAULT);
	}

	@Benchmark
	@OperationsPerInvocation(TRANSACTIONS)
	public ParsedDocument germanSemicolon() {
		return this.parser.parse(this.german, ReadOptions.DEFAULT);
	}

}
