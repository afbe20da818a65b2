package com.excellentbanking.benchmarks.pdf;

import java.util.List;
import java.util.Locale;

import com.excellentbanking.benchmarks.pdf.LayoutSpec.AmountStyle;
import com.excellentbanking.benchmarks.pdf.LayoutSpec.Col;
import com.excellentbanking.benchmarks.pdf.LayoutSpec.Kind;
import com.excellentbanking.benchmarks.pdf.LayoutSpec.Money;

import static com.excellentbanking.benchmarks.pdf.LayoutSpec.pattern;

/** The synthetic banks of the benchmark: twelve layouts in five languages. */
final class Layouts {

	private static final Locale UK = Locale.UK;

	private static final Locale US = Locale.US;

	private static final Locale DE = Locale.GERMANY;

	private static final Locale FR = Locale.FRANCE;

	private static final Locale ES = Locale.forLanguageTag("es-ES");

	private static final Locale NL = Locale.forLanguageTag("nl-NL");

	private Layouts() {
	}

	static List<LayoutSpec> all() {
		return List.of(ukCurrent(), usChecking(), usCard(), deGiro(), deSollHaben(), chSaldo(), frCompte(), esCuenta(),
				nlRekening(), sgUnsigned(), accountingParentheses(), twoAccountsEn());
	}

	static LayoutSpec byId(String id) {
		return all().stream().filter((l) -> l.id().equals(id)).findFirst().orElseThrow();
	}

	static LayoutSpec ukCurrent() {
		return new LayoutSpec("uk-current", "en",
				List.of(new Col(Kind.DATE, "Date", 50), new Col(Kind.DESCRIPTION, "Description", 120),
						new Col(Kind.DEBIT, "Paid out", 390), new Col(Kind.CREDIT, "Paid in", 470),
						new Col(Kind.BALANCE, "Balance", 550)),
				pattern("dd MMM yyyy", UK), pattern("d MMMM yyyy", UK), "Your statement %s to %s",
				new Money('.', ",", "", ""), AmountStyle.COLUMNS, "Balance brought forward", "Balance carried forward",
				"Balance brought forward", "Balance carried forward",
				List.of("Beginning balance on %s|%o", "Total money in|%in", "Total money out|%out",
						"Ending balance on %e|%c"),
				List.of("Switch to paperless statements and get a 1.50% bonus rate",
						"on savings up to 10,000.00. Terms apply, see our website."),
				true, 1, false, "Current Account %n", "Albion Bank plc", "Page %d of %d", "GBP");
	}

	static LayoutSpec usChecking() {
		return new LayoutSpec("us-checking", "en",
				List.of(new Col(Kind.DATE, "Date", 50), new Col(Kind.DESCRIPTION, "Description", 110),
						new Col(Kind.AMOUNT, "Amount", 460), new Col(Kind.BALANCE, "Balance", 550)),
				pattern("MM/dd", US), pattern("MMMM d, yyyy", US), "%s through %s", new Money('.', ",", "", ""),
				AmountStyle.LEADING_MINUS, "Beginning balance", "Ending balance", null, null,
				List.of("Beginning balance on %s|$%o", "Deposits and additions|%in", "Electronic withdrawals|-%out",
						"Ending balance on %e|$%c"),
				List.of("Earn 2x points with our new rewards checking. Member FDIC."), false, 1, false,
				"Account number: %n", "Liberty Savings Bank", "Page %d of %d", "USD");
	}

	static LayoutSpec usCard() {
		return new LayoutSpec("us-card", "en",
				List.of(new Col(Kind.DATE, "Trans Date", 50), new Col(Kind.VALUE_DATE, "Post Date", 110),
						new Col(Kind.DESCRIPTION, "Description", 170), new Col(Kind.AMOUNT, "Amount", 550)),
				pattern("MM/dd", US), pattern("MM/dd/yyyy", US), "Opening/Closing Date %s - %s",
				new Money('.', ",", "", ""), AmountStyle.CARD_CR, "Previous balance", "New balance", null, null,
				List.of("Previous Balance|$%o", "Payments, Credits|-$%in", "Purchases|+$%out", "New Balance|$%c",
						"Minimum Payment Due|$25.00", "Credit Limit|$10,000.00"),
				List.of("Minimum Payment Warning: paying only the minimum will take longer to pay off."), false, 1,
				true, "Card number XXXX XXXX XXXX %l", "Liberty Card Services", "Page %d of %d", "USD");
	}

	static LayoutSpec deGiro() {
		return new LayoutSpec("de-giro", "de",
				List.of(new Col(Kind.DATE, "Buchungstag", 50), new Col(Kind.VALUE_DATE, "Valuta", 120),
						new Col(Kind.DESCRIPTION, "Verwendungszweck", 180), new Col(Kind.AMOUNT, "Betrag (EUR)", 550)),
				pattern("dd.MM.", DE), pattern("dd.MM.yyyy", DE), "Kontoauszug vom %s bis %s",
				new Money(',', ".", "", ""), AmountStyle.TRAILING_SIGN, "Alter Saldo", "Neuer Saldo", null, null,
				List.of(), List.of("Jetzt neu: Online-Banking mit Fotoüberweisung."), true, 1, false,
				"Girokonto IBAN %i", "Sparkasse Musterstadt", "Seite %d von %d", "EUR");
	}

	static LayoutSpec deSollHaben() {
		return new LayoutSpec("de-soll-haben", "de",
				List.of(new Col(Kind.DATE, "Datum", 50), new Col(Kind.DESCRIPTION, "Buchungstext", 120),
						new Col(Kind.DEBIT, "Soll", 400), new Col(Kind.CREDIT, "Haben", 480)),
				pattern("dd.MM.yyyy", DE), pattern("dd.MM.yyyy", DE), "Zeitraum %s - %s", new Money(',', ".", "", ""),
				AmountStyle.COLUMNS, "Anfangssaldo", "Endsaldo", null, null, List.of(), List.of(), true, 2, false,
				"Konto %n", "Volksbank Beispiel eG", "Seite %d von %d", "EUR");
	}

	static LayoutSpec chSaldo() {
		return new LayoutSpec("ch-saldo", "de",
				List.of(new Col(Kind.DATE, "Datum", 50), new Col(Kind.DESCRIPTION, "Text", 115),
						new Col(Kind.DEBIT, "Belastung", 380), new Col(Kind.CREDIT, "Gutschrift", 465),
						new Col(Kind.BALANCE, "Saldo", 550)),
				pattern("dd.MM.yy", DE), pattern("dd.MM.yyyy", DE), "Kontoauszug %s - %s", new Money('.', "'", "", ""),
				AmountStyle.COLUMNS, "Saldovortrag", "Schlusssaldo", null, null, List.of("Kontostand CHF|%c"),
				List.of(), true, 1, false, "Privatkonto %n", "Alpenbank AG", "Seite %d/%d", "CHF");
	}

	static LayoutSpec frCompte() {
		return new LayoutSpec("fr-compte", "fr",
				List.of(new Col(Kind.DATE, "Date", 50), new Col(Kind.DESCRIPTION, "Libellé", 110),
						new Col(Kind.DEBIT, "Débit", 390), new Col(Kind.CREDIT, "Crédit", 470),
						new Col(Kind.BALANCE, "Solde", 550)),
				pattern("dd MMM", FR), pattern("d MMMM yyyy", FR), "Relevé du %s au %s", new Money(',', " ", "", ""),
				AmountStyle.COLUMNS, "Ancien solde", "Nouveau solde", null, null,
				List.of("Solde d'ouverture %s|%o €", "Total des crédits|+ %in €", "Total des débits|- %out €"),
				List.of("Votre conseiller vous propose une assurance habitation à tarif réduit."), true, 1, false,
				"Compte courant n° %n", "Banque Exemple", "Page %d / %d", "EUR");
	}

	static LayoutSpec esCuenta() {
		return new LayoutSpec("es-cuenta", "es",
				List.of(new Col(Kind.DATE, "Fecha", 50), new Col(Kind.VALUE_DATE, "Fecha valor", 110),
						new Col(Kind.DESCRIPTION, "Concepto", 180), new Col(Kind.AMOUNT, "Importe", 460),
						new Col(Kind.BALANCE, "Saldo", 550)),
				pattern("dd/MM/yyyy", ES), pattern("dd/MM/yyyy", ES), "Periodo del %s al %s",
				new Money(',', ".", "", ""), AmountStyle.LEADING_MINUS, "Saldo anterior", "Saldo final", null, null,
				List.of(), List.of("Consulte nuestras condiciones de préstamos personales."), true, 1, false,
				"Cuenta %i", "Banco Ejemplo S.A.", "Página %d de %d", "EUR");
	}

	static LayoutSpec nlRekening() {
		return new LayoutSpec("nl-rekening", "nl",
				List.of(new Col(Kind.DATE, "Datum", 50), new Col(Kind.DESCRIPTION, "Omschrijving", 120),
						new Col(Kind.DEBIT, "Af", 400), new Col(Kind.CREDIT, "Bij", 480),
						new Col(Kind.BALANCE, "Saldo", 555)),
				pattern("dd-MM-yyyy", NL), pattern("d MMMM yyyy", NL), "Periode %s t/m %s",
				new Money(',', ".", "€ ", ""), AmountStyle.COLUMNS, "Beginsaldo", "Eindsaldo", null, null,
				List.of("Beginsaldo|€ %o", "Eindsaldo|€ %c"), List.of(), false, 1, false, "Rekening %i",
				"Polderbank N.V.", "%d/%d", "EUR");
	}

	static LayoutSpec sgUnsigned() {
		return new LayoutSpec("sg-unsigned", "en",
				List.of(new Col(Kind.DATE, "Date", 50), new Col(Kind.DESCRIPTION, "Transaction Details", 110),
						new Col(Kind.AMOUNT, "Amount (SGD)", 460), new Col(Kind.BALANCE, "Balance (SGD)", 550)),
				pattern("dd MMM", UK), pattern("dd MMM yyyy", UK), "Statement period %s to %s",
				new Money('.', ",", "", ""), AmountStyle.UNSIGNED, "Balance Brought Forward", "Balance Carried Forward",
				"Balance Brought Forward", "Balance Carried Forward", List.of(),
				List.of("Go paperless today! Switch to e-Statements."), true, 1, false, "Savings Account %n",
				"Merlion Bank", "Page %d of %d", "SGD");
	}

	static LayoutSpec accountingParentheses() {
		return new LayoutSpec("au-parentheses", "en",
				List.of(new Col(Kind.DATE, "Date", 50), new Col(Kind.DESCRIPTION, "Particulars", 110),
						new Col(Kind.AMOUNT, "Amount", 460), new Col(Kind.BALANCE, "Balance", 550)),
				pattern("d MMM", UK), pattern("d MMM yyyy", UK), "Statement period %s - %s",
				new Money('.', ",", "", ""), AmountStyle.PARENTHESES, "Opening balance", "Closing balance", null, null,
				List.of("Opening balance|%o", "Closing balance|%c"), List.of(), true, 1, false, "Account %n",
				"Southern Cross Bank", "Page %d of %d", "AUD");
	}

	static LayoutSpec twoAccountsEn() {
		return new LayoutSpec("multi-account", "en",
				List.of(new Col(Kind.DATE, "Date", 50), new Col(Kind.DESCRIPTION, "Details", 110),
						new Col(Kind.DEBIT, "Withdrawal", 390), new Col(Kind.CREDIT, "Deposit", 470),
						new Col(Kind.BALANCE, "Balance", 550)),
				pattern("dd/MM/yyyy", UK), pattern("dd/MM/yyyy", UK), "Statement period %s to %s",
				new Money('.', ",", "", ""), AmountStyle.COLUMNS, "Opening balance", "Closing balance", null, null,
				List.of(), List.of("Protect yourself from fraud: we never ask for your PIN."), true, 2, false,
				"Account number %n", "Harbour Trust", "Page %d of %d", "HKD");
	}

}
