package com.excellentbanking.statements.csv;

import java.util.Collection;
import java.util.Optional;

/**
 * Decides a column's decimal separator from all its values at once. A single value like
 * {@code 1,234} could be either; {@code 12,50} or {@code 1.234,56} in the same column
 * cannot, and one locale is used for the whole column.
 */
final class NumberFormatInference {

	private NumberFormatInference() {
	}

	/** The evidence a set of values gives for a decimal point and a decimal comma. */
	record Votes(int point, int comma) {

		Votes plus(Votes other) {
			return new Votes(this.point + other.point, this.comma + other.comma);
		}

		Optional<Character> decision() {
			if (this.point == 0 && this.comma == 0) {
				return Optional.empty();
			}
			return Optional.of((this.comma > this.point) ? ',' : '.');
		}

	}

	static Votes votes(Collection<String> values) {
		int point = 0;
		int comma = 0;
		for (String value : values) {
			if (DateText.split(value) != null) {
				// 18.09.2017 is a date, not a number with two thousands points
				continue;
			}
			Character decimal = decimalOf(AmountParser.numericCore(value));
			if (decimal == null) {
				continue;
			}
			if (decimal == '.') {
				point++;
			}
			else {
				comma++;
			}
		}
		return new Votes(point, comma);
	}

	static Optional<Character> decimalSeparator(Collection<String> values) {
		return votes(values).decision();
	}

	/**
	 * What one number says about the decimal separator, or {@code null} when it says
	 * nothing ({@code 12}, {@code 1,234}).
	 */
	static Character decimalOf(String number) {
		if (number == null) {
			return null;
		}
		int lastPoint = number.lastIndexOf('.');
		int lastComma = number.lastIndexOf(',');
		if (lastPoint >= 0 && lastComma >= 0) {
			return (lastPoint > lastComma) ? '.' : ',';
		}
		int last = Math.max(lastPoint, lastComma);
		if (last < 0) {
			return null;
		}
		char separator = number.charAt(last);
		if (number.indexOf(separator) != last) {
			return (separator == '.') ? ',' : '.';
		}
		int decimals = number.length() - last - 1;
		if (decimals == 3) {
			return null;
		}
		return separator;
	}

}
