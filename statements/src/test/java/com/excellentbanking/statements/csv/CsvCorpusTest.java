package com.excellentbanking.statements.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementReader;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Reads the real-format CSV exports of the corpus through the whole engine (detection
 * included) and compares each row's date and amount with independent oracles: bank2ynab's
 * per-bank configuration and beancount-import's expected imports. Read from the corpus
 * directory (beancount-import is GPL and is not copied); skipped without it.
 */
class CsvCorpusTest {

	/**
	 * File → bank2ynab section, and for test files a section giving their column layout.
	 */
	private static final Map<String, String[]> BANK2YNAB_SECTIONS = new LinkedHashMap<>();

	/**
	 * Files where our reading and the conf's reading are known to differ, with the reason
	 * (also in docs/accuracy/csv.md). The test fails if such a file starts to agree, so
	 * the list cannot go stale.
	 */
	private static final Map<String, String> KNOWN_MISSES = Map.of(
			"dba33fceecd62c3c727893361e0ba4d3.P000000027355791.csv",
			"headerless one-row file: 7.80 is printed unsigned in a column the conf calls Outflow; nothing in the file says so",
			"MS_JANE_SMITH_01-12-2019_14-12-2019.csv",
			"the conf reads every amount as Outflow, also '+ £1,100.00' flagged CR (a payment received); we read it as money in",
			"Intelligent_Transactions_20201115-180120.CSV",
			"'10/16/2020 as of 10/15/2020': beancount-import books the 'as of' date, we book the first (posting) date",
			"Brokerage_Transactions_20201115-180021.CSV",
			"4 rows dated 'X as of Y': beancount-import books Y, we book X; 2 expirations without amount are warned, not booked");

	/**
	 * Files where we read real rows that the conf cuts off, with how many: the conf's
	 * footer count is for real exports that end with summary lines this sample lacks.
	 */
	private static final Map<String, Integer> KNOWN_EXTRA_ROWS = Map.of("TransactionHistory_20180418043121.csv", 2);

	private static final List<String> REPORT = new ArrayList<>();

	private static Path corpus;

	static {
		section("20171001-20171106.csv", "DE N26");
		section("2018-04-14_10-52-13_bunq-transactieoverzicht.csv", "NL Bunq checking");
		section("20180226-1000594757-umsatz.CSV", "DE Ostseesparkasse Rostock checking");
		section("20180226_12345678.csv", "UK first direct checking");
		section("2019-03-02_11-50-46_bunq-statement.csv", "NL Bunq checking");
		section("CSV_A_20180414_112204.csv", "NL Rabobank-2018");
		section("MS_JANE_SMITH_01-12-2019_14-12-2019.csv", "UK John Lewis Partnership Card (Pre-2022 Format)");
		section("MonzoDataExport_February2018_2018-02-26_174335.csv", "UK Monzo checking");
		section("Movements_1234512345_201805271848.csv", "CZ Raiffeisen bank");
		section("TH_20180101-20180523_page_1.csv", "CZ Ceska Sporitelna");
		section("TH_20180101-20180523_strana_1.csv", "CZ Ceska Sporitelna");
		section("TH_20180521-20180523.csv", "CZ Ceska Sporitelna");
		section("TransactionHistory_20180418043121.csv", "SG OCBC Bank");
		section("Umsaetze_KtoNr538917600_EUR_02-03-2018_1503.CSV", "DE Commerzbank checking");
		section("W80844_EBH_201945.202122.csv", "HU Erste Bank checking");
		section("dba33fceecd62c3c727893361e0ba4d3.P000000027355791.csv", "SG POSB savings");
		section("export_BE11123456789012_20180304_1422.csv", "BE KBC checking");
		section("export_KBC-Mastercard Business Essential_20200204_1604.csv", "BE KBC credit");
		section("kta_ei.dat", "AT Raiffeisen Bank RCM");
		section("statement_1.csv", "UK Barclaycard credit card");
		section("test_BOI_TransactionExport.csv", "IE Bank of Ireland");
		// test.conf's [test_delimiter_tab] only sets the delimiter; the file is
		// test_row_format_default.csv with tabs, so its layout comes from that section.
		section("test_delimiter_tab.csv", "test_delimiter_tab", "test_row_format_default");
		section("test_headers.csv", "test_record_headers");
		section("test_raiffeisen_01.csv", "test_record_i18n");
		// byte-identical to test_raiffeisen_01.csv; their sections only test file
		// matching
		section("test_raiffeisen_02.csv", "test_record_i18n");
		section("test_regex_123456_87654321_1234_21_12.csv", "test_record_i18n");
		section("test_row_format_CD_flag.csv", "test_row_format_CD_flag");
		section("test_row_format_default.csv", "test_row_format_default");
		section("test_row_format_neg_inflow.csv", "test_row_format_neg_inflow");
		section("umsatz-1234________1234-20180227.CSV", "DE Ostseesparkasse Rostock credit card");
	}

	private static void section(String file, String... sections) {
		BANK2YNAB_SECTIONS.put(file, sections);
	}

	@BeforeAll
	static void locateCorpus() {
		String dir = System.getProperty("eb.corpus.dir");
		assumeThat(dir).as("eb.corpus.dir").isNotNull();
		corpus = Path.of(dir, "csv");
		assumeThat(Files.isDirectory(corpus)).as("corpus at " + corpus).isTrue();
	}

	@AfterAll
	static void writeReport() throws IOException {
		if (corpus != null && !REPORT.isEmpty()) {
			Path target = Path.of("target", "csv-accuracy.md");
			Files.createDirectories(target.getParent());
			Files.write(target, REPORT);
		}
	}

	@Test
	void everyBank2YnabDataFileIsAStatementThatAgreesWithItsConf() throws IOException {
		Path dir = corpus.resolve("bank2ynab");
		Bank2YnabOracle oracle = Bank2YnabOracle.load(dir.resolve("bank2ynab.conf"), dir.resolve("test.conf"));
		List<String> dataFiles;
		try (Stream<Path> files = Files.list(dir)) {
			dataFiles = files.map((p) -> p.getFileName().toString())
				.filter((n) -> !n.endsWith(".conf") && !n.equals("LICENSE"))
				.sorted()
				.toList();
		}
		assertThat(dataFiles).hasSize(BANK2YNAB_SECTIONS.size() + 1);
		int files = 0;
		int rows = 0;
		int agreed = 0;
		REPORT.add("| bank2ynab file | conf section | conf rows | ours | agree |");
		REPORT.add("|---|---|---|---|---|");
		for (Map.Entry<String, String[]> entry : BANK2YNAB_SECTIONS.entrySet()) {
			String name = entry.getKey();
			String[] sections = entry.getValue();
			List<Bank2YnabOracle.Row> expected = oracle.read(dir.resolve(name), sections[0],
					(sections.length > 1) ? sections[1] : null);
			List<Transaction> ours = transactions(read(dir.resolve(name)));
			boolean datesKnown = expected.stream().allMatch((r) -> r.date() != null);
			int matched = matched(expected.stream().map((r) -> key(datesKnown ? r.date() : null, r.amount())).toList(),
					ours.stream().map((t) -> key(datesKnown ? t.date() : null, t.amount())).toList());
			files++;
			rows += expected.size();
			agreed += matched;
			REPORT.add("| " + name + " | " + sections[0] + " | " + expected.size() + " | " + ours.size() + " | "
					+ matched + ((datesKnown) ? "" : " (amounts only: conf has no date format)") + " |");
			assertThat(expected).as(name + ": the conf reads rows").isNotEmpty();
			if (KNOWN_MISSES.containsKey(name)) {
				assertThat(matched).as(name + " is a documented miss").isLessThan(expected.size());
			}
			else {
				assertThat(matched).as(name + ": rows agreeing with [" + sections[0] + "]").isEqualTo(expected.size());
				assertThat(ours).as(name + ": rows the conf does not read")
					.hasSize(expected.size() + KNOWN_EXTRA_ROWS.getOrDefault(name, 0));
			}
		}
		REPORT.add("");
		REPORT.add("bank2ynab: " + files + " files, " + rows + " rows, " + agreed + " agree (" + percent(agreed, rows)
				+ ")");
		REPORT.add("");
	}

	@Test
	void theSwedbankExportNamedXlsIsACsvWhoseStatedBalancesReconcile() {
		Extraction extraction = read(corpus.resolve("bank2ynab/test_swedebank_statement.xls"));
		assertThat(extraction.statements()).hasSize(1);
		ReconciledStatement only = extraction.statements().get(0);
		Statement statement = only.statement();
		assertThat(statement.account().iban()).isEqualTo("LT357300000000000000");
		assertThat(statement.currency()).isEqualTo("LTL");
		assertThat(statement.openingBalance()).isEqualTo(new BigDecimal("10374.04"));
		assertThat(statement.closingBalance()).isEqualTo(new BigDecimal("12952.97"));
		assertThat(statement.transactions()).hasSize(13);
		assertThat(statement.totalOut()).isEqualTo(new BigDecimal("284.70"));
		assertThat(statement.totalIn()).isEqualTo(new BigDecimal("2863.63"));
		assertThat(only.reconciliation().reconciled()).isTrue();
	}

	@Test
	void beancountImportTransactionListsAgreeWithItsExpectedImports() throws IOException {
		Path root = corpus.resolve("beancount-import");
		int expectedTotal = 0;
		int oursTotal = 0;
		int matchedTotal = 0;
		REPORT.add("| beancount-import file | expected | ours | agree |");
		REPORT.add("|---|---|---|---|");
		Map<String, Path> lists = new LinkedHashMap<>();
		lists.put("mint.csv", root.resolve("mint/test_basic/import_results.beancount"));
		lists.put("transactions.csv", root.resolve("venmo/test_basic/import_results.beancount"));
		for (String test : List.of("test_basic", "test_lots")) {
			Path results = root.resolve("schwab_csv/" + test + "/import_results.beancount");
			for (String file : BeancountExpectations.read(results).keySet()) {
				if (file.contains("/transactions/")) {
					lists.put(file, results);
				}
			}
		}
		for (Map.Entry<String, Path> entry : lists.entrySet()) {
			Path csv = entry.getValue().getParent().resolve(entry.getKey());
			if (!entry.getKey().contains("/")) {
				csv = entry.getValue().getParent().getParent().resolve(entry.getKey());
			}
			else {
				csv = entry.getValue().getParent().getParent().resolve(entry.getKey());
			}
			List<BeancountExpectations.Movement> expected = BeancountExpectations.read(entry.getValue())
				.get(entry.getKey());
			List<Transaction> ours = transactions(read(csv));
			int matched = matched(expected.stream().map((m) -> key(m.date(), m.amount())).toList(),
					ours.stream().map((t) -> key(t.date(), t.amount())).toList());
			expectedTotal += expected.size();
			oursTotal += ours.size();
			matchedTotal += matched;
			REPORT
				.add("| " + csv.getFileName() + " | " + expected.size() + " | " + ours.size() + " | " + matched + " |");
			if (KNOWN_MISSES.containsKey(csv.getFileName().toString()) && csv.toString().contains("test_basic/")) {
				assertThat(matched).as(csv + " is a documented miss").isLessThan(ours.size());
			}
			else {
				assertThat(matched).as(csv + ": our rows confirmed by beancount-import").isEqualTo(ours.size());
			}
		}
		REPORT.add("");
		REPORT
			.add("beancount-import: " + lists.size() + " files, " + expectedTotal + " expected movements, " + oursTotal
					+ " rows read, " + matchedTotal + " agree (" + percent(matchedTotal, oursTotal) + " of ours)");
		REPORT.add("");
	}

	@Test
	void filesThatAreNotTransactionListsSayWhy() throws IOException {
		Path root = corpus.resolve("beancount-import");
		List<Path> positions;
		try (Stream<Path> files = Files.walk(root)) {
			positions = files
				.filter((p) -> p.toString().contains("/positions/") && p.toString().matches("(?i).*\\.csv"))
				.sorted()
				.toList();
		}
		assertThat(positions).hasSizeGreaterThanOrEqualTo(5);
		for (Path file : positions) {
			assertError(file, ErrorCode.UNSUPPORTED_FORMAT);
		}
		assertError(root.resolve("venmo/balances.csv"), ErrorCode.UNSUPPORTED_FORMAT);
		assertError(root.resolve("schwab_csv/test_basic/transactions/Brokerage_Transactions_20201130-180000.CSV"),
				ErrorCode.NO_TRANSACTIONS_FOUND);
		REPORT.add("Not statements (error asserted): " + positions.size()
				+ " Schwab positions/lots files and venmo/balances.csv → unsupported_format;"
				+ " Brokerage_Transactions_20201130-180000.CSV (header, no rows) → no_transactions_found");
	}

	@Test
	void hledgerNorma43ExportReadsItsTwoMovements() {
		Statement statement = read(corpus.resolve("hledger/csb43.csv")).statements().get(0).statement();
		assertThat(statement.currency()).isEqualTo("EUR");
		assertThat(statement.transactions()).extracting(Transaction::date, Transaction::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2019, 11, 2), new BigDecimal("1500.00")),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2019, 11, 10), new BigDecimal("-500.00")));
	}

	private static void assertError(Path file, ErrorCode code) {
		assertThatThrownBy(() -> read(file)).as(file.toString())
			.isInstanceOf(StatementException.class)
			.satisfies((e) -> assertThat(((StatementException) e).code()).isEqualTo(code));
	}

	private static Extraction read(Path file) {
		return StatementReader.withDefaultParsers().read(file, ReadOptions.DEFAULT);
	}

	private static List<Transaction> transactions(Extraction extraction) {
		return extraction.statements().stream().flatMap((s) -> s.statement().transactions().stream()).toList();
	}

	private static String key(LocalDate date, BigDecimal amount) {
		return date + " " + amount.stripTrailingZeros().toPlainString();
	}

	/** The size of the multiset intersection. */
	private static int matched(List<String> expected, List<String> ours) {
		Map<String, Integer> counts = new HashMap<>();
		ours.forEach((k) -> counts.merge(k, 1, Integer::sum));
		int matched = 0;
		for (String key : expected) {
			Integer left = counts.get(key);
			if (left != null && left > 0) {
				counts.put(key, left - 1);
				matched++;
			}
		}
		return matched;
	}

	private static String percent(int part, int whole) {
		return (whole == 0) ? "n/a" : String.format("%.1f%%", 100.0 * part / whole);
	}

}
