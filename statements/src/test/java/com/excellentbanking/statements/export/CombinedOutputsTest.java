package com.excellentbanking.statements.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CombinedOutputsTest {

	@TempDir
	Path dir;

	private CombinedOutputs combined;

	@BeforeEach
	void stage() {
		this.combined = CombinedOutputs.stage(
				List.of(source(Fixtures.march()), source(Fixtures.april()), source(Fixtures.savings())),
				this.dir.resolve("combined.sqlite"));
	}

	@AfterEach
	void close() {
		this.combined.close();
	}

	@Test
	void mergesOverlappingStatementsOfTheSameAccountOnce() {
		assertThat(this.combined.fileCount()).isEqualTo(3);
		assertThat(this.combined.transactionCount()).isEqualTo(6 + 7 + 2);
		// Salary, both coffees and the groceries (-50.00 and -50.0) of April repeat
		// March.
		assertThat(this.combined.duplicateCount()).isEqualTo(4);

		List<Row> rows = XlsxFiles.rows(mergedXlsx(), "Transactions");
		assertThat(XlsxExporterTest.texts(rows.get(0))).startsWith("File", "Date", "Value date", "Description",
				"Amount");
		List<Row> data = rows.subList(1, rows.size());
		assertThat(data).hasSize(15 - 4);
		assertThat(data.stream().filter((row) -> "Coffee".equals(row.getCell(3).asString()))).hasSize(2);
		assertThat(data.stream().filter((row) -> "Cash".equals(row.getCell(3).asString())))
			.as("unnamed accounts are never merged")
			.hasSize(2);
		assertThat(data.stream().filter((row) -> "Groceries".equals(row.getCell(3).asString())))
			.extracting((row) -> row.getCell(0).asString())
			.containsExactly("march.csv");
	}

	@Test
	void sortsTheMergedSheetByDate() {
		List<Row> data = dataRows(mergedXlsx(), "Transactions");

		List<LocalDateTime> dates = data.stream().map((row) -> row.getCell(1).asDate()).toList();
		assertThat(dates).isSorted();
		assertThat(data.get(0).getCell(1).getType()).isEqualTo(CellType.NUMBER);
		assertThat(data.get(0).getCell(1).getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(data.get(0).getCell(4).getDataFormatString()).isEqualTo("#,##0.00");
		assertThat(data.get(0).getCell(3).asString()).isEqualTo("Rent");
		assertThat(data.get(data.size() - 1).getCell(3).asString()).isEqualTo("Interest");
	}

	@Test
	void summaryTotalsEqualTheSumsOfTheMergedRows() {
		byte[] xlsx = mergedXlsx();
		Map<String, BigDecimal> rowSums = new HashMap<>();
		for (Row row : dataRows(xlsx, "Transactions")) {
			String account = (text(row, 9) != null) ? text(row, 9) : "not named";
			rowSums.merge(account + " " + text(row, 8), row.getCell(4).asNumber(), BigDecimal::add);
		}
		List<Row> summary = XlsxFiles.rows(xlsx, "Summary");
		List<Row> accountTotals = table(summary, "Totals per account");
		List<Row> monthTotals = table(summary, "Totals per month");

		Map<String, BigDecimal> summaryNets = new HashMap<>();
		for (Row total : accountTotals) {
			String account = text(total, 0).endsWith("(account not named)") ? "not named" : text(total, 0);
			summaryNets.merge(account + " " + text(total, 1), total.getCell(6).asNumber(), BigDecimal::add);
		}
		assertThat(summaryNets.keySet()).containsExactlyInAnyOrderElementsOf(rowSums.keySet())
			.contains("not named EUR", "*****4321 USD", "******************3000 EUR");
		rowSums.forEach((account, sum) -> assertThat(summaryNets.get(account)).as(account).isEqualByComparingTo(sum));
		assertThat(accountTotals).extracting((row) -> text(row, 0))
			.contains("march.csv, statement 2 (account not named)", "april.csv, statement 2 (account not named)");

		Row checking = accountTotals.stream()
			.filter((row) -> "******************3000".equals(row.getCell(0).asString()))
			.findFirst()
			.orElseThrow();
		assertThat(checking.getCell(3).asNumber()).isEqualByComparingTo("7");
		assertThat(checking.getCell(4).asNumber()).isEqualByComparingTo("2012.50");
		assertThat(checking.getCell(5).asNumber()).isEqualByComparingTo("1656.00");
		BigDecimal monthsOfChecking = monthTotals.stream()
			.filter((row) -> "******************3000".equals(row.getCell(0).asString()))
			.map((row) -> row.getCell(6).asNumber())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(monthsOfChecking).isEqualByComparingTo(checking.getCell(6).asNumber());
		assertThat(monthTotals).extracting((row) -> row.getCell(2).asString()).contains("2024-03", "2024-04");
		Row note = summary.stream()
			.filter((row) -> "Duplicate transactions merged".equals(row.getCell(0).asString()))
			.findFirst()
			.orElseThrow();
		assertThat(note.getCell(1).asNumber()).isEqualByComparingTo("4");
	}

	@Test
	void summaryListsEveryStatementWithItsReconciliation() {
		List<Row> summary = XlsxFiles.rows(mergedXlsx(), "Summary");

		assertThat(XlsxExporterTest.texts(summary.get(0))).startsWith("File", "Statement", "Bank", "Account");
		assertThat(summary.subList(1, 6))
			.extracting((row) -> row.getCell(0).asString(), (row) -> row.getCell(13).asString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("march.csv", "yes"),
					org.assertj.core.groups.Tuple.tuple("march.csv", "no"),
					org.assertj.core.groups.Tuple.tuple("april.csv", "yes"),
					org.assertj.core.groups.Tuple.tuple("april.csv", "no"),
					org.assertj.core.groups.Tuple.tuple("savings [2024]: Q1/Q2? statement of account.pdf", "yes"));
	}

	@Test
	void writesOneSheetPerFileNamedAfterIt() {
		byte[] xlsx = separateXlsx();

		assertThat(XlsxFiles.sheetNames(xlsx)).containsExactly("march", "april", "savings 2024 Q1Q2 statement of",
				"Summary");
		assertThat(dataRows(xlsx, "march")).hasSize(6);
		assertThat(dataRows(xlsx, "april")).hasSize(7);
		assertThat(dataRows(xlsx, "savings 2024 Q1Q2 statement of")).hasSize(2);
		assertThat(XlsxExporterTest.texts(XlsxFiles.rows(xlsx, "april").get(0))).startsWith("Date");
		List<Row> summary = XlsxFiles.rows(xlsx, "Summary");
		assertThat(
				summary.stream().anyMatch((row) -> "Duplicate transactions merged".equals(row.getCell(0).asString())))
			.isFalse();
		Row checking = table(summary, "Totals per account").stream()
			.filter((row) -> "******************3000".equals(row.getCell(0).asString()))
			.findFirst()
			.orElseThrow();
		assertThat(checking.getCell(3).asNumber()).as("nothing merged").isEqualByComparingTo("11");
	}

	@Test
	void sheetNamesStayUniqueForFilesOfTheSameName() throws Exception {
		try (CombinedOutputs twice = CombinedOutputs.stage(List.of(source(Fixtures.march()), source(Fixtures.march())),
				this.dir.resolve("twice.sqlite"))) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			twice.writeSeparateXlsx(out);

			assertThat(XlsxFiles.sheetNames(out.toByteArray())).containsExactly("march", "march (2)", "Summary");
			assertThat(twice.duplicateCount()).isEqualTo(5);
		}
	}

	@Test
	void writesEveryFileWholeIntoTheCombinedJson() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.combined.writeJson(out);

		List<ExportSource> read = new JsonStatementReader().readAll(new ByteArrayInputStream(out.toByteArray()));
		assertThat(read).extracting(ExportSource::sourceId, ExportSource::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(11L, "march.csv"),
					org.assertj.core.groups.Tuple.tuple(12L, "april.csv"),
					org.assertj.core.groups.Tuple.tuple(13L, "savings [2024]: Q1/Q2? statement of account.pdf"));
		List<ExportSource> originals = List.of(Fixtures.march(), Fixtures.april(), Fixtures.savings());
		for (int i = 0; i < originals.size(); i++) {
			assertThat(transactions(read.get(i))).isEqualTo(transactions(originals.get(i)));
			assertThat(read.get(i).extraction().statements()).extracting((s) -> s.reconciliation().status())
				.isEqualTo(originals.get(i)
					.extraction()
					.statements()
					.stream()
					.map((s) -> s.reconciliation().status())
					.toList());
		}
	}

	@Test
	void keepsEveryRowInTheCombinedSqliteAndMarksTheRepeats() throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + this.combined.sqliteFile());
				Statement sql = connection.createStatement()) {
			assertThat(single(sql, "SELECT COUNT(*) FROM transactions")).isEqualTo(15);
			assertThat(single(sql, "SELECT COUNT(*) FROM transactions WHERE duplicate_of IS NOT NULL")).isEqualTo(4);
			assertThat(single(sql, "SELECT COUNT(*) FROM transactions d JOIN transactions k ON k.id = d.duplicate_of"
					+ " WHERE k.file_id = 1 AND d.file_id = 2 AND k.date = d.date AND k.description = d.description"))
				.isEqualTo(4);
			assertThat(single(sql, "SELECT SUM(amount_minor) FROM transactions WHERE account_key = 'EUR "
					+ "******************3000' AND duplicate_of IS NULL"))
				.isEqualTo(201250 - 165600);
			assertThat(single(sql, "SELECT COUNT(*) FROM files")).isEqualTo(3);
			assertThat(single(sql, "SELECT source_file_id FROM files WHERE id = 3")).isEqualTo(13);
		}
	}

	@Test
	void namesTheFileWhoseOutputCannotBeRead() {
		CombineSource broken = new CombineSource(99L, "broken.csv",
				() -> new ByteArrayInputStream("{\"files\": [{\"name\": 3".getBytes(StandardCharsets.UTF_8)));

		assertThatThrownBy(() -> CombinedOutputs.stage(List.of(source(Fixtures.march()), broken),
				this.dir.resolve("broken.sqlite")))
			.isInstanceOfSatisfying(StatementException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
			.hasMessageStartingWith("File \"broken.csv\": ");
	}

	static CombineSource source(ExportSource source) {
		byte[] json = JsonExporterTest.write(source).getBytes(StandardCharsets.UTF_8);
		return new CombineSource(source.sourceId(), source.name(), () -> new ByteArrayInputStream(json));
	}

	private byte[] mergedXlsx() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.combined.writeMergedXlsx(out);
		return out.toByteArray();
	}

	private byte[] separateXlsx() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.combined.writeSeparateXlsx(out);
		return out.toByteArray();
	}

	private static List<Row> dataRows(byte[] xlsx, String sheet) {
		List<Row> rows = XlsxFiles.rows(xlsx, sheet);
		return rows.subList(1, rows.size());
	}

	/**
	 * The rows of a titled table in the Summary: after its title and header row, up to a
	 * blank row.
	 */
	private static List<Row> table(List<Row> summary, String title) {
		int start = 0;
		while (!title.equals(text(summary.get(start), 0))) {
			start++;
		}
		int end = start + 2;
		while (end < summary.size() && text(summary.get(end), 0) != null && summary.get(end).getCellCount() > 2) {
			end++;
		}
		return summary.subList(start + 2, end);
	}

	private static List<Object> transactions(ExportSource source) {
		return source.extraction()
			.statements()
			.stream()
			.flatMap((s) -> Stream.of(s.statement().transactions().toArray()))
			.toList();
	}

	private static String text(Row row, int column) {
		return (column < row.getCellCount() && row.getCell(column) != null) ? row.getCell(column).asString() : null;
	}

	private static long single(Statement sql, String query) throws SQLException {
		try (ResultSet rows = sql.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
