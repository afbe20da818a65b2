package com.excellentbanking.statements.csv;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvStatementParserTest {

	private final CsvStatementParser parser = new CsvStatementParser();

	@Test
	void readsASignedAmountExportWithGermanHeaders() {
		String csv = """
				Buchungstag;Valutadatum;Buchungstext;Verwendungszweck;Beguenstigter/Zahlungspflichtiger;Betrag;Waehrung
				22.02.2018;23.02.2018;LASTSCHRIFT;Rechnung 4711;Vodafone GmbH;-1.036,99;EUR
				26.02.2018;26.02.2018;GUTSCHRIFT;Gehalt Februar;ACME AG;2.500,00;EUR
				""";
		ParsedDocument document = parse(csv, StandardCharsets.UTF_8);
		assertThat(document.format()).isEqualTo(StatementFormat.CSV);
		assertThat(document.pageCount()).isZero();
		assertThat(document.characterCount()).isEqualTo(csv.length());
		Statement statement = only(document);
		assertThat(statement.currency()).isEqualTo("EUR");
		Transaction first = statement.transactions().get(0);
		assertThat(first.date()).isEqualTo(LocalDate.of(2018, 2, 22));
		assertThat(first.valueDate()).isEqualTo(LocalDate.of(2018, 2, 23));
		assertThat(first.amount()).isEqualTo(new BigDecimal("-1036.99"));
		assertThat(first.description()).isEqualTo("LASTSCHRIFT Rechnung 4711 Vodafone GmbH");
		assertThat(first.counterparty()).isEqualTo("Vodafone GmbH");
		assertThat(statement.transactions().get(1).amount()).isEqualTo(new BigDecimal("2500.00"));
	}

	@Test
	void readsDebitAndCreditColumnsWhetherTheDebitIsPrintedPositiveOrNegative() {
		String positive = "Date,Details,Debit,Credit\n01/09/2017,Salary,,428.03\n04/09/2017,Shop,20.00,\n";
		String negative = "Date,Details,Debit,Credit\n01/09/2017,Salary,,428.03\n04/09/2017,Shop,-20.00,\n";
		for (String csv : List.of(positive, negative)) {
			List<Transaction> transactions = only(parse(csv, StandardCharsets.UTF_8)).transactions();
			assertThat(transactions).extracting(Transaction::amount)
				.containsExactly(new BigDecimal("428.03"), new BigDecimal("-20.00"));
		}
	}

	@Test
	void appliesADirectionColumnInEachSpelling() {
		for (String[] flags : new String[][] { { "D", "C" }, { "Af", "Bij" }, { "S", "H" }, { "Debit", "Credit" },
				{ "D", "K" } }) {
			String csv = "Datum;Naam;Bedrag;Af Bij\n01-03-2018;Shop;12,50;" + flags[0] + "\n02-03-2018;Salary;100,00;"
					+ flags[1] + "\n";
			assertThat(only(parse(csv, StandardCharsets.UTF_8)).transactions()).extracting(Transaction::amount)
				.as(String.join("/", flags))
				.containsExactly(new BigDecimal("-12.50"), new BigDecimal("100.00"));
		}
	}

	@Test
	void aFlagColumnMarkingOnlyCreditsMakesTheOthersDebits() {
		String csv = "\uFEFFDate Processed,Description,Amount,\n12-Dec-2019,DELIVEROO,£18.89,\n02-Dec-2019,PAYMENT RECEIVED,\"+ £1,100.00\",CR\n";
		Statement statement = only(parse(csv, StandardCharsets.UTF_8));
		assertThat(statement.currency()).isEqualTo("GBP");
		assertThat(statement.transactions()).extracting(Transaction::amount)
			.containsExactly(new BigDecimal("1100.00"), new BigDecimal("-18.89"));
	}

	@Test
	void skipsTitleAndFooterLinesAroundTheTable() {
		String csv = """
				Account details for:,FRANK Account 666-666666-666
				Available Balance,"6,666.66"

				Transaction History
				Transaction date,Value date,Description,Withdrawals (SGD),Deposits (SGD)
				18/04/2018,18/04/2018,DEBIT PURCHASE,6.66,
				,,UBER EATS HELP.UBER
				17/04/2018,17/04/2018,SALARY,,"1,000.00"
				Total,,,6.66,"1,000.00"
				""";
		ParsedDocument document = parse(csv, StandardCharsets.UTF_8);
		Statement statement = only(document);
		assertThat(statement.account().number()).isEqualTo("666-666666-666");
		assertThat(statement.currency()).isEqualTo("SGD");
		assertThat(statement.transactions()).extracting(Transaction::description)
			.containsExactly("SALARY", "DEBIT PURCHASE UBER EATS HELP.UBER");
		assertThat(document.warnings()).anySatisfy((w) -> assertThat(w).startsWith("Line 9 skipped").contains("Total"));
	}

	@Test
	void reversesNewestFirstRowsAndDerivesBalancesFromTheRunningBalance() {
		String csv = """
				Date,Description,Amount,Balance
				03/02/2018,Coffee,-5.00,1095.00
				02/02/2018,Salary,100.00,1100.00
				01/02/2018,Rent,-900.00,1000.00
				""";
		Statement statement = only(parse(csv, StandardCharsets.UTF_8));
		assertThat(statement.transactions()).extracting(Transaction::date)
			.containsExactly(LocalDate.of(2018, 2, 1), LocalDate.of(2018, 2, 2), LocalDate.of(2018, 2, 3));
		assertThat(statement.openingBalance()).isEqualTo(new BigDecimal("1900.00"));
		assertThat(statement.closingBalance()).isEqualTo(new BigDecimal("1095.00"));
		assertThat(statement.warnings()).anyMatch((w) -> w.contains("newest first"))
			.anyMatch((w) -> w.startsWith("Opening balance 1900.00 derived"));
	}

	@Test
	void rowsAfterTheLastRunningBalanceLeaveTheClosingBalanceOpen() {
		String csv = """
				Date,Description,Amount,Balance
				01/02/2018,Rent,-900.00,1000.00
				02/02/2018,Salary,100.00,1100.00
				03/02/2018,Coffee,-5.00,
				""";
		Statement statement = only(parse(csv, StandardCharsets.UTF_8));
		assertThat(statement.openingBalance()).isEqualTo(new BigDecimal("1900.00"));
		assertThat(statement.closingBalance()).isNull();
		assertThat(statement.warnings())
			.anyMatch((w) -> w.startsWith("1 transaction(s) after the last running balance cannot be checked"));
	}

	@Test
	void aSingleRunningBalanceDerivesNoOpeningBalance() {
		String csv = """
				Date,Description,Amount,Balance
				01/02/2018,Rent,-900.00,1000.00
				""";
		Statement statement = only(parse(csv, StandardCharsets.UTF_8));
		// opening 1900.00 would only be 1000.00 minus its own row: nothing checked
		assertThat(statement.openingBalance()).isNull();
		assertThat(statement.closingBalance()).isEqualTo(new BigDecimal("1000.00"));
	}

	@Test
	void splitsOneStatementPerAccount() {
		String csv = """
				"Datum","Bedrag","Rekening","Tegenrekening","Naam","Omschrijving"
				"2018-03-01","-2,56","NL47BUNQ2025181418","NL89BUNQ2025105584","bunq","invoice"
				"2018-03-02","-1,00","NL26BUNQ2025126409","","x","y"
				"2018-03-09","750,00","NL47BUNQ2025181418","NL77RABO0311467415","W. KOELEWIJN","Naar Bunq"
				""";
		List<Statement> statements = parse(csv, StandardCharsets.UTF_8).statements();
		assertThat(statements).hasSize(2);
		assertThat(statements.get(0).account().iban()).isEqualTo("NL47BUNQ2025181418");
		assertThat(statements.get(0).transactions()).extracting(Transaction::amount)
			.containsExactly(new BigDecimal("-2.56"), new BigDecimal("750.00"));
		assertThat(statements.get(0).transactions().get(0).counterpartyAccount()).isEqualTo("NL89BUNQ2025105584");
		assertThat(statements.get(1).account().iban()).isEqualTo("NL26BUNQ2025126409");
	}

	@Test
	void readsFilesWithoutHeaderFromContent() {
		String csv = "18.09.2017;HOFER DANKT 0527;18.09.2017;-33,87;EUR\n19.09.2017;Gehalt;19.09.2017;1.200,00;EUR\n";
		Statement statement = only(parse(csv, StandardCharsets.UTF_8));
		assertThat(statement.currency()).isEqualTo("EUR");
		assertThat(statement.transactions()).extracting(Transaction::amount)
			.containsExactly(new BigDecimal("-33.87"), new BigDecimal("1200.00"));
		assertThat(statement.transactions().get(0).description()).isEqualTo("HOFER DANKT 0527");
	}

	@Test
	void readsUtf16LittleEndianWithBomAndTabs() {
		String tsv = "Date\tDescription\tAmount\n2020-01-02\tCafé\t-3.20\n";
		byte[] bytes = ("\uFEFF" + tsv).getBytes(StandardCharsets.UTF_16LE);
		Statement statement = only(this.parser.parse(bytes, ReadOptions.DEFAULT));
		assertThat(statement.transactions().get(0).description()).isEqualTo("Café");
		assertThat(statement.transactions().get(0).amount()).isEqualTo(new BigDecimal("-3.20"));
	}

	@Test
	void readsWindows1252PoundsEurosAndUmlauts() {
		String csv = "Datum;Empfänger;Betrag\n01.02.2020;Müller & Söhne;-12,50 €\n02.02.2020;Straße;£3,00\n";
		Statement statement = only(parse(csv, Charset.forName("windows-1252")));
		assertThat(statement.transactions()).extracting(Transaction::description)
			.containsExactly("Müller & Söhne", "Straße");
		assertThat(statement.transactions().get(0).amount()).isEqualTo(new BigDecimal("-12.50"));
	}

	@Test
	void readsCentralEuropeanExportsInWindows1250() {
		String csv = "Datum zaúčtování;Částka;Název protiúčtu\n27.05.2018;-1,00;Řeřicha\n";
		Statement statement = only(parse(csv, Charset.forName("windows-1250")));
		assertThat(statement.transactions().get(0).description()).isEqualTo("Řeřicha");
		assertThat(statement.transactions().get(0).amount()).isEqualTo(new BigDecimal("-1.00"));
	}

	@Test
	void namesEveryRowItCannotRead() {
		String csv = "Date,Description,Amount\n2020-01-02,ok,-3.20\n2020-01-03,broken,abc\nPending,card,-1.00\n";
		ParsedDocument document = parse(csv, StandardCharsets.UTF_8);
		assertThat(only(document).transactions()).hasSize(1);
		assertThat(document.warnings()).anySatisfy((w) -> assertThat(w).startsWith("Line 3 skipped").contains("abc"))
			.anySatisfy((w) -> assertThat(w).startsWith("Line 4 skipped").contains("Pending"));
	}

	@Test
	void warnsWhenDatesAreAmbiguous() {
		ParsedDocument document = parse("Date,Description,Amount\n10/02/2018,x,-5.00\n", StandardCharsets.UTF_8);
		assertThat(only(document).transactions().get(0).date()).isEqualTo(LocalDate.of(2018, 2, 10));
		assertThat(document.warnings()).anyMatch((w) -> w.contains("day/month/year"));
	}

	@Test
	void usesStatedOpeningAndClosingRows() {
		String csv = """
				"Account No","Date","Details","Amount","Currency","D/K"
				"LT35","2014-10-01","Opening balance","100.00","LTL","K"
				"LT35","2014-10-02","Shop","15.31","LTL","D"
				"LT35","2014-10-06","Turnover","15.31","LTL","D"
				"LT35","2014-10-06","Closing balance","84.69","LTL","K"
				""";
		ParsedDocument document = parse(csv, StandardCharsets.UTF_8);
		Statement statement = only(document);
		assertThat(statement.openingBalance()).isEqualTo(new BigDecimal("100.00"));
		assertThat(statement.closingBalance()).isEqualTo(new BigDecimal("84.69"));
		assertThat(statement.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-15.31"));
		assertThat(document.warnings()).anyMatch((w) -> w.startsWith("Line 4 skipped (a summary row"));
	}

	@Test
	void aTableWithoutDatesOrAmountsIsNotAStatement() {
		assertError("Name,Email,City\nAda,ada@example.com,London\nAlan,alan@example.com,Wilmslow\n",
				ErrorCode.UNSUPPORTED_FORMAT);
		assertError("Date,Name\n2020-01-01,Ada\n2020-01-02,Alan\n", ErrorCode.UNSUPPORTED_FORMAT);
		assertError("Just some prose without columns.\nAnother line.\n", ErrorCode.UNSUPPORTED_FORMAT);
	}

	@Test
	void aHeaderWithoutRowsHasNoTransactions() {
		assertError("\"Date\",\"Action\",\"Description\",\"Amount\"\n\"\"\n", ErrorCode.NO_TRANSACTIONS_FOUND);
	}

	@Test
	void binaryIsUnsupported() {
		byte[] bytes = new byte[256];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) i;
		}
		assertThatThrownBy(() -> this.parser.parse(bytes, ReadOptions.DEFAULT)).isInstanceOf(StatementException.class)
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
		assertThatThrownBy(() -> this.parser.parse(new byte[0], ReadOptions.DEFAULT))
			.isInstanceOf(StatementException.class);
	}

	@Test
	void overLongLinesEndInAClearError() {
		String csv = "Date,Description,Amount\n2020-01-02," + "x".repeat(CsvTokenizer.MAX_LINE_CHARS) + ",1.00\n";
		assertError(csv, ErrorCode.TOO_LARGE);
	}

	private void assertError(String csv, ErrorCode code) {
		assertThatThrownBy(() -> parse(csv, StandardCharsets.UTF_8)).isInstanceOf(StatementException.class)
			.satisfies((e) -> assertThat(((StatementException) e).code()).isEqualTo(code))
			.satisfies((e) -> assertThat(e.getMessage()).isNotBlank());
	}

	private ParsedDocument parse(String text, Charset charset) {
		return this.parser.parse(text.getBytes(charset), ReadOptions.DEFAULT);
	}

	private static Statement only(ParsedDocument document) {
		assertThat(document.statements()).hasSize(1);
		return document.statements().get(0);
	}

}
