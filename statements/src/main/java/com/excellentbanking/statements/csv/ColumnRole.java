package com.excellentbanking.statements.csv;

/** What a column of a bank export holds. */
enum ColumnRole {

	/** Booking or posting date. */
	DATE,
	/** The date the card holder or payer acted; preferred over the booking date. */
	TRANSACTION_DATE, VALUE_DATE, DESCRIPTION, MEMO, COUNTERPARTY, COUNTERPARTY_ACCOUNT,
	/** One signed (or direction-flagged) amount. */
	AMOUNT, DEBIT, CREDIT,
	/** A debit/credit flag per row ("D"/"C", "Af"/"Bij", "S"/"H"). */
	DIRECTION, BALANCE, CURRENCY, REFERENCE, TYPE,
	/** The account the row belongs to: files listing several accounts are split by it. */
	ACCOUNT, HOLDER,
	/** A column known not to be any of the above (foreign amounts, fees, categories). */
	IGNORED;

	boolean isDate() {
		return this == DATE || this == TRANSACTION_DATE || this == VALUE_DATE;
	}

	boolean isMoney() {
		return this == AMOUNT || this == DEBIT || this == CREDIT || this == BALANCE;
	}

}
