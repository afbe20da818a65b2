package com.excellentbanking.statements.mt940;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/** SWIFT dates ({@code YYMMDD}, {@code MMDD}) and amounts ({@code 1234,5}). */
final class SwiftValues {

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(,\\d{0,15})?|,\\d{1,15}");

	private SwiftValues() {
	}

	/**
	 * {@code YYMMDD} in the years 1980 to 2079, the usual pivot for MT940. A day past the
	 * month's end (some banks book on 30 February) is moved to the month's last day with
	 * a warning, since the booking clearly belongs to that month.
	 */
	static LocalDate date(String yymmdd, int line, List<String> warnings) {
		if (yymmdd.length() != 6 || !digits(yymmdd)) {
			throw corrupt(line, "date '" + yymmdd + "' is not YYMMDD");
		}
		int yy = Integer.parseInt(yymmdd.substring(0, 2));
		int year = (yy >= 80) ? 1900 + yy : 2000 + yy;
		return date(year, Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)), line,
				warnings);
	}

	/**
	 * The entry (booking) date {@code MMDD} has no year: it is the one closest to the
	 * value date, so a value date of 31 December booked on 0102 falls in the next year.
	 */
	static LocalDate entryDate(String mmdd, LocalDate valueDate, int line, List<String> warnings) {
		if (mmdd.length() != 4 || !digits(mmdd)) {
			throw corrupt(line, "entry date '" + mmdd + "' is not MMDD");
		}
		int month = Integer.parseInt(mmdd.substring(0, 2));
		int day = Integer.parseInt(mmdd.substring(2, 4));
		LocalDate best = null;
		for (int year = valueDate.getYear() - 1; year <= valueDate.getYear() + 1; year++) {
			LocalDate candidate = date(year, month, day, line, (year == valueDate.getYear()) ? warnings : null);
			if (best == null || distance(candidate, valueDate) < distance(best, valueDate)) {
				best = candidate;
			}
		}
		return best;
	}

	private static long distance(LocalDate a, LocalDate b) {
		return Math.abs(a.toEpochDay() - b.toEpochDay());
	}

	private static LocalDate date(int year, int month, int day, int line, List<String> warnings) {
		if (month < 1 || month > 12 || day < 1 || day > 31) {
			throw corrupt(line, "date with month " + month + " and day " + day + " does not exist");
		}
		int last = YearMonth.of(year, month).lengthOfMonth();
		if (day > last) {
			if (warnings != null) {
				warnings.add("Line " + line + ": date " + year + "-" + two(month) + "-" + two(day)
						+ " does not exist; read as " + year + "-" + two(month) + "-" + last);
			}
			day = last;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw corrupt(line, ex.getMessage());
		}
	}

	/**
	 * SWIFT amounts use a decimal comma and keep their printed decimals: {@code 12,} is
	 * 12.
	 */
	static BigDecimal amount(String text, int line) {
		String value = text.strip();
		if (!AMOUNT.matcher(value).matches()) {
			throw corrupt(line, "amount '" + text + "' is not a SWIFT amount");
		}
		String plain = value.replace(',', '.');
		if (plain.startsWith(".")) {
			plain = "0" + plain;
		}
		if (plain.endsWith(".")) {
			plain = plain.substring(0, plain.length() - 1);
		}
		return new BigDecimal(plain);
	}

	/** True for a non-empty run of ASCII digits. */
	static boolean digits(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return !text.isEmpty();
	}

	static StatementException corrupt(int line, String problem) {
		return new StatementException(ErrorCode.CORRUPT_FILE, "MT940 line " + line + ": " + problem);
	}

	private static String two(int value) {
		return (value < 10) ? "0" + value : Integer.toString(value);
	}

}
