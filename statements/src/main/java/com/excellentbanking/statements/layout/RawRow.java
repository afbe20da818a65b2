package com.excellentbanking.statements.layout;

/**
 * One row read from a table, still as printed: dates unresolved, amounts with their
 * marks.
 */
final class RawRow {

	enum Kind {

		TRANSACTION, OPENING, CLOSING

	}

	final Kind kind;

	final int page;

	DateToken date;

	DateToken valueDate;

	boolean dateInherited;

	final StringBuilder description = new StringBuilder();

	final StringBuilder counterparty = new StringBuilder();

	final StringBuilder reference = new StringBuilder();

	Amount debit;

	Amount credit;

	Amount amount;

	Amount balance;

	RawRow(Kind kind, int page) {
		this.kind = kind;
		this.page = page;
	}

	static void append(StringBuilder text, String more) {
		if (more == null || more.isBlank()) {
			return;
		}
		if (text.length() > 0) {
			text.append(' ');
		}
		text.append(more.strip());
	}

	/** The value a balance row states: its balance cell, else its only money cell. */
	Amount stated() {
		if (this.balance != null) {
			return this.balance;
		}
		if (this.amount != null) {
			return this.amount;
		}
		return (this.credit != null) ? this.credit : this.debit;
	}

}
