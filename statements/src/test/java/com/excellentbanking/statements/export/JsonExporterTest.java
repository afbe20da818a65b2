package com.excellentbanking.statements.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.Transaction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonExporterTest {

	@Test
	void writesTransactionsWithExactlyTheContractFields() {
		JsonNode document = JsonMapper.builder().build().readTree(write(Fixtures.pdf()));

		JsonNode file = document.get("files").get(0);
		assertThat(file.get("source_file_id").asLong()).isEqualTo(7);
		assertThat(file.get("name").asString()).isEqualTo("march 2024.pdf");
		assertThat(file.get("detected_format").asString()).isEqualTo("pdf");
		JsonNode salary = file.get("statements").get(0).get("transactions").get(1);
		assertThat(salary.propertyNames()).containsExactly("date", "value_date", "description", "amount", "debit",
				"credit", "balance", "currency", "reference", "type", "source_file_id", "statement_index", "page",
				"counterparty", "counterparty_account");
		assertThat(salary.get("date").asString()).isEqualTo("2024-03-05");
		assertThat(salary.get("value_date").asString()).isEqualTo("2024-03-04");
		assertThat(salary.get("description").asString()).isEqualTo("Salary March");
		assertThat(salary.get("debit").isNull()).isTrue();
		assertThat(salary.get("credit").decimalValue()).isEqualByComparingTo("2500.00");
		assertThat(salary.get("currency").asString()).isEqualTo("EUR");
		assertThat(salary.get("source_file_id").asLong()).isEqualTo(7);
		assertThat(salary.get("page").asInt()).isEqualTo(1);
		JsonNode usd = file.get("statements").get(0).get("transactions").get(3);
		assertThat(usd.get("currency").asString()).isEqualTo("USD");
		assertThat(usd.get("debit").decimalValue()).isEqualByComparingTo("0.05");
		JsonNode interest = file.get("statements").get(2).get("transactions").get(0);
		assertThat(interest.get("statement_index").asInt()).isEqualTo(2);
		assertThat(interest.get("balance").isNull()).isTrue();
	}

	@Test
	void keepsDecimalsAsPrinted() {
		String json = write(Fixtures.pdf());

		assertThat(json).contains("\"amount\":-45.10,\"debit\":45.10,\"credit\":null,\"balance\":954.90")
			.contains("\"amount\":-0.00001,\"debit\":0.00001");
	}

	@Test
	void readsTheDocumentBackIntoTheModel() {
		ExportSource original = Fixtures.pdf();

		List<ExportSource> read = new JsonStatementReader()
			.readAll(new ByteArrayInputStream(write(original).getBytes(StandardCharsets.UTF_8)));

		assertThat(read).containsExactly(withMaskedAccounts(original));
		assertThat(read.get(0).extraction().statements().get(2).statement().transactions().get(1).amount())
			.hasToString("-0.00001");
	}

	@Test
	void streamsMetadataBeforeContents() {
		List<String> events = new ArrayList<>();
		new JsonStatementReader().read(new ByteArrayInputStream(write(Fixtures.pdf()).getBytes(StandardCharsets.UTF_8)),
				new JsonStatementReader.Handler() {

					@Override
					public void file(FileSummary file) {
						events.add("file " + file.name() + " " + file.transactionCount());
					}

					@Override
					public void statement(StatementSummary statement) {
						events.add("statement " + statement.statementIndex() + " scale " + statement.minorUnitScale());
					}

					@Override
					public void transaction(Transaction transaction) {
						events.add("transaction");
					}

					@Override
					public void endStatement() {
						events.add("end statement");
					}

					@Override
					public void endFile() {
						events.add("end file");
					}

				});

		assertThat(events).containsExactly("file march 2024.pdf 9", "statement 0 scale 2", "transaction", "transaction",
				"transaction", "transaction", "transaction", "end statement", "statement 1 scale 2", "transaction",
				"transaction", "end statement", "statement 2 scale 5", "transaction", "transaction", "end statement",
				"end file");
	}

	@Test
	void refusesDocumentsThatAreNotStatementJson() {
		JsonStatementReader reader = new JsonStatementReader();

		assertThatThrownBy(() -> reader.readAll(stream("{\"files\": [{\"statements\": [{\"transactions\": [{}]}]}]}")))
			.isInstanceOfSatisfying(StatementException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
			.hasMessageContaining("no date or amount");
		assertThatThrownBy(() -> reader.readAll(stream("{\"files\": ["))).isInstanceOfSatisfying(
				StatementException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE));
		assertThatThrownBy(() -> reader.readAll(stream("[1, 2]"))).isInstanceOf(StatementException.class);
		assertThatThrownBy(() -> reader.readAll(stream("{\"other\": 1}"))).hasMessageContaining("no \"files\"");
	}

	static String write(ExportSource source) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new JsonExporter().write(source, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static ByteArrayInputStream stream(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Outputs carry masked account identifiers, so that is what reading one gives back.
	 */
	private static ExportSource withMaskedAccounts(ExportSource source) {
		Extraction extraction = source.extraction();
		List<ReconciledStatement> statements = extraction.statements().stream().map((reconciled) -> {
			Statement s = reconciled.statement();
			Account masked = new Account(s.account().bank(), s.account().maskedNumber(), s.account().maskedIban(),
					s.account().holder());
			return new ReconciledStatement(new Statement(masked, s.currency(), s.periodStart(), s.periodEnd(),
					s.openingBalance(), s.closingBalance(), s.transactions(), s.warnings()),
					reconciled.reconciliation());
		}).toList();
		return new ExportSource(source.sourceId(), source.name(), new Extraction(extraction.format(),
				extraction.pageCount(), extraction.characterCount(), statements, extraction.warnings()));
	}

}
