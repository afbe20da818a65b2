package com.excellentbanking.statements.mt940;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.detect.FormatDetector;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.model.Text;
import com.excellentbanking.statements.model.Transaction;
import com.excellentbanking.statements.reconcile.Reconciler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every {@code .sta} of wolph/mt940's test corpus against the expected values its own
 * tests dump (converted to JSON by {@code tools/corpus/mt940_yml_to_json.py}), field by
 * field. Where this parser deliberately differs from wolph/mt940, the comparison encodes
 * the rule and {@code docs/accuracy/camt-mt940.md} explains it.
 */
class Mt940CorpusTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Where wolph/mt940 is wrong and this parser is right, by file and transaction; each
	 * is explained in docs/accuracy/camt-mt940.md. The test fails if one of them stops
	 * differing, so the list stays true.
	 */
	private static final List<String> EXPLAINED = List.of(
			// wolph appends the statement-level :86: after :62F: and the "-XXX" trailer
			"jejik/ing.sta #7: description",
			// a :25: holding :86: text: wolph keeps the last :25:, this parser the first
			"betterplace/sepa_snippet_broken.sta: account",
			// :62M:/:62F: without currency: wolph reads digits of the amount as currency
			"self-provided/raphaelm.sta: closing balance 0.00", "self-provided/raphaelm.sta: closing balance 0.00");

	private final Mt940StatementParser parser = new Mt940StatementParser();

	private int droppedCustomerReferences;

	@Test
	void everyCorpusStatementMatchesTheExpectedDump() throws Exception {
		Path corpus = corpus();
		Path expectedRoot = Path.of(Mt940CorpusTest.class.getResource("/statements/mt940/expected").toURI());
		List<Path> expectedFiles;
		try (Stream<Path> files = Files.walk(expectedRoot)) {
			expectedFiles = files.filter((p) -> p.toString().endsWith(".json")).sorted().toList();
		}
		List<String> misses = new ArrayList<>();
		int transactionsChecked = 0;
		for (Path expectedFile : expectedFiles) {
			String relative = expectedRoot.relativize(expectedFile).toString().replaceAll("\\.json$", ".sta");
			Path source = corpus.resolve(relative);
			JsonNode expected = JSON.readTree(expectedFile.toFile());
			transactionsChecked += compare(relative, Files.readAllBytes(source), expected, misses);
		}
		List<String> explained = misses.stream().filter((m) -> EXPLAINED.stream().anyMatch(m::startsWith)).toList();
		List<String> unexplained = misses.stream().filter((m) -> !explained.contains(m)).toList();
		System.out.println("MT940 corpus: " + expectedFiles.size() + " files, " + transactionsChecked
				+ " transactions, " + unexplained.size() + " unexplained misses, " + explained.size() + " explained, "
				+ this.droppedCustomerReferences + " 16-character customer references wolph drops");
		misses.forEach(System.out::println);
		assertThat(expectedFiles).hasSizeGreaterThanOrEqualTo(50);
		assertThat(transactionsChecked).isGreaterThanOrEqualTo(200);
		assertThat(unexplained).isEmpty();
		assertThat(explained).hasSize(EXPLAINED.size());
	}

	/**
	 * The files without expected output are still real statements: each parses, and every
	 * statement stating both balances adds up.
	 */
	@Test
	void filesWithoutExpectedOutputParseAndReconcile() throws IOException {
		Path corpus = corpus();
		List<Path> files = List.of(corpus.resolve("ASNB/mt940.txt"),
				corpus.resolve("ASNB/mt940_with_spaces_for_entry_date.txt"), corpus.resolve("citi/mt940.txt"),
				corpus.resolve("../actual/data.sta"));
		for (Path file : files) {
			ParsedDocument document = this.parser.parse(Files.readAllBytes(file), ReadOptions.DEFAULT);
			assertThat(document.statements().stream().mapToInt((s) -> s.transactions().size()).sum())
				.as(file.toString())
				.isPositive();
			for (Statement statement : document.statements()) {
				if (statement.openingBalance() != null && statement.closingBalance() != null) {
					assertThat(Reconciler.reconcile(statement).reconciled()).as(file + " " + statement.closingBalance())
						.isTrue();
				}
			}
		}
	}

	@Test
	void detectorRecognisesEveryCorpusFileWithTransactions() throws IOException {
		Path corpus = corpus();
		List<String> notDetected = new ArrayList<>();
		try (Stream<Path> files = Files.walk(corpus)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".sta") || p.toString().endsWith(".txt"))
				.toList()) {
				byte[] content = Files.readAllBytes(file);
				boolean hasStatementLine = new String(content, java.nio.charset.StandardCharsets.ISO_8859_1)
					.contains(":61:");
				if (hasStatementLine && FormatDetector.detect(content).orElse(null) != StatementFormat.MT940) {
					notDetected.add(corpus.relativize(file).toString());
				}
			}
		}
		assertThat(notDetected).isEmpty();
	}

	private int compare(String file, byte[] content, JsonNode expected, List<String> misses) {
		JsonNode expectedTransactions = expected.get("transactions");
		ParsedDocument document;
		try {
			document = this.parser.parse(content, ReadOptions.DEFAULT);
		}
		catch (StatementException ex) {
			if (!expectedTransactions.isEmpty()) {
				misses.add(file + ": " + ex.getMessage());
			}
			return 0;
		}
		List<Transaction> actual = document.statements().stream().flatMap((s) -> s.transactions().stream()).toList();
		if (actual.size() != expectedTransactions.size()) {
			misses.add(file + ": " + actual.size() + " transactions, expected " + expectedTransactions.size());
			return 0;
		}
		List<StatementLine> lines = SwiftFields.split(SwiftText.decode(content))
			.stream()
			.filter((field) -> field.tag().equals("61"))
			.map((field) -> StatementLine.parse(field, new ArrayList<>()))
			.toList();
		for (int i = 0; i < actual.size(); i++) {
			compareTransaction(file + " #" + (i + 1), actual.get(i), lines.get(i), expectedTransactions.get(i), misses);
		}
		compareStatement(file, document.statements(), expected.get("statement"), misses);
		return actual.size();
	}

	private void compareTransaction(String where, Transaction actual, StatementLine line, JsonNode expected,
			List<String> misses) {
		String status = expected.get("status").asString();
		BigDecimal amount = new BigDecimal(expected.get("amount").get("amount").asString());
		// wolph/mt940 signs by the last letter only; SWIFT books RC (reversed credit) as
		// a
		// debit and RD as a credit, which is what makes the corpus statements reconcile
		if (status.startsWith("R")) {
			amount = amount.negate();
		}
		check(misses, where, "amount", amount.stripTrailingZeros(), actual.amount().stripTrailingZeros());
		check(misses, where, "value date", LocalDate.parse(expected.get("date").asString()), actual.valueDate());
		JsonNode entry = expected.get("guessed_entry_date");
		LocalDate booking = (entry != null && !entry.isNull()) ? LocalDate.parse(entry.asString()) : actual.valueDate();
		check(misses, where, "booking date", booking, actual.date());
		String currency = text(expected, "currency");
		if (currency != null) {
			check(misses, where, "currency", currency, actual.currency());
		}
		String type = text(expected, "id");
		check(misses, where, "type", (type != null) ? type.strip() : null, actual.type());
		// wolph writes a missing reference sometimes as NONREF, sometimes as None
		String customer = withoutNonref(firstLine(text(expected, "customer_reference")));
		String bank = withoutNonref(text(expected, "bank_reference"));
		if (customer != null || line.customerReference() == null || line.customerReference().length() != 16
				|| line.bankReference() == null) {
			check(misses, where, "customer reference", customer, withoutNonref(line.customerReference()));
		}
		else {
			this.droppedCustomerReferences++;
		}
		check(misses, where, "bank reference", (bank != null) ? bank.strip() : null,
				withoutNonref(line.bankReference()));
		String reference = (line.reference() != null) ? Text.oneLine(line.reference()) : actual.reference();
		check(misses, where, "reference", reference, actual.reference());
		String name = text(expected, "applicant_name");
		if (name != null) {
			check(misses, where, "counterparty", Text.oneLine(name), actual.counterparty());
		}
		String account = text(expected, "applicant_iban");
		if (account != null) {
			check(misses, where, "counterparty account", account, actual.counterpartyAccount());
		}
		String postingText = text(expected, "posting_text");
		if (postingText != null && !actual.description().contains(Text.oneLine(postingText))) {
			misses.add(where + ": description '" + actual.description() + "' lacks posting text '" + postingText + "'");
		}
		String details = text(expected, "transaction_details");
		if (details != null && expected.get("posting_text") == null && !details.startsWith("/")
				&& !details.matches("(?s)^\\d{3}[?~^>].*")) {
			String free = Text.oneLine(details);
			String shown = status.startsWith("R") ? Text.oneLine("Reversal " + free) : free;
			check(misses, where, "description", shown, actual.description());
		}
	}

	private void compareStatement(String file, List<Statement> statements, JsonNode expected, List<String> misses) {
		if (statements.isEmpty()) {
			return;
		}
		Statement last = statements.get(statements.size() - 1);
		String account = text(expected, "account_identification");
		if (account != null) {
			String actual = (last.account().iban() != null) ? last.account().iban() : last.account().number();
			String compact = (actual != null) ? actual.replace(" ", "") : null;
			String wanted = Text.oneLine(account).replace(" ", "");
			// wolph keeps the first 35 characters of :25:, the field's maximum length
			boolean truncated = actual != null && actual.length() > 35 && compact.startsWith(wanted);
			if (!truncated) {
				check(misses, file, "account", wanted, compact);
			}
		}
		List<BigDecimal> openings = statements.stream().map(Statement::openingBalance).toList();
		List<BigDecimal> closings = statements.stream().map(Statement::closingBalance).toList();
		balance(misses, file, "opening", expected.get("final_opening_balance"), openings);
		balance(misses, file, "opening", expected.get("intermediate_opening_balance"), openings);
		balance(misses, file, "closing", expected.get("final_closing_balance"), closings);
		balance(misses, file, "closing", expected.get("intermediate_closing_balance"), closings);
	}

	/**
	 * wolph/mt940 keeps one value per balance kind for the whole file (the last one
	 * read), so it must be among the statements' balances; without intermediate balances
	 * it is the last statement's.
	 */
	private void balance(List<String> misses, String file, String kind, JsonNode expected, List<BigDecimal> actual) {
		if (expected == null || expected.isNull()) {
			return;
		}
		BigDecimal amount = new BigDecimal(expected.get("amount").get("amount").asString());
		boolean found = actual.stream().anyMatch((a) -> a != null && a.compareTo(amount) == 0);
		if (!found) {
			misses.add(file + ": " + kind + " balance " + amount + " not among " + actual);
		}
	}

	private static void check(List<String> misses, String where, String field, Object expected, Object actual) {
		if (expected == null ? actual != null : !expected.equals(actual)) {
			misses.add(where + ": " + field + " expected <" + expected + "> but was <" + actual + ">");
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static String withoutNonref(String reference) {
		return (reference == null || reference.isBlank() || reference.strip().equalsIgnoreCase("NONREF")) ? null
				: reference.strip();
	}

	private static String firstLine(String value) {
		if (value == null) {
			return null;
		}
		int end = value.indexOf('\n');
		String line = ((end >= 0) ? value.substring(0, end) : value).strip();
		return line.isEmpty() ? null : line;
	}

	static Path corpus() {
		String dir = System.getProperty("eb.corpus.dir");
		Path path = (dir != null) ? Path.of(dir, "mt940", "mt940") : null;
		assumeTrue(path != null && Files.isDirectory(path), "statement corpus not available");
		return path;
	}

}
