package com.excellentbanking.statements.export;

import java.util.Locale;

import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.Reconciliation.Mismatch;
import tools.jackson.core.JsonGenerator;

/**
 * The statement metadata of SPEC §4 {@code processed_data}: the one place that decides
 * how a file and its statements are summarised, used for the service's
 * {@code processed_data} and inside every JSON output.
 *
 * <pre>{@code
 * {"detected_format": "csv", "page_count": 0, "transaction_count": 12,
 *  "statements": [{"statement_index": 0, "bank": ..., "account": "******1234", ...}],
 *  "warnings": []}
 * }</pre>
 */
public final class SummaryJson {

	private SummaryJson() {
	}

	/** The {@code processed_data} document of a completed file. */
	public static String toJson(Extraction extraction) {
		return Json.toJson((generator) -> write(generator, extraction));
	}

	public static void write(JsonGenerator generator, Extraction extraction) {
		FileSummary file = FileSummary.of(new ExportSource(null, null, extraction));
		generator.writeStartObject();
		writeFileFields(generator, file);
		generator.writeName("statements");
		generator.writeStartArray();
		for (int i = 0; i < extraction.statements().size(); i++) {
			generator.writeStartObject();
			writeStatementFields(generator, StatementSummary.of(i, extraction.statements().get(i)));
			generator.writeEndObject();
		}
		generator.writeEndArray();
		Json.strings(generator, "warnings", file.warnings());
		generator.writeEndObject();
	}

	/** The file's fields, into an object the caller has opened. */
	static void writeFileFields(JsonGenerator generator, FileSummary file) {
		Json.string(generator, "detected_format", (file.format() != null) ? file.format().code() : null);
		generator.writeNumberProperty("page_count", file.pageCount());
		generator.writeNumberProperty("transaction_count", file.transactionCount());
	}

	/** The statement's fields, into an object the caller has opened. */
	static void writeStatementFields(JsonGenerator generator, StatementSummary statement) {
		generator.writeNumberProperty("statement_index", statement.statementIndex());
		Json.string(generator, "bank", statement.bank());
		Json.string(generator, "account", statement.account());
		Json.string(generator, "iban", statement.iban());
		Json.string(generator, "holder", statement.holder());
		Json.string(generator, "currency", statement.currency());
		Json.date(generator, "period_start", statement.periodStart());
		Json.date(generator, "period_end", statement.periodEnd());
		Json.decimal(generator, "opening_balance", statement.openingBalance());
		Json.decimal(generator, "closing_balance", statement.closingBalance());
		Json.decimal(generator, "total_in", statement.totalIn());
		Json.decimal(generator, "total_out", statement.totalOut());
		generator.writeNumberProperty("transaction_count", statement.transactionCount());
		generator.writeBooleanProperty("reconciled", statement.reconciled());
		Json.string(generator, "reconciliation_status", statement.status().name().toLowerCase(Locale.ROOT));
		writeMismatch(generator, statement.firstMismatch());
		Json.strings(generator, "warnings", statement.warnings());
	}

	private static void writeMismatch(JsonGenerator generator, Mismatch mismatch) {
		generator.writeName("first_mismatch");
		if (mismatch == null) {
			generator.writeNull();
			return;
		}
		generator.writeStartObject();
		generator.writeNumberProperty("transaction_index", mismatch.transactionIndex());
		Json.string(generator, "kind", mismatch.kind());
		Json.decimal(generator, "expected", mismatch.expected());
		Json.decimal(generator, "actual", mismatch.actual());
		Json.string(generator, "message", mismatch.message());
		generator.writeEndObject();
	}

}
