package com.excellentbanking.statements.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;

/**
 * Combines many files' outputs into one set (a dashboard build): the combined SQLite
 * database, a merged workbook, a workbook with one sheet per file, and a combined JSON
 * document.
 *
 * <p>
 * Built to stream: {@link #stage} reads each file's JSON output once and writes its rows
 * straight into the combined SQLite database, which then serves as the on-disk sort and
 * group engine for every other output. Memory grows with the number of files and
 * statements (their summaries), never with the number of transactions.
 *
 * <pre>{@code
 * try (CombinedOutputs combined = CombinedOutputs.stage(sources, workDir.resolve("combined.sqlite"))) {
 *     combined.writeMergedXlsx(merged);
 *     combined.writeSeparateXlsx(separate);
 *     combined.writeJson(json);
 * } // combined.sqlite stays: it is the SQLite output
 * }</pre>
 *
 * In merged mode a transaction found in two files of the same account is kept once (see
 * {@link Duplicates}); the SQLite output keeps every row and marks the repeats in
 * {@code duplicate_of}; the JSON output and the separate workbook show every file whole.
 */
public final class CombinedOutputs implements AutoCloseable {

	private final SqliteStore store;

	private final Path sqliteFile;

	private final StagedData data;

	private final long duplicates;

	private CombinedOutputs(SqliteStore store, Path sqliteFile, StagedData data, long duplicates) {
		this.store = store;
		this.sqliteFile = sqliteFile;
		this.data = data;
		this.duplicates = duplicates;
	}

	/**
	 * Reads the sources, in order, into a new SQLite database at {@code sqliteFile}
	 * (replacing any file there) and marks duplicates. A source whose JSON cannot be read
	 * fails the whole combination with a {@code StatementException} naming it.
	 */
	public static CombinedOutputs stage(List<CombineSource> sources, Path sqliteFile) {
		SqliteStore store = SqliteStore.create(sqliteFile);
		try {
			for (CombineSource source : sources) {
				Staging.stage(store, source);
			}
			store.complete();
			long duplicates = Duplicates.mark(store.connection());
			store.connection().commit();
			return new CombinedOutputs(store, sqliteFile, new StagedData(store.connection()), duplicates);
		}
		catch (SQLException ex) {
			store.close();
			throw SqliteStore.failure(ex);
		}
		catch (RuntimeException ex) {
			store.close();
			throw ex;
		}
	}

	/** The combined SQLite output; complete once {@link #stage} has returned. */
	public Path sqliteFile() {
		return this.sqliteFile;
	}

	public int fileCount() {
		return this.data.files().size();
	}

	public long transactionCount() {
		return query(() -> this.data.count("1 = 1"));
	}

	/**
	 * How many transactions the merged workbook leaves out as repeats of another file's.
	 */
	public long duplicateCount() {
		return this.duplicates;
	}

	/**
	 * One {@code Transactions} sheet for all files, sorted by date, with a {@code File}
	 * column and duplicates merged; then {@code Summary}. The stream is not closed.
	 */
	public void writeMergedXlsx(OutputStream out) {
		writeWorkbook(out, (workbook, names) -> {
			TransactionSheet sheet = new TransactionSheet(workbook, names,
					names.allocate(XlsxExporter.TRANSACTIONS, XlsxExporter.TRANSACTIONS), true);
			this.data.mergedTransactions((row) -> sheet.add(this.data.files().get(row.fileId()).name(),
					this.data.statement(row.statementId()), row.transaction()));
			sheet.finish();
			writeSummary(workbook, true);
		});
	}

	/**
	 * One sheet per file, in file order, named after the file (unique, at most 31
	 * characters); then {@code Summary}. Nothing is merged. The stream is not closed.
	 */
	public void writeSeparateXlsx(OutputStream out) {
		writeWorkbook(out, (workbook, names) -> {
			for (Map.Entry<Long, FileSummary> file : this.data.files().entrySet()) {
				String name = names.allocate(SheetNames.fromFileName(file.getValue().name()), "File " + file.getKey());
				TransactionSheet sheet = new TransactionSheet(workbook, names, name, false);
				for (Map.Entry<Long, StatementSummary> statement : this.data.statementsOf(file.getKey()).entrySet()) {
					this.data.transactionsOfStatement(statement.getKey(),
							(row) -> sheet.add(file.getValue().name(), statement.getValue(), row.transaction()));
				}
				sheet.finish();
			}
			writeSummary(workbook, false);
		});
	}

	/**
	 * Every file with its statements and transactions, in file order. The stream is not
	 * closed.
	 */
	public void writeJson(OutputStream out) {
		query(() -> {
			try (JsonDocumentWriter writer = new JsonDocumentWriter(out)) {
				for (Map.Entry<Long, FileSummary> file : this.data.files().entrySet()) {
					writer.beginFile(file.getValue());
					for (Map.Entry<Long, StatementSummary> statement : this.data.statementsOf(file.getKey())
						.entrySet()) {
						writer.beginStatement(statement.getValue());
						this.data.transactionsOfStatement(statement.getKey(),
								(row) -> writer.transaction(row.transaction()));
						writer.endStatement();
					}
					writer.endFile();
				}
			}
			return null;
		});
	}

	/** Closes the database; the SQLite file stays where it is. */
	@Override
	public void close() {
		this.store.close();
	}

	private void writeSummary(Workbook workbook, boolean merged) throws SQLException {
		SummarySheet summary = new SummarySheet(workbook, true);
		for (Map.Entry<Long, Long> statement : this.data.statementFiles().entrySet()) {
			summary.statement(this.data.files().get(statement.getValue()).name(),
					this.data.statement(statement.getKey()));
		}
		List<Totals.Row> totals = this.data.totals(merged);
		summary.totalsTable("Totals per account");
		totals.stream().filter((row) -> row.month() == null).forEach(summary::total);
		summary.totalsTable("Totals per month");
		totals.stream().filter((row) -> row.month() != null).forEach(summary::total);
		if (merged) {
			summary.note("Duplicate transactions merged", this.duplicates);
		}
		summary.finish();
	}

	private void writeWorkbook(OutputStream out, WorkbookContent content) {
		query(() -> {
			try {
				Workbook workbook = new Workbook(new NonClosingOutputStream(out), XlsxExporter.APPLICATION, "1.0");
				content.write(workbook, new SheetNames(SummarySheet.NAME));
				workbook.finish();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return null;
		});
	}

	private static <T> T query(SqlWork<T> work) {
		try {
			return work.run();
		}
		catch (SQLException ex) {
			throw SqliteStore.failure(ex);
		}
	}

	@FunctionalInterface
	private interface WorkbookContent {

		void write(Workbook workbook, SheetNames names) throws SQLException;

	}

	@FunctionalInterface
	private interface SqlWork<T> {

		T run() throws SQLException;

	}

}
