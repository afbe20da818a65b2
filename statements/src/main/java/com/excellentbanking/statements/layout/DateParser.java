package com.excellentbanking.statements.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a date at the start of a run of words: numeric (31.12.2024, 12/31/24,
 * 2024-12-31, 31/12), with a month name (31 Dec 2024, 3 avr. 25, 2 okt, Dec 31, 2024,
 * 12JAN25, 12-Jan-2025) in the languages of {@link MonthNames}.
 */
public final class DateParser {

	private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");

	private static final Pattern NUMERIC = Pattern
		.compile("^(\\d{1,2})([./-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?:(?<=\\.\\d{1,2})\\.)?(?![\\d]|[.,/-]\\d)");

	private static final Pattern DAY_MONTH = Pattern.compile(
			"^(\\d{1,2})(?:\\.|er|st|nd|rd|th)?[ -]?(?:de )?(\\p{L}{3,10})\\.?(?:,? ?(?:de )?[ -]?(\\d{4}|'?\\d{2}))?(?![\\d]|[.,]\\d)");

	private static final Pattern DAY_MONTH_WITHOUT_YEAR = Pattern
		.compile("^(\\d{1,2})(?:\\.|er)?[ -]?(?:de )?(\\p{L}{3,10})\\.?(?![\\p{L}])");

	private static final Pattern MONTH_DAY = Pattern
		.compile("^(\\p{L}{3,10})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?![\\d]|[.,]\\d)");

	private DateParser() {
	}

	/** A date made of the first one to four words, or empty. */
	public static Optional<DateToken> parseLeading(List<String> words) {
		int max = Math.min(4, words.size());
		StringBuilder text = new StringBuilder();
		int[] wordEnds = new int[max];
		for (int i = 0; i < max; i++) {
			if (i > 0) {
				text.append(' ');
			}
			// OCR and some layouts leave punctuation after a date ("25 Oct 2024.",
			// "déc..").
			String word = words.get(i);
			String trimmed = word.replaceAll("(?<=[\\p{L}\\d.])[.,:;'’`]+$", "");
			text.append(
					trimmed.endsWith(".") && !word.equals(trimmed) ? trimmed : (trimmed.isEmpty() ? word : trimmed));
			wordEnds[i] = text.length();
		}
		Optional<Match> match = match(text.toString());
		if (match.isEmpty()) {
			return Optional.empty();
		}
		int end = match.get().end;
		for (int i = 0; i < max; i++) {
			if (wordEnds[i] == end) {
				DateToken t = match.get().token;
				return Optional
					.of(new DateToken(t.first(), t.second(), t.year(), t.textualMonth(), t.orderKnown(), i + 1));
			}
		}
		// The date ended inside a word ("02/07PAYMENT"): not a date cell.
		return Optional.empty();
	}

	/** A date that is the whole of {@code text}. */
	public static Optional<DateToken> parse(String text) {
		String s = text.strip();
		Optional<Match> match = match(s);
		if (match.isPresent() && match.get().end == s.length()) {
			return Optional.of(match.get().token);
		}
		return Optional.empty();
	}

	/** Every date found anywhere in a line of text, with where it was found. */
	static List<Found> findAll(String text) {
		List<Found> found = new java.util.ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
			if (boundary && Character.isLetterOrDigit(text.charAt(i))) {
				Optional<Match> match = match(text, i);
				if (match.isPresent()) {
					found.add(new Found(match.get().token, i, match.get().end));
					i = Math.max(i + 1, match.get().end);
					continue;
				}
			}
			i++;
		}
		return found;
	}

	/** A date found inside a longer text, at {@code start} to {@code end}. */
	record Found(DateToken token, int start, int end) {

	}

	private static Optional<Match> match(String s) {
		return match(s, 0);
	}

	/** A date starting at {@code from}; the match's end is an index into {@code s}. */
	private static Optional<Match> match(String s, int from) {
		if (from >= s.length() || !Character.isLetterOrDigit(s.charAt(from))) {
			return Optional.empty();
		}
		if (!Character.isDigit(s.charAt(from))) {
			return monthFirst(s, from);
		}
		Matcher iso = at(ISO, s, from);
		if (iso.lookingAt()) {
			int month = Integer.parseInt(iso.group(2));
			int day = Integer.parseInt(iso.group(3));
			if (valid(day, month)) {
				return Optional.of(new Match(new DateToken(day, month, Integer.parseInt(iso.group(1)), false, true, 1),
						iso.end()));
			}
			return Optional.empty();
		}
		Matcher numeric = at(NUMERIC, s, from);
		if (numeric.lookingAt()) {
			int a = Integer.parseInt(numeric.group(1));
			int b = Integer.parseInt(numeric.group(3));
			Integer year = year(numeric.group(4));
			if (".".equals(numeric.group(2)) ? valid(a, b) : (valid(a, b) || valid(b, a))) {
				// Dotted numeric dates are day-first in every country that uses them.
				boolean dotted = ".".equals(numeric.group(2));
				return Optional.of(new Match(new DateToken(a, b, year, false, dotted, 1), numeric.end()));
			}
			return Optional.empty();
		}
		Matcher dayMonth = at(DAY_MONTH, s, from);
		if (dayMonth.lookingAt()) {
			Integer month = MonthNames.month(dayMonth.group(2));
			int day = Integer.parseInt(dayMonth.group(1));
			if (month != null && valid(day, month)) {
				return Optional
					.of(new Match(new DateToken(day, month, year(dayMonth.group(3)), true, false, 1), dayMonth.end()));
			}
			Matcher withoutYear = at(DAY_MONTH_WITHOUT_YEAR, s, from);
			if (withoutYear.lookingAt()) {
				month = MonthNames.month(withoutYear.group(2));
				if (month != null && valid(day, month)) {
					return Optional.of(new Match(new DateToken(day, month, null, true, false, 1), withoutYear.end()));
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Match> monthFirst(String s, int from) {
		if (!Character.isLetter(s.charAt(from)) || !startsWithMonth(s, from)) {
			return Optional.empty();
		}
		Matcher monthDay = at(MONTH_DAY, s, from);
		if (monthDay.lookingAt()) {
			Integer month = MonthNames.month(monthDay.group(1));
			int day = Integer.parseInt(monthDay.group(2));
			if (month != null && valid(day, month)) {
				return Optional
					.of(new Match(new DateToken(day, month, year(monthDay.group(3)), true, false, 1), monthDay.end()));
			}
		}
		return Optional.empty();
	}

	private static boolean startsWithMonth(String s, int from) {
		int end = from;
		while (end < s.length() && Character.isLetter(s.charAt(end)) && end - from < 12) {
			end++;
		}
		return MonthNames.month(s.substring(from, end)) != null;
	}

	private static Matcher at(Pattern pattern, String s, int from) {
		Matcher matcher = pattern.matcher(s);
		matcher.region(from, s.length());
		return matcher;
	}

	private static boolean valid(int day, int month) {
		return day >= 1 && day <= 31 && month >= 1 && month <= 12;
	}

	private static Integer year(String printed) {
		if (printed == null) {
			return null;
		}
		String digits = printed.replace("'", "");
		int year = Integer.parseInt(digits);
		return (digits.length() == 2) ? 2000 + year : year;
	}

	private record Match(DateToken token, int end) {

	}

}
