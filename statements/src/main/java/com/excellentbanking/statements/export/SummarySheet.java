package com.excellentbanking.statements.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.excellentbanking.statements.model.Reconciliation.Status;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The {@code Summary} sheet: one row per statement (account, period, balances, totals,
 * count, whether it reconciles and where it breaks), then for dashboards the totals per
 * account and per month and how many duplicates were merged.
 */
final class SummarySheet {

	static final String NAME = "Summary";

	private static final List<String> STATEMENT_HEADERS = List.of("Statement", "Bank", "Account", "Holder", "Currency",
			"Period start", "Period end", "Opening balance", "Closing balance", "Total in", "Total out", "Transactions",
			"Reconciled", "Status", "First mismatch");

	private static final double[] STATEMENT_WIDTHS = { 10, 22, 24, 22, 9, 12, 12, 16, 16, 16, 16, 12, 11, 12, 70 };

	private static final List<String> TOTAL_HEADERS = List.of("Account", "Currency", "Month", "Transactions",
			"Total in", "Total out", "Net");

	private final Worksheet sheet;

	private final int offset;

	private int row;

	SummarySheet(Workbook workbook, boolean withFileColumn) {
		this.sheet = workbook.newWorksheet(NAME);
		this.offset = withFileColumn ? 1 : 0;
		List<String> headers = new ArrayList<>();
		if (withFileColumn) {
			headers.add("File");
			this.sheet.width(0, 28);
		}
		headers.addAll(STATEMENT_HEADERS);
		for (int i = 0; i < STATEMENT_WIDTHS.length; i++) {
			this.sheet.width(this.offset + i, STATEMENT_WIDTHS[i]);
		}
		for (int i = 0; i < headers.size(); i++) {
			Cells.header(this.sheet, 0, i, headers.get(i));
		}
		this.sheet.freezePane(0, 1);
		this.row = 1;
	}

	void statement(String fileName, StatementSummary statement) {
		Worksheet ws = this.sheet;
		int r = this.row++;
		int c = this.offset;
		if (this.offset == 1) {
			Cells.text(ws, r, 0, fileName);
		}
		Cells.integer(ws, r, c, statement.statementIndex() + 1);
		Cells.text(ws, r, c + 1, statement.bank());
		Cells.text(ws, r, c + 2, statement.accountLabel());
		Cells.text(ws, r, c + 3, statement.holder());
		Cells.text(ws, r, c + 4, statement.currency());
		Cells.date(ws, r, c + 5, statement.periodStart());
		Cells.date(ws, r, c + 6, statement.periodEnd());
		Cells.money(ws, r, c + 7, statement.openingBalance());
		Cells.money(ws, r, c + 8, statement.closingBalance());
		Cells.money(ws, r, c + 9, statement.totalIn());
		Cells.money(ws, r, c + 10, statement.totalOut());
		Cells.integer(ws, r, c + 11, statement.transactionCount());
		Cells.text(ws, r, c + 12, statement.reconciled() ? "yes" : "no");
		Cells.text(ws, r, c + 13, statement.status().name().toLowerCase(Locale.ROOT));
		Cells.text(ws, r, c + 14, mismatchText(statement));
		if (this.row % TransactionSheet.FLUSH_EVERY == 0) {
			flush();
		}
	}

	/** Starts a titled table of totals below what is already written. */
	void totalsTable(String title) {
		this.row++;
		Cells.header(this.sheet, this.row++, 0, title);
		for (int i = 0; i < TOTAL_HEADERS.size(); i++) {
			Cells.header(this.sheet, this.row, i, TOTAL_HEADERS.get(i));
		}
		this.row++;
	}

	void total(Totals.Row total) {
		Worksheet ws = this.sheet;
		int r = this.row++;
		Cells.text(ws, r, 0, total.account());
		Cells.text(ws, r, 1, total.currency());
		Cells.text(ws, r, 2, total.month());
		Cells.integer(ws, r, 3, total.count());
		Cells.money(ws, r, 4, total.totalIn());
		Cells.money(ws, r, 5, total.totalOut());
		Cells.money(ws, r, 6, total.net());
	}

	/** A labelled figure on its own row, after a blank row. */
	void note(String label, long value) {
		this.row++;
		Cells.header(this.sheet, this.row, 0, label);
		Cells.integer(this.sheet, this.row++, 1, value);
	}

	void finish() {
		try {
			this.sheet.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void flush() {
		try {
			this.sheet.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String mismatchText(StatementSummary statement) {
		if (statement.firstMismatch() != null) {
			return statement.firstMismatch().message();
		}
		if (statement.status() == Status.UNVERIFIED) {
			return "Not checked: the statement does not state both an opening and a closing balance";
		}
		return null;
	}

}
