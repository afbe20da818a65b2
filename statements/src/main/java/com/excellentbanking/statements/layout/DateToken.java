package com.excellentbanking.statements.layout;

/**
 * A date as printed, before the statement decides how to read it. Numeric dates keep both
 * leading numbers ({@code first}, {@code second}) because "03/04" is March or April
 * depending on the issuer's country; {@code textualMonth} dates ("3 Apr", "Apr 3") and
 * {@code orderKnown} ones (ISO, dotted) are unambiguous; then {@code first} is the day.
 * {@code year} is {@code null} when the statement prints none.
 */
public record DateToken(int first, int second, Integer year, boolean textualMonth, boolean orderKnown, int wordsUsed) {

	/** Day and month when the order is known; for numeric dates the caller says which. */
	public int day(boolean monthFirst) {
		if (this.textualMonth || this.orderKnown) {
			return this.first;
		}
		return monthFirst ? this.second : this.first;
	}

	public int month(boolean monthFirst) {
		if (this.textualMonth || this.orderKnown) {
			return this.second;
		}
		return monthFirst ? this.first : this.second;
	}

	/** Numeric with both readings possible, such as 03/04. */
	public boolean ambiguousOrder() {
		return !this.textualMonth && !this.orderKnown && this.first <= 12 && this.second <= 12
				&& this.first != this.second;
	}

	/** Readable only day-first (31/01) or only month-first (01/31). */
	public Boolean forcesMonthFirst() {
		if (this.textualMonth || this.orderKnown) {
			return null;
		}
		if (this.first > 12 && this.second <= 12) {
			return false;
		}
		if (this.second > 12 && this.first <= 12) {
			return true;
		}
		return null;
	}

}
