package com.excellentbanking.statements.csv;

import java.util.List;

/**
 * Which column holds what, as decided from headers and content; {@code -1} for a role the
 * file does not have. Either {@code amount} or the {@code debit}/{@code credit} pair is
 * set. {@code blankDirection} is what an empty direction cell means when the bank flags
 * only one side (a {@code CR} column that is empty for charges).
 */
record ColumnMapping(int date, int valueDate, List<Integer> description, int counterparty, int amount, int debit,
		int credit, int direction, DirectionFlag blankDirection, int balance, int currency, int reference,
		int counterpartyAccount, int type, int account, int holder, String headerCurrency, List<ColumnProfile> profiles,
		List<String> notes) {

	ColumnMapping {
		description = List.copyOf(description);
		profiles = List.copyOf(profiles);
		notes = List.copyOf(notes);
	}

	ColumnProfile profile(int column) {
		return this.profiles.get(column);
	}

	boolean hasDebitCreditPair() {
		return this.amount < 0;
	}

}
