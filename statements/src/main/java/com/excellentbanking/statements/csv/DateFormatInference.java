package com.excellentbanking.statements.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides a date column's day/month/year order from the whole column. One value above 12
 * in the first or second place decides it; when no value does, the caller's preferred
 * order (from the header language or the decimal comma) is used and the result says it
 * was ambiguous, so the parser can warn.
 */
final class DateFormatInference {

	/** The order chosen and how many of the non-blank values are dates in it. */
	record DateFormat(DateOrder order, boolean ambiguous, int parsed, int nonBlank) {

		LocalDate parse(String raw) {
			DateText.Parts parts = DateText.split(raw);
			return (parts == null) ? null : parts.toDate(this.order);
		}

		double share() {
			return (this.nonBlank == 0) ? 0 : (double) this.parsed / this.nonBlank;
		}

	}

	private DateFormatInference() {
	}

	static Optional<DateFormat> infer(List<String> values, DateOrder preferred) {
		List<DateText.Parts> numeric = new ArrayList<>();
		int named = 0;
		int nonBlank = 0;
		for (String value : values) {
			if (value == null || value.isBlank()) {
				continue;
			}
			nonBlank++;
			DateText.Parts parts = DateText.split(value);
			if (parts == null) {
				continue;
			}
			if (parts.namedMonth() != null) {
				named++;
			}
			else {
				numeric.add(parts);
			}
		}
		if (nonBlank == 0 || (numeric.isEmpty() && named == 0)) {
			return Optional.empty();
		}
		DateOrder order;
		boolean ambiguous = false;
		if (numeric.isEmpty()) {
			order = DateOrder.DMY;
		}
		else if (numeric.stream().anyMatch((p) -> p.firstLength() == 4)) {
			order = DateOrder.YMD;
		}
		else {
			boolean dmy = numeric.stream().allMatch((p) -> p.first() <= 31 && p.second() <= 12);
			boolean mdy = numeric.stream().allMatch((p) -> p.first() <= 12 && p.second() <= 31);
			if (dmy && mdy) {
				// Dotted dates are day first wherever they are used; slashes and dashes
				// are not.
				ambiguous = numeric.stream().anyMatch((p) -> p.first() != p.second() && p.separator() != '.');
				order = (preferred == DateOrder.MDY) ? DateOrder.MDY : DateOrder.DMY;
			}
			else if (dmy || mdy) {
				order = dmy ? DateOrder.DMY : DateOrder.MDY;
			}
			else {
				return Optional.empty();
			}
		}
		int parsed = 0;
		for (String value : values) {
			DateText.Parts parts = DateText.split(value);
			if (parts != null && parts.toDate(order) != null) {
				parsed++;
			}
		}
		return (parsed == 0) ? Optional.empty() : Optional.of(new DateFormat(order, ambiguous, parsed, nonBlank));
	}

}
