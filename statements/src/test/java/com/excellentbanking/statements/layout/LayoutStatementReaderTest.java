package com.excellentbanking.statements.layout;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

import static com.excellentbanking.statements.layout.TestPages.right;
import static org.assertj.core.api.Assertions.assertThat;

class LayoutStatementReaderTest {

	private final LayoutStatementReader reader = new LayoutStatementReader(
			Clock.fixed(Instant.parse("2030-06-01T00:00:00Z"), ZoneOffset.UTC));

	@Test
	void readsDebitCreditBalanceTableWithWrappedDescriptionsAcrossPages() {
		TestPages pages = TestPages.start()
			.line(40, 50, "Example Bank plc")
			.line(60, 50, "Statement 01/03/2024 to 31/03/2024")
			.line(80, 50, "Current Account 12-34-56 87654321")
			.lineRight(110, 50, "Total money in", right(300, "1,500.00"))
			.lineRight(124, 50, "Beginning balance on 1 March 2024", right(300, "1,000.00"))
			.lineRight(160, 50, "Date", 110, "Description", right(380, "Paid out"), right(460, "Paid in"),
					right(540, "Balance"))
			.lineRight(180, 110, "Balance brought forward", right(540, "1,000.00"))
			.lineRight(194, 50, "01/03/2024", 110, "CARD PAYMENT TO", right(380, "45.10"), right(540, "954.90"))
			.line(206, 110, "TESCO STORES 2041")
			.line(218, 110, "LONDON")
			.lineRight(232, 50, "15/03/2024", 110, "SALARY ACME LTD", right(460, "1,500.00"), right(540, "2,454.90"))
			.line(820, 250, "Page 1 of 2")
			.nextPage()
			.line(40, 50, "Example Bank plc")
			.lineRight(60, 50, "20/03/2024", 110, "DIRECT DEBIT", right(380, "54.90"), right(540, "2,400.00"))
			.line(72, 110, "COUNCIL TAX")
			.lineRight(90, 110, "Balance carried forward", right(540, "2,400.00"))
			.line(300, 50, "Switch to paperless statements today and win a prize of 1,000.00!")
			.line(820, 250, "Page 2 of 2");

		LayoutResult result = this.reader.read(pages.pages());

		assertThat(result.statements()).hasSize(1);
		Statement statement = result.statements().get(0);
		assertThat(statement.openingBalance()).isEqualByComparingTo("1000.00");
		assertThat(statement.closingBalance()).isEqualByComparingTo("2400.00");
		assertThat(statement.periodStart()).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(statement.account().number()).isEqualTo("12-34-56 87654321");
		assertThat(statement.transactions()).extracting(Transaction::description)
			.containsExactly("CARD PAYMENT TO TESCO STORES 2041 LONDON", "SALARY ACME LTD", "DIRECT DEBIT COUNCIL TAX");
		assertThat(statement.transactions()).extracting(Transaction::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("-45.10"), new BigDecimal("1500.00"), new BigDecimal("-54.90"));
		assertThat(statement.transactions()).extracting(Transaction::page).containsExactly(1, 1, 2);
		assertThat(statement.transactions().get(2).balance()).isEqualByComparingTo("2400.00");
		assertThat(statement.warnings()).isEmpty();
	}

	@Test
	void lettersInsideWordsDoNotDecideWhichDollarItIs() {
		TestPages pages = TestPages.start()
			.line(40, 50, "Statement 01/03/2024 to 31/03/2024 - amounts in US$")
			.lineRight(80, 50, "Date", 110, "Description", right(460, "Amount"), right(540, "Balance"))
			.lineRight(100, 50, "01/03/2024", 110, "ACADEMY SPORTS ARCADE", right(460, "-$45.10"),
					right(540, "$954.90"))
			.lineRight(114, 50, "02/03/2024", 110, "PAYROLL", right(460, "$100.00"), right(540, "$1,054.90"));

		Statement statement = this.reader.read(pages.pages()).statements().get(0);

		assertThat(statement.transactions()).hasSize(2);
		assertThat(statement.currency()).isEqualTo("USD");
	}

	@Test
	void readsGermanSignedColumnWithoutYearsAcrossTheTurnOfTheYear() {
		TestPages pages = TestPages.start()
			.line(40, 50, "Kontoauszug Nr. 1 vom 15.12.2023 bis 14.01.2024")
			.lineRight(80, 50, "Buchungstag", 130, "Valuta", 200, "Verwendungszweck", right(540, "Betrag EUR"))
			.lineRight(100, 50, "28.12.", 130, "28.12.", 200, "Miete Dezember", right(540, "850,00-"))
			.lineRight(114, 50, "02.01.", 130, "03.01.", 200, "Gehalt Januar", right(540, "2.345,67+"))
			.lineRight(128, 50, "05.01.", 130, "05.01.", 200, "Lastschrift Stadtwerke", right(540, "1.234,56-"));

		Statement statement = this.reader.read(pages.pages()).statements().get(0);

		assertThat(statement.transactions()).extracting(Transaction::date)
			.containsExactly(LocalDate.of(2023, 12, 28), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5));
		assertThat(statement.transactions().get(1).valueDate()).isEqualTo(LocalDate.of(2024, 1, 3));
		assertThat(statement.transactions()).extracting(Transaction::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("-850.00"), new BigDecimal("2345.67"), new BigDecimal("-1234.56"));
		assertThat(statement.currency()).isEqualTo("EUR");
		assertThat(statement.warnings()).anyMatch((w) -> w.contains("no year"));
	}

	@Test
	void cardStatementChargesUnsignedPaymentsMarkedCredit() {
		TestPages pages = TestPages.start()
			.line(40, 50, "Credit card statement   Statement date 05 Feb 2025")
			.line(54, 50, "Minimum payment due by 25 Feb 2025")
			.lineRight(80, 50, "Date", 110, "Transaction", right(540, "Amount"))
			.lineRight(100, 110, "Previous balance", right(540, "100.00"))
			.lineRight(114, 50, "12 Jan", 110, "COFFEE HOUSE", right(540, "4.50"))
			.lineRight(128, 50, "15 Jan", 110, "PAYMENT THANK YOU", right(540, "100.00 CR"))
			.lineRight(142, 50, "20 Jan", 110, "BOOKSHOP", right(540, "20.00"))
			.lineRight(170, 50, "Total", right(540, "24.50"))
			.lineRight(184, 50, "New balance", right(540, "24.50"));

		Statement statement = this.reader.read(pages.pages()).statements().get(0);

		assertThat(statement.transactions()).extracting(Transaction::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("-4.50"), new BigDecimal("100.00"), new BigDecimal("-20.00"));
		assertThat(statement.openingBalance()).isEqualByComparingTo("-100.00");
		assertThat(statement.closingBalance()).isEqualByComparingTo("-24.50");
		assertThat(statement.transactions().get(0).date()).isEqualTo(LocalDate.of(2025, 1, 12));
	}

	@Test
	void unsignedAmountsTakeTheirDirectionFromTheRunningBalance() {
		TestPages pages = TestPages.start()
			.line(40, 50, "Statement period 01/05/2024 - 31/05/2024")
			.lineRight(80, 50, "Date", 110, "Details", right(460, "Amount"), right(540, "Balance"))
			.lineRight(100, 110, "Opening balance", right(540, "500.00"))
			.lineRight(114, 50, "02/05/2024", 110, "Rent", right(460, "400.00"), right(540, "100.00"))
			.lineRight(128, 50, "03/05/2024", 110, "Refund", right(460, "25.00"), right(540, "125.00"))
			.lineRight(142, 50, "04/05/2024", 110, "Groceries", right(460, "60.00"), right(540, "65.00"));

		Statement statement = this.reader.read(pages.pages()).statements().get(0);

		assertThat(statement.transactions()).extracting(Transaction::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("-400.00"), new BigDecimal("25.00"), new BigDecimal("-60.00"));
		assertThat(statement.openingBalance()).isEqualByComparingTo("500.00");
	}

	@Test
	void twoAccountSectionsBecomeTwoStatements() {
		TestPages pages = TestPages.start()
			.line(40, 50, "Compte courant 0001234567")
			.lineRight(60, 50, "Date", 110, "Libellé", right(380, "Débit"), right(460, "Crédit"), right(540, "Solde"))
			.lineRight(80, 50, "02/06/2024", 110, "Loyer", right(380, "700,00"), right(540, "300,00"))
			.lineRight(94, 50, "05/06/2024", 110, "Virement reçu", right(460, "50,00"), right(540, "350,00"))
			.line(130, 50, "Compte épargne 0007654321")
			.lineRight(150, 50, "Date", 110, "Libellé", right(380, "Débit"), right(460, "Crédit"), right(540, "Solde"))
			.lineRight(170, 50, "30/06/2024", 110, "Intérêts", right(460, "12,34"), right(540, "1 012,34"));

		List<Statement> statements = this.reader.read(pages.pages()).statements();

		assertThat(statements).hasSize(2);
		assertThat(statements.get(0).account().number()).isEqualTo("0001234567");
		assertThat(statements.get(0).transactions()).hasSize(2);
		assertThat(statements.get(1).account().number()).isEqualTo("0007654321");
		assertThat(statements.get(1).transactions()).singleElement()
			.satisfies((t) -> assertThat(t.balance()).isEqualByComparingTo("1012.34"));
	}

	@Test
	void infersColumnsWhenNoHeaderIsPrinted() {
		TestPages pages = TestPages.start()
			.line(40, 50, "Afschrift 2024")
			.lineRight(80, 50, "01-02-2024", 130, "Albert Heijn", right(460, "-23,10"), right(540, "976,90"))
			.lineRight(94, 50, "03-02-2024", 130, "Salaris", right(460, "2.000,00"), right(540, "2.976,90"))
			.lineRight(108, 50, "14-02-2024", 130, "Huur", right(460, "-950,00"), right(540, "2.026,90"));

		LayoutResult result = this.reader.read(pages.pages());

		Statement statement = result.statements().get(0);
		assertThat(statement.transactions()).extracting(Transaction::description)
			.containsExactly("Albert Heijn", "Salaris", "Huur");
		assertThat(statement.transactions()).extracting(Transaction::balance)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("976.90"), new BigDecimal("2976.90"), new BigDecimal("2026.90"));
		assertThat(statement.warnings()).anyMatch((w) -> w.contains("inferred"));
	}

	@Test
	void monthFirstDatesAreRecognisedFromADayAboveTwelve() {
		TestPages pages = TestPages.start()
			.lineRight(80, 50, "Date", 110, "Description", right(540, "Amount"))
			.lineRight(100, 50, "03/04/2024", 110, "ONE", right(540, "-1.00"))
			.lineRight(114, 50, "03/25/2024", 110, "TWO", right(540, "-2.00"));

		Statement statement = this.reader.read(pages.pages()).statements().get(0);

		assertThat(statement.transactions()).extracting(Transaction::date)
			.containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 25));
	}

	@Test
	void linesWithoutDatesAndAmountsAreNeverTransactions() {
		TestPages pages = TestPages.start()
			.lineRight(80, 50, "Date", 110, "Description", right(540, "Amount"))
			.lineRight(100, 50, "05/04/2024", 110, "SHOP", right(540, "-1.00"))
			.line(300, 50, "Call us on 0800 123 456 or visit us at 12/05 Main Street")
			.lineRight(320, 50, "Interest rate 1.25% from 01/05/2024");

		Statement statement = this.reader.read(pages.pages()).statements().get(0);

		assertThat(statement.transactions()).singleElement()
			.satisfies((t) -> assertThat(t.description()).isEqualTo("SHOP"));
	}

}
