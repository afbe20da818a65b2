package com.excellentbanking.statements.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.excellentbanking.statements.model.Transaction;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes transactions as one table: bold frozen header row, auto-filter, fixed column
 * widths (the rows stream, so widths cannot follow content). Rows are flushed to the
 * output every {@value #FLUSH_EVERY} rows, so memory does not grow with the table. A
 * table longer than Excel's row limit continues on a further sheet.
 */
final class TransactionSheet {

	static final int FLUSH_EVERY = 10_000;

	private record Column(String header, double width) {
	}

	private static final List<Column> COLUMNS = List.of(new Column("Date", 11), new Column("Value date", 11),
			new Column("Description", 60), new Column("Amount", 14), new Column("Debit", 14), new Column("Credit", 14),
			new Column("Balance", 14), new Column("Currency", 9), new Column("Account", 24),
			new Column("Reference", 22), new Column("Type", 14), new Column("Counterparty", 30),
			new Column("Counterparty account", 26), new Column("Page", 6));

	private static final Column FILE = new Column("File", 28);

	private final Workbook workbook;

	private final SheetNames names;

	private final String name;

	private final List<Column> columns;

	private final int offset;

	private Worksheet sheet;

	private int row;

	private final int maxRows;

	private int continuation = 1;

	TransactionSheet(Workbook workbook, SheetNames names, String name, boolean withFileColumn) {
		this(workbook, names, name, withFileColumn, Worksheet.MAX_ROWS);
	}

	/**
	 * {@code maxRows} counts the header row; Excel's limit unless a test needs a small
	 * one.
	 */
	TransactionSheet(Workbook workbook, SheetNames names, String name, boolean withFileColumn, int maxRows) {
		this.workbook = workbook;
		this.maxRows = maxRows;
		this.names = names;
		this.name = name;
		this.columns = new ArrayList<>();
		if (withFileColumn) {
			this.columns.add(FILE);
		}
		this.columns.addAll(COLUMNS);
		this.offset = withFileColumn ? 1 : 0;
		start(name);
	}

	void add(String fileName, StatementSummary statement, Transaction transaction) {
		if (this.row == this.maxRows) {
			finish();
			this.continuation++;
			start(this.names.allocate(this.name + " " + this.continuation, this.name));
		}
		Worksheet ws = this.sheet;
		int r = this.row;
		int c = this.offset;
		if (this.offset == 1) {
			Cells.text(ws, r, 0, fileName);
		}
		Cells.date(ws, r, c, transaction.date());
		Cells.date(ws, r, c + 1, transaction.valueDate());
		Cells.text(ws, r, c + 2, transaction.description());
		Cells.money(ws, r, c + 3, transaction.amount());
		Cells.money(ws, r, c + 4, transaction.debit());
		Cells.money(ws, r, c + 5, transaction.credit());
		Cells.money(ws, r, c + 6, transaction.balance());
		Cells.text(ws, r, c + 7, (transaction.currency() != null) ? transaction.currency() : statement.currency());
		Cells.text(ws, r, c + 8, statement.accountLabel());
		Cells.text(ws, r, c + 9, transaction.reference());
		Cells.text(ws, r, c + 10, transaction.type());
		Cells.text(ws, r, c + 11, transaction.counterparty());
		Cells.text(ws, r, c + 12, transaction.counterpartyAccount());
		Cells.integer(ws, r, c + 13, transaction.page());
		this.row++;
		if (this.row % FLUSH_EVERY == 0) {
			flush();
		}
	}

	/** Ends the current sheet: the filter covers every row written. */
	void finish() {
		this.sheet.setAutoFilter(0, 0, Math.max(this.row - 1, 1), this.columns.size() - 1);
		try {
			this.sheet.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void start(String sheetName) {
		this.sheet = this.workbook.newWorksheet(sheetName);
		for (int i = 0; i < this.columns.size(); i++) {
			this.sheet.width(i, this.columns.get(i).width());
			Cells.header(this.sheet, 0, i, this.columns.get(i).header());
		}
		this.sheet.freezePane(0, 1);
		this.row = 1;
	}

	private void flush() {
		try {
			this.sheet.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
