package com.excellentbanking.statements.qif;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The parser against the corpus. quiffen's files are GPL and read in place; they ship no
 * expected data, so the values asserted here are read off the files.
 */
class QifCorpusTest {

	private final QifStatementParser parser = new QifStatementParser();

	private static Path corpus(String folder) {
		String dir = System.getProperty("eb.corpus.dir");
		assumeTrue(dir != null && Files.isDirectory(Path.of(dir, folder)), "corpus not available");
		return Path.of(dir, folder);
	}

	private ParsedDocument parse(Path file) throws IOException {
		return this.parser.parse(Files.readAllBytes(file), ReadOptions.DEFAULT);
	}

	@Test
	void detectorRecognisesEveryQifFile() throws IOException {
		try (Stream<Path> files = Files.walk(corpus("qif"))) {
			List<Path> qif = files.filter((p) -> p.toString().endsWith(".qif")).toList();
			assertThat(qif).hasSize(4);
			for (Path file : qif) {
				assertThat(FormatDetector.detect(Files.readAllBytes(file))).as(file.toString())
					.contains(StatementFormat.QIF);
			}
		}
	}

	@Test
	void agreesWithActualTests() throws IOException {
		Path folder = corpus("qif/actual");
		JsonNode expected = new ObjectMapper().readTree(folder.resolve("expected_from_actual_tests.json").toFile());

		JsonNode categories = expected.get("qif/actual/qif-category.qif").get("transactions");
		List<Transaction> transactions = parse(folder.resolve("qif-category.qif")).statements().get(0).transactions();
		assertThat(transactions).hasSize(categories.size());
		for (int i = 0; i < categories.size(); i++) {
			assertThat(transactions.get(i).counterparty()).isEqualTo(categories.get(i).get("payee_name").asString());
			// Actual keeps the last level of the category path
			String category = transactions.get(i).type();
			assertThat(category.substring(category.lastIndexOf(':') + 1))
				.isEqualTo(categories.get(i).get("category").asString());
		}

		JsonNode account = expected.get("qif/actual/qif-account.qif");
		List<Statement> statements = parse(folder.resolve("qif-account.qif")).statements();
		assertThat(statements).hasSize(1);
		assertThat(statements.get(0).transactions()).hasSize(account.get("transactions_count").asInt());
		assertThat(statements.get(0).account().identity().toUpperCase(Locale.ROOT))
			.isEqualTo(account.get("accountHint").get("id").asString());
		Transaction transaction = statements.get(0).transactions().get(0);
		assertThat(transaction.date()).isEqualTo(LocalDate.of(2018, 12, 19));
		assertThat(transaction.amount()).isEqualByComparingTo("-25.00");
	}

	@Test
	void quiffenTestFile() throws IOException {
		ParsedDocument document = parse(corpus("qif/quiffen").resolve("test.qif"));
		assertThat(document.statements()).hasSize(1);
		List<Transaction> transactions = document.statements().get(0).transactions();
		assertThat(transactions).extracting(Transaction::date)
			.containsExactly(LocalDate.of(2020, 2, 10), LocalDate.of(2020, 2, 14), LocalDate.of(2020, 2, 14),
					LocalDate.of(2020, 2, 12), LocalDate.of(2020, 2, 11), LocalDate.of(2020, 2, 10));
		assertThat(transactions).extracting(Transaction::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0.00"), new BigDecimal("67.50"), new BigDecimal("32.00"),
					new BigDecimal("-10.00"), new BigDecimal("-25.00"), new BigDecimal("-100.00"));
		assertThat(transactions).extracting(Transaction::counterparty)
			.containsExactly("Opening Balance", "T-Mobile", "US Post Office", "Target", "Walmart", "Amazon.com");
		assertThat(transactions.get(4).reference()).isEqualTo("123");
		assertThat(transactions.get(5).description()).contains("Healthcare:Prescriptions -15.00 15%]")
			.contains("[split: Food:Groceries -50.00 50%;");
		// the splits of every entry add up to its total, so no warning
		assertThat(document.statements().get(0).warnings()).isEmpty();
		assertThat(document.warnings()).containsExactly("Skipped 1 investment entries (!Type:Invst): not supported");
	}

	@Test
	void quiffenFinanceManagerExport() throws IOException {
		Path file = corpus("qif/quiffen").resolve("test_FMQifTest2023-10-18.qif");
		ParsedDocument document = parse(file);
		assertThat(document.characterCount()).isEqualTo(Files.readString(file).length());
		assertThat(document.statements()).hasSize(1);
		Statement statement = document.statements().get(0);
		assertThat(statement.account().number()).isEqualTo("KD-Bank Berlin");
		assertThat(statement.transactions()).extracting(Transaction::date).containsOnly(LocalDate.of(2023, 10, 18));
		assertThat(statement.transactions()).extracting(Transaction::counterparty)
			.containsExactly("Eröffnungssaldo", "Donor");
		assertThat(statement.transactions().get(1).amount()).isEqualByComparingTo("200.00");
		assertThat(statement.transactions().get(1).description())
			.startsWith("Donor - Donation for Welthungerhilfe [split: Donation/Spende 200.00");
	}

}
