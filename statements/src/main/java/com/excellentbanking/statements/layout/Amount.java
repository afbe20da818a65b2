package com.excellentbanking.statements.layout;

import java.math.BigDecimal;

/**
 * A money value as printed in a table cell: its magnitude with the printed decimals, the
 * sign mark printed with it, and a currency if the cell named one.
 */
public record Amount(BigDecimal magnitude, Mark mark, String currency) {

	/** How a cell marked the direction of a value, if at all. */
	public enum Mark {

		NONE, MINUS, PLUS, PARENTHESES, CREDIT, DEBIT;

		/** Marks that read as "negative" in ordinary bookkeeping. */
		public boolean negativeLooking() {
			return this == MINUS || this == PARENTHESES || this == DEBIT;
		}

		/**
		 * CR/DR and + say the direction outright; minus and parentheses depend on the
		 * issuer.
		 */
		public boolean explicit() {
			return this == CREDIT || this == DEBIT || this == PLUS;
		}

	}

	/**
	 * The value read in ordinary bookkeeping terms: minus, parentheses and DR negative.
	 */
	public BigDecimal natural() {
		return this.mark.negativeLooking() ? this.magnitude.negate() : this.magnitude;
	}

}
