package com.excellentbanking.statements.export;

import java.io.OutputStream;
import java.util.List;

import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Transaction;

/**
 * Writes a processed file as the JSON output: its summary, its statements with their
 * metadata (as in {@code processed_data}) and their transactions. Streams: nothing is
 * built in memory beyond the extraction itself. The stream is flushed, not closed.
 */
public final class JsonExporter {

	public void write(ExportSource source, OutputStream out) {
		try (JsonDocumentWriter writer = new JsonDocumentWriter(out)) {
			write(source, writer);
		}
	}

	static void write(ExportSource source, JsonDocumentWriter writer) {
		writer.beginFile(FileSummary.of(source));
		List<ReconciledStatement> statements = source.extraction().statements();
		for (int i = 0; i < statements.size(); i++) {
			writer.beginStatement(StatementSummary.of(i, statements.get(i)));
			for (Transaction transaction : statements.get(i).statement().transactions()) {
				writer.transaction(transaction);
			}
			writer.endStatement();
		}
		writer.endFile();
	}

}
