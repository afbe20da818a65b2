package com.excellentbanking.statements.ofx;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.detect.FormatDetector;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.model.Transaction;
import com.excellentbanking.statements.ofx.BeancountEntries.Entry;
import com.excellentbanking.statements.ofx.BeancountEntries.Posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The parser against the corpus, field by field. The beancount-import files are GPL and
 * are read in place, never copied. Totals go to standard output for
 * {@code docs/accuracy/ofx-qif.md}.
 */
class OfxCorpusTest {

	private final OfxStatementParser parser = new OfxStatementParser();

	private final Map<Path, ParsedDocument> parsed = new HashMap<>();

	private static Path corpus(String folder) {
		String dir = System.getProperty("eb.corpus.dir");
		assumeTrue(dir != null && Files.isDirectory(Path.of(dir, folder)), "corpus not available");
		return Path.of(dir, folder);
	}

	private ParsedDocument parse(Path file) {
		return this.parsed.computeIfAbsent(file, (path) -> {
			try {
				return this.parser.parse(Files.readAllBytes(path), ReadOptions.DEFAULT);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@Test
	void detectorRecognisesEveryOfxAndQfxFile() throws IOException {
		try (Stream<Path> files = Files.walk(corpus("ofx"))) {
			List<Path> statements = files.filter((p) -> p.toString().endsWith(".ofx") || p.toString().endsWith(".qfx"))
				.toList();
			assertThat(statements).hasSizeGreaterThanOrEqualTo(22);
			for (Path file : statements) {
				assertThat(FormatDetector.detect(Files.readAllBytes(file))).as(file.toString())
					.contains(StatementFormat.OFX);
			}
		}
	}

	/**
	 * Each expected transaction is matched by FITID; its cash posting (the one carrying
	 * the FITID in the statement's currency, not a security at cost) gives date, amount
	 * and currency, its metadata memo and name. Balance assertions in a currency must be
	 * a closing balance of a bank or card statement of that file.
	 */
	@Test
	void agreesWithBeancountImportResults() throws IOException {
		Path root = corpus("ofx/beancount-import");
		List<String> misses = new ArrayList<>();
		int checked = 0;
		int securityOnly = 0;
		int synthesized = 0;
		Map<String, Integer> perFile = new java.util.TreeMap<>();
		int balancesChecked = 0;
		int balancesNotStated = 0;
		List<Path> tests;
		try (Stream<Path> dirs = Files.list(root)) {
			tests = dirs.filter((p) -> p.getFileName().toString().startsWith("test_")).sorted().toList();
		}
		for (Path test : tests) {
			for (Entry entry : BeancountEntries.read(test.resolve("import_results.beancount"))) {
				if (entry.sourceFile() == null) {
					continue;
				}
				ParsedDocument document = parse(root.resolve(entry.sourceFile()));
				String where = test.getFileName() + "/" + entry.sourceFile() + " " + entry.date();
				if (entry.isBalance()) {
					if (!isCurrency(entry.balanceCurrency())) {
						continue;
					}
					Statement statement = document.statements()
						.stream()
						.filter((s) -> Objects.equals(s.currency(), entry.balanceCurrency())
								&& s.closingBalance() != null
								&& s.closingBalance().compareTo(entry.balanceAmount()) == 0)
						.findFirst()
						.orElse(null);
					boolean investmentOnly = document.statements()
						.stream()
						.allMatch((s) -> s.closingBalance() == null && isInvestment(s));
					if (statement != null) {
						balancesChecked++;
					}
					else if (investmentOnly) {
						balancesNotStated++;
					}
					else {
						misses.add(where + ": no statement closes at " + entry.balanceAmount());
					}
					continue;
				}
				Posting cash = entry.postings()
					.stream()
					.filter((p) -> p.meta().containsKey("ofx_fitid") && !p.atCost() && isCurrency(p.commodity()))
					.findFirst()
					.orElse(null);
				if (cash == null) {
					securityOnly++;
					continue;
				}
				if (cash.meta().get("ofx_fitid").startsWith(">")) {
					// beancount-import's own transfer to a separate cash account, not in
					// the file
					synthesized++;
					continue;
				}
				checked++;
				perFile.merge(entry.sourceFile(), 1, Integer::sum);
				String miss = compare(document, entry, cash);
				if (miss != null) {
					misses.add(where + ": " + miss);
				}
			}
		}
		System.out.printf(
				"beancount-import: %d cash transactions checked, %d security-only entries, "
						+ "%d importer transfers, %d balances checked, %d investment cash balances not stated, "
						+ "%d misses%n",
				checked, securityOnly, synthesized, balancesChecked, balancesNotStated, misses.size());
		perFile.forEach((file, count) -> System.out.println("  " + file + ": " + count + " checked"));
		misses.forEach((m) -> System.out.println("  miss: " + m));
		assertThat(checked).isGreaterThanOrEqualTo(75);
		assertThat(misses).isEmpty();
	}

	private static String compare(ParsedDocument document, Entry entry, Posting cash) {
		String fitId = cash.meta().get("ofx_fitid");
		for (Statement statement : document.statements()) {
			for (Transaction transaction : statement.transactions()) {
				if (!fitId.equals(transaction.reference())) {
					continue;
				}
				List<String> differences = new ArrayList<>();
				LocalDate expectedDate = (cash.meta().containsKey("date")) ? LocalDate.parse(cash.meta().get("date"))
						: entry.date();
				if (!transaction.date().equals(expectedDate)) {
					differences.add("date " + transaction.date() + " != " + expectedDate);
				}
				// beancount-import rounds cash to the currency's precision (half-even);
				// the
				// parser keeps the file's decimals, so compare at the expected precision
				BigDecimal amount = (transaction.amount().scale() > cash.amount().scale())
						? transaction.amount().setScale(cash.amount().scale(), RoundingMode.HALF_EVEN)
						: transaction.amount();
				if (amount.compareTo(cash.amount()) != 0) {
					differences.add("amount " + transaction.amount() + " != " + cash.amount());
				}
				String currency = (transaction.currency() != null) ? transaction.currency() : statement.currency();
				if (!cash.commodity().equals(currency)) {
					differences.add("currency " + currency + " != " + cash.commodity());
				}
				String memo = cash.meta().get("ofx_memo");
				if (memo != null && !transaction.description().contains(oneLine(memo))) {
					differences.add("description '" + transaction.description() + "' lacks memo '" + memo + "'");
				}
				String name = cash.meta().get("ofx_name");
				if (name != null && !oneLine(name).equals(transaction.counterparty())) {
					differences.add("counterparty '" + transaction.counterparty() + "' != '" + name + "'");
				}
				return differences.isEmpty() ? null : "FITID " + fitId + ": " + String.join(", ", differences);
			}
		}
		return "FITID " + fitId + " (" + cash.amount() + ") not found";
	}

	private static boolean isInvestment(Statement statement) {
		return statement.warnings().stream().anyMatch((w) -> w.startsWith("Investment statement"));
	}

	private static boolean isCurrency(String commodity) {
		return commodity.matches("USD|CAD|AUD|EUR|GBP");
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	@Test
	void agreesWithActualSnapshotForHtmlEscapedValues() throws IOException {
		Path folder = corpus("ofx/actual");
		JsonNode expected = new ObjectMapper().readTree(folder.resolve("expected_from_actual_snapshot.json").toFile())
			.get("ofx/actual/html-vals.qfx");
		Statement statement = parse(folder.resolve("html-vals.qfx")).statements().get(0);
		assertThat(statement.transactions()).hasSize(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			JsonNode row = expected.get(i);
			Transaction transaction = statement.transactions().get(i);
			assertThat(transaction.amount().movePointRight(2).intValueExact()).isEqualTo(row.get("amount").asInt());
			assertThat(transaction.date()).isEqualTo(
					LocalDate.parse(row.get("date").asString(), java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
			assertThat(transaction.reference()).isEqualTo(row.get("financial_id").asString());
			assertThat(transaction.counterparty()).isEqualTo(row.get("imported_description").asString());
			assertThat(transaction.description()).endsWith(row.get("notes").asString());
		}
		assertThat(statement.currency()).isEqualTo("CAD");
		assertThat(statement.closingBalance()).isEqualByComparingTo("1111.11");
	}

	/** No expected data ships for these; the values are read off the files by eye. */
	@Test
	void chaseCreditCardAsPrinted() {
		Statement statement = parse(corpus("ofx/ofxparse").resolve("chase_cc.qfx")).statements().get(0);
		assertThat(statement.account().number()).isEqualTo("0123012301230123");
		assertThat(statement.transactions()).hasSize(1);
		Transaction transaction = statement.transactions().get(0);
		assertThat(transaction.date()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(transaction.amount()).isEqualByComparingTo("-10.00");
		// the byte 0xA6 is '¦' in CHARSET:1252
		assertThat(transaction.counterparty()).isEqualTo("SQ *ECCO UN POCO \u00a6 NATURA");
		assertThat(statement.closingBalance()).isEqualByComparingTo("-10.00");
		assertThat(statement.openingBalance()).isNull();
	}

	@Test
	void tiaaCrefPositionsHaveNoCashMovement() {
		Statement statement = parse(corpus("ofx/ofxparse").resolve("tiaacref.ofx")).statements().get(0);
		assertThat(statement.account().number()).isEqualTo("111A1111 22B222 33C333");
		assertThat(statement.currency()).isEqualTo("USD");
		assertThat(statement.transactions()).isEmpty();
		assertThat(statement.warnings()).anyMatch((w) -> w.startsWith("Skipped TRANSFER"));
	}

	@Test
	void multipleAccountsGiveOneStatementEach() {
		List<Statement> statements = parse(corpus("ofx/beancount-import").resolve("multiple_accounts.ofx"))
			.statements();
		assertThat(statements).extracting((s) -> s.account().number()).containsExactly("9100", "9200");
		assertThat(statements).extracting(Statement::closingBalance)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("111"), new BigDecimal("222"));
	}

}
