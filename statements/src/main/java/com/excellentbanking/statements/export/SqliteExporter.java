package com.excellentbanking.statements.export;

import java.nio.file.Path;
import java.util.List;

import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Transaction;

/**
 * Writes a processed file as a SQLite database file (see {@link SqliteStore} for the
 * tables). SQLite needs a file, so this writes to a path; the service uploads it from
 * there.
 */
public final class SqliteExporter {

	/** Creates the database at {@code path}, replacing any file there. */
	public void write(ExportSource source, Path path) {
		try (SqliteStore store = SqliteStore.create(path)) {
			write(source, store);
			store.complete();
		}
	}

	static void write(ExportSource source, SqliteStore store) {
		long fileId = store.addFile(FileSummary.of(source));
		List<ReconciledStatement> statements = source.extraction().statements();
		for (int i = 0; i < statements.size(); i++) {
			StatementSummary summary = StatementSummary.of(i, statements.get(i));
			long statementId = store.addStatement(fileId, summary);
			List<Transaction> transactions = statements.get(i).statement().transactions();
			for (int position = 0; position < transactions.size(); position++) {
				store.addTransaction(fileId, statementId, source.sourceId(), summary, position,
						transactions.get(position));
			}
		}
	}

}
