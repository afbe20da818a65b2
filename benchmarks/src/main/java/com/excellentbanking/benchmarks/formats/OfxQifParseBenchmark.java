package com.excellentbanking.benchmarks.formats;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.ofx.OfxStatementParser;
import com.excellentbanking.statements.qif.QifStatementParser;

/**
 * Parse throughput of OFX (SGML and XML dialects) and QIF, in transactions per second:
 * each invocation parses one synthetic file of {@value #TRANSACTIONS} transactions.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar OfxQifParseBenchmark -wi 2 -i 3 -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OfxQifParseBenchmark {

	static final int TRANSACTIONS = 10_000;

	private final OfxStatementParser ofx = new OfxStatementParser();

	private final QifStatementParser qif = new QifStatementParser();

	private byte[] ofxSgml;

	private byte[] ofxXml;

	private byte[] qifText;

	@Setup
	public void generate() {
		Random random = new Random(42);
		StringBuilder sgml = new StringBuilder("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\n"
				+ "ENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
				+ "<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>42"
				+ "</BANKACCTFROM><BANKTRANLIST><DTSTART>20260101<DTEND>20261231\n");
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?OFX OFXHEADER=\"200\" "
				+ "VERSION=\"220\"?>\n<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID><STMTRS><CURDEF>USD</CURDEF>"
				+ "<BANKACCTFROM><BANKID>1</BANKID><ACCTID>42</ACCTID></BANKACCTFROM><BANKTRANLIST>\n");
		StringBuilder qifFile = new StringBuilder("!Account\nNChecking\nTBank\n^\n!Type:Bank\n");
		LocalDate start = LocalDate.of(2026, 1, 1);
		for (int i = 0; i < TRANSACTIONS; i++) {
			LocalDate date = start.plusDays(i % 365);
			String amount = ((random.nextBoolean()) ? "-" : "") + random.nextInt(100_000) + "."
					+ (10 + random.nextInt(90));
			String name = "PAYEE " + random.nextInt(1000) + " &amp; CO";
			String posted = date.format(DateTimeFormatter.BASIC_ISO_DATE) + "120000.000[-5:EST]";
			sgml.append("<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>").append(posted).append("\n<TRNAMT>").append(amount);
			sgml.append("\n<FITID>").append(i).append("\n<NAME>").append(name).append("\n<MEMO>Card purchase ");
			sgml.append(i).append("\n</STMTTRN>\n");
			xml.append("<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>").append(posted).append("</DTPOSTED><TRNAMT>");
			xml.append(amount).append("</TRNAMT><FITID>").append(i).append("</FITID><NAME>").append(name);
			xml.append("</NAME><MEMO>Card purchase ").append(i).append("</MEMO></STMTTRN>\n");
			qifFile.append('D').append(date.getMonthValue()).append('/').append(date.getDayOfMonth()).append("'26\n");
			qifFile.append('T').append(amount).append("\nCX\nPPAYEE ").append(i % 1000).append("\nMCard purchase ");
			qifFile.append(i).append("\nLGroceries\n^\n");
		}
		String balances = "<LEDGERBAL><BALAMT>1000.00<DTASOF>20261231</LEDGERBAL></STMTRS></STMTTRNRS>"
				+ "</BANKMSGSRSV1></OFX>\n";
		sgml.append("</BANKTRANLIST>").append(balances);
		xml.append("</BANKTRANLIST><LEDGERBAL><BALAMT>1000.00</BALAMT><DTASOF>20261231</DTASOF></LEDGERBAL>"
				+ "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n");
		this.ofxSgml = sgml.toString().getBytes(StandardCharsets.US_ASCII);
		this.ofxXml = xml.toString().getBytes(StandardCharsets.UTF_8);
		this.qifText = qifFile.toString().getBytes(StandardCharsets.UTF_8);
		check(this.ofx.parse(this.ofxSgml, ReadOptions.DEFAULT));
		check(this.ofx.parse(this.ofxXml, ReadOptions.DEFAULT));
		check(this.qif.parse(this.qifText, ReadOptions.DEFAULT));
	}

	private static void check(ParsedDocument document) {
		int count = document.statements().get(0).transactions().size();
		if (count != TRANSACTIONS) {
			throw new IllegalStateException("parsed " + count + " transactions, expected " + TRANSACTIONS);
		}
	}

	@Benchmark
	@OperationsPerInvocation(TRANSACTIONS)
	public ParsedDocument ofxSgml() {
		return this.ofx.parse(this.ofxSgml, ReadOptions.DEFAULT);
	}

	@Benchmark
	@OperationsPerInvocation(TRANSACTIONS)
	public ParsedDocument ofxXml() {
		return this.ofx.parse(this.ofxXml, ReadOptions.DEFAULT);
	}

	@Benchmark
	@OperationsPerInvocation(TRANSACTIONS)
	public ParsedDocument qif() {
		return this.qif.parse(this.qifText, ReadOptions.DEFAULT);
	}

}
