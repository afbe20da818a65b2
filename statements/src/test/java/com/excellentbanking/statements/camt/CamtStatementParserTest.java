package com.excellentbanking.statements.camt;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CamtStatementParserTest {

	private final CamtStatementParser parser = new CamtStatementParser();

	static String document(String version, String root, String report, String body) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:" + version
				+ "\"><" + root + "><GrpHdr><MsgId>M1</MsgId><CreDtTm>2024-01-31T18:00:00</CreDtTm></GrpHdr><" + report
				+ "><Id>S1</Id><CreDtTm>2024-01-31T18:00:00+01:00</CreDtTm>" + body + "</" + report + "></" + root
				+ "></Document>";
	}

	static String stmt(String body) {
		return document("camt.053.001.02", "BkToCstmrStmt", "Stmt", body);
	}

	static String account() {
		return "<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>Erika Muster</Nm></Ownr>"
				+ "<Svcr><FinInstnId><BIC>COBADEFFXXX</BIC></FinInstnId></Svcr></Acct>";
	}

	static String balance(String code, String amount, String sign) {
		return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount
				+ "</Amt><CdtDbtInd>" + sign + "</CdtDbtInd><Dt><Dt>2024-01-31</Dt></Dt></Bal>";
	}

	private ParsedDocument parse(String xml) {
		return this.parser.parse(xml.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULT);
	}

	@Test
	void readsAccountBalancesAndVersion() {
		ParsedDocument document = parse(stmt(account() + balance("PRCD", "100.00", "CRDT")
				+ balance("CLBD", "25.5", "DBIT") + balance("CLAV", "1000.00", "CRDT")));
		Statement statement = document.statements().get(0);
		assertThat(statement.account().iban()).isEqualTo("DE89370400440532013000");
		assertThat(statement.account().holder()).isEqualTo("Erika Muster");
		assertThat(statement.account().bank()).isEqualTo("COBADEFFXXX");
		assertThat(statement.currency()).isEqualTo("EUR");
		assertThat(statement.openingBalance()).isEqualByComparingTo("100.00");
		assertThat(statement.closingBalance()).isEqualByComparingTo("-25.5");
		assertThat(statement.warnings()).anyMatch((w) -> w.contains("CLAV") && w.contains("1000.00"));
		assertThat(document.warnings()).anyMatch((w) -> w.contains("camt.053.001.02"));
	}

	@Test
	void opbdWinsOverPrcd() {
		Statement statement = parse(stmt(balance("PRCD", "1", "CRDT") + balance("OPBD", "2", "CRDT"))).statements()
			.get(0);
		assertThat(statement.openingBalance()).isEqualByComparingTo("2");
	}

	@Test
	void creditEntryNamesTheDebtorAndKeepsFiveDecimals() {
		String entry = "<Ntry><NtryRef>N1</NtryRef><Amt Ccy=\"EUR\">1.23456</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
				+ "<Sts>BOOK</Sts><BookgDt><DtTm>2024-01-02T23:30:00-05:00</DtTm></BookgDt><ValDt><Dt>2024-01-03</Dt></ValDt>"
				+ "<AcctSvcrRef>ASR1</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd>"
				+ "</Fmly></Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>E2E-1</EndToEndId></Refs><RltdPties>"
				+ "<Dbtr><Nm>Max Payer</Nm></Dbtr><DbtrAcct><Id><IBAN>FR1420041010050500013M02606</IBAN></Id></DbtrAcct>"
				+ "<Cdtr><Nm>Erika Muster</Nm></Cdtr></RltdPties><RmtInf><Ustrd>Invoice 42</Ustrd><Ustrd>March</Ustrd>"
				+ "<Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>";
		Transaction t = parse(stmt(entry)).statements().get(0).transactions().get(0);
		assertThat(t.amount()).isEqualTo(new BigDecimal("1.23456"));
		assertThat(t.date()).isEqualTo(LocalDate.of(2024, 1, 2));
		assertThat(t.valueDate()).isEqualTo(LocalDate.of(2024, 1, 3));
		assertThat(t.reference()).isEqualTo("E2E-1");
		assertThat(t.type()).isEqualTo("PMNT-RCDT-ESCT");
		assertThat(t.counterparty()).isEqualTo("Max Payer");
		assertThat(t.counterpartyAccount()).isEqualTo("FR1420041010050500013M02606");
		assertThat(t.description()).isEqualTo("Invoice 42 March RF18539007547034");
		assertThat(t.currency()).isEqualTo("EUR");
	}

	@Test
	void debitEntryNamesTheCreditorVersion8Party() {
		String entry = "<Ntry><Amt Ccy=\"EUR\">10</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>"
				+ "<BookgDt><Dt>2024-01-05</Dt></BookgDt><BkTxCd><Prtry><Cd>NTRF+166</Cd></Prtry></BkTxCd>"
				+ "<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId><AcctSvcrRef>BANK-7</AcctSvcrRef></Refs>"
				+ "<RltdPties><Dbtr><Pty><Nm>Erika Muster</Nm></Pty></Dbtr><Cdtr><Pty><Nm>Shop GmbH</Nm></Pty></Cdtr>"
				+ "<CdtrAcct><Id><Othr><Id>12345678</Id></Othr></Id></CdtrAcct></RltdPties></TxDtls></NtryDtls></Ntry>";
		Transaction t = parse(document("camt.053.001.08", "BkToCstmrStmt", "Stmt", entry)).statements()
			.get(0)
			.transactions()
			.get(0);
		assertThat(t.amount()).isEqualByComparingTo("-10");
		assertThat(t.counterparty()).isEqualTo("Shop GmbH");
		assertThat(t.counterpartyAccount()).isEqualTo("12345678");
		assertThat(t.reference()).isEqualTo("BANK-7");
		assertThat(t.type()).isEqualTo("NTRF+166");
	}

	@Test
	void reversedCreditIsADebitThatStillNamesTheDebtor() {
		String entry = "<Ntry><Amt Ccy=\"EUR\">50.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd>"
				+ "<Sts>BOOK</Sts><BookgDt><Dt>2024-01-06</Dt></BookgDt><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Max Payer"
				+ "</Nm></Dbtr><Cdtr><Nm>Erika Muster</Nm></Cdtr></RltdPties><RmtInf><Ustrd>Return MD06</Ustrd></RmtInf>"
				+ "</TxDtls></NtryDtls></Ntry>";
		Transaction t = parse(stmt(entry)).statements().get(0).transactions().get(0);
		assertThat(t.amount()).isEqualByComparingTo("-50.00");
		assertThat(t.counterparty()).isEqualTo("Max Payer");
		assertThat(t.description()).isEqualTo("Reversal Return MD06");
	}

	@Test
	void batchWithDetailAmountsThatAddUpIsSplit() {
		String entry = "<Ntry><Amt Ccy=\"EUR\">30.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2024-01-07</Dt></BookgDt>"
				+ "<NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>" + detail("10.00", "A") + detail("20.00", "B")
				+ "</NtryDtls></Ntry>";
		List<Transaction> transactions = parse(stmt(entry)).statements().get(0).transactions();
		assertThat(transactions).extracting(Transaction::amount)
			.containsExactly(new BigDecimal("-10.00"), new BigDecimal("-20.00"));
		assertThat(transactions).extracting(Transaction::counterparty).containsExactly("A", "B");
	}

	@Test
	void batchWhoseDetailsDoNotAddUpStaysOneTransaction() {
		String entry = "<Ntry><Amt Ccy=\"EUR\">31.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2024-01-07</Dt></BookgDt>"
				+ "<AddtlNtryInf>SEPA batch</AddtlNtryInf><NtryDtls>" + detail("10.00", "A") + detail("20.00", "B")
				+ "</NtryDtls></Ntry>";
		List<Transaction> transactions = parse(stmt(entry)).statements().get(0).transactions();
		assertThat(transactions).singleElement().satisfies((t) -> {
			assertThat(t.amount()).isEqualByComparingTo("-31.00");
			assertThat(t.description()).isEqualTo("SEPA batch");
			assertThat(t.counterparty()).isNull();
		});
	}

	private static String detail(String amount, String creditor) {
		return "<TxDtls><AmtDtls><TxAmt><Amt Ccy=\"EUR\">" + amount + "</Amt></TxAmt></AmtDtls><RltdPties><Cdtr><Nm>"
				+ creditor + "</Nm></Cdtr></RltdPties></TxDtls>";
	}

	@Test
	void pendingEntriesAreLeftOutWithAWarning() {
		String entries = "<Ntry><Amt Ccy=\"EUR\">5</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>PDNG</Sts>"
				+ "<BookgDt><Dt>2024-01-08</Dt></BookgDt></Ntry><Ntry><Amt Ccy=\"EUR\">6</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
				+ "<Sts>BOOK</Sts><BookgDt><Dt>2024-01-08</Dt></BookgDt></Ntry>";
		Statement statement = parse(document("camt.052.001.06", "BkToCstmrAcctRpt", "Rpt", entries)).statements()
			.get(0);
		assertThat(statement.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("6"));
		assertThat(statement.warnings()).anyMatch((w) -> w.startsWith("1 entry is not booked"));
	}

	@Test
	void notificationEntryWithoutDatesTakesTheCreationDate() {
		String entry = "<Ntry><Amt Ccy=\"SEK\">200000</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts></Ntry>";
		Statement statement = parse(document("camt.054.001.08", "BkToCstmrDbtCdtNtfctn", "Ntfctn", entry)).statements()
			.get(0);
		assertThat(statement.transactions().get(0).date()).isEqualTo(LocalDate.of(2024, 1, 31));
		assertThat(statement.warnings()).anyMatch((w) -> w.contains("no booking or value date"));
	}

	@Test
	void severalStatementsPerFile() {
		String xml = stmt(balance("OPBD", "1", "CRDT") + "</Stmt><Stmt><Id>S2</Id>" + balance("OPBD", "2", "CRDT"));
		assertThat(parse(xml).statements()).extracting(Statement::openingBalance)
			.containsExactly(new BigDecimal("1"), new BigDecimal("2"));
	}

	@Test
	void everySchemaVersionFromTheNamespace() {
		for (int minor = 2; minor <= 13; minor++) {
			String version = "camt.053.001." + ((minor < 10) ? "0" + minor : String.valueOf(minor));
			ParsedDocument document = parse(document(version, "BkToCstmrStmt", "Stmt", balance("OPBD", "1", "CRDT")));
			assertThat(document.warnings()).containsExactly("Read as " + version + " (Stmt per statement)");
		}
		assertThat(parse(document("camt.053.001.14", "BkToCstmrStmt", "Stmt", "")).warnings())
			.anyMatch((w) -> w.contains("newer or older"));
	}

	@Test
	void otherIso20022MessagesAreUnsupported() {
		String pain = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"><CstmrCdtTrfInitn/></Document>";
		assertThatThrownBy(() -> parse(pain)).isInstanceOf(StatementException.class)
			.extracting((ex) -> ((StatementException) ex).code())
			.isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
	}

	@Test
	void badIndicatorOrAmountIsCorrupt() {
		assertThatThrownBy(() -> parse(stmt(balance("OPBD", "1", "XXX")))).isInstanceOf(StatementException.class)
			.hasMessageContaining("CRDT or DBIT");
		assertThatThrownBy(() -> parse(stmt(balance("OPBD", "1,00", "CRDT")))).isInstanceOf(StatementException.class)
			.hasMessageContaining("not a decimal");
	}

	@Test
	void countsDecodedCharacters() {
		String xml = stmt("<AddtlStmtInf>\u00e4\u00f6\u00fc</AddtlStmtInf>");
		assertThat(parse(xml).characterCount()).isEqualTo(xml.length());
	}

}
