package com.excellentbanking.statements.layout;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns printed dates into calendar dates for one statement: decides day/month order and
 * supplies the year of dates printed without one from the statement's period or its
 * latest full date (a January statement's December rows belong to the year before).
 */
final class DateResolver {

	private final boolean monthFirst;

	private final LocalDate periodStart;

	private final LocalDate periodEnd;

	private final LocalDate reference;

	private final int fallbackYear;

	private int yearsSupplied;

	private boolean yearAssumed;

	DateResolver(boolean monthFirst, DateToken periodStart, DateToken periodEnd, List<DateToken> fullDates,
			List<DateToken> rowDates, int fallbackYear) {
		this.monthFirst = monthFirst;
		LocalDate end = (periodEnd != null) ? full(periodEnd, periodEnd.year()) : null;
		LocalDate start = null;
		if (periodStart != null && end != null) {
			int year = (periodStart.year() != null) ? periodStart.year() : end.getYear();
			start = full(periodStart, year);
			if (start != null && start.isAfter(end)) {
				start = full(periodStart, year - 1);
			}
		}
		boolean validPeriod = start != null && end != null && !start.isAfter(end) && start.plusDays(400).isAfter(end)
				&& fits(rowDates, start, end);
		this.periodStart = validPeriod ? start : null;
		this.periodEnd = validPeriod ? end : null;
		this.reference = validPeriod ? end : latestOfCommonestYear(fullDates);
		this.fallbackYear = fallbackYear;
	}

	/**
	 * A "from ... to ..." found in small print (a fee notice) is not the statement's
	 * period: the rows' days and months must mostly fall inside it.
	 */
	private boolean fits(List<DateToken> rowDates, LocalDate start, LocalDate end) {
		int outside = 0;
		int checked = 0;
		for (DateToken token : rowDates) {
			LocalDate best = null;
			for (int year = start.getYear() - 1; year <= end.getYear() + 1; year++) {
				LocalDate candidate = full(token, (token.year() != null) ? token.year() : year);
				if (candidate != null && (best == null || gap(candidate, start, end) < gap(best, start, end))) {
					best = candidate;
				}
			}
			if (best == null) {
				continue;
			}
			checked++;
			if (gap(best, start, end) > 31) {
				outside++;
			}
		}
		return outside * 2 <= checked;
	}

	private static long gap(LocalDate date, LocalDate start, LocalDate end) {
		if (date.isBefore(start)) {
			return start.toEpochDay() - date.toEpochDay();
		}
		return date.isAfter(end) ? date.toEpochDay() - end.toEpochDay() : 0;
	}

	LocalDate periodStart() {
		return this.periodStart;
	}

	LocalDate periodEnd() {
		return this.periodEnd;
	}

	private LocalDate latestOfCommonestYear(List<DateToken> fullDates) {
		Map<Integer, Integer> years = new HashMap<>();
		Map<Integer, LocalDate> latest = new HashMap<>();
		for (DateToken token : fullDates) {
			LocalDate date = full(token, token.year());
			if (date == null) {
				continue;
			}
			years.merge(date.getYear(), 1, Integer::sum);
			latest.merge(date.getYear(), date, (a, b) -> a.isAfter(b) ? a : b);
		}
		return years.entrySet()
			.stream()
			.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map((e) -> latest.get(e.getKey()))
			.orElse(null);
	}

	private LocalDate full(DateToken token, Integer year) {
		if (year == null) {
			return null;
		}
		try {
			return LocalDate.of(year, token.month(this.monthFirst), token.day(this.monthFirst));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The calendar date, or {@code null} for an impossible one (30 February). */
	LocalDate resolve(DateToken token) {
		if (token == null) {
			return null;
		}
		if (token.year() != null) {
			return full(token, token.year());
		}
		this.yearsSupplied++;
		if (this.periodEnd != null) {
			LocalDate best = null;
			long bestDistance = Long.MAX_VALUE;
			for (int year = this.periodEnd.getYear() + 1; year >= this.periodStart.getYear() - 1; year--) {
				LocalDate candidate = full(token, year);
				if (candidate == null) {
					continue;
				}
				long distance = distance(candidate);
				if (distance < bestDistance) {
					best = candidate;
					bestDistance = distance;
				}
			}
			return best;
		}
		if (this.reference != null) {
			LocalDate sameYear = full(token, this.reference.getYear());
			if (sameYear != null && sameYear.isAfter(this.reference.plusDays(62))) {
				return full(token, this.reference.getYear() - 1);
			}
			return sameYear;
		}
		this.yearAssumed = true;
		return full(token, this.fallbackYear);
	}

	private long distance(LocalDate date) {
		if (date.isBefore(this.periodStart)) {
			return this.periodStart.toEpochDay() - date.toEpochDay();
		}
		if (date.isAfter(this.periodEnd)) {
			return date.toEpochDay() - this.periodEnd.toEpochDay();
		}
		return 0;
	}

	/**
	 * A warning about supplied years, or {@code null} when every date printed its year.
	 */
	String yearWarning() {
		if (this.yearsSupplied == 0) {
			return null;
		}
		if (this.yearAssumed) {
			return "Dates on this statement print no year and the statement names none; the year " + this.fallbackYear
					+ " was assumed";
		}
		if (this.periodEnd != null) {
			return "Dates on this statement print no year; years were taken from the statement period "
					+ this.periodStart + " to " + this.periodEnd;
		}
		return "Dates on this statement print no year; years were taken from the statement date " + this.reference;
	}

}
