package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a statement's numeric dates are day-first (31/01) or month-first
 * (01/31): from dates that can only be read one way, first in its own rows, then anywhere
 * in the document; failing that from which reading keeps the rows in date order; failing
 * that from the currency (US dollars: month-first).
 */
final class DateOrder {

	/** The decision and, when it was a guess, why. */
	record Decision(boolean monthFirst, String warning) {

	}

	private DateOrder() {
	}

	static Decision decide(List<DateToken> rowDates, List<DateToken> documentDates, String currency) {
		Boolean fromRows = forced(rowDates);
		if (fromRows != null) {
			return new Decision(fromRows, null);
		}
		Boolean fromDocument = forced(documentDates);
		if (fromDocument != null) {
			return new Decision(fromDocument, null);
		}
		boolean ambiguous = rowDates.stream().anyMatch(DateToken::ambiguousOrder);
		if (!ambiguous) {
			return new Decision(false, null);
		}
		int dayFirstOrdered = ordered(rowDates, false);
		int monthFirstOrdered = ordered(rowDates, true);
		if (dayFirstOrdered != monthFirstOrdered) {
			boolean monthFirst = monthFirstOrdered > dayFirstOrdered;
			return new Decision(monthFirst, "Day and month order of dates was guessed ("
					+ (monthFirst ? "month first" : "day first") + ") from the order of the rows");
		}
		boolean monthFirst = "USD".equals(currency);
		return new Decision(monthFirst, "Day and month order of dates could not be told apart and was assumed to be "
				+ (monthFirst ? "month first" : "day first"));
	}

	private static Boolean forced(List<DateToken> dates) {
		int monthFirst = 0;
		int dayFirst = 0;
		for (DateToken date : dates) {
			Boolean forced = date.forcesMonthFirst();
			if (forced == null) {
				continue;
			}
			if (forced) {
				monthFirst++;
			}
			else {
				dayFirst++;
			}
		}
		if (monthFirst == 0 && dayFirst == 0) {
			return null;
		}
		if (monthFirst == dayFirst) {
			return null;
		}
		return monthFirst > dayFirst;
	}

	private static int ordered(List<DateToken> dates, boolean monthFirst) {
		List<Integer> keys = new ArrayList<>();
		for (DateToken date : dates) {
			keys.add(date.month(monthFirst) * 100 + date.day(monthFirst));
		}
		int ordered = 0;
		for (int i = 1; i < keys.size(); i++) {
			if (keys.get(i) >= keys.get(i - 1)) {
				ordered++;
			}
		}
		return ordered;
	}

}
