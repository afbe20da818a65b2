package com.excellentbanking.statements.export;

import java.io.OutputStream;

import com.excellentbanking.statements.model.Transaction;
import tools.jackson.core.JsonGenerator;

/**
 * Streams the JSON output document, one event at a time, so a document of any size is
 * written in constant memory:
 *
 * <pre>{@code
 * {"files": [{"source_file_id": 7, "name": "march.csv", "detected_format": "csv", ...,
 *             "warnings": [],
 *             "statements": [{"statement_index": 0, ...metadata..., "minor_unit_scale": 2,
 *                             "transactions": [{...}, ...]}]}]}
 * }</pre>
 *
 * Every file's and statement's metadata comes before its contents, which is what lets
 * {@link JsonStatementReader} stream the document back.
 */
final class JsonDocumentWriter implements AutoCloseable {

	private final JsonGenerator generator;

	private FileSummary file;

	private StatementSummary statement;

	JsonDocumentWriter(OutputStream out) {
		this.generator = Json.generator(out);
		this.generator.writeStartObject();
		this.generator.writeName("files");
		this.generator.writeStartArray();
	}

	void beginFile(FileSummary file) {
		this.file = file;
		this.generator.writeStartObject();
		Json.integer(this.generator, "source_file_id", file.sourceFileId());
		Json.string(this.generator, "name", file.name());
		SummaryJson.writeFileFields(this.generator, file);
		this.generator.writeNumberProperty("character_count", file.characterCount());
		Json.strings(this.generator, "warnings", file.warnings());
		this.generator.writeName("statements");
		this.generator.writeStartArray();
	}

	void beginStatement(StatementSummary statement) {
		this.statement = statement;
		this.generator.writeStartObject();
		SummaryJson.writeStatementFields(this.generator, statement);
		this.generator.writeNumberProperty("minor_unit_scale", statement.minorUnitScale());
		this.generator.writeName("transactions");
		this.generator.writeStartArray();
	}

	void transaction(Transaction transaction) {
		TransactionJson.write(this.generator, transaction, this.statement.currency(), this.file.sourceFileId(),
				this.statement.statementIndex());
	}

	void endStatement() {
		this.generator.writeEndArray();
		this.generator.writeEndObject();
		this.statement = null;
	}

	void endFile() {
		this.generator.writeEndArray();
		this.generator.writeEndObject();
		this.file = null;
	}

	/** Ends the document and flushes it; the caller's stream stays open. */
	@Override
	public void close() {
		this.generator.writeEndArray();
		this.generator.writeEndObject();
		this.generator.close();
	}

}
