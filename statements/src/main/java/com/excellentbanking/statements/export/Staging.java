package com.excellentbanking.statements.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.Transaction;

/**
 * Streams per-file JSON outputs into a {@link SqliteStore}, one transaction at a time, so
 * staging holds no more than one row in memory whatever the number of files.
 */
final class Staging implements JsonStatementReader.Handler {

	private final SqliteStore store;

	private final CombineSource source;

	private long fileId;

	private StatementSummary statement;

	private long statementId;

	private int position;

	private Staging(SqliteStore store, CombineSource source) {
		this.store = store;
		this.source = source;
	}

	static void stage(SqliteStore store, CombineSource source) {
		try (InputStream in = source.json().open()) {
			new JsonStatementReader().read(in, new Staging(store, source));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading the JSON output of \"" + source.name() + "\" failed", ex);
		}
		catch (StatementException ex) {
			throw new StatementException(ex.code(), "File \"" + source.name() + "\": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void file(FileSummary file) {
		this.fileId = this.store.addFile(new FileSummary(this.source.sourceId(), this.source.name(), file.format(),
				file.pageCount(), file.characterCount(), file.transactionCount(), file.warnings()));
	}

	@Override
	public void statement(StatementSummary statement) {
		this.statement = statement;
		this.statementId = this.store.addStatement(this.fileId, statement);
		this.position = 0;
	}

	@Override
	public void transaction(Transaction transaction) {
		this.store.addTransaction(this.fileId, this.statementId, this.source.sourceId(), this.statement,
				this.position++, transaction);
	}

}
