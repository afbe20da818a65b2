package com.excellentbanking.statements.qif;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * QIF dates in the spellings Quicken and other programs write: {@code 1/2'26},
 * {@code 1/ 2'26}, {@code 01/02/2026}, {@code 2026-01-02}, {@code 02.01.26},
 * {@code 10.18.23}. Whether the day or the month comes first is one decision for the
 * whole file: an {@code !Option:MDY}/{@code DMY} line if present, else the evidence of
 * any date whose first or second part is above 12, else the convention of the separator
 * (dots are European, day first; slashes are American, month first).
 */
final class QifDates {

	enum Order {

		MDY, DMY

	}

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern PARTS = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})(['/.-])(\\d{1,4})");

	private final Order order;

	private QifDates(Order order) {
		this.order = order;
	}

	/** Decides the order from every date of the file. */
	static QifDates decide(Collection<String> dates, Order declared) {
		if (declared != null) {
			return new QifDates(declared);
		}
		int dayFirst = 0;
		int monthFirst = 0;
		int dotted = 0;
		int other = 0;
		for (String date : dates) {
			Matcher parts = PARTS.matcher(compact(date));
			if (!parts.matches()) {
				continue;
			}
			if (Integer.parseInt(parts.group(1)) > 12) {
				dayFirst++;
			}
			if (Integer.parseInt(parts.group(3)) > 12) {
				monthFirst++;
			}
			if (parts.group(2).equals(".")) {
				dotted++;
			}
			else {
				other++;
			}
		}
		if (dayFirst > 0 && monthFirst > 0) {
			throw new StatementException(ErrorCode.CORRUPT_FILE,
					"The QIF file mixes day-first and month-first dates, so none can be trusted");
		}
		if (dayFirst > 0) {
			return new QifDates(Order.DMY);
		}
		if (monthFirst > 0) {
			return new QifDates(Order.MDY);
		}
		return new QifDates((dotted > other) ? Order.DMY : Order.MDY);
	}

	Order order() {
		return this.order;
	}

	/** The date, or {@code null} when the text is no date. */
	LocalDate parse(String text) {
		String date = compact(text);
		try {
			Matcher iso = ISO.matcher(date);
			if (iso.matches()) {
				return LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
			}
			Matcher compact = COMPACT.matcher(date);
			if (compact.matches()) {
				return LocalDate.of(number(compact, 1), number(compact, 2), number(compact, 3));
			}
			Matcher parts = PARTS.matcher(date);
			if (!parts.matches()) {
				return null;
			}
			int year = year(parts.group(5), parts.group(4).equals("'"));
			if (year < 0) {
				return null;
			}
			int first = number(parts, 1);
			int second = number(parts, 3);
			return (this.order == Order.MDY) ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * Quicken marks years from 2000 with an apostrophe ({@code 1/2'26}, even
	 * {@code 1/2' 0}); other two-digit years pivot at 70, as most exporters do.
	 */
	private static int year(String digits, boolean apostrophe) {
		int value = Integer.parseInt(digits);
		return switch (digits.length()) {
			case 4 -> value;
			case 1, 2 -> (apostrophe || value < 70) ? 2000 + value : 1900 + value;
			default -> -1;
		};
	}

	private static int number(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group));
	}

	/** Quicken pads single digits with spaces ({@code 1/ 2'26}). */
	private static String compact(String text) {
		return text.replace(" ", "").strip();
	}

}
