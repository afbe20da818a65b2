package com.excellentbanking.statements.export;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryJsonTest {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void summarisesTheFileAndEachStatement() {
		JsonNode summary = this.mapper.readTree(SummaryJson.toJson(Fixtures.pdf().extraction()));

		assertThat(summary.get("detected_format").asString()).isEqualTo("pdf");
		assertThat(summary.get("page_count").asInt()).isEqualTo(2);
		assertThat(summary.get("transaction_count").asInt()).isEqualTo(9);
		assertThat(summary.get("warnings").get(0).asString()).isEqualTo("Page 2: one line could not be read");
		assertThat(summary.get("statements")).hasSize(3);

		JsonNode checking = summary.get("statements").get(0);
		assertThat(checking.get("statement_index").asInt()).isEqualTo(0);
		assertThat(checking.get("bank").asString()).isEqualTo("Demo Bank");
		assertThat(checking.get("account").asString()).isEqualTo("****5678");
		assertThat(checking.get("iban").asString()).isEqualTo("******************3000");
		assertThat(checking.get("holder").asString()).isEqualTo("Jane Doe");
		assertThat(checking.get("currency").asString()).isEqualTo("EUR");
		assertThat(checking.get("period_start").asString()).isEqualTo("2024-03-01");
		assertThat(checking.get("period_end").asString()).isEqualTo("2024-03-31");
		assertThat(checking.get("transaction_count").asInt()).isEqualTo(5);
		assertThat(checking.get("reconciled").asBoolean()).isTrue();
		assertThat(checking.get("reconciliation_status").asString()).isEqualTo("reconciled");
		assertThat(checking.get("first_mismatch").isNull()).isTrue();
		assertThat(checking.get("warnings")).isEmpty();
	}

	@Test
	void namesTheFirstMismatch() {
		JsonNode savings = this.mapper.readTree(SummaryJson.toJson(Fixtures.pdf().extraction()))
			.get("statements")
			.get(1);

		assertThat(savings.get("account").asString()).isEqualTo("*****4321");
		assertThat(savings.get("iban").isNull()).isTrue();
		assertThat(savings.get("period_start").asString()).isEqualTo("2024-03-03");
		assertThat(savings.get("reconciled").asBoolean()).isFalse();
		assertThat(savings.get("reconciliation_status").asString()).isEqualTo("mismatch");
		JsonNode mismatch = savings.get("first_mismatch");
		assertThat(mismatch.get("transaction_index").asInt()).isEqualTo(1);
		assertThat(mismatch.get("kind").asString()).isEqualTo("running_balance");
		assertThat(mismatch.get("expected").decimalValue()).isEqualByComparingTo("7.00");
		assertThat(mismatch.get("actual").decimalValue()).isEqualByComparingTo("8.50");
		assertThat(mismatch.get("message").asString()).contains("8.50");
		assertThat(savings.get("warnings").get(0).asString()).isEqualTo("Balance column partly unreadable");
	}

	@Test
	void writesDecimalsExactlyAsNumbers() {
		String json = SummaryJson.toJson(Fixtures.pdf().extraction());

		assertThat(json).contains("\"opening_balance\":1000.00,\"closing_balance\":3443.00")
			.contains("\"total_in\":2500.50,\"total_out\":57.50")
			.contains("\"opening_balance\":100.00000,\"closing_balance\":100.12344")
			.contains("\"total_in\":0.12345,\"total_out\":0.00001");
	}

}
