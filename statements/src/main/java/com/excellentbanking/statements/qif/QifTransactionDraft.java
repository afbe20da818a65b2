package com.excellentbanking.statements.qif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.excellentbanking.statements.model.Transaction;

/**
 * Turns one QIF entry of a cash account into a transaction.
 *
 * <p>
 * {@code T} (or {@code U}, its newer twin) is the transaction's total. Splits ({@code S}
 * category, {@code E} memo, {@code $} amount, {@code %} share) only say how that total
 * divides, so they never become transactions of their own — that would count the money
 * twice. They are kept in the description, and splits that do not add up to the total are
 * reported.
 */
final class QifTransactionDraft {

	private QifTransactionDraft() {
	}

	/** A transaction, or why there is none, plus a warning about it. */
	record Result(Transaction transaction, String problem, String warning) {
	}

	private record Split(String category, String memo, String amount, String percent) {

		String describe() {
			StringBuilder text = new StringBuilder((this.category != null) ? this.category : "(no category)");
			if (this.amount != null) {
				text.append(' ').append(this.amount);
			}
			if (this.percent != null) {
				text.append(" (").append(this.percent).append("%)");
			}
			if (this.memo != null && !this.memo.isBlank()) {
				text.append(' ').append(this.memo);
			}
			return text.toString();
		}

	}

	static Result build(QifRecord record, QifDates dates) {
		String dateText = null;
		String total = null;
		String memo = null;
		String payee = null;
		String category = null;
		String number = null;
		for (QifRecord.Field field : record.fields()) {
			String value = field.value();
			switch (field.code()) {
				// the first D is the entry's; some exporters date each split too
				case 'D' -> dateText = (dateText == null) ? value : dateText;
				case 'T' -> total = value;
				case 'U' -> total = (total == null) ? value : total;
				case 'M' -> memo = value;
				case 'P' -> payee = value;
				case 'L' -> category = value;
				case 'N' -> number = value;
				default -> {
					// C (cleared), A (address), splits and the rest carry nothing the
					// model holds
				}
			}
		}
		List<Split> splits = collectSplits(record);
		String where = "entry on line " + record.firstLine();
		LocalDate date = (dateText != null) ? dates.parse(dateText) : null;
		if (date == null) {
			return new Result(null,
					"Skipped " + where + ": " + ((dateText == null) ? "no date" : "unreadable date '" + dateText + "'"),
					null);
		}
		BigDecimal amount = QifAmounts.parse(total);
		if (amount == null) {
			return new Result(null,
					"Skipped " + where + ": " + ((total == null) ? "no amount" : "unreadable amount '" + total + "'"),
					null);
		}
		String description = describe(payee, memo);
		String warning = null;
		if (!splits.isEmpty()) {
			description = description + " [split: " + String.join("; ", splits.stream().map(Split::describe).toList())
					+ "]";
			warning = checkSplits(splits, amount, date);
		}
		Transaction transaction = Transaction.builder(date, amount)
			.description(description)
			.reference(number)
			.type(category)
			.counterparty(payee)
			.counterpartyAccount(transferAccount(category))
			.build();
		return new Result(transaction, null, warning);
	}

	private static boolean isSplitField(char code) {
		return code == 'E' || code == '$' || code == '%';
	}

	/**
	 * Each {@code S} starts a split; {@code E}, {@code $} and {@code %} after it belong
	 * to it; an {@code E}/{@code $}/{@code %} repeated without a new {@code S} starts an
	 * uncategorised split.
	 */
	private static List<Split> collectSplits(QifRecord record) {
		List<Split> splits = new ArrayList<>();
		String category = null;
		String memo = null;
		String amount = null;
		String percent = null;
		boolean open = false;
		for (QifRecord.Field field : record.fields()) {
			char code = field.code();
			if (code == 'S' || (isSplitField(code) && open && fieldTaken(code, memo, amount, percent))) {
				if (open) {
					splits.add(new Split(category, memo, amount, percent));
				}
				category = (code == 'S') ? field.value() : null;
				memo = null;
				amount = null;
				percent = null;
				open = true;
				if (code == 'S') {
					continue;
				}
			}
			if (!isSplitField(code)) {
				continue;
			}
			open = true;
			switch (code) {
				case 'E' -> memo = field.value();
				case '$' -> amount = field.value();
				default -> percent = field.value().replace("%", "");
			}
		}
		if (open) {
			splits.add(new Split(category, memo, amount, percent));
		}
		return splits;
	}

	private static boolean fieldTaken(char code, String memo, String amount, String percent) {
		return switch (code) {
			case 'E' -> memo != null;
			case '$' -> amount != null;
			default -> percent != null;
		};
	}

	private static String checkSplits(List<Split> splits, BigDecimal total, LocalDate date) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Split split : splits) {
			BigDecimal amount = QifAmounts.parse(split.amount());
			if (amount == null) {
				return null;
			}
			sum = sum.add(amount);
		}
		if (sum.compareTo(total) == 0) {
			return null;
		}
		return "Splits of the transaction on " + date + " (" + total.toPlainString() + ") add up to "
				+ sum.toPlainString() + "; the total is kept";
	}

	static String describe(String payee, String memo) {
		if (payee == null || payee.isBlank()) {
			return (memo != null) ? memo : "";
		}
		if (memo == null || memo.isBlank() || memo.equals(payee)) {
			return payee;
		}
		return payee + " - " + memo;
	}

	/** {@code L[Savings]} is a transfer to the account named Savings. */
	private static String transferAccount(String category) {
		if (category == null || !category.startsWith("[")) {
			return null;
		}
		int end = category.indexOf(']');
		return (end > 1) ? category.substring(1, end) : null;
	}

}
