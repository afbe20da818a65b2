package com.excellentbanking.statements.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the values of one column look like, over all data rows: how many are dates (in the
 * column's inferred order), numbers (with the column's decimal separator), flags or text.
 * Roles are checked against this, so a header that lies (a "Valuta" column holding
 * currency codes) or is missing does not decide alone.
 */
record ColumnProfile(int index, int rows, int nonBlank, int distinct, DateFormatInference.DateFormat dateFormat,
		int numbers, int fractions, int negatives, boolean identifierLike, char decimalSeparator, int flags,
		Set<DirectionFlag> flagKinds, int currencyCodes, double averageLength, String symbolCurrency) {

	static final double MOSTLY = 0.8;

	static List<ColumnProfile> of(List<CsvRow> rows, int width, DateOrder preferredOrder, char fileDecimal) {
		List<ColumnProfile> profiles = new ArrayList<>(width);
		for (int column = 0; column < width; column++) {
			List<String> values = new ArrayList<>(rows.size());
			for (CsvRow row : rows) {
				values.add(row.cell(column));
			}
			profiles.add(of(column, values, preferredOrder, fileDecimal));
		}
		return profiles;
	}

	static ColumnProfile of(int index, List<String> values, DateOrder preferredOrder, char fileDecimal) {
		List<String> nonBlankValues = values.stream().filter((v) -> !v.isEmpty()).toList();
		DateFormatInference.DateFormat dateFormat = DateFormatInference.infer(nonBlankValues, preferredOrder)
			.orElse(null);
		char decimal = NumberFormatInference.decimalSeparator(nonBlankValues).orElse(fileDecimal);
		int numbers = 0;
		int fractions = 0;
		int negatives = 0;
		int digitsOnly = 0;
		int flags = 0;
		int codes = 0;
		long length = 0;
		String symbolCurrency = null;
		Set<DirectionFlag> kinds = EnumSet.noneOf(DirectionFlag.class);
		for (String value : nonBlankValues) {
			length += value.length();
			AmountParser.ParsedAmount amount = AmountParser.parse(value, decimal);
			if (amount != null) {
				numbers++;
				if (amount.value().scale() > 0) {
					fractions++;
				}
				if (symbolCurrency == null) {
					symbolCurrency = amount.currency();
				}
				if (amount.value().signum() < 0) {
					negatives++;
				}
				if (value.chars().allMatch(Character::isDigit) && (value.length() >= 7 || value.startsWith("0"))) {
					digitsOnly++;
				}
			}
			DirectionFlag flag = DirectionFlag.of(value);
			if (flag != null) {
				flags++;
				kinds.add(flag);
			}
			if (value.length() == 3 && value.chars().allMatch((c) -> c >= 'A' && c <= 'Z')
					&& HeaderRoles.currencyIn(value) != null) {
				codes++;
			}
		}
		int count = nonBlankValues.size();
		return new ColumnProfile(index, values.size(), count, new HashSet<>(nonBlankValues).size(), dateFormat, numbers,
				fractions, negatives, numbers > 0 && digitsOnly == numbers, decimal, flags, kinds, codes,
				(count == 0) ? 0 : (double) length / count, symbolCurrency);
	}

	boolean isBlank() {
		return this.nonBlank == 0;
	}

	boolean isDates() {
		return this.dateFormat != null && this.nonBlank > 0 && this.dateFormat.share() >= MOSTLY;
	}

	/**
	 * Dates on at least half the rows: enough when a header names the column, which may
	 * also hold "Pending" for unbooked card payments.
	 */
	boolean isMostlyDates() {
		return this.dateFormat != null && this.nonBlank > 0 && this.dateFormat.share() >= 0.5;
	}

	/** Mostly numbers that can be money (not a date column, not an identifier column). */
	boolean isAmounts() {
		return this.nonBlank > 0 && !isDates() && !this.identifierLike && share(this.numbers) >= MOSTLY;
	}

	/** Numbers on at least half the rows: enough when a header names the column. */
	boolean isMostlyAmounts() {
		return this.nonBlank > 0 && !isDates() && !this.identifierLike && share(this.numbers) >= 0.5;
	}

	boolean isFlags() {
		return this.nonBlank > 0 && share(this.flags) >= 0.9;
	}

	boolean isCurrencyCodes() {
		return this.nonBlank > 0 && share(this.currencyCodes) >= 0.9;
	}

	boolean isText() {
		return this.nonBlank > 0 && !isDates() && !isAmounts() && !isFlags() && !isCurrencyCodes()
				&& share(this.numbers) < 0.5;
	}

	/**
	 * The same number on every row: a statement total repeated per row, not a running
	 * balance.
	 */
	boolean isConstant() {
		return this.nonBlank > 1 && this.nonBlank == this.rows && this.distinct == 1;
	}

	BigDecimal amount(String cell) {
		AmountParser.ParsedAmount amount = AmountParser.parse(cell, this.decimalSeparator);
		return (amount == null) ? null : amount.value();
	}

	private double share(int count) {
		return (this.nonBlank == 0) ? 0 : (double) count / this.nonBlank;
	}

}
