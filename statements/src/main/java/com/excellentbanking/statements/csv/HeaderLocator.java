package com.excellentbanking.statements.csv;

import java.util.List;

/**
 * Finds the header row below any title lines (bank name, account, "Transaction History")
 * by scoring rows on how many cells read as known column names. A header must name a date
 * and money (an amount, debit, credit or balance) and hold almost no values itself.
 */
final class HeaderLocator {

	static final int SEARCH_ROWS = 60;

	private HeaderLocator() {
	}

	/** The index of the header row in {@code rows}, or -1 when the file has none. */
	static int locate(List<CsvRow> rows) {
		int best = -1;
		int bestScore = 1;
		for (int i = 0; i < rows.size() && i < SEARCH_ROWS; i++) {
			int score = score(rows.get(i).cells());
			if (score > bestScore) {
				best = i;
				bestScore = score;
			}
		}
		return best;
	}

	/** Known column names in the row, or 0 when it cannot be a header. */
	static int score(List<String> cells) {
		boolean date = false;
		boolean money = false;
		int named = 0;
		int values = 0;
		for (String cell : cells) {
			if (DateText.split(cell) != null || AmountParser.looksLikeAmount(cell)) {
				values++;
				continue;
			}
			var match = HeaderRoles.match(cell);
			if (match.isEmpty()) {
				continue;
			}
			named++;
			ColumnRole role = match.get().roles().get(0);
			date |= role.isDate();
			money |= role.isMoney() || role == ColumnRole.DIRECTION;
		}
		return (date && money && values <= 1) ? named : 0;
	}

}
