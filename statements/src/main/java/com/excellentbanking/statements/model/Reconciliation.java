package com.excellentbanking.statements.model;

import java.math.BigDecimal;

/**
 * Whether a statement adds up: opening balance plus the transactions equals the closing
 * balance, and each running balance equals the previous one plus its transaction.
 *
 * <p>
 * {@code UNVERIFIED} means the statement's stated balances do not check every
 * transaction: no opening balance, or neither a closing balance nor a running balance on
 * the last row. What could be checked agrees, but such a statement is not reconciled; it
 * is flagged, never passed silently.
 */
public record Reconciliation(Status status, BigDecimal computedClosingBalance, Mismatch firstMismatch) {

	public enum Status {

		RECONCILED, MISMATCH, UNVERIFIED

	}

	public boolean reconciled() {
		return this.status == Status.RECONCILED;
	}

	/**
	 * Where a statement stops adding up. {@code transactionIndex} is the 0-based index of
	 * the transaction whose running balance is off, or {@code -1} when only the closing
	 * balance is off. {@code expected} is what the transactions add up to, {@code actual}
	 * what the statement prints.
	 */
	public record Mismatch(int transactionIndex, String kind, BigDecimal expected, BigDecimal actual, String message) {

		public static final String RUNNING_BALANCE = "running_balance";

		public static final String CLOSING_BALANCE = "closing_balance";

	}

}
