package com.excellentbanking.statements.layout;

/** What a transaction-table column holds. */
public enum ColumnRole {

	DATE, VALUE_DATE, DESCRIPTION, COUNTERPARTY, REFERENCE, DEBIT, CREDIT, AMOUNT, BALANCE;

	/** Money columns print right-aligned numbers. */
	public boolean money() {
		return this == DEBIT || this == CREDIT || this == AMOUNT || this == BALANCE;
	}

	/** Columns whose values are a transaction's amount (not its running balance). */
	public boolean movement() {
		return this == DEBIT || this == CREDIT || this == AMOUNT;
	}

}
