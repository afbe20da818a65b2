package com.excellentbanking.statements.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.excellentbanking.statements.layout.Amount.Mark;

/**
 * Gives each row's amount its direction (money in positive).
 *
 * <p>
 * Separate debit and credit columns decide by position. A single amount column decides by
 * its marks, read the way the statement reads them: in ordinary bookkeeping minus,
 * parentheses and DR mean money out; card statements print charges unsigned and mark the
 * payments instead. Which reading applies is taken from the running balance where the
 * statement prints one (the change of balance from row to row is the signed amount), and
 * a row whose balance contradicts its mark follows the balance.
 */
final class Signs {

	private final List<String> warnings = new ArrayList<>();

	List<String> warnings() {
		return this.warnings;
	}

	/** Signed balance as the account holder sees it: a card's amount owed is negative. */
	static BigDecimal balance(Amount amount, boolean card) {
		if (amount == null) {
			return null;
		}
		if (!card) {
			return amount.natural();
		}
		return switch (amount.mark()) {
			case CREDIT -> amount.magnitude();
			case DEBIT -> amount.magnitude().negate();
			default -> amount.natural().negate();
		};
	}

	/**
	 * Signed amounts of the transaction rows, in order. {@code opening} starts the
	 * balance chain when known.
	 */
	List<BigDecimal> resolve(List<RawRow> rows, BigDecimal opening, boolean card) {
		boolean flipped = chooseReading(rows, opening, card);
		List<BigDecimal> signed = new ArrayList<>();
		BigDecimal previous = opening;
		int followedBalance = 0;
		for (RawRow row : rows) {
			BigDecimal value = byColumns(row);
			if (value == null) {
				value = byMark(row.amount, flipped);
				BigDecimal delta = delta(row, previous, card);
				if (delta != null && delta.abs().compareTo(row.amount.magnitude()) == 0
						&& delta.signum() != value.signum() && delta.signum() != 0) {
					value = value.negate();
					followedBalance++;
				}
			}
			signed.add(value);
			BigDecimal balance = balance(row.balance, card);
			previous = (balance != null) ? balance : (previous != null ? previous.add(value) : null);
		}
		if (followedBalance > 0) {
			this.warnings.add("The direction of " + followedBalance
					+ " amount(s) was taken from the change in the running balance");
		}
		return signed;
	}

	private static BigDecimal byColumns(RawRow row) {
		if (row.debit == null && row.credit == null) {
			return null;
		}
		BigDecimal value = BigDecimal.ZERO;
		if (row.credit != null) {
			value = value.add(row.credit.magnitude());
		}
		if (row.debit != null) {
			value = value.subtract(row.debit.magnitude());
		}
		return value;
	}

	private static BigDecimal byMark(Amount amount, boolean flipped) {
		Mark mark = amount.mark();
		if (mark == Mark.CREDIT || mark == Mark.PLUS) {
			return amount.magnitude();
		}
		if (mark == Mark.DEBIT) {
			return amount.magnitude().negate();
		}
		boolean negative = mark.negativeLooking() != flipped;
		return negative ? amount.magnitude().negate() : amount.magnitude();
	}

	private static BigDecimal delta(RawRow row, BigDecimal previous, boolean card) {
		if (previous == null || row.balance == null) {
			return null;
		}
		return balance(row.balance, card).subtract(previous);
	}

	/**
	 * Whether unsigned amounts are money out (card reading) rather than money in. The
	 * running balance decides when it can; else the kind of statement.
	 */
	private boolean chooseReading(List<RawRow> rows, BigDecimal opening, boolean card) {
		int natural = 0;
		int flipped = 0;
		int unmarked = 0;
		int negativeMarked = 0;
		BigDecimal previous = opening;
		for (RawRow row : rows) {
			BigDecimal columns = byColumns(row);
			if (columns == null) {
				Mark mark = row.amount.mark();
				if (!mark.explicit()) {
					if (mark.negativeLooking()) {
						negativeMarked++;
					}
					else {
						unmarked++;
					}
					BigDecimal delta = delta(row, previous, card);
					if (delta != null && delta.abs().compareTo(row.amount.magnitude()) == 0 && delta.signum() != 0) {
						boolean negative = delta.signum() < 0;
						if (negative == mark.negativeLooking()) {
							natural++;
						}
						else {
							flipped++;
						}
					}
				}
			}
			BigDecimal balance = balance(row.balance, card);
			BigDecimal value = (columns != null) ? columns : row.amount.natural();
			previous = (balance != null) ? balance : (previous != null ? previous.add(value) : null);
		}
		if (natural + flipped > 0) {
			return flipped > natural;
		}
		if (unmarked + negativeMarked == 0) {
			return false;
		}
		if (card && unmarked >= negativeMarked) {
			this.warnings.add("Amounts were read as a card statement's: unsigned amounts as charges (money out), "
					+ "marked amounts as payments and refunds");
			return true;
		}
		if (negativeMarked == 0) {
			this.warnings.add("Amounts carry no sign and no running balance tells their direction; "
					+ "they were read as money in");
		}
		return false;
	}

}
