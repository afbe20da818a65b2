package com.excellentbanking.statements.ofx;

import java.math.BigDecimal;
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

class OfxStatementParserTest {

	private static final String SGML_HEADER = """
			OFXHEADER:100
			DATA:OFXSGML
			VERSION:102
			SECURITY:NONE
			ENCODING:USASCII
			CHARSET:1252
			COMPRESSION:NONE
			OLDFILEUID:NONE
			NEWFILEUID:NONE

			""";

	private final OfxStatementParser parser = new OfxStatementParser();

	private static String bankStatement(String account, String transactions, String balances) {
		return "<STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>EUR\n"
				+ "<BANKACCTFROM><BANKID>12345<ACCTID>" + account + "<ACCTTYPE>CHECKING</BANKACCTFROM>\n"
				+ "<BANKTRANLIST><DTSTART>20260101<DTEND>20260131\n" + transactions + "</BANKTRANLIST>\n" + balances
				+ "</STMTRS></STMTTRNRS>\n";
	}

	private static String sgml(String body) {
		return SGML_HEADER + "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
				+ "<DTSERVER>20260201<LANGUAGE>ENG<FI><ORG>Example Bank<FID>99</FI></SONRS></SIGNONMSGSRSV1>\n"
				+ "<BANKMSGSRSV1>" + body + "</BANKMSGSRSV1></OFX>\n";
	}

	private static String trn(String type, String date, String amount, String fitId, String name, String memo) {
		return "<STMTTRN><TRNTYPE>" + type + "<DTPOSTED>" + date + "<TRNAMT>" + amount
				+ ((fitId != null) ? "<FITID>" + fitId : "") + ((name != null) ? "<NAME>" + name : "")
				+ ((memo != null) ? "<MEMO>" + memo : "") + "\n</STMTTRN>\n";
	}

	private ParsedDocument parse(String text) {
		return this.parser.parse(text.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULT);
	}

	private Statement onlyStatement(String text) {
		List<Statement> statements = parse(text).statements();
		assertThat(statements).hasSize(1);
		return statements.get(0);
	}

	@Test
	void readsSgmlBankStatementFieldByField() {
		String text = sgml(bankStatement("DE-001",
				trn("DEBIT", "20260102120000.000[-5:EST]", "-12.34", "F1", "GROCER", "Weekly shop")
						+ trn("CREDIT", "20260115", "1,500.00", "F2", "EMPLOYER", null),
				"<LEDGERBAL><BALAMT>987.66<DTASOF>20260131</LEDGERBAL>"));
		ParsedDocument document = parse(text);
		assertThat(document.format()).isEqualTo(StatementFormat.OFX);
		assertThat(document.characterCount()).isEqualTo(text.length());
		Statement statement = document.statements().get(0);
		assertThat(statement.account().number()).isEqualTo("DE-001");
		assertThat(statement.account().bank()).isEqualTo("12345");
		assertThat(statement.currency()).isEqualTo("EUR");
		assertThat(statement.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(statement.periodEnd()).isEqualTo(LocalDate.of(2026, 1, 31));
		Transaction first = statement.transactions().get(0);
		assertThat(first.date()).isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(first.amount()).isEqualByComparingTo("-12.34");
		assertThat(first.amount().scale()).isEqualTo(2);
		assertThat(first.reference()).isEqualTo("F1");
		assertThat(first.type()).isEqualTo("DEBIT");
		assertThat(first.counterparty()).isEqualTo("GROCER");
		assertThat(first.description()).isEqualTo("GROCER - Weekly shop");
		Transaction second = statement.transactions().get(1);
		assertThat(second.amount()).isEqualByComparingTo("1500.00");
		assertThat(second.description()).isEqualTo("EMPLOYER");
	}

	@Test
	void closingIsLedgerBalanceAndOpeningIsOnlyNamedInAWarning() {
		Statement statement = onlyStatement(sgml(bankStatement("1",
				trn("DEBIT", "20260102", "-10.00", "A", "X", null) + trn("CREDIT", "20260103", "25.50", "B", "Y", null),
				"<LEDGERBAL><BALAMT>115.50<DTASOF>20260131</LEDGERBAL><AVAILBAL><BALAMT>90.00<DTASOF>20260131</AVAILBAL>")));
		assertThat(statement.closingBalance()).isEqualByComparingTo("115.50");
		assertThat(statement.openingBalance()).isNull();
		assertThat(statement.warnings()).anyMatch((w) -> w.contains("states no opening balance")
				&& w.contains("opening balance would be 100.00 if no transaction is missing"));
	}

	@Test
	void availableBalanceAloneIsNotTakenAsClosing() {
		Statement statement = onlyStatement(sgml(bankStatement("1", trn("DEBIT", "20260102", "-10.00", "A", "X", null),
				"<AVAILBAL><BALAMT>90.00<DTASOF>20260131</AVAILBAL>")));
		assertThat(statement.closingBalance()).isNull();
		assertThat(statement.openingBalance()).isNull();
		assertThat(statement.warnings()).anyMatch((w) -> w.contains("AVAILBAL 90.00"));
	}

	@Test
	void emptyLedgerBalanceLeavesBalancesOpen() {
		Statement statement = onlyStatement(sgml(bankStatement("1", trn("DEBIT", "20260102", "-10.00", "A", "X", null),
				"<LEDGERBAL><BALAMT/><DTASOF/></LEDGERBAL>")));
		assertThat(statement.closingBalance()).isNull();
		assertThat(statement.warnings()).anyMatch((w) -> w.contains("LEDGERBAL) is empty"));
	}

	@Test
	void readsXmlDialectWithClosedLeavesAndProlog() {
		String text = """
				<?xml version="1.0" encoding="UTF-8" standalone="no"?>
				<?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
				<OFX>
				  <BANKMSGSRSV1><STMTTRNRS><STMTRS>
				    <CURDEF>USD</CURDEF>
				    <BANKACCTFROM><BANKID>123</BANKID><ACCTID>9100</ACCTID></BANKACCTFROM>
				    <BANKTRANLIST>
				      <STMTTRN><TRNTYPE>POS</TRNTYPE><DTPOSTED>20260105</DTPOSTED><TRNAMT>-3.50</TRNAMT>
				        <FITID>X1</FITID><NAME>Caf&#233; &amp; Bar</NAME><MEMO></MEMO></STMTTRN>
				    </BANKTRANLIST>
				    <LEDGERBAL><BALAMT>111</BALAMT><DTASOF>20260131</DTASOF></LEDGERBAL>
				  </STMTRS></STMTTRNRS></BANKMSGSRSV1>
				</OFX>
				""";
		Statement statement = onlyStatement(text);
		assertThat(statement.currency()).isEqualTo("USD");
		assertThat(statement.account().number()).isEqualTo("9100");
		Transaction transaction = statement.transactions().get(0);
		assertThat(transaction.description()).isEqualTo("Café & Bar");
		assertThat(transaction.type()).isEqualTo("POS");
		assertThat(statement.closingBalance()).isEqualByComparingTo("111");
	}

	@Test
	void creditCardChargesStayNegative() {
		String text = SGML_HEADER + "<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>USD"
				+ "<CCACCTFROM><ACCTID>4111222233334444</CCACCTFROM>" + "<BANKTRANLIST><DTSTART>20260101<DTEND>20260131"
				+ trn("DEBIT", "20260110", "-42.00", "C1", "SHOP", null)
				+ trn("CREDIT", "20260120", "100.00", "C2", "PAYMENT THANK YOU", null) + "</BANKTRANLIST>"
				+ "<LEDGERBAL><BALAMT>-142.00<DTASOF>20260131</LEDGERBAL>"
				+ "</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>";
		Statement statement = onlyStatement(text);
		assertThat(statement.account().number()).isEqualTo("4111222233334444");
		assertThat(statement.transactions()).extracting(Transaction::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("-42.00"), new BigDecimal("100.00"));
		assertThat(statement.transactions().get(0).debit()).isEqualByComparingTo("42.00");
		assertThat(statement.closingBalance()).isEqualByComparingTo("-142.00");
		assertThat(statement.openingBalance()).isNull();
	}

	@Test
	void everyStatementAggregateIsOneStatement() {
		ParsedDocument document = parse(sgml(bankStatement("111", trn("DEBIT", "20260102", "-1", "A", "X", null), "")
				+ bankStatement("222", trn("DEBIT", "20260103", "-2", "B", "Y", null), "")));
		assertThat(document.statements()).extracting((s) -> s.account().number()).containsExactly("111", "222");
		assertThat(document.statements().get(1).transactions().get(0).amount()).isEqualByComparingTo("-2");
	}

	@Test
	void decodesDoublyEscapedEntities() {
		Statement statement = onlyStatement(sgml(bankStatement("1",
				trn("DEBIT", "20260102", "-1.00", "A", "TPAY &amp;lt;DEFTPYMT&amp;gt;", "HYDRO &amp; POWER"), "")));
		Transaction transaction = statement.transactions().get(0);
		assertThat(transaction.counterparty()).isEqualTo("TPAY <DEFTPYMT>");
		assertThat(transaction.description()).isEqualTo("TPAY <DEFTPYMT> - HYDRO & POWER");
	}

	@Test
	void cdataIsLiteralText() {
		Statement statement = onlyStatement(sgml(bankStatement("1",
				"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260102<TRNAMT>-1<FITID>A<NAME><![CDATA[ALDI &amp; CO ]]]></NAME></STMTTRN>",
				"")));
		assertThat(statement.transactions().get(0).counterparty()).isEqualTo("ALDI &amp; CO ]");
	}

	@Test
	void warnsAboutMissingAndRepeatedFitIds() {
		Statement statement = onlyStatement(sgml(bankStatement("1", trn("DEBIT", "20260102", "-1", "A", "X", null)
				+ trn("DEBIT", "20260102", "-1", "A", "X", null) + trn("DEBIT", "20260103", "-2", null, "Y", null),
				"")));
		assertThat(statement.transactions()).hasSize(3);
		assertThat(statement.warnings()).anyMatch((w) -> w.startsWith("FITID repeated") && w.contains("A"));
		assertThat(statement.warnings()).anyMatch((w) -> w.startsWith("1 transaction(s) without FITID"));
	}

	@Test
	void payeeAggregateNamesTheCounterpartyAndCheckNumberIsTheFallbackReference() {
		Statement statement = onlyStatement(sgml(bankStatement("1",
				"<STMTTRN><TRNTYPE>CHECK<DTPOSTED>20260102<DTAVAIL>20260104<TRNAMT>-80<CHECKNUM>1001"
						+ "<PAYEE><NAME>Landlord Ltd<ADDR1>1 Main St<CITY>Town<STATE>CA<POSTALCODE>1</PAYEE>"
						+ "<BANKACCTTO><BANKID>9<ACCTID>555-1<ACCTTYPE>CHECKING</BANKACCTTO><MEMO>Rent</STMTTRN>",
				"")));
		Transaction transaction = statement.transactions().get(0);
		assertThat(transaction.counterparty()).isEqualTo("Landlord Ltd");
		assertThat(transaction.counterpartyAccount()).isEqualTo("555-1");
		assertThat(transaction.reference()).isEqualTo("1001");
		assertThat(transaction.valueDate()).isEqualTo(LocalDate.of(2026, 1, 4));
		assertThat(transaction.description()).isEqualTo("Landlord Ltd - Rent");
	}

	@Test
	void memoThatContinuesATruncatedNameReplacesIt() {
		assertThat(OfxTransactionDraft.describe("AUTOMATIC WITHDRAWAL, ELEC", "AUTOMATIC WITHDRAWAL, ELECTRIC BILL"))
			.isEqualTo("AUTOMATIC WITHDRAWAL, ELECTRIC BILL");
		assertThat(OfxTransactionDraft.describe(null, "memo")).isEqualTo("memo");
		assertThat(OfxTransactionDraft.describe("name", "name")).isEqualTo("name");
	}

	@Test
	void foreignCurrencyTransactionKeepsItsCurrency() {
		Statement statement = onlyStatement(
				sgml(bankStatement("1", "<STMTTRN><TRNTYPE>POS<DTPOSTED>20260102<TRNAMT>-5<FITID>A<NAME>Shop"
						+ "<CURRENCY><CURRATE>1.1<CURSYM>GBP</CURRENCY></STMTTRN>", "")));
		assertThat(statement.transactions().get(0).currency()).isEqualTo("GBP");
	}

	@Test
	void skipsTransactionsWithoutDateOrAmountWithAWarning() {
		Statement statement = onlyStatement(sgml(bankStatement("1", trn("DEBIT", "2026XX02", "-1", "A", "X", null)
				+ trn("DEBIT", "20260102", "abc", "B", "X", null) + trn("DEBIT", "20260103", "-2", "C", "Y", null),
				"")));
		assertThat(statement.transactions()).extracting(Transaction::reference).containsExactly("C");
		assertThat(statement.warnings()).anyMatch((w) -> w.equals("Skipped STMTTRN A: unreadable date '2026XX02'"));
		assertThat(statement.warnings()).anyMatch((w) -> w.equals("Skipped STMTTRN B: unreadable amount 'abc'"));
	}

	@Test
	void readsWindows1252AsTheHeaderDeclares() {
		String text = sgml(bankStatement("1", trn("DEBIT", "20260102", "-1", "A", "Caf\u00e9 \u20ac", null), ""));
		Statement statement = this.parser.parse(text.getBytes(Charset.forName("windows-1252")), ReadOptions.DEFAULT)
			.statements()
			.get(0);
		assertThat(statement.transactions().get(0).counterparty()).isEqualTo("Caf\u00e9 \u20ac");
	}

	@Test
	void headerDeclaringSingleByteGivesWayToValidUtf8() {
		String text = sgml(bankStatement("1", trn("DEBIT", "20260102", "-1", "A", "Stra\u00dfe", null), ""));
		ParsedDocument document = this.parser.parse(text.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULT);
		assertThat(document.statements().get(0).transactions().get(0).counterparty()).isEqualTo("Stra\u00dfe");
		assertThat(document.warnings()).anyMatch((w) -> w.contains("written in UTF-8"));
	}

	@Test
	void readsTheXmlEncodingAttribute() {
		String text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><?OFX OFXHEADER=\"200\"?><OFX>" + "<BANKMSGSRSV1>"
				+ bankStatement("1", trn("DEBIT", "20260102", "-1", "A", "Gr\u00fc\u00dfe", null), "")
				+ "</BANKMSGSRSV1></OFX>";
		ParsedDocument document = this.parser.parse(text.getBytes(StandardCharsets.ISO_8859_1), ReadOptions.DEFAULT);
		assertThat(document.statements().get(0).transactions().get(0).counterparty()).isEqualTo("Gr\u00fc\u00dfe");
	}

	@Test
	void investmentStatementGivesCashMovements() {
		String text = SGML_HEADER + "<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><INVSTMTRS><DTASOF>20260131<CURDEF>USD"
				+ "<INVACCTFROM><BROKERID>broker.example<ACCTID>777</INVACCTFROM>"
				+ "<INVTRANLIST><DTSTART>20260101<DTEND>20260131"
				+ "<BUYSTOCK><INVBUY><INVTRAN><FITID>B1<DTTRADE>20260105<DTSETTLE>20260107<MEMO>YOU BOUGHT</INVTRAN>"
				+ "<SECID><UNIQUEID>123456789<UNIQUEIDTYPE>CUSIP</SECID><UNITS>10<UNITPRICE>5<TOTAL>-50.00"
				+ "<SUBACCTSEC>CASH<SUBACCTFUND>CASH</INVBUY><BUYTYPE>BUY</BUYSTOCK>"
				+ "<INCOME><INVTRAN><FITID>I1<DTTRADE>20260110<MEMO>DIVIDEND</INVTRAN><SECID><UNIQUEID>123456789"
				+ "<UNIQUEIDTYPE>CUSIP</SECID><INCOMETYPE>DIV<TOTAL>1.25<SUBACCTSEC>CASH<SUBACCTFUND>CASH</INCOME>"
				+ "<TRANSFER><INVTRAN><FITID>T1<DTTRADE>20260111</INVTRAN><SECID><UNIQUEID>1<UNIQUEIDTYPE>CUSIP</SECID>"
				+ "<SUBACCTSEC>CASH<UNITS>3<TFERACTION>IN<POSTYPE>LONG</TRANSFER>"
				+ "<INVBANKTRAN><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260112<TRNAMT>500<FITID>D1<NAME>DEPOSIT</STMTTRN>"
				+ "<SUBACCTFUND>CASH</INVBANKTRAN></INVTRANLIST>"
				+ "<INVBAL><AVAILCASH>450<MARGINBALANCE>0<SHORTBALANCE>0</INVBAL>"
				+ "</INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>";
		Statement statement = onlyStatement(text);
		assertThat(statement.account().number()).isEqualTo("777");
		assertThat(statement.account().bank()).isEqualTo("broker.example");
		assertThat(statement.transactions()).extracting(Transaction::reference).containsExactly("B1", "I1", "D1");
		Transaction buy = statement.transactions().get(0);
		assertThat(buy.amount()).isEqualByComparingTo("-50.00");
		assertThat(buy.type()).isEqualTo("BUYSTOCK");
		assertThat(buy.valueDate()).isEqualTo(LocalDate.of(2026, 1, 7));
		assertThat(buy.description()).isEqualTo("YOU BOUGHT - security 123456789");
		assertThat(statement.openingBalance()).isNull();
		assertThat(statement.closingBalance()).isNull();
		assertThat(statement.warnings()).anyMatch((w) -> w.startsWith("Investment statement"))
			.anyMatch((w) -> w.equals("Skipped TRANSFER T1: it moves securities only, no cash"));
	}

	@Test
	void truncatedFileIsCorrupt() {
		String text = sgml(bankStatement("1", trn("DEBIT", "20260102", "-1", "A", "X", null), ""));
		String truncated = text.substring(0, text.indexOf("</BANKTRANLIST>"));
		assertThatThrownBy(() -> parse(truncated))
			.isInstanceOfSatisfying(StatementException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
			.hasMessageContaining("truncated");
		String cutInTag = text.substring(0, text.indexOf("<TRNAMT>") + 4);
		assertThatThrownBy(() -> parse(cutInTag))
			.isInstanceOfSatisfying(StatementException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
			.hasMessageContaining("truncated");
	}

	@Test
	void theEngineReadsOfxButCannotVerifyItAgainstALedgerBalanceAlone() {
		String text = sgml(bankStatement("1", trn("DEBIT", "20260102", "-10.00", "A", "X", null),
				"<LEDGERBAL><BALAMT>90.00<DTASOF>20260131</LEDGERBAL>"));
		Extraction extraction = StatementReader.withDefaultParsers()
			.read(text.getBytes(StandardCharsets.US_ASCII), ReadOptions.DEFAULT);
		assertThat(extraction.format()).isEqualTo(StatementFormat.OFX);
		assertThat(extraction.transactionCount()).isEqualTo(1);
		// the ledger balance is the only figure stated: a missing transaction would go
		// unnoticed, so the statement is not called reconciled
		assertThat(extraction.statements().get(0).reconciliation().status()).isEqualTo(Status.UNVERIFIED);
	}

	@Test
	void textWithoutOfxElementIsCorrupt() {
		assertThatThrownBy(() -> parse("OFXHEADER:100\nDATA:OFXSGML\n\nnothing here"))
			.isInstanceOfSatisfying(StatementException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
			.hasMessageContaining("no <OFX>");
	}

}
