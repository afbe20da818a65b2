package com.excellentbanking.statements.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Transaction;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes a processed file as an Excel workbook: sheet {@code Transactions} (every
 * statement's transactions in statement order) then {@code Summary} (one row per
 * statement). Streams through FastExcel; the stream is flushed, not closed.
 */
public final class XlsxExporter {

	static final String APPLICATION = "Excellent Banking";

	static final String TRANSACTIONS = "Transactions";

	public void write(ExportSource source, OutputStream out) {
		try {
			Workbook workbook = new Workbook(new NonClosingOutputStream(out), APPLICATION, "1.0");
			SheetNames names = new SheetNames(SummarySheet.NAME);
			TransactionSheet transactions = new TransactionSheet(workbook, names,
					names.allocate(TRANSACTIONS, TRANSACTIONS), false);
			List<ReconciledStatement> statements = source.extraction().statements();
			for (int i = 0; i < statements.size(); i++) {
				StatementSummary summary = StatementSummary.of(i, statements.get(i));
				for (Transaction transaction : statements.get(i).statement().transactions()) {
					transactions.add(source.name(), summary, transaction);
				}
			}
			transactions.finish();
			SummarySheet summarySheet = new SummarySheet(workbook, false);
			for (int i = 0; i < statements.size(); i++) {
				summarySheet.statement(source.name(), StatementSummary.of(i, statements.get(i)));
			}
			summarySheet.finish();
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
