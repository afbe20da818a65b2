package com.excellentbanking.statements.export;

import java.math.BigDecimal;

/** Totals of a group of transactions, for the dashboard Summary. */
final class Totals {

	private Totals() {
	}

	/**
	 * One line of totals: {@code month} ({@code yyyy-MM}) is {@code null} for an
	 * account's overall total. {@code account} is the masked account label, or a note
	 * that the statement names no account.
	 */
	record Row(String account, String currency, String month, long count, BigDecimal totalIn, BigDecimal totalOut) {

		BigDecimal net() {
			return this.totalIn.subtract(this.totalOut);
		}

		Row plus(Row other) {
			return new Row(this.account, this.currency, this.month, this.count + other.count,
					this.totalIn.add(other.totalIn), this.totalOut.add(other.totalOut));
		}

		Row withoutMonth() {
			return new Row(this.account, this.currency, null, this.count, this.totalIn, this.totalOut);
		}

	}

}
