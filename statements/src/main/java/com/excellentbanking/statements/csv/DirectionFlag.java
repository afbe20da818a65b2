package com.excellentbanking.statements.csv;

import java.util.Set;

/**
 * A per-row debit/credit flag, in the spellings banks use: {@code D}/{@code C},
 * {@code DR}/{@code CR}, {@code Af}/{@code Bij} (Dutch), {@code S}/{@code H} (German
 * Soll/ Haben), {@code D}/{@code K} (Kredit), {@code debit}/{@code credit},
 * {@code outflow}/ {@code inflow}, {@code I}/{@code O}.
 */
enum DirectionFlag {

	DEBIT, CREDIT;

	private static final Set<String> DEBITS = Set.of("d", "dr", "db", "debit", "debet", "s", "soll", "af", "o", "out",
			"outflow", "kiadas", "cargo", "debito", "-");

	private static final Set<String> CREDITS = Set.of("c", "cr", "k", "credit", "kredit", "h", "haben", "bij", "i",
			"in", "inflow", "bevetel", "abono", "credito", "+");

	/** The flag a cell spells, or {@code null}. */
	static DirectionFlag of(String cell) {
		if (cell == null || cell.isEmpty() || cell.length() > 10) {
			return null;
		}
		String word = HeaderRoles.normalize(cell);
		if (word.isEmpty()) {
			word = cell.strip();
		}
		if (DEBITS.contains(word)) {
			return DEBIT;
		}
		if (CREDITS.contains(word)) {
			return CREDIT;
		}
		return null;
	}

	DirectionFlag opposite() {
		return (this == DEBIT) ? CREDIT : DEBIT;
	}

}
