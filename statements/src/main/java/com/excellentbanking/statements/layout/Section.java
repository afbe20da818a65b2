package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a document about one account: its table rows and the lines around them
 * (summary boxes, titles) that may state its balances.
 */
final class Section {

	String accountIdentifier;

	final List<RawRow> rows = new ArrayList<>();

	/** Lines outside any table that belong to this section, for balances and facts. */
	final List<Line> outside = new ArrayList<>();

	boolean inferredColumns;

	boolean hasTransactions() {
		return this.rows.stream().anyMatch((r) -> r.kind == RawRow.Kind.TRANSACTION);
	}

}
