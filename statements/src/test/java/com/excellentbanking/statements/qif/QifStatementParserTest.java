package com.excellentbanking.statements.qif;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementReader;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.Reconciliation.Status;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QifStatementParserTest {

	private final QifStatementParser parser = new QifStatementParser();

	private ParsedDocument parse(String text) {
		return this.parser.parse(text.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULT);
	}

	private List<Transaction> transactions(String text) {
		List<Statement> statements = parse(text).statements();
		assertThat(statements).hasSize(1);
		return statements.get(0).transactions();
	}

	private List<LocalDate> dates(String... dates) {
		StringBuilder text = new StringBuilder("!Type:Bank\n");
		for (String date : dates) {
			text.append('D').append(date).append("\nT1.00\n^\n");
		}
		return transactions(text.toString()).stream().map(Transaction::date).toList();
	}

	@Test
	void readsBankEntriesFieldByField() {
		String text = "!Type:Bank\nD01/02/2026\nT-1,234.56\nPACME Corp\nMInvoice 7\nLOffice:Supplies\nN1001\nCX\n"
				+ "A1 Main St\nATown\n^\n";
		ParsedDocument document = parse(text);
		assertThat(document.format()).isEqualTo(StatementFormat.QIF);
		assertThat(document.characterCount()).isEqualTo(text.length());
		Statement statement = document.statements().get(0);
		assertThat(statement.openingBalance()).isNull();
		assertThat(statement.closingBalance()).isNull();
		Transaction transaction = statement.transactions().get(0);
		assertThat(transaction.date()).isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(transaction.amount()).hasToString("-1234.56");
		assertThat(transaction.counterparty()).isEqualTo("ACME Corp");
		assertThat(transaction.description()).isEqualTo("ACME Corp - Invoice 7");
		assertThat(transaction.type()).isEqualTo("Office:Supplies");
		assertThat(transaction.reference()).isEqualTo("1001");
	}

	@Test
	void readsEveryDateSpelling() {
		assertThat(dates("1/2'26", "1/ 2'26", "01/02/2026", "2026-01-02", "20260102"))
			.containsOnly(LocalDate.of(2026, 1, 2));
		assertThat(dates("12/31/99", "1/1' 0")).containsExactly(LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1));
	}

	@Test
	void dottedDatesAreDayFirstUnlessTheFileShowsOtherwise() {
		assertThat(dates("02.01.26")).containsExactly(LocalDate.of(2026, 1, 2));
		assertThat(dates("02.01.26", "10.18.23")).containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2023, 10, 18));
	}

	@Test
	void oneDateAbove12DecidesTheOrderOfTheWholeFile() {
		assertThat(dates("03/04/2026", "25/04/2026")).containsExactly(LocalDate.of(2026, 4, 3),
				LocalDate.of(2026, 4, 25));
		assertThat(dates("03/04/2026", "04/25/2026")).containsExactly(LocalDate.of(2026, 3, 4),
				LocalDate.of(2026, 4, 25));
	}

	@Test
	void declaredOrderWins() {
		List<Transaction> transactions = transactions("!Option:DMY\n!Type:Bank\nD03/04/2026\nT1\n^\n");
		assertThat(transactions.get(0).date()).isEqualTo(LocalDate.of(2026, 4, 3));
	}

	@Test
	void mixedOrdersAreRefused() {
		assertThatThrownBy(() -> dates("25/04/2026", "04/25/2026"))
			.isInstanceOfSatisfying(StatementException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
			.hasMessageContaining("mixes");
	}

	@Test
	void accountBlocksGiveOneStatementPerAccount() {
		String text = """
				!Option:AutoSwitch
				!Account
				NChecking
				TBank
				^
				NVisa
				TCCard
				^
				!Clear:AutoSwitch
				!Account
				NChecking
				TBank
				DMain account
				^
				!Type:Bank
				D1/2'26
				T-10.00
				PShop
				^
				!Account
				NVisa
				TCCard
				^
				!Type:CCard
				D1/3'26
				T-99.99
				PAirline
				^
				""";
		ParsedDocument document = parse(text);
		assertThat(document.statements()).extracting((s) -> s.account().number()).containsExactly("Checking", "Visa");
		assertThat(document.statements().get(1).transactions().get(0).amount()).hasToString("-99.99");
	}

	@Test
	void listsAreNotTransactions() {
		String text = """
				!Type:Cat
				NFood
				DFood and drink
				E
				^
				!Type:Class
				NProject
				^
				!Type:Memorized
				KC
				T-5.00
				PCoffee
				^
				!Type:Cash
				D2026-03-01
				T-2.50
				PKiosk
				^
				""";
		assertThat(transactions(text)).extracting(Transaction::counterparty).containsExactly("Kiosk");
	}

	@Test
	void splitsKeepTheTotalAndAreDescribed() {
		String text = "!Type:Bank\nD2/10'2020\nT-100.00\nPAmazon.com\nMorder\nLFood\nSFood\nE50%\n$-50.00\n"
				+ "STransport\n$-30.00\n%30%\nSCare\n$-20.00\n^\n";
		List<Transaction> transactions = transactions(text);
		assertThat(transactions).hasSize(1);
		Transaction transaction = transactions.get(0);
		assertThat(transaction.amount()).hasToString("-100.00");
		assertThat(transaction.description())
			.isEqualTo("Amazon.com - order [split: Food -50.00 50%; Transport -30.00 (30%); Care -20.00]");
	}

	@Test
	void splitsThatDoNotAddUpAreReported() {
		ParsedDocument document = parse("!Type:Bank\nD1/2/2026\nT-10.00\nPX\nSA\n$-4.00\nSB\n$-5.00\n^\n");
		Statement statement = document.statements().get(0);
		assertThat(statement.transactions().get(0).amount()).hasToString("-10.00");
		assertThat(statement.warnings())
			.containsExactly("Splits of the transaction on 2026-01-02 (-10.00) add up to -9.00; the total is kept");
	}

	@Test
	void transferCategoryNamesTheOtherAccount() {
		Transaction transaction = transactions("!Type:Bank\nD1/2/2026\nT-10\nL[Savings]\n^\n").get(0);
		assertThat(transaction.counterpartyAccount()).isEqualTo("Savings");
	}

	@Test
	void readsCrlfAndWindows1252() {
		String text = "!Type:Bank \r\nD10.18.23\r\nU200.00\r\nT200.00\r\nCX\r\nPCaf\u00e9\r\n^\r\n";
		ParsedDocument document = this.parser.parse(text.getBytes(Charset.forName("windows-1252")),
				ReadOptions.DEFAULT);
		Transaction transaction = document.statements().get(0).transactions().get(0);
		assertThat(transaction.date()).isEqualTo(LocalDate.of(2023, 10, 18));
		assertThat(transaction.counterparty()).isEqualTo("Caf\u00e9");
		assertThat(document.characterCount()).isEqualTo(text.length());
	}

	@Test
	void amountsInEverySpelling() {
		assertThat(QifAmounts.parse("1,234.56")).hasToString("1234.56");
		assertThat(QifAmounts.parse("-1,234,567.8")).hasToString("-1234567.8");
		assertThat(QifAmounts.parse("1.234,56")).hasToString("1234.56");
		assertThat(QifAmounts.parse("12,50")).hasToString("12.50");
		assertThat(QifAmounts.parse("1,000")).hasToString("1000");
		assertThat(QifAmounts.parse("$5.00")).hasToString("5.00");
		assertThat(QifAmounts.parse("x")).isNull();
	}

	@Test
	void entriesWithoutDateOrAmountAreSkippedWithAWarning() {
		ParsedDocument document = parse("!Type:Bank\nT-1\n^\nD1/2/2026\nTabc\n^\nD1/3/2026\nT-3\n^\n");
		Statement statement = document.statements().get(0);
		assertThat(statement.transactions()).hasSize(1);
		assertThat(statement.warnings()).containsExactly("Skipped entry on line 2: no date",
				"Skipped entry on line 4: unreadable amount 'abc'");
	}

	@Test
	void investmentOnlyFilesAreUnsupported() {
		assertThatThrownBy(() -> parse("!Type:Invst\nD1/2/2026\nNBuy\nYAAPL\nT100\n^\n"))
			.isInstanceOfSatisfying(StatementException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT))
			.hasMessageContaining("investment");
	}

	@Test
	void investmentEntriesBesideCashAccountsAreSkippedWithAWarning() {
		ParsedDocument document = parse("!Type:Invst\nD1/2/2026\nNBuy\nT100\n^\n!Type:Bank\nD1/2/2026\nT-1\n^\n");
		assertThat(document.statements().get(0).transactions()).hasSize(1);
		assertThat(document.warnings()).containsExactly("Skipped 1 investment entries (!Type:Invst): not supported");
	}

	@Test
	void lastEntryWithoutCaretIsKeptWithAWarning() {
		ParsedDocument document = parse("!Type:Bank\nD1/2/2026\nT-1\nPX");
		assertThat(document.statements().get(0).transactions()).hasSize(1);
		assertThat(document.statements().get(0).warnings()).anyMatch((w) -> w.contains("no closing ^"));
	}

	@Test
	void truncatedEntryIsCorrupt() {
		assertThatThrownBy(() -> parse("!Type:Bank\nD1/2/2026\nT-1\n^\nD1/3/20"))
			.isInstanceOfSatisfying(StatementException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
			.hasMessageContaining("truncated");
	}

	@Test
	void theEngineDetectsAndParsesQif() {
		Extraction extraction = StatementReader.withDefaultParsers()
			.read("!Type:Bank\nD1/2'26\nT-10.00\nPShop\n^\n".getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULT);
		assertThat(extraction.format()).isEqualTo(StatementFormat.QIF);
		assertThat(extraction.transactionCount()).isEqualTo(1);
		assertThat(extraction.statements().get(0).reconciliation().status()).isEqualTo(Status.UNVERIFIED);
	}

	@Test
	void fileWithoutHeaderIsCorrupt() {
		assertThatThrownBy(() -> parse("D1/2/2026\nT-1\n^\n")).isInstanceOfSatisfying(StatementException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE));
	}

}
