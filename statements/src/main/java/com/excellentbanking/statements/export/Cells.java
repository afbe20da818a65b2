package com.excellentbanking.statements.export;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.dhatim.fastexcel.Worksheet;

/**
 * How the workbooks write a cell. Text from a statement always goes in as an inline
 * string, which Excel shows literally: a description such as {@code =SUM(A1)} or
 * {@code +1} is never a formula (FastExcel only writes a formula through
 * {@code formula()}). Inline strings also keep the shared-string table from growing with
 * the number of distinct descriptions. Dates and amounts are real Excel dates and
 * numbers.
 */
final class Cells {

	static final String DATE_FORMAT = "yyyy-mm-dd";

	static final String MONEY_FORMAT = "#,##0.00";

	private Cells() {
	}

	static void header(Worksheet sheet, int row, int column, String label) {
		sheet.value(row, column, label);
		sheet.style(row, column).bold().set();
	}

	static void text(Worksheet sheet, int row, int column, String text) {
		if (text != null && !text.isEmpty()) {
			sheet.inlineString(row, column, text);
		}
	}

	static void date(Worksheet sheet, int row, int column, LocalDate date) {
		if (date != null) {
			sheet.value(row, column, date);
			sheet.style(row, column).format(DATE_FORMAT).set();
		}
	}

	static void money(Worksheet sheet, int row, int column, BigDecimal amount) {
		if (amount != null) {
			sheet.value(row, column, amount);
			sheet.style(row, column).format(MONEY_FORMAT).set();
		}
	}

	static void integer(Worksheet sheet, int row, int column, Number number) {
		if (number != null) {
			sheet.value(row, column, number);
		}
	}

}
