package com.excellentbanking.statements.qif;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

/** Writes statements as QIF, in one of the date and number spellings exporters use. */
final class QifTestWriter {

	enum DateStyle {

		QUICKEN("M/d''yy"), US("MM/dd/yyyy"), ISO("yyyy-MM-dd"), EUROPEAN("dd.MM.yy"), EUROPEAN_LONG("dd.MM.yyyy");

		final DateTimeFormatter formatter;

		DateStyle(String pattern) {
			this.formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
		}

	}

	private QifTestWriter() {
	}

	static String write(List<Statement> statements, DateStyle dates, boolean groupThousands, String newline) {
		StringBuilder out = new StringBuilder();
		for (Statement statement : statements) {
			out.append("!Account").append(newline);
			out.append('N').append(statement.account().number()).append(newline);
			out.append("TBank").append(newline).append('^').append(newline);
			out.append("!Type:Bank").append(newline);
			for (Transaction transaction : statement.transactions()) {
				out.append('D').append(transaction.date().format(dates.formatter)).append(newline);
				out.append('T').append(amount(transaction.amount(), groupThousands)).append(newline);
				out.append("CX").append(newline);
				out.append('P').append(transaction.description()).append(newline);
				if (transaction.reference() != null) {
					out.append('N').append(transaction.reference()).append(newline);
				}
				out.append('^').append(newline);
			}
		}
		return out.toString();
	}

	private static String amount(BigDecimal amount, boolean groupThousands) {
		if (!groupThousands) {
			return amount.toPlainString();
		}
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
		format.setMinimumFractionDigits(amount.scale());
		format.setMaximumFractionDigits(amount.scale());
		format.setParseBigDecimal(true);
		return format.format(amount);
	}

}
