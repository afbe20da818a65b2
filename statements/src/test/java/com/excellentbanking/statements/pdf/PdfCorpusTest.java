package com.excellentbanking.statements.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementReader;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-layout PDFs from the corpus against the expectations their publishers ship: the
 * bankstatemently benchmark's transaction and page counts, monopoly's parsed rows.
 */
class PdfCorpusTest {

	@ParameterizedTest
	@ValueSource(strings = { "bsb-001", "bsb-002", "bsb-003", "bsb-004", "bsb-005" })
	void bankStatementBenchmarkCounts(String id) throws IOException {
		Path dir = Corpus.file("pdf/bank-statement-parsing-benchmark/datasets/basic/" + id + "/statement-info.json")
			.getParent();
		JsonNode info = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("statement-info.json")));

		Extraction extraction = StatementReader.withDefaultParsers()
			.read(dir.resolve(id + "-statement.pdf"), ReadOptions.DEFAULT);

		assertThat(extraction.pageCount()).isEqualTo(info.get("pages").asInt());
		assertThat(extraction.transactionCount()).isEqualTo(info.get("transactionCount").asInt());
		assertThat(extraction.statements())
			.allSatisfy((s) -> assertThat(s.statement().currency()).isEqualTo(info.get("currency").asString()));
	}

	@Test
	void bankStatementBenchmarkReconcilesWhereBalancesArePrinted() {
		for (String id : List.of("bsb-001", "bsb-003", "bsb-005")) {
			Path pdf = Corpus
				.file("pdf/bank-statement-parsing-benchmark/datasets/basic/" + id + "/" + id + "-statement.pdf");
			Extraction extraction = StatementReader.withDefaultParsers().read(pdf, ReadOptions.DEFAULT);
			assertThat(extraction.statements()).as(id).allMatch((s) -> s.reconciliation().reconciled());
		}
	}

	@Test
	void bsb004HasTwoAccounts() {
		Path pdf = Corpus.file("pdf/bank-statement-parsing-benchmark/datasets/basic/bsb-004/bsb-004-statement.pdf");
		Extraction extraction = StatementReader.withDefaultParsers().read(pdf, ReadOptions.DEFAULT);
		assertThat(extraction.statements()).extracting((s) -> s.statement().account().number())
			.containsExactly("817-890692-838", "817-890692-001");
		assertThat(extraction.statements()).extracting((s) -> s.statement().transactions().size())
			.containsExactly(15, 10);
	}

	@Test
	void monopolyExampleMatchesItsExpectedRows() throws IOException {
		Path pdf = Corpus.file("pdf/monopoly/example/example_statement.pdf");
		List<String[]> expected = new ArrayList<>();
		for (String row : Files.readAllLines(Corpus.file("pdf/monopoly/example/credit/transformed.csv"))
			.subList(1, 54)) {
			expected.add(row.split(",", 3)[0].isEmpty() ? null : splitCsv(row));
		}

		Extraction extraction = StatementReader.withDefaultParsers().read(pdf, ReadOptions.DEFAULT);

		ReconciledStatement reconciled = extraction.statements().get(0);
		Statement statement = reconciled.statement();
		// monopoly lists the balance brought forward as a row; it is this statement's
		// opening balance.
		String[] opening = expected.remove(0);
		assertThat(opening[1]).isEqualTo("LAST MONTH'S BALANCE");
		assertThat(statement.openingBalance()).isEqualByComparingTo(opening[2]);
		assertThat(statement.transactions()).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			Transaction actual = statement.transactions().get(i);
			assertThat(actual.date()).isEqualTo(LocalDate.parse(expected.get(i)[0]));
			assertThat(actual.description()).isEqualTo(expected.get(i)[1]);
			assertThat(actual.amount()).isEqualByComparingTo(new BigDecimal(expected.get(i)[2]));
		}
		assertThat(reconciled.reconciliation().reconciled()).isTrue();
	}

	private static String[] splitCsv(String row) {
		int first = row.indexOf(',');
		int last = row.lastIndexOf(',');
		String description = row.substring(first + 1, last);
		if (description.startsWith("\"") && description.endsWith("\"")) {
			description = description.substring(1, description.length() - 1).replace("\"\"", "\"");
		}
		return new String[] { row.substring(0, first), description, row.substring(last + 1) };
	}

}
