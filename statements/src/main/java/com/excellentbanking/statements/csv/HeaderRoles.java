package com.excellentbanking.statements.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps column headers to roles with a multilingual keyword table (English, German, Dutch,
 * French, Spanish, plus Czech, Hungarian and a few others seen in real exports).
 *
 * <p>
 * Headers and keywords are normalised alike (accents and case dropped, German
 * {@code ae/oe/ue} folded), so {@code Währung}, {@code Waehrung} and {@code WAHRUNG} are
 * one word. The longest matching keyword wins; words that mark a column as something else
 * ({@code Original}, {@code Fremdwährung}, {@code fee}, {@code BIC}) win over it, so
 * {@code Betrag (Fremdwährung)} is not taken for the amount.
 */
final class HeaderRoles {

	/** Combining marks, left over when accented letters are decomposed. */
	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern LETTERS_THEN_DIGITS = Pattern.compile("([a-z])([0-9]+)\\b");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	/** The header language, which suggests the date order and decimal separator. */
	enum Language {

		EN, DE, NL, FR, ES, CS, HU, OTHER;

		boolean usesDecimalComma() {
			return this != EN && this != OTHER;
		}

	}

	/** The roles a header can mean, best first, and how specific the match was. */
	record Match(List<ColumnRole> roles, int strength, Language language) {
	}

	private record Keyword(String text, boolean wholeWord, List<ColumnRole> roles, Language language) {
	}

	private static final int VETO_BONUS = 10;

	private static final List<Keyword> KEYWORDS = new ArrayList<>();

	private static final Pattern CURRENCY_CODE = Pattern.compile("\\b([A-Z]{3})\\b");

	/** Words naming the other party: with an account word they name its account. */
	private static final List<String> COUNTERPARTY_MARKERS = List.of("tegen", "gegen", "counter", "partner", "protiuc",
			"payee", "empfanger", "begunstig", "contrepartie", "beneficiar", "ordenante", "destinatari");

	private static final List<String> ACCOUNT_MARKERS = List.of("rekening", "konto", "account", "iban", "bban", "ucet",
			"uctu", "szamla", "cuenta", "compte");

	private static final List<String> HOLDINGS = List.of("market value", "cost basis", "gain loss", "unrealized",
			"marktwert", "einstandswert", "valeur de marche", "plus value", "valor de mercado", "marktwaarde");

	private static final List<String> NAME_MARKERS = List.of("name", "naam", "nom", "nombre", "nazev", "neve");

	static {
		add(ColumnRole.TRANSACTION_DATE, Language.EN, "transaction date", "trans date", "execution date", "datetime",
				"=created", "purchase date", "date of transaction");
		add(ColumnRole.TRANSACTION_DATE, Language.DE, "transaktionsdatum", "belegdatum", "umsatzdatum");
		add(ColumnRole.TRANSACTION_DATE, Language.NL, "datum verrichting", "transactiedatum", "uitvoeringsdatum");
		add(ColumnRole.TRANSACTION_DATE, Language.FR, "date operation", "date de l operation", "date d operation");
		add(ColumnRole.TRANSACTION_DATE, Language.ES, "fecha operacion", "fecha de operacion", "fecha de la operacion");
		add(ColumnRole.TRANSACTION_DATE, Language.CS, "datum provedeni", "datum transakce");
		add(ColumnRole.TRANSACTION_DATE, Language.HU, "tranzakcio datuma");
		add(ColumnRole.DATE, Language.EN, "date", "booking date", "posting date", "posted date", "post date",
				"date processed", "entry date");
		add(ColumnRole.DATE, Language.DE, "datum", "buchungstag", "buchungsdatum");
		add(ColumnRole.DATE, Language.NL, "boekdatum", "boekingsdatum", "datum verrekening");
		add(ColumnRole.DATE, Language.FR, "date comptable", "date de comptabilisation");
		add(ColumnRole.DATE, Language.ES, "fecha", "fecha contable");
		add(ColumnRole.DATE, Language.CS, "datum zauctovani", "zauctovani");
		add(ColumnRole.DATE, Language.HU, "konyvelesi datum", "konyveles datuma", "datuma");
		add(ColumnRole.DATE, Language.OTHER, "=data", "data contabile", "bokforingsdag", "bokforingsdatum", "=dato");
		add(ColumnRole.VALUE_DATE, Language.EN, "value date", "interest date");
		add(ColumnRole.VALUE_DATE, Language.DE, "valutadatum", "wertstellung");
		add(ColumnRole.VALUE_DATE, Language.NL, "rentedatum");
		add(ColumnRole.VALUE_DATE, Language.FR, "date de valeur", "date valeur");
		add(ColumnRole.VALUE_DATE, Language.ES, "fecha valor", "fecha de valor");
		add(ColumnRole.VALUE_DATE, Language.HU, "erteknap");
		add(Language.NL, List.of(ColumnRole.VALUE_DATE, ColumnRole.CURRENCY), "valuta");
		add(ColumnRole.AMOUNT, Language.EN, "amount", "=value", "=sum");
		add(ColumnRole.AMOUNT, Language.DE, "betrag", "umsatz");
		add(ColumnRole.AMOUNT, Language.NL, "bedrag");
		add(ColumnRole.AMOUNT, Language.FR, "montant");
		add(ColumnRole.AMOUNT, Language.ES, "importe", "monto");
		add(ColumnRole.AMOUNT, Language.CS, "castka");
		add(ColumnRole.AMOUNT, Language.HU, "osszeg", "osszege");
		add(ColumnRole.AMOUNT, Language.OTHER, "importo", "kwota", "belopp", "belob", "belop");
		add(ColumnRole.DEBIT, Language.EN, "debit", "withdrawal", "withdrawals", "money out", "paid out", "outflow",
				"=out", "debit amount", "charges");
		add(ColumnRole.DEBIT, Language.DE, "soll", "ausgabe", "ausgaben", "belastung");
		add(ColumnRole.DEBIT, Language.NL, "debet", "=af", "afschrijving");
		add(ColumnRole.DEBIT, Language.FR, "retrait", "debit euros");
		add(ColumnRole.DEBIT, Language.ES, "cargo", "cargos", "=debe", "debito");
		add(ColumnRole.DEBIT, Language.HU, "terheles");
		add(ColumnRole.CREDIT, Language.EN, "credit", "deposit", "deposits", "money in", "paid in", "inflow", "=in",
				"credit amount");
		add(ColumnRole.CREDIT, Language.DE, "haben", "einnahme", "einnahmen", "gutschrift");
		add(ColumnRole.CREDIT, Language.NL, "=bij", "bijschrijving");
		add(ColumnRole.CREDIT, Language.FR, "credit euros", "versement");
		add(ColumnRole.CREDIT, Language.ES, "abono", "abonos", "=haber", "credito");
		add(ColumnRole.CREDIT, Language.HU, "jovairas");
		add(ColumnRole.DIRECTION, Language.EN, "=d c", "=c d", "=cr dr", "=dr cr", "debit credit", "credit debit",
				"indicator", "=cd", "=sign", "direction", "=d k");
		add(ColumnRole.DIRECTION, Language.DE, "soll haben", "=s h", "richtung");
		add(ColumnRole.DIRECTION, Language.NL, "af bij", "bij af");
		add(ColumnRole.DIRECTION, Language.FR, "sens", "debit credit");
		add(ColumnRole.DIRECTION, Language.HU, "bevetel kiadas");
		add(ColumnRole.BALANCE, Language.EN, "balance", "running balance", "runningbalance");
		add(ColumnRole.BALANCE, Language.DE, "kontostand", "saldo");
		add(ColumnRole.BALANCE, Language.NL, "saldo na trn", "balans");
		add(ColumnRole.BALANCE, Language.FR, "solde");
		add(ColumnRole.BALANCE, Language.CS, "zustatek");
		add(ColumnRole.BALANCE, Language.HU, "egyenleg");
		add(ColumnRole.CURRENCY, Language.EN, "currency", "=ccy", "=cur", "=curr");
		add(ColumnRole.CURRENCY, Language.DE, "wahrung");
		add(ColumnRole.CURRENCY, Language.NL, "munt");
		add(ColumnRole.CURRENCY, Language.FR, "devise");
		add(ColumnRole.CURRENCY, Language.ES, "divisa", "moneda");
		add(ColumnRole.CURRENCY, Language.CS, "mena", "mena uctu");
		add(ColumnRole.CURRENCY, Language.HU, "devizanem", "devizaneme");
		add(ColumnRole.CURRENCY, Language.OTHER, "waluta");
		add(ColumnRole.REFERENCE, Language.EN, "reference", "=ref", "=id", "transaction id", "=check", "cheque",
				"record id", "reference no", "end to end");
		add(ColumnRole.REFERENCE, Language.DE, "referenz", "belegnummer", "buchungsreferenz", "mandatsreferenz");
		add(ColumnRole.REFERENCE, Language.NL, "kenmerk", "referentie", "transactiereferentie",
				"gestructureerde mededeling");
		add(ColumnRole.REFERENCE, Language.FR, "numero de reference");
		add(ColumnRole.REFERENCE, Language.ES, "referencia");
		add(ColumnRole.REFERENCE, Language.CS, "id transakce", "referencni cislo");
		add(ColumnRole.REFERENCE, Language.HU, "azonosito");
		add(ColumnRole.COUNTERPARTY, Language.EN, "=name", "payee", "beneficiary", "merchant", "counterparty", "payer",
				"recipient", "partner");
		add(ColumnRole.COUNTERPARTY, Language.DE, "empfanger", "begunstigter", "zahlungspflichtiger", "auftraggeber");
		add(ColumnRole.COUNTERPARTY, Language.NL, "=naam", "tegenpartij", "handelaar");
		add(ColumnRole.COUNTERPARTY, Language.FR, "=nom", "contrepartie", "beneficiaire", "tiers");
		add(ColumnRole.COUNTERPARTY, Language.ES, "=nombre", "beneficiario", "ordenante");
		add(ColumnRole.COUNTERPARTY, Language.CS, "nazev protiuctu");
		add(ColumnRole.COUNTERPARTY, Language.HU, "partner neve");
		add(ColumnRole.COUNTERPARTY_ACCOUNT, Language.EN, "bank account details");
		add(ColumnRole.COUNTERPARTY_ACCOUNT, Language.CS, "bankovni spojeni");
		add(ColumnRole.DESCRIPTION, Language.EN, "description", "details", "narrative", "particulars", "=text", "=item",
				"transaction details", "payment details");
		add(ColumnRole.DESCRIPTION, Language.DE, "buchungstext", "beschreibung", "transaktionsbeschreibung",
				"umsatztext", "vorgang");
		add(ColumnRole.DESCRIPTION, Language.NL, "omschrijving", "beschrijving");
		add(ColumnRole.DESCRIPTION, Language.FR, "libelle", "=detail", "intitule");
		add(ColumnRole.DESCRIPTION, Language.ES, "concepto", "descripcion", "detalle");
		add(ColumnRole.DESCRIPTION, Language.CS, "polozka", "popis");
		add(ColumnRole.DESCRIPTION, Language.HU, "reszletek");
		add(ColumnRole.DESCRIPTION, Language.OTHER, "descrizione");
		add(ColumnRole.MEMO, Language.EN, "memo", "notes", "=note", "purpose", "message", "remarks", "communication",
				"remittance");
		add(ColumnRole.MEMO, Language.DE, "verwendungszweck", "zusatz", "mitteilung");
		add(ColumnRole.MEMO, Language.NL, "mededeling", "toelichting");
		add(ColumnRole.MEMO, Language.ES, "observaciones");
		add(ColumnRole.MEMO, Language.CS, "zprava", "poznamka");
		add(ColumnRole.MEMO, Language.HU, "kozlemeny");
		add(ColumnRole.TYPE, Language.EN, "=type", "transaction type", "=code", "=action", "=kind");
		add(ColumnRole.TYPE, Language.DE, "=typ", "transaktionstyp", "umsatzart", "buchungsart", "transaktionsart");
		add(ColumnRole.TYPE, Language.NL, "soort", "mutatiesoort");
		add(ColumnRole.TYPE, Language.ES, "=tipo");
		add(ColumnRole.TYPE, Language.CS, "typ transakce");
		add(ColumnRole.TYPE, Language.HU, "tranzakcio tipusa");
		add(ColumnRole.ACCOUNT, Language.EN, "account", "account number", "account no", "account name");
		add(ColumnRole.ACCOUNT, Language.DE, "konto", "kontonummer", "auftragskonto", "auftraggeberkonto");
		add(ColumnRole.ACCOUNT, Language.NL, "rekening", "rekeningnummer", "iban bban");
		add(ColumnRole.ACCOUNT, Language.FR, "compte", "numero de compte");
		add(ColumnRole.ACCOUNT, Language.ES, "cuenta");
		add(ColumnRole.ACCOUNT, Language.CS, "cislo uctu");
		add(ColumnRole.ACCOUNT, Language.HU, "szamlaszam");
		add(ColumnRole.ACCOUNT, Language.OTHER, "=iban");
		add(ColumnRole.HOLDER, Language.EN, "cardholder", "card holder", "account holder", "holder");
		add(ColumnRole.HOLDER, Language.DE, "inhaber", "karteninhaber", "umsatz getatigt von");
		add(ColumnRole.HOLDER, Language.NL, "kaarthouder");
		add(ColumnRole.HOLDER, Language.FR, "titulaire");
		add(ColumnRole.HOLDER, Language.ES, "titular");
		add(ColumnRole.HOLDER, Language.CS, "nazev uctu");
		add(ColumnRole.HOLDER, Language.HU, "szamla neve");
		add(ColumnRole.IGNORED, Language.OTHER, "original", "oorspr", "fremdwahrung", "foreign", "local", "wechselkurs",
				"umrechnungskurs", "=kurs", "koers", "exchange", "=rate", "=fee", "=fees", "gebuhr", "entgelt",
				"poplatek", "kosten", "category", "kategor", "rubriek", "emoji", "receipt", "address", "adres", "=bic",
				"=blz", "bankleitzahl", "=swift", "symbol", "storno", "cancellation", "=status", "quantity", "price",
				"=land", "country", "locatie", "location", "card number", "kartennummer", "kaartnummer", "kartyaszam",
				"kredietkaart", "=labels", "batch", "incassant", "machtiging", "reden", "reason", "duvod",
				"this export", "afschrift", "volgnr", "uitgavenstaat", "kennzeichen", "funding source", "destination",
				"=info", "schlussel", "puvodni", "commission", "=tax", "interest rate");
	}

	private HeaderRoles() {
	}

	private static void add(ColumnRole role, Language language, String... keywords) {
		add(language, List.of(role), keywords);
	}

	private static void add(Language language, List<ColumnRole> roles, String... keywords) {
		for (String keyword : keywords) {
			boolean wholeWord = keyword.startsWith("=");
			String text = normalize(wholeWord ? keyword.substring(1) : keyword);
			KEYWORDS.add(new Keyword(text, wholeWord, roles, language));
		}
	}

	/**
	 * Lower case ASCII words: accents dropped, German umlaut spellings folded,
	 * punctuation to spaces.
	 */
	static String normalize(String header) {
		String text = MARKS.matcher(Normalizer.normalize(header, Normalizer.Form.NFD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT)
			.replace("ß", "ss")
			.replace("ae", "a")
			.replace("oe", "o")
			.replace("ue", "u");
		return NON_WORD.matcher(LETTERS_THEN_DIGITS.matcher(text).replaceAll("$1 $2")).replaceAll(" ").strip();
	}

	static Optional<Match> match(String header) {
		String text = normalize(header);
		if (text.isEmpty() || text.length() > 80) {
			return Optional.empty();
		}
		Keyword best = null;
		int bestStrength = 0;
		for (Keyword keyword : KEYWORDS) {
			if (!contains(text, keyword)) {
				continue;
			}
			int strength = keyword.text().length() + (keyword.roles().contains(ColumnRole.IGNORED) ? VETO_BONUS : 0);
			if (strength > bestStrength) {
				best = keyword;
				bestStrength = strength;
			}
		}
		boolean vetoed = best != null && best.roles().contains(ColumnRole.IGNORED);
		if (!vetoed && names(text, COUNTERPARTY_MARKERS) && names(text, ACCOUNT_MARKERS)) {
			// "Tegenrekening", "Partner számlaszáma": the other party's account, unless
			// the
			// header names that account's holder ("Counteraccount name").
			ColumnRole role = names(text, NAME_MARKERS) ? ColumnRole.COUNTERPARTY : ColumnRole.COUNTERPARTY_ACCOUNT;
			return Optional
				.of(new Match(List.of(role), text.length(), (best != null) ? best.language() : Language.OTHER));
		}
		return (best == null) ? Optional.empty() : Optional.of(new Match(best.roles(), bestStrength, best.language()));
	}

	/**
	 * A holdings (positions, lots) report names market values, cost bases and gains: it
	 * has dates and money columns but lists securities held, not movements on an account.
	 */
	static boolean isHoldingsReport(List<String> header) {
		long named = header.stream()
			.map(HeaderRoles::normalize)
			.filter((h) -> HOLDINGS.stream().anyMatch(h::contains))
			.count();
		return named >= 2;
	}

	/** How many cells of a row read as known column headers. */
	static int score(List<String> cells) {
		int score = 0;
		for (String cell : cells) {
			if (match(cell).isPresent()) {
				score++;
			}
		}
		return score;
	}

	/** The language most header keywords come from. */
	static Language language(List<String> headers) {
		Map<Language, Integer> counts = new EnumMap<>(Language.class);
		for (String header : headers) {
			match(header).filter((m) -> m.language() != Language.OTHER)
				.ifPresent((m) -> counts.merge(m.language(), 1, Integer::sum));
		}
		return counts.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(Language.OTHER);
	}

	/**
	 * An ISO currency code written in a header, as in {@code Betrag (EUR)} or
	 * {@code Amount CZK}.
	 */
	static String currencyIn(String header) {
		Matcher matcher = CURRENCY_CODE.matcher(header);
		while (matcher.find()) {
			try {
				return Currency.getInstance(matcher.group(1)).getCurrencyCode();
			}
			catch (IllegalArgumentException ex) {
				// an upper-case word that is not a currency (BIC, ATM)
			}
		}
		return null;
	}

	private static boolean contains(String text, Keyword keyword) {
		if (!keyword.wholeWord()) {
			return text.contains(keyword.text());
		}
		String padded = " " + text + " ";
		return padded.contains(" " + keyword.text() + " ");
	}

	private static boolean names(String text, List<String> markers) {
		List<String> words = Arrays.asList(text.split(" "));
		return markers.stream().anyMatch((m) -> text.contains(m) || words.contains(m));
	}

}
