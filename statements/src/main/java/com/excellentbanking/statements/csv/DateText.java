package com.excellentbanking.statements.csv;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one printed date into its three parts without deciding their order, so the order
 * can be decided for the whole column ({@link DateFormatInference}).
 *
 * <p>
 * Accepted: numeric dates with one separator ({@code 18.09.2017}, {@code 10/02/18},
 * {@code 2019.04.19.}), compact {@code 20190311}, month names in English, German, Dutch,
 * French and Spanish ({@code 12-Dec-2019}, {@code 27 Feb 2018}, {@code Feb 27, 2018}), a
 * trailing time ({@code 2018-02-25 12:34:56 +0000}, {@code 2017-04-25T03:15:53}) or a
 * trailing remark ({@code 11/14/2020 as of 11/13/2020}).
 */
final class DateText {

	/** Combining marks, left over when accented letters are decomposed. */
	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	/** The parts of a date; {@code month} is set when the month was written as a name. */
	record Parts(int first, int second, int third, int firstLength, int thirdLength, Integer namedMonth,
			char separator) {

		LocalDate toDate(DateOrder order) {
			try {
				if (this.namedMonth != null) {
					return LocalDate.of(year(this.third, this.thirdLength), this.namedMonth, this.second);
				}
				return switch (order) {
					case DMY -> LocalDate.of(year(this.third, this.thirdLength), this.second, this.first);
					case MDY -> LocalDate.of(year(this.third, this.thirdLength), this.first, this.second);
					case YMD -> LocalDate.of(year(this.first, this.firstLength), this.second, this.third);
				};
			}
			catch (DateTimeException ex) {
				return null;
			}
		}

		/** Two-digit years pivot at 70: statements are from this century or the last. */
		private static int year(int value, int length) {
			if (length > 2) {
				return value;
			}
			return (value < 70) ? 2000 + value : 1900 + value;
		}

	}

	private static final String REST = "(?:(?:[ T]\\d{1,2}[:.]\\d{2}.*)|(?:\\s+[^\\d\\s].*))?";

	private static final Pattern NUMERIC = Pattern
		.compile("^(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})\\.?" + REST + "$");

	private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})$");

	private static final Pattern DAY_NAME_YEAR = Pattern
		.compile("^(\\d{1,2})[ ./-]{0,2}(\\p{L}{3,10})\\.?[ ./,-]*(\\d{4}|\\d{2})" + REST + "$");

	private static final Pattern NAME_DAY_YEAR = Pattern
		.compile("^(\\p{L}{3,10})\\.?[ -](\\d{1,2}),?[ -](\\d{4})" + REST + "$");

	private static final Map<String, Integer> MONTHS = months();

	private DateText() {
	}

	static Parts split(String raw) {
		if (raw == null) {
			return null;
		}
		String text = raw.strip();
		if (text.length() < 6 || text.length() > 40) {
			return null;
		}
		Matcher numeric = NUMERIC.matcher(text);
		if (numeric.matches()) {
			String first = numeric.group(1);
			String third = numeric.group(4);
			if (first.length() == 3 || third.length() == 3 || (first.length() == 4 && third.length() > 2)) {
				return null;
			}
			return new Parts(Integer.parseInt(first), Integer.parseInt(numeric.group(3)), Integer.parseInt(third),
					first.length(), third.length(), null, numeric.group(2).charAt(0));
		}
		Matcher compact = COMPACT.matcher(text);
		if (compact.matches()) {
			return new Parts(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
					Integer.parseInt(compact.group(3)), 4, 2, null, ' ');
		}
		Matcher dayName = DAY_NAME_YEAR.matcher(text);
		if (dayName.matches()) {
			Integer month = month(dayName.group(2));
			return (month == null) ? null : new Parts(0, Integer.parseInt(dayName.group(1)),
					Integer.parseInt(dayName.group(3)), 0, dayName.group(3).length(), month, ' ');
		}
		Matcher nameDay = NAME_DAY_YEAR.matcher(text);
		if (nameDay.matches()) {
			Integer month = month(nameDay.group(1));
			return (month == null) ? null : new Parts(0, Integer.parseInt(nameDay.group(2)),
					Integer.parseInt(nameDay.group(3)), 0, 4, month, ' ');
		}
		return null;
	}

	static Integer month(String name) {
		String key = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT)
			.replace(".", "");
		Integer month = MONTHS.get(key);
		if (month == null && key.length() > 4) {
			month = MONTHS.get(key.substring(0, 4));
		}
		if (month == null && key.length() > 3) {
			month = MONTHS.get(key.substring(0, 3));
		}
		return month;
	}

	private static Map<String, Integer> months() {
		Map<String, Integer> months = new HashMap<>();
		String[][] names = {
				{ "jan", "january", "januar", "janner", "jann", "januari", "janv", "janvier", "ene", "enero" },
				{ "feb", "february", "februar", "februari", "fev", "fevr", "fevrier", "febrero" },
				{ "mar", "march", "marz", "maerz", "maart", "mrt", "maa", "mars", "marzo" },
				{ "apr", "april", "avr", "avril", "abr", "abril" }, { "may", "mai", "mei", "mayo" },
				{ "jun", "june", "juni", "juin", "junio" }, { "jul", "july", "juli", "juil", "juillet", "julio" },
				{ "aug", "august", "augustus", "aout", "ago", "agosto" },
				{ "sep", "sept", "september", "septembre", "set", "septiembre", "setiembre" },
				{ "oct", "october", "okt", "oktober", "octobre", "octubre" },
				{ "nov", "november", "novembre", "noviembre" },
				{ "dec", "december", "dez", "dezember", "decembre", "dic", "diciembre" } };
		for (int i = 0; i < names.length; i++) {
			for (String name : names[i]) {
				months.put(name, i + 1);
			}
		}
		return months;
	}

}
