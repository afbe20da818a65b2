package com.excellentbanking.statements.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementParser;
import com.excellentbanking.statements.StatementReader;
import com.excellentbanking.statements.export.ExportSource;
import com.excellentbanking.statements.export.JsonStatementReader;
import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.model.Transaction;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ConvertCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final ConvertCommand command = new ConvertCommand(
			new StatementReader(List.of(new SemicolonParser()), 1_000_000),
			new PrintStream(this.err, true, StandardCharsets.UTF_8));

	@Test
	void writesEveryOutputOfEachInput() throws IOException {
		Path march = write("march.csv", "date;amount;balance;description", "2024-03-01;-10.00;90.00;Rent",
				"2024-03-02;5.50;95.50;Refund");

		int exit = this.command.run("convert", march.toString(), "--out", this.dir.resolve("out").toString());

		assertThat(exit).isZero();
		assertThat(this.dir.resolve("out/march.xlsx")).isNotEmptyFile();
		assertThat(this.dir.resolve("out/march.sqlite")).isNotEmptyFile();
		List<ExportSource> json = new JsonStatementReader()
			.readAll(Files.newInputStream(this.dir.resolve("out/march.json")));
		assertThat(json.get(0).name()).isEqualTo("march.csv");
		assertThat(json.get(0).extraction().statements().get(0).statement().transactions())
			.extracting(Transaction::amount)
			.containsExactly(new BigDecimal("-10.00"), new BigDecimal("5.50"));
		assertThat(stderr())
			.containsExactly("[1/1] march.csv: csv, 1 statement, 2 transactions, reconciled -> " + String.join(", ",
					this.dir.resolve("out/march.xlsx").toString(), this.dir.resolve("out/march.json").toString(),
					this.dir.resolve("out/march.sqlite").toString()));
	}

	@Test
	void convertsTheReadableFilesAndNamesWhyTheOthersFailed() throws IOException {
		Path good = write("good.csv", "date;amount;balance;description", "2024-03-01;-10.00;90.00;Rent");
		Path text = write("notes.txt", "just some words");
		Path missing = this.dir.resolve("missing.csv");

		int exit = this.command.run(text.toString(), missing.toString(), good.toString(), "--out", this.dir.toString(),
				"--to", "json");

		assertThat(exit).isEqualTo(ConvertCommand.SOME_FAILED);
		assertThat(this.dir.resolve("good.json")).isNotEmptyFile();
		assertThat(this.dir.resolve("good.xlsx")).doesNotExist();
		List<String> lines = stderr();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("[1/3] notes.txt: error unsupported_format: ");
		assertThat(lines.get(1)).isEqualTo("[2/3] missing.csv: error: no such file");
		assertThat(lines.get(2)).startsWith("[3/3] good.csv: csv, 1 statement, 1 transaction, reconciled -> ");
	}

	@Test
	void reportsAParserFailureWithItsCode() throws IOException {
		Path broken = write("broken.csv", "date;amount;balance;description", "yesterday;-10.00;;Rent");

		int exit = this.command.run(broken.toString(), "--out", this.dir.toString());

		assertThat(exit).isEqualTo(ConvertCommand.SOME_FAILED);
		assertThat(stderr()).containsExactly("[1/1] broken.csv: error corrupt_file: line 2 has no ISO date");
	}

	@Test
	void mergesTheConvertedFilesIntoOneWorkbook() throws IOException {
		Path march = write("march.csv", "date;amount;balance;description", "2024-03-01;-10.00;90.00;Rent",
				"2024-03-20;5.50;95.50;Refund");
		Path overlap = write("late-march.csv", "date;amount;balance;description", "2024-03-20;5.50;95.50;Refund",
				"2024-03-10;1.00;96.50;Interest");
		Path merged = this.dir.resolve("all.xlsx");

		int exit = this.command.run(march.toString(), overlap.toString(), "--to", "json", "--out",
				this.dir.resolve("out").toString(), "--merge", merged.toString());

		assertThat(exit).isZero();
		try (ReadableWorkbook workbook = new ReadableWorkbook(merged.toFile())) {
			Sheet transactions = workbook.findSheet("Transactions").orElseThrow();
			List<Row> rows = transactions.read();
			assertThat(rows.subList(1, rows.size())).extracting((row) -> row.getCell(3).asString())
				.containsExactly("Rent", "Interest", "Refund");
		}
		assertThat(stderr()).last().asString().startsWith("merged 2 files, 4 transactions (1 duplicates merged) -> ");
	}

	@Test
	void refusesABadCommandLine() {
		assertThat(this.command.run("--to", "pdf", "a.csv")).isEqualTo(ConvertCommand.USAGE);
		assertThat(this.command.run()).isEqualTo(ConvertCommand.USAGE);
		assertThat(this.command.run("a.csv", "--out")).isEqualTo(ConvertCommand.USAGE);
		assertThat(stderr()).containsExactly("convert: unknown output \"pdf\" (use xlsx, json, sqlite)",
				ConvertOptions.USAGE, "convert: no input files", ConvertOptions.USAGE, "convert: --out needs a value",
				ConvertOptions.USAGE);
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.writeString(this.dir.resolve(name), String.join("\n", lines) + "\n");
	}

	private List<String> stderr() {
		return this.err.toString(StandardCharsets.UTF_8).lines().toList();
	}

	/**
	 * Stands in for the real CSV parser, which is not this package's concern: reads
	 * {@code date;amount;balance;description} lines of one account.
	 */
	private static final class SemicolonParser implements StatementParser {

		@Override
		public StatementFormat format() {
			return StatementFormat.CSV;
		}

		@Override
		public ParsedDocument parse(byte[] content, ReadOptions options) {
			List<String> lines = new String(content, StandardCharsets.UTF_8).lines().skip(1).toList();
			List<Transaction> transactions = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				String[] fields = lines.get(i).split(";", -1);
				if (!fields[0].matches("\\d{4}-\\d{2}-\\d{2}")) {
					throw new StatementException(ErrorCode.CORRUPT_FILE, "line " + (i + 2) + " has no ISO date");
				}
				transactions.add(Transaction.builder(LocalDate.parse(fields[0]), new BigDecimal(fields[1]))
					.balance(fields[2].isEmpty() ? null : new BigDecimal(fields[2]))
					.description(fields[3])
					.build());
			}
			Transaction first = transactions.get(0);
			Statement statement = new Statement(new Account("Test Bank", "DE89370400440532013000", null, null), "EUR",
					null, null, first.balance().subtract(first.amount()), null, transactions, List.of());
			return new ParsedDocument(StatementFormat.CSV, 0, content.length, List.of(statement), List.of());
		}

	}

}
