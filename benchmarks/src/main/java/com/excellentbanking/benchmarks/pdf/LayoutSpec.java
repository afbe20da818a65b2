package com.excellentbanking.benchmarks.pdf;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How one synthetic bank lays out its statements: the columns and their titles, how dates
 * and money are printed, the words for balances and summaries, and the clutter around the
 * table (summary box, adverts, running headers and footers).
 */
record LayoutSpec(String id, String language, List<Col> columns, DateTimeFormatter rowDate,
		DateTimeFormatter periodDate, String periodTemplate, Money money, AmountStyle amountStyle, String opening,
		String closing, String broughtForward, String carriedForward, List<String> summaryBox, List<String> advert,
		boolean headerOnEveryPage, int accounts, boolean card, String accountTitle, String bankName,
		String pageTemplate, String currency) {

	/** Which value a column shows. */
	enum Kind {

		DATE, VALUE_DATE, DESCRIPTION, DEBIT, CREDIT, AMOUNT, BALANCE

	}

	/** A column: title, left edge (text) or right edge (money). */
	record Col(Kind kind, String title, double x) {

		boolean money() {
			return this.kind == Kind.DEBIT || this.kind == Kind.CREDIT || this.kind == Kind.AMOUNT
					|| this.kind == Kind.BALANCE;
		}

	}

	/** How a single amount column shows direction. */
	enum AmountStyle {

		/** "-12.34" for money out. */
		LEADING_MINUS,
		/** "12,34-" and "12,34+". */
		TRAILING_SIGN,
		/** "(12.34)" for money out. */
		PARENTHESES,
		/** Unsigned; only the running balance tells the direction. */
		UNSIGNED,
		/** Card: charges unsigned, payments "12.34 CR". */
		CARD_CR,
		/** Separate debit and credit columns. */
		COLUMNS

	}

	/** Number formatting: decimal and grouping marks and an optional currency affix. */
	record Money(char decimal, String grouping, String prefix, String suffix) {

		String format(java.math.BigDecimal magnitude) {
			String plain = magnitude.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
			String integer = plain.substring(0, plain.indexOf('.'));
			String cents = plain.substring(plain.indexOf('.') + 1);
			StringBuilder grouped = new StringBuilder();
			for (int i = 0; i < integer.length(); i++) {
				if (i > 0 && (integer.length() - i) % 3 == 0) {
					grouped.append(this.grouping);
				}
				grouped.append(integer.charAt(i));
			}
			return this.prefix + grouped + this.decimal + cents + this.suffix;
		}

	}

	static DateTimeFormatter pattern(String pattern, Locale locale) {
		return DateTimeFormatter.ofPattern(pattern, locale);
	}

	boolean has(Kind kind) {
		return this.columns.stream().anyMatch((c) -> c.kind() == kind);
	}

}
