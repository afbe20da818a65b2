package com.excellentbanking.statements.layout;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words statements use, in English, German, French, Spanish, Dutch, Italian and
 * Portuguese: column titles, balance rows and summary rows. Matching ignores case and
 * accents.
 */
final class Keywords {

	private static final Map<String, ColumnRole> ROLES = new HashMap<>();

	static {
		role(ColumnRole.DATE, "date", "dates", "datum", "fecha", "data", "buchungstag", "buchungsdatum", "buchung",
				"boekdatum", "transaktionsdatum", "dato", "datas");
		role(ColumnRole.VALUE_DATE, "valuta", "wertstellung", "valutadatum", "rentedatum", "valeur", "valor_date");
		role(ColumnRole.DESCRIPTION, "description", "descriptions", "descripcion", "descrizione", "descricao",
				"beschreibung", "omschrijving", "libelle", "libelles", "details", "detail", "detalle", "detalhes",
				"dettagli", "particulars", "narrative", "narration", "verwendungszweck", "buchungstext", "vorgang",
				"text", "concepto", "merchant", "mededelingen", "operation", "operations", "operacion", "operazione",
				"operacao", "historico", "causale", "movimiento", "movimento", "transaction", "transactions",
				"transacties", "umsatzart", "nature");
		role(ColumnRole.COUNTERPARTY, "counterparty", "tegenpartij", "tegenrekening", "begunstigde", "beneficiary",
				"beneficiaire", "payee", "auftraggeber", "empfanger", "zahlungsempfanger", "ordenante", "beneficiario");
		role(ColumnRole.REFERENCE, "reference", "referenz", "referencia", "riferimento", "kenmerk", "ref");
		role(ColumnRole.DEBIT, "debit", "debits", "debito", "debitos", "withdrawal", "withdrawals", "soll",
				"lastschrift", "lastschriften", "belastung", "belastungen", "ausgang", "ausgange", "ausgaben",
				"retrait", "retraits", "cheques", "cargo", "cargos", "debe", "af", "afschrijving", "afschrijvingen",
				"addebiti", "addebito", "uscite", "dare", "saidas", "saida");
		role(ColumnRole.CREDIT, "credit", "credits", "credito", "creditos", "deposit", "deposits", "haben",
				"gutschrift", "gutschriften", "eingang", "eingange", "einnahmen", "depot", "depots", "abono", "abonos",
				"haber", "ingreso", "ingresos", "bij", "bijschrijving", "bijschrijvingen", "accrediti", "accredito",
				"entrate", "avere", "entradas", "entrada", "receipts", "lodgements");
		role(ColumnRole.AMOUNT, "amount", "amounts", "betrag", "umsatz", "montant", "montants", "importe", "bedrag",
				"importo", "valor", "monto", "valore");
		role(ColumnRole.BALANCE, "balance", "saldo", "solde", "kontostand", "saldi");
	}

	/** Words that qualify a date title rather than being a column of their own. */
	private static final Set<String> DATE_QUALIFIERS = Set.of("transaction", "trans", "txn", "post", "posting",
			"posted", "booking", "book", "entry", "operation", "operacion", "effective", "process", "processed");

	private static final Set<String> VALUE_QUALIFIERS = Set.of("value", "valeur", "valor", "interest", "rente", "wert",
			"valuta", "effet");

	private static final List<String> OPENING = List.of("brought forward", "balance forward", "b/f", "bf balance",
			"opening balance", "previous balance", "previous statement", "last statement", "last month",
			"beginning balance", "starting balance", "start balance", "balance at start", "anfangssaldo", "alter saldo",
			"alter kontostand", "saldovortrag", "saldo vortrag", "vortrag", "ancien solde", "solde precedent",
			"solde d'ouverture", "solde d ouverture", "solde initial", "solde au debut", "saldo anterior",
			"saldo inicial", "saldo de apertura", "beginsaldo", "vorig saldo", "oud saldo", "saldo iniziale",
			"saldo precedente", "saldo anteriore", "solde reporte", "report de solde", "last month's balance",
			"last months balance", "previous month");

	private static final List<String> CLOSING = List.of("carried forward", "c/f", "closing balance", "new balance",
			"ending balance", "end balance", "balance at end", "final balance", "endsaldo", "neuer saldo",
			"neuer kontostand", "schlusssaldo", "nouveau solde", "solde de fermeture", "solde final",
			"solde de cloture", "saldo final", "saldo de cierre", "saldo actual", "eindsaldo", "nieuw saldo",
			"saldo finale", "saldo di chiusura", "saldo atual", "a reporter", "saldo a riportare", "total amount due",
			"statement balance");

	private static final Set<String> SUMMARY_WORDS = Set.of("total", "totals", "subtotal", "sub", "totaal", "totale",
			"totali", "gesamt", "gesamtbetrag", "summe", "somme", "suma", "soma", "grand", "anzahl", "aantal", "nombre",
			"number", "totaux", "importe");

	/**
	 * Words that follow "Total" in a totals row ("Total money in", "Total des débits"),
	 * unlike in a payee's name ("TOTAL ENERGIES").
	 */
	private static final Set<String> SUMMARY_FOLLOWERS = Set.of("money", "in", "out", "debits", "debit", "credits",
			"credit", "deposits", "deposit", "withdrawals", "withdrawal", "fees", "fee", "interest", "amount",
			"amounts", "no", "number", "of", "des", "de", "du", "der", "die", "for", "paid", "received", "charges",
			"charged", "balance", "payments", "purchases", "transactions", "total", "soll", "haben", "umsatze",
			"umsatz", "gutschriften", "lastschriften", "belastungen", "af", "bij", "ingresos", "cargos", "abonos",
			"movimientos", "entrate", "uscite", "creditos", "debitos", "operations", "year", "ytd", "to", "this",
			"period", "due", "new", "am", "van", "general");

	private Keywords() {
	}

	private static void role(ColumnRole role, String... words) {
		for (String word : words) {
			ROLES.put(word, role);
		}
	}

	static boolean ascii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 128) {
				return false;
			}
		}
		return true;
	}

	static String normalize(String text) {
		String s = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return s.toLowerCase(Locale.ROOT).replace('’', '\'');
	}

	/** Letters only, for matching one title word. */
	static String bare(String word) {
		if (ascii(word)) {
			StringBuilder letters = new StringBuilder(word.length());
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
					letters.append(Character.toLowerCase(c));
				}
			}
			return letters.toString();
		}
		return normalize(word).replaceAll("[^\\p{L}]", "");
	}

	static ColumnRole role(String word) {
		return ROLES.get(bare(word));
	}

	/** Two-word titles whose words mean nothing alone: "Paid out", "Money in". */
	static ColumnRole pairRole(String first, String second) {
		String pair = bare(first) + " " + bare(second);
		return switch (pair) {
			case "paid out", "money out", "paid outs", "payments out" -> ColumnRole.DEBIT;
			case "paid in", "money in", "payments in" -> ColumnRole.CREDIT;
			default -> null;
		};
	}

	static boolean dateQualifier(String word) {
		return DATE_QUALIFIERS.contains(bare(word));
	}

	static boolean valueQualifier(String word) {
		return VALUE_QUALIFIERS.contains(bare(word));
	}

	/** The text's words, lower case without accents, single spaces. */
	static String words(String text) {
		String normalized = normalize(text);
		StringBuilder words = new StringBuilder(normalized.length());
		boolean space = false;
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			if (Character.isLetterOrDigit(c) || c == '\'' || c == '/') {
				if (space && words.length() > 0) {
					words.append(' ');
				}
				words.append(c);
				space = false;
			}
			else {
				space = true;
			}
		}
		return words.toString();
	}

	static boolean opening(String text) {
		return containsAny(words(text), OPENING);
	}

	static boolean closing(String text) {
		return containsAny(words(text), CLOSING);
	}

	static boolean summary(String text) {
		String[] words = words(text).split(" ");
		if (words.length == 0 || !SUMMARY_WORDS.contains(words[0])) {
			return false;
		}
		if (words.length == 1 || text.strip().split("\\s+")[0].endsWith(":")) {
			return true;
		}
		String next = words[1];
		return SUMMARY_FOLLOWERS.contains(next) || !next.chars().allMatch(Character::isLetter);
	}

	private static boolean containsAny(String haystack, List<String> needles) {
		String padded = " " + haystack + " ";
		for (String needle : needles) {
			if (padded.contains(" " + needle + " ")) {
				return true;
			}
		}
		return false;
	}

}
